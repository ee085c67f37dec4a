import { describe, expect, it } from 'vitest';
import { compareIndicator } from '../../../src/lib/compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../../../src/lib/harmonize/harmonize-targets.ts';
import { comparabilityNotes, groupSentence, indicatorView } from '../../../src/lib/view/indicator.ts';
import { indicatorIndex, initialLetter } from '../../../src/lib/view/indicator-index.ts';
import { listWords } from '../../../src/lib/site/words.ts';
import { mainYearOf } from '../../../src/lib/compare/main-year.ts';
import { provincesOf, scopeDataset } from '../../../src/lib/dataset/scope.ts';
import { realDataset } from '../support/real-dataset.ts';
import { scaledDataset } from '../support/scaled-dataset.ts';
import { target } from '../support/reference-fixtures.ts';

const ds = await realDataset();
const NAMES: Record<string, string> = { a: 'An', b: 'Bình', c: 'Cường', d: 'Dũng' };
const name = (id: string) => NAMES[id] ?? id;

function row(communeId: string, over: Partial<HarmonizedTarget> = {}): HarmonizedTarget {
  return target({ targetId: `${communeId}-01`, communeId, seedText: '≥ 60%', ...over });
}

describe('which communes set a target', () => {
  it('lists Nghĩa Đàn as setting no VNeID target, in words', () => {
    const v = indicatorView(ds, 'vneid-account', 'vi');
    expect(v.missing).toEqual([{ communeId: 'nghia-dan', name: 'Nghĩa Đàn', relatedOnly: false }]);
    expect(v.missingSentence).toBe('Không đặt chỉ tiêu này: Nghĩa Đàn.');
  });

  it('lists Nghĩa Đàn without a 5G target but says it has a related one', () => {
    const v = indicatorView(ds, '5g-coverage', 'en');
    expect(v.missing).toEqual([{ communeId: 'nghia-dan', name: 'Nghĩa Đàn', relatedOnly: true }]);
    expect(v.missingSentence).toBe('Set no target for this: Nghĩa Đàn (only a related target, not ranked).');
  });

  it('says so when every commune set the target', () => {
    expect(indicatorView(ds, 'dossier-digitization', 'en').missingSentence).toBe('All 4 communes set this target.');
  });
});

describe('the communes an indicator page lays out', () => {
  it('are every commune of the page, in communes.csv order, those that set no target included', () => {
    const v = indicatorView(ds, 'vneid-account', 'en');
    expect(v.communes).toEqual(ds.raw.communes.map((c) => ({ id: c.id, name: c.name })));
    const ids = v.communes.map((c) => c.id);
    for (const m of v.missing) expect(ids).toContain(m.communeId);
    for (const r of v.rows) expect(ids).toContain(r.target.communeId);
  });

  it('are only the province’s communes on a province’s page', async () => {
    const all = await scaledDataset();
    const province = provincesOf(all)[0]!;
    const v = indicatorView(scopeDataset(all, province.communeIds), '5g-coverage', 'vi');
    expect(v.communes.map((c) => c.id)).toEqual(province.communeIds);
    expect(v.communes.length).toBeLessThan(all.raw.communes.length);
  });
});

