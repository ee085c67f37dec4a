import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSynthetic, PROVINCES } from '../../../scripts/lib/bench/synthetic.ts';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';
import { communeCards, provinceRows, provinceSummaries } from '../../../src/lib/view/communes-index.ts';
import { communeGroups, communeTargetsView } from '../../../src/lib/view/commune-targets.ts';
import { datasetIndex } from '../../../src/lib/dataset/dataset-index.ts';
import { communeTasks, communeTasksView, responsibleUnits, unitCell } from '../../../src/lib/view/commune-tasks.ts';
import { targetSources } from '../../../src/lib/view/sources.ts';
import { targetStandings } from '../../../src/lib/view/references.ts';
import { mainYearOf } from '../../../src/lib/compare/main-year.ts';
import { sourcePath } from '../../../src/lib/site/paths.ts';
import { rangeId } from '../../../src/lib/validate/check-citations.ts';
import { inLang } from '../../../src/lib/site/i18n.ts';
import { communeTitle, listWords } from '../../../src/lib/site/words.ts';
import { missingByPillar } from '../../../src/lib/view/commune-missing.ts';
import { planDateReading, planLabel, planNumberReading, signerReading, unitTypeChange } from '../../../src/lib/view/plan-facts.ts';
import { scopeInfo } from '../../../src/lib/view/commune.ts';
import { summaryItems, summarySentence } from '../../../src/lib/view/commune-summary.ts';
import { MAX_NAMED } from '../../../src/lib/dataset/scope.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();
const commune = (id: string) => ds.raw.communes.find((c) => c.id === id)!;
const entry = (communeId: string, indicatorId: string, lang: 'vi' | 'en' = 'vi') =>
  communeGroups(ds, communeId, lang)
    .flatMap((g) => g.standings)
    .find((e) => e.target.indicatorId === indicatorId && e.target.match !== 'related')!;

describe('plan facts as written', () => {
  it('says a blank plan number is left blank in a clean text and not legible in an OCR copy', () => {
    expect(planNumberReading({ plan_number: '/KH-UBND', text_quality: 'clean' }, 'vi')).toEqual({
      asWritten: '/KH-UBND',
      note: 'số kế hoạch để trống trong văn bản',
    });
    expect(planNumberReading({ plan_number: '/KH-UBND', text_quality: 'ocr' }, 'en').note).toBe(
      'the number is not legible in the OCR copy',
    );
    expect(planNumberReading({ plan_number: '57/KH-UBND', text_quality: 'ocr' }, 'vi').note).toBeNull();
  });

  it('names the unreadable or blank parts of a date and leaves a complete date alone', () => {
    expect(planDateReading(commune('xuan-thanh'), 'vi')).toEqual({ asWritten: '../02/2026', note: 'Ngày không đọc được trong bản OCR' });
    expect(planDateReading(commune('phuoc-an'), 'en').note).toBe('The day and month are left blank in the text');
    expect(planDateReading(commune('nhon-trach'), 'vi')).toEqual({ asWritten: '27/02/2026', note: null });
  });

  it('never guesses a signer: Nghĩa Đàn’s is not legible, Nhơn Trạch’s is read with its title', () => {
    expect(signerReading(commune('nghia-dan'), 'vi')).toEqual({ asWritten: '', note: 'Không đọc được: chữ ký không rõ trong bản OCR' });
    expect(signerReading(commune('nhon-trach'), 'vi')).toEqual({ asWritten: 'Chủ tịch Lư Thành Nam', note: null });
  });

  it('states Nhơn Trạch’s change to a ward in English and keeps the Vietnamese as written', () => {
    expect(unitTypeChange(commune('nhon-trach'), 'en')).toBe('became a ward (phường) on 30/4/2026 under Resolution 237/NQ-UBTVQH16');
    expect(unitTypeChange(commune('nhon-trach'), 'vi')).toBe(commune('nhon-trach').unit_type_change);
    expect(unitTypeChange(commune('xuan-thanh'), 'en')).toBeNull();
  });

  it('titles a commune by its unit type today', () => {
    expect(communeTitle(commune('nhon-trach'), 'vi')).toBe('Phường Nhơn Trạch');
    expect(communeTitle(commune('xuan-thanh'), 'vi')).toBe('Xã Xuân Thành');
    expect(communeTitle(commune('nhon-trach'), 'en')).toBe('Nhơn Trạch ward');
  });

  it('labels a plan with its number and date and the notes on what is missing', () => {
    expect(planLabel(ds, 'phuoc-an', 'vi')).toBe(
      'Kế hoạch số /KH-UBND (số kế hoạch để trống trong văn bản), ngày ../../2026 (ngày và tháng để trống trong văn bản)',
    );
    expect(planLabel(ds, 'nhon-trach', 'en')).toBe('Plan No. 57/KH-UBND, dated 27/02/2026');
  });

  it('joins words with “và” in Vietnamese and “and” in English', () => {
    expect(listWords(['a', 'b', 'c'], 'vi')).toBe('a, b và c');
    expect(listWords(['a', 'b'], 'en')).toBe('a and b');
    expect(listWords(['a'], 'en')).toBe('a');
  });
});