describe('most and least ambitious, per rank group', () => {
  it('names Nhơn Trạch and Phước An (≥ 80%) most and Xuân Thành (≥ 65%) least for VNeID', () => {
    expect(indicatorView(ds, 'vneid-account', 'en').ranking).toEqual([
      '2026: most ambitious Nhơn Trạch and Phước An (≥ 80%); least ambitious Xuân Thành (≥ 65%); a spread of 15 percentage points.',
    ]);
    expect(indicatorView(ds, 'vneid-account', 'vi').ranking).toEqual([
      'Năm 2026: cao nhất là Nhơn Trạch và Phước An (≥ 80%); thấp nhất là Xuân Thành (≥ 65%); chênh lệch 15 điểm phần trăm.',
    ]);
  });

  it('marks each table row most or least, and leaves the related row unranked', () => {
    const rows = indicatorView(ds, 'vneid-account', 'en').rows.map((r) => [r.target.targetId, r.standing, r.extreme]);
    expect(rows).toEqual([
      ['nhon-trach-20', 'above', 'most'],
      ['xuan-thanh-22', 'below', 'least'],
      ['phuoc-an-30', 'above', 'most'],
      ['phuoc-an-38', 'unranked', null],
    ]);
  });

  it('gives 2026 and 2030 a sentence each, never one ranking', () => {
    expect(indicatorView(ds, 'online-service-usage', 'en').ranking).toEqual([
      '2026: only Phước An sets a target (≥ 80%); there is no other commune to compare with.',
      '2030: only Nghĩa Đàn sets a target (> 90%); there is no other commune to compare with.',
    ]);
  });

  it('says when all set the same level', () => {
    expect(indicatorView(ds, 'e-health-record', 'en').ranking).toEqual([
      '2026: Nhơn Trạch, Xuân Thành and Phước An set the same level (≥ 95%).',
    ]);
  });

  it('names the communes in between, and a tie of strict and inclusive wording at one figure', () => {
    const c = compareIndicator(
      'x',
      [row('a', { value: 90 }), row('b', { value: 70 }), row('c', { value: 50 }), row('d', { value: 70, comparator: '>' })],
      ['a', 'b', 'c', 'd'],
    );
    expect(groupSentence(c.groups[0]!, c, 'en', name)).toBe(
      '2026: most ambitious An (≥ 90%); in between Dũng (> 70%) and Bình (≥ 70%); least ambitious Cường (≥ 50%); a spread of 40 percentage points.',
    );
  });

  it('states yes/no targets as set but not ranked', () => {
    expect(indicatorView(ds, 'tech-application-deployment', 'vi').unranked).toBe(
      'Không xếp hạng vì không có con số để so (có/không, định tính hoặc mức trần): Nhơn Trạch (có); Phước An (có).',
    );
    expect(indicatorView(ds, 'vneid-account', 'vi').unranked).toBeNull();
  });
});

describe('notes on comparability (flags in plain words)', () => {
  it('says 2026 and 2030 targets are never ranked together', () => {
    expect(indicatorView(ds, 'online-service-usage', 'vi').notes).toContain(
      'Các chỉ tiêu đặt cho những năm khác nhau (2026 và 2030): chỉ tiêu năm 2026 và năm 2030 không bao giờ được xếp hạng chung; mỗi năm được so sánh riêng.',
    );
  });

  it('explains “above” against “at least” at the same kind of figure', () => {
    const c = compareIndicator(
      'x',
      [row('a', { comparator: '>', comparatorAsWritten: 'Trên', comparatorSource: 'word' }), row('b', { value: 70 })],
      ['a', 'b'],
    );
    expect(comparabilityNotes(c, 'en', name)).toContain(
      '2026: An writes “above” (strictly more, >), while Bình writes “at least” (≥). At the same figure, “above” asks slightly more.',
    );
  });

  it('ranks no online-service satisfaction against procedure satisfaction: Xuân Thành’s is related, not ranked', () => {
    const v = indicatorView(ds, 'service-satisfaction', 'en');
    expect(v.rows.find((r) => r.target.communeId === 'xuan-thanh')!.target.match).toBe('related');
    expect(v.notes.some((n) => n.includes('“above” (strictly more, >)'))).toBe(false);
  });

  it('quotes the crosswalk note where the scope differs', () => {
    const row = ds.comparisons.find((c) => c.indicatorId === 'staff-digital-mastery')!.rows.find((r) => r.communeId === 'nhon-trach')!;
    expect(indicatorView(ds, 'staff-digital-mastery', 'en').notes).toContain(
      `Nhơn Trạch: comparable, but the scope differs — ${row.matchNote.en}`,
    );
  });

  it('explains the OCR reading of Xuân Thành’s “> 65%”', () => {
    expect(indicatorView(ds, 'vneid-account', 'en').notes).toContain(
      'Xuân Thành: the text is an OCR copy that reads “> 65%”. This OCR renders “≥” as “>” (checked against a clean copy of the same plan), so it is read as ≥ 65%.',
    );
  });

  it('explains a bare figure read as a minimum', () => {
    expect(indicatorView(ds, 'online-dossier-rate', 'vi').notes).toContain(
      'Phước An ghi “95%”, không kèm dấu so sánh: được hiểu là mức tối thiểu cần đạt (≥ 95%).',
    );
  });

  it('says “≥ 100%” and “100%” count as equal', () => {
    expect(indicatorView(ds, 'end-to-end-electronic-processing', 'en').notes).toContain(
      '2026: “≥ 100%” and “100%” all mean everything (100%), so they count as equal.',
    );
  });

  it('describes a related target with its note', () => {
    const notes = indicatorView(ds, '5g-coverage', 'vi').notes;
    expect(notes.some((n) => n.startsWith('Nghĩa Đàn có một chỉ tiêu liên quan (định tính), hiển thị để tham khảo, không xếp hạng:'))).toBe(
      true,
    );
  });

  it('has no notes when figures, years and wording all match', () => {
    const c = compareIndicator('x', [row('a'), row('b', { value: 70 })], ['a', 'b']);
    expect(comparabilityNotes(c, 'en', name)).toEqual([]);
  });

  it('flags different units', () => {
    const c = compareIndicator('x', [row('a'), row('b', { unit: 'count', value: 2 })], ['a', 'b']);
    expect(comparabilityNotes(c, 'en', name)).toEqual([
      'The targets use different units (percent and count): each unit is compared on its own.',
    ]);
  });
});