describe('targets against the other communes', () => {
  it('ranks Xuân Thành’s 5G target above the others and gives their figures in words', () => {
    const e = entry('xuan-thanh', '5g-coverage');
    expect(e.standing).toBe('above');
    expect(e.othersText).toBe('Nhơn Trạch ≥ 60% (thấp hơn), Phước An ≥ 60% (thấp hơn)');
    expect(entry('xuan-thanh', '5g-coverage', 'en').othersText).toBe('Nhơn Trạch ≥ 60% (lower), Phước An ≥ 60% (lower)');
  });

  it('says which others are equal when a commune is above: Xuân Thành ties Phước An on digitisation', () => {
    const e = entry('xuan-thanh', 'dossier-digitization');
    expect(e.standing).toBe('above');
    expect(e.othersText).toBe('Phước An ≥ 100% (bằng), Nhơn Trạch ≥ 95% (thấp hơn), Nghĩa Đàn ≥ 100% (năm 2030)');
  });

  it('does not call Nghĩa Đàn’s 2030 targets unique: the others’ 2026 figures are named, not ranked', () => {
    const e = entry('nghia-dan', 'dossier-digitization', 'en');
    expect(e.standing).toBe('only');
    expect(e.ranked).toEqual([]);
    expect(e.unranked.map((o) => o.communeId).sort()).toEqual(['nhon-trach', 'phuoc-an', 'xuan-thanh']);
    expect(e.note).toBe('Others set this for 2026, not 2030: not ranked together.');
  });

  it('lists every target of a plan exactly once, pillars in catalogue order and unmapped ones last with their reason', () => {
    for (const c of ds.raw.communes) {
      const groups = communeGroups(ds, c.id, 'vi');
      const ids = groups.flatMap((g) => g.standings.map((s) => s.target.targetId));
      expect(ids.sort()).toEqual(
        ds.targets
          .filter((t) => t.communeId === c.id)
          .map((t) => t.targetId)
          .sort(),
      );
      const orders = groups.filter((g) => g.pillar).map((g) => g.pillar!.order);
      expect(orders).toEqual([...orders].sort((a, b) => a - b));
      expect(groups.findIndex((g) => g.pillar === null)).toBe(groups.some((g) => g.pillar === null) ? groups.length - 1 : -1);
    }
    const unmapped = communeGroups(ds, 'nghia-dan', 'vi').at(-1)!;
    expect(unmapped.pillar).toBeNull();
    expect(unmapped.standings).toHaveLength(4);
    expect(unmapped.standings.every((s) => s.note && s.note.length > 10)).toBe(true);
  });

  it('gives the targets section each target of communeGroups with its citation, its lines and where it stands against the goals', () => {
    for (const c of ds.raw.communes) {
      const view = communeTargetsView(ds, c.id, 'en');
      expect(view.mainYear).toBe(mainYearOf(ds.targets));
      const groups = communeGroups(ds, c.id, 'en');
      expect(view.groups.map((g) => g.pillar?.id ?? null)).toEqual(groups.map((g) => g.pillar?.id ?? null));
      view.groups.forEach((g, i) => {
        expect(g.items.map((it) => it.entry)).toEqual(groups[i]!.standings);
        for (const it of g.items) {
          expect(it.sources).toEqual(targetSources(ds, it.entry.target, 'en'));
          expect(it.sources.main.page).toBe(sourcePath(it.entry.target.seedFile));
          expect(it.versus).toEqual(targetStandings(ds, it.entry.target, 'en'));
          expect(it.citation).toContain(it.entry.target.section);
        }
      });
    }
    const withGoal = ds.raw.communes.flatMap((c) => communeTargetsView(ds, c.id, 'vi').groups.flatMap((g) => g.items));
    expect(withGoal.some((it) => it.versus.length > 0)).toBe(true);
    expect(withGoal.some((it) => it.sources.alt !== null)).toBe(true);
  });

  it('explains why a related target is not ranked', () => {
    const e = communeGroups(ds, 'xuan-thanh', 'vi')
      .flatMap((g) => g.standings)
      .find((s) => s.target.targetId === 'xuan-thanh-12')!;
    expect(e.standing).toBe('unranked');
    expect(e.note).toMatch(/^Liên quan, không cùng thước đo: không xếp hạng\./);
  });

  it('counts standings so that they add up to the plan’s targets, splitting “only” by year', () => {
    for (const c of ds.raw.communes) {
      const total = summaryItems(ds, c.id, 'vi').reduce((n, i) => n + i.count, 0);
      expect(total).toBe(ds.targets.filter((t) => t.communeId === c.id).length);
    }
    const nd = Object.fromEntries(summaryItems(ds, 'nghia-dan', 'vi').map((i) => [i.key, i.count]));
    expect(nd).toEqual({ only: 1, 'only-year': 8, unranked: 8 });
    expect(summaryItems(ds, 'nghia-dan', 'vi').find((i) => i.key === 'only-year')!.label).toBe(
      'chỉ xã này đặt cho năm 2030 (xã khác đặt cho năm 2026)',
    );
  });

  it('sums a plan up in one sentence', () => {
    expect(summarySentence(ds, 'xuan-thanh', 'vi')).toBe(
      '22 chỉ tiêu: cao hơn các xã khác ở 2 chỉ tiêu, bằng các xã khác ở 3, thấp hơn ở 7; 2 chỉ tiêu chỉ xã này đặt; 8 chỉ tiêu không xếp hạng.',
    );
    expect(summarySentence(ds, 'xuan-thanh', 'en')).toBe(
      '22 targets: above the others on 2, equal to them on 3, below them on 7; 2 set by this commune alone; 8 not ranked.',
    );
  });

  it('lists the indicators others set and Xuân Thành did not, with who set them and at what level', () => {
    const groups = missingByPillar(ds, 'xuan-thanh', 'vi');
    const wifi = groups.flatMap((g) => g.items).find((i) => i.indicatorId === 'public-wifi')!;
    expect(wifi.setters.map((s) => `${s.name} ${s.figure}`)).toEqual(['Nhơn Trạch ≥ 100%']);
    const own = new Set(ds.targets.filter((t) => t.communeId === 'xuan-thanh' && t.match !== 'related').map((t) => t.indicatorId));
    expect(groups.flatMap((g) => g.items).filter((i) => own.has(i.indicatorId))).toEqual([]);
  });
});

describe('tasks and responsible units', () => {
  it('keeps a unit as written and gives its canonical name when the spelling says something else', () => {
    expect(unitCell(ds, 'Phòng VHXXH', 'vi')).toEqual({ asWritten: 'Phòng VHXXH', canonical: ['Phòng Văn hóa – Xã hội'], differs: true });
    expect(unitCell(ds, 'Phòng Văn hóa - Xã hội', 'vi')!.differs).toBe(false);
    expect(unitCell(ds, 'Phòng VH-XH; Văn phòng HĐND-UBND', 'vi')!.canonical).toEqual([
      'Phòng Văn hóa – Xã hội',
      'Văn phòng HĐND và UBND xã',
    ]);
    expect(unitCell(ds, '', 'vi')).toBeNull();
  });

  it('lists every task once, in plan order, duties before the appendix', () => {
    for (const c of ds.raw.communes) {
      const groups = communeTasks(ds, c.id, 'vi');
      const ids = groups.flatMap((g) => g.tasks.map((t) => t.taskId));
      const raw = ds.raw.tasks.filter((t) => t.commune_id === c.id);
      expect([...ids].sort()).toEqual(raw.map((t) => t.task_id).sort());
      const kinds = groups.map((g) => g.kind);
      expect(kinds).toEqual([...kinds].sort((a, b) => (a === b ? 0 : a === 'unit-assignment' ? -1 : 1)));
    }
    const xt = communeTasks(ds, 'xuan-thanh', 'vi').flatMap((g) => g.tasks);
    const t21 = xt.find((t) => t.taskId === 'xuan-thanh-task-21')!;
    expect(t21).toMatchObject({ deadline: 'Thường xuyên' });
    expect(t21.restates.map((r) => r.targetId)).toEqual(['xuan-thanh-15']);
  });

  it('links each task to its own lines (the last range; the first is its group’s heading) and names the targets it restates', () => {
    for (const c of ds.raw.communes) {
      const view = communeTasksView(ds, c.id, 'vi');
      expect(view.units).toEqual(responsibleUnits(ds, c.id, 'vi'));
      for (const t of view.groups.flatMap((g) => g.tasks)) {
        const raw = ds.raw.tasks.find((x) => x.task_id === t.taskId)!;
        expect(t.link.page).toBe(sourcePath(raw.seed_file));
        expect(t.link.hash).toBe(rangeId(raw.seed_lines.at(-1)!));
        expect(t.restates.map((r) => r.targetId)).toEqual(raw.target_ids);
        for (const r of t.restates) {
          const target = ds.targets.find((x) => x.targetId === r.targetId)!;
          const indicator = ds.rules.indicators.find((i) => i.id === target.indicatorId);
          expect(r.label).toBe(indicator ? inLang(indicator, 'name', 'vi') : target.text.slice(0, 60));
        }
      }
    }
    const restating = ds.raw.tasks.filter((t) => t.target_ids.length > 0);
    expect(restating.length).toBeGreaterThan(0);
  });

  it('counts who leads what: Phước An’s culture office leads 23 targets under three spellings', () => {
    const vhxh = responsibleUnits(ds, 'phuoc-an', 'vi').find((u) => u.unitId === 'phong-van-hoa-xa-hoi')!;
    expect(vhxh.leadTargets).toBe(23);
    expect(responsibleUnits(ds, 'phuoc-an', 'vi')[0]!.unitId).toBe('phong-van-hoa-xa-hoi');
  });
});