describe('who is responsible', () => {
  it('gives each commune’s units by standard name and as written', () => {
    const r = indicatorView(ds, '5g-coverage', 'vi').responsible;
    expect(r.map((x) => x.communeId)).toEqual(['nhon-trach', 'xuan-thanh', 'phuoc-an', 'nghia-dan']);
    expect(r[2]).toMatchObject({ lead: ['Phòng Văn hóa – Xã hội'], leadRaw: ['Phòng VHXXH'], deadlines: ['đến cuối năm 2026'] });
    expect(r[1]).toMatchObject({ cooperatingRaw: ['Doanh nghiệp viễn thông'] });
    expect(r[1]!.cooperating).toHaveLength(1);
    expect(r[3]).toMatchObject({ lead: [], relatedOnly: true, deadlines: ['đến năm 2030'] });
  });

  it('uses English standard names on English pages', () => {
    expect(indicatorView(ds, 'vneid-account', 'en').responsible[0]).toMatchObject({ lead: ['Commune Police'], leadRaw: ['Công an xã'] });
  });
});

describe('the national and provincial goals', () => {
  it('lists the national goals first, then those of the communes’ provinces only, each with its document, page and words', () => {
    const refs = indicatorView(ds, 'digital-economy-grdp', 'vi').references;
    const levels = refs.map((r) => r.reference.level);
    expect(levels.indexOf('province')).toBeGreaterThan(levels.lastIndexOf('national'));
    const provinces = new Set(ds.raw.communes.map((c) => c.province));
    for (const r of refs) {
      if (r.reference.level === 'province') expect(provinces.has(r.reference.scope)).toBe(true);
      expect(r.sourceUrl).toMatch(/^https?:\/\//);
      expect(r.sourceHost).not.toMatch(/^www\./);
      expect(r.quote.length).toBeGreaterThan(0);
    }
  });

  it('writes a figure with its base, a range with one sign, and dates the Vietnamese way on Vietnamese pages', () => {
    const fiveG = indicatorView(ds, '5g-coverage', 'vi').references.map((r) => r.label);
    expect(fiveG).toContain('Quốc gia 2026: ≥ 70% dân số');
    const grdp = indicatorView(ds, 'digital-economy-grdp', 'vi').references;
    expect(grdp.map((r) => r.label)).toContain('Đồng Nai 2030: 35–37%');
    const dated = grdp.find((r) => r.reference.document_date !== '')!;
    const [y, m, d] = dated.reference.document_date.split('-');
    expect(dated.document).toContain(`(${d}/${m}/${y})`);
    const en = indicatorView(ds, 'digital-economy-grdp', 'en').references.find((r) => r.reference.document_date !== '')!;
    expect(en.document).toContain(`(${en.reference.document_date})`);
  });

  it('puts each commune row against the goals of its year, and only beside those of another year', () => {
    const v = indicatorView(ds, '5g-coverage', 'vi');
    for (const row of v.rows.filter((r) => r.target.match !== 'related')) {
      for (const s of row.versusReferences) {
        if (s.reference.year !== row.target.targetYear) expect(s.standing).toBe('horizon');
        else expect(['above', 'at', 'below']).toContain(s.standing);
      }
    }
    const below = v.rows.filter((r) => r.versusReferences.some((s) => s.standing === 'below' && s.reference.value === 70));
    expect(below.length).toBeGreaterThan(0);
    for (const r of below) expect(r.target.value!).toBeLessThan(70);
  });

  it('carries the population caveat of the 5G goal to every row compared with it', () => {
    const v = indicatorView(ds, '5g-coverage', 'en');
    const compared = v.rows.flatMap((r) => r.versusReferences);
    expect(compared.length).toBeGreaterThan(0);
    for (const s of compared) expect(s.caveat).toContain('population');
  });

  it('leaves a related row without standings: it is not the same measure', () => {
    const v = indicatorView(ds, '5g-coverage', 'vi');
    for (const r of v.rows.filter((x) => x.target.match === 'related')) expect(r.versusReferences).toEqual([]);
  });

  it('has none for VNeID', () => {
    expect(indicatorView(ds, 'vneid-account', 'en').references).toEqual([]);
  });
});

describe('sources', () => {
  it('cites plan, section, STT and seed line for each row, and numbers the transcription notes', () => {
    const v = indicatorView(ds, 'vneid-account', 'vi');
    const xt = v.rows.find((r) => r.target.communeId === 'xuan-thanh')!;
    expect(xt.plan).toBe('Kế hoạch 68/KH-UBND, mục I.2.c, gạch đầu dòng 8');
    expect(xt.seed).toEqual({ page: 'sources/001-5965a3c068454845', hash: 'L111', label: 'Kế hoạch 68/KH-UBND, dòng 111' });
    expect(v.transcriptionNotes.map((n) => n.number)).toEqual([1, 2, 3, 4]);
    expect(v.rows.map((r) => r.noteNumber)).toEqual([1, 2, 3, 4]);
  });
});

describe('every indicator page', () => {
  it('has a view in both languages whose sentences end with a full stop', () => {
    for (const i of ds.rules.indicators) {
      for (const lang of ['vi', 'en'] as const) {
        const v = indicatorView(ds, i.id, lang);
        for (const s of [...v.ranking, ...(v.unranked ? [v.unranked] : []), v.missingSentence, ...v.notes])
          expect(s, i.id).toMatch(/[.)]$/);
        expect(v.ranking.length + (v.unranked ? 1 : 0), i.id).toBeGreaterThan(0);
      }
    }
  });
});

describe('the catalogue index', () => {
  it('puts all 51 indicators under their pillars, in pillar order', () => {
    const idx = indicatorIndex(ds, 'vi');
    expect(idx.total).toBe(51);
    expect(idx.pillars.flatMap((p) => p.entries)).toHaveLength(51);
    expect(idx.pillars[0]!.name).toBe('Hạ tầng số');
  });

  it('says how many communes set each, and which have only a related target', () => {
    const e = indicatorIndex(ds, 'en')
      .pillars.flatMap((p) => p.entries)
      .find((x) => x.id === '5g-coverage')!;
    expect(e).toMatchObject({ setBy: ['Nhơn Trạch', 'Xuân Thành', 'Phước An'], relatedOnly: ['Nghĩa Đàn'], unitLabel: 'percent' });
  });

  it('sorts A–Z with Vietnamese collation: Đ after D, tone marks not letters', () => {
    const idx = indicatorIndex(ds, 'vi');
    const letters = idx.letters.map((l) => l.letter);
    expect(letters.indexOf('Đ')).toBe(letters.indexOf('D') + 1);
    expect(idx.letters.flatMap((l) => l.entries)).toHaveLength(51);
    const names = idx.letters.flatMap((l) => l.entries.map((e) => e.name));
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
  });

  it('files a name under its letter without its tone mark', () => {
    expect(['Ứng dụng', 'Điểm', 'ấp', 'Tỷ lệ', 'Ô', '5G coverage'].map(initialLetter)).toEqual(['Ư', 'Đ', 'Â', 'T', 'Ô', '0–9']);
  });
});

describe('small helpers', () => {
  it('joins names the way each language does', () => {
    expect(listWords(['A', 'B', 'C'], 'vi')).toBe('A, B và C');
    expect(listWords(['A', 'B'], 'en')).toBe('A and B');
    expect(listWords(['A'], 'en')).toBe('A');
  });

  it('takes the most common target year, the earliest on a tie', () => {
    expect(mainYearOf([{ targetYear: 2030 }, { targetYear: 2026 }], 2000)).toBe(2026);
    expect(mainYearOf([{ targetYear: 2030 }, { targetYear: 2030 }, { targetYear: 2026 }], 2000)).toBe(2030);
    expect(mainYearOf([], 2000)).toBe(2000);
  });
});