describe('the communes index', () => {
  it('has one card per plan, in communes.csv order, with its plan and standings', () => {
    const cards = communeCards(ds, 'vi');
    expect(cards.map((c) => c.id)).toEqual(['nhon-trach', 'xuan-thanh', 'phuoc-an', 'nghia-dan']);
    expect(cards[0]).toMatchObject({ title: 'Phường Nhơn Trạch', targets: 24, plan: 'Kế hoạch số 57/KH-UBND, ngày 27/02/2026' });
    expect(cards[0]!.formerly).toContain('30/4/2026');
    expect(cards[3]!.horizon).toBe('2030 (15 chỉ tiêu), 2045 (2 chỉ tiêu)');
  });
});

// ---------------------------------------------------------------------------------------------
// Past a dozen plans: standings within the province, other communes named up to MAX_NAMED

const real = await readDataFiles(resolve('data'));
/** 40 synthetic communes, the first 30 moved to Đồng Nai: one province past MAX_NAMED, the others small. */
const scoped = (() => {
  const files = generateSynthetic(real, { n: 40 });
  const lines = files.get('communes.csv')!.split('\n');
  const moved = lines.map((line) => {
    const n = Number(/^synthetic-(\d{4}),/.exec(line)?.[1] ?? 0);
    if (n < 1 || n > 30) return line;
    for (const p of PROVINCES) if (line.includes(`,${p.name},${p.code},`)) return line.replace(`,${p.name},${p.code},`, ',Đồng Nai,75,');
    throw new Error(`no province in ${line.slice(0, 40)}`);
  });
  files.set('communes.csv', moved.join('\n'));
  const checked = checkDataset(new Map([...files].map(([k, v]) => [k, new TextEncoder().encode(v)])), 'synthetic');
  if (!checked.ok) throw new Error(checked.errors.map(formatDataError).join('\n'));
  return checked.value;
})();
const dongNai = scoped.raw.communes.filter((c) => c.province === 'Đồng Nai').map((c) => c.id);
const smallOne = scoped.raw.communes.find((c) => c.province !== 'Đồng Nai')!.id;

describe('a commune among the communes of its province (40 synthetic plans, 30 in Đồng Nai)', () => {
  it('compares a commune with its province only, and says so', () => {
    expect(dongNai).toHaveLength(30);
    const id = dongNai[0]!;
    for (const e of communeGroups(scoped, id, 'vi').flatMap((g) => g.standings))
      for (const o of [...e.ranked, ...e.unranked]) expect(dongNai).toContain(o.communeId);
    expect(scopeInfo(scoped, id, 'vi')!.text).toBe(
      'Mọi so sánh trên trang này là giữa 30 xã của Đồng Nai (trong 40 kế hoạch trên trang web).',
    );
    expect(scopeInfo(scoped, id, 'en')!.text).toBe(
      'Every comparison on this page is among the 30 communes of Đồng Nai (of the 40 plans on this site).',
    );
    expect(scopeInfo(ds, 'xuan-thanh', 'vi')).toBeNull();
  });

  it('names at most MAX_NAMED others per target and counts the rest by relation, linking to the province’s indicator page', () => {
    let counted = 0;
    let twice = 0;
    for (const id of dongNai)
      for (const e of communeGroups(scoped, id, 'en').flatMap((g) => g.standings)) {
        const others = e.ranked.length + e.unranked.length;
        expect(e.named.length).toBeLessThanOrEqual(MAX_NAMED);
        if (others <= MAX_NAMED) {
          expect(e.counted).toBeNull();
          expect(e.named).toHaveLength(others);
          continue;
        }
        counted++;
        const c = e.counted!;
        const communes = (xs: { communeId: string }[]) => new Set(xs.map((o) => o.communeId)).size;
        expect([c.higher, c.equal, c.lower]).toEqual(
          (['higher', 'equal', 'lower'] as const).map((r) => communes(e.ranked.filter((o) => o.relation === r))),
        );
        expect(c.communes).toBe(communes([...e.ranked, ...e.unranked]));
        const year = e.target.targetYear;
        expect([c.otherYear, c.otherUnit]).toEqual([
          communes(e.unranked.filter((o) => o.year !== year)),
          communes(e.unranked.filter((o) => o.year === year)),
        ]);
        expect(c.years).toEqual([...new Set(e.unranked.map((o) => o.year).filter((y) => y !== year))].sort((a, b) => a - b));
        // Counted from index ranges (view/commune.ts tallyOf): also right where a plan states the indicator twice.
        if (e.group && new Set(e.group.entries.map((x) => x.communeId)).size < e.group.entries.length) twice++;
        expect(c.higher + c.equal + c.lower + c.otherYear + c.otherUnit).toBeGreaterThanOrEqual(c.communes);
        expect(e.othersPath).toBe(`indicators/${e.target.indicatorId}/dong-nai`);
        // The words stay the size of a sentence, whatever the number of communes.
        expect(e.othersText.length).toBeLessThan(260);
        if (c.higher > 0) expect(e.othersText).toMatch(new RegExp(`^${c.higher} set a higher target \\(`));
      }
    expect(counted).toBeGreaterThan(100);
    expect(twice).toBeGreaterThan(0);
  });

  it('words the counts in Vietnamese and English, naming the highest and the lowest', () => {
    const e = dongNai
      .flatMap((id) => communeGroups(scoped, id, 'vi').flatMap((g) => g.standings))
      .find((x) => x.counted && x.counted.higher > 1 && x.counted.equal > 0 && x.counted.lower > 1)!;
    const [top, bottom] = e.named;
    const c = e.counted!;
    expect(e.othersText).toContain(`${c.higher} xã đặt mức cao hơn (cao nhất: ${top!.name} ${top!.figure})`);
    expect(e.othersText).toContain(`, ${c.equal} xã bằng, ${c.lower} xã thấp hơn (thấp nhất: ${bottom!.name} ${bottom!.figure})`);
    const en = communeGroups(scoped, e.target.communeId, 'en')
      .flatMap((g) => g.standings)
      .find((x) => x.target.targetId === e.target.targetId)!;
    expect(en.othersText).toContain(`, ${c.equal} the same, ${c.lower} lower (lowest: `);
  });

  it('still names every other commune of a small province', () => {
    for (const e of communeGroups(scoped, smallOne, 'vi').flatMap((g) => g.standings)) {
      expect(e.counted).toBeNull();
      for (const o of e.named) expect(e.othersText).toContain(o.name);
    }
  });

  it('names at most MAX_NAMED setters of an indicator a commune did not set, and counts them', () => {
    let counted = 0;
    for (const id of dongNai)
      for (const m of missingByPillar(scoped, id, 'vi').flatMap((g) => g.items)) {
        expect(m.setters.length).toBeLessThanOrEqual(MAX_NAMED);
        expect(m.path).toBe(`indicators/${m.indicatorId}/dong-nai`);
        if (m.count > MAX_NAMED) {
          counted++;
          expect(m.whoText).toMatch(new RegExp(`^${m.count} xã khác đặt`));
        }
      }
    expect(counted).toBeGreaterThan(0);
  });

  it('lists provinces on the communes index and a province’s communes with standings that add up', () => {
    const provinces = provinceSummaries(scoped);
    expect(provinces[0]).toMatchObject({ slug: 'dong-nai', name: 'Đồng Nai', communes: 30 });
    expect(provinces.reduce((n, p) => n + p.communes, 0)).toBe(40);
    expect(provinces.reduce((n, p) => n + p.targets, 0)).toBe(scoped.targets.length);
    const { rows } = provinceRows(scoped, 'dong-nai', 'vi');
    expect(rows.map((r) => r.id)).toEqual(dongNai);
    for (const r of rows) expect(Object.values(r.counts).reduce((a, b) => a + b, 0)).toBe(r.targets);
  });

  it('keeps the real site as it is: every commune named, indicator links unscoped', () => {
    for (const c of ds.raw.communes) {
      for (const e of communeGroups(ds, c.id, 'vi').flatMap((g) => g.standings)) {
        expect(e.counted).toBeNull();
        expect(e.named).toHaveLength(e.ranked.length + e.unranked.length);
        expect(e.othersPath).toBe(e.target.indicatorId ? `indicators/${e.target.indicatorId}` : null);
      }
      for (const m of missingByPillar(ds, c.id, 'vi').flatMap((g) => g.items)) expect(m.path).toBe(`indicators/${m.indicatorId}`);
    }
    expect(datasetIndex(ds)).toBe(datasetIndex(ds));
  });
});
