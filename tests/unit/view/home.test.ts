import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareIndicator } from '../../../src/lib/compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../../../src/lib/harmonize/harmonize-targets.ts';
import {
  ambitionDetail,
  ambitionHeadlines,
  inlineFigure,
  levels,
  onlyOneHeadlines,
  planFacts,
  provincePlans,
  statsLine,
  yearHeadlines,
} from '../../../src/lib/view/home.ts';
import { namesCapped } from '../../../src/lib/site/words.ts';
import { realDataset } from '../support/real-dataset.ts';
import { target } from '../support/reference-fixtures.ts';
import { generateSynthetic } from '../../../scripts/lib/bench/synthetic.ts';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { isScoped, provincesOf } from '../../../src/lib/dataset/scope.ts';

const ds = await realDataset();
/** Headlines keep the sign with its number by a no-break space: compare them with plain spaces. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');
const line = (h: { name: string; detail: string }) => plain(`${h.name}: ${h.detail}`);

function row(communeId: string, value: number, over: Partial<HarmonizedTarget> = {}): HarmonizedTarget {
  return target({ targetId: `${communeId}-01`, communeId, value, targetRaw: `≥ ${value}%`, section: 'II', seedText: '', ...over });
}

describe('the four plans', () => {
  const vi = planFacts(ds, 'vi');
  const en = planFacts(ds, 'en');
  const of = (facts: typeof vi, id: string) => facts.find((p) => p.id === id)!;

  it('names each unit as it is now: Nhơn Trạch is a phường, with the act that made it one', () => {
    expect(vi.map((p) => p.title)).toEqual(['Phường Nhơn Trạch', 'Xã Xuân Thành', 'Xã Phước An', 'Xã Nghĩa Đàn']);
    expect(of(vi, 'nhon-trach').unitNow).toBe('phường');
    expect(of(vi, 'nhon-trach').unitChange).toContain('237/NQ-UBTVQH16');
    expect(of(en, 'nhon-trach').unitNow).toBe('ward');
    expect(of(vi, 'xuan-thanh').unitChange).toBeNull();
    expect(vi.map((p) => p.province)).toEqual(['Đồng Nai', 'Đồng Nai', 'Đồng Nai', 'Nghệ An']);
  });

  it('gives number and date as written, and says what is blank or unreadable instead of guessing', () => {
    expect(of(vi, 'nhon-trach').planText).toBe('57/KH-UBND, ngày 27/02/2026');
    expect(of(vi, 'xuan-thanh').planText).toBe('68/KH-UBND, ngày ../02/2026 (ngày không đọc được trong bản OCR)');
    expect(of(vi, 'phuoc-an').planText).toBe(
      '/KH-UBND (số kế hoạch để trống trong văn bản), ngày ../../2026 (ngày và tháng để trống trong văn bản)',
    );
    expect(of(en, 'xuan-thanh').planText).toBe('68/KH-UBND, dated ../02/2026 (the day is not legible in the OCR copy)');
  });

  it('lists the years the targets are for and how many targets each plan states', () => {
    expect(vi.map((p) => [p.years, p.targets])).toEqual([
      [[2026], 24],
      [[2026], 22],
      [[2026], 40],
      [[2030, 2045], 17],
    ]);
    expect(statsLine(ds, 'en')).toBe('4 plans · 103 targets transcribed as written · 51 catalogue indicators · 83 tasks');
  });
});

describe('the largest differences in ambition', () => {
  const vi = ambitionHeadlines(ds, 'vi');
  const en = ambitionHeadlines(ds, 'en');
  const find = (hs: typeof vi, id: string) => hs.find((h) => h.indicatorId === id)!;

  it('says 5G: Xuân Thành ≥ 65% against Nhơn Trạch and Phước An ≥ 60%', () => {
    expect(line(find(vi, '5g-coverage'))).toBe(
      'Tỷ lệ phủ sóng 5G: Xuân Thành đặt ≥ 65%, Nhơn Trạch và Phước An đặt ≥ 60% (chênh 5 điểm phần trăm, năm 2026)',
    );
    expect(line(find(en, '5g-coverage'))).toBe(
      '5G coverage: Xuân Thành aims for ≥ 65%, Nhơn Trạch and Phước An for ≥ 60% (5 percentage points apart, 2026)',
    );
  });

  it('says VNeID: Nhơn Trạch and Phước An 80 against Xuân Thành 65', () => {
    expect(plain(find(en, 'vneid-account').detail)).toBe(
      'Nhơn Trạch and Phước An aim for ≥ 80%, Xuân Thành for ≥ 65% (15 percentage points apart, 2026)',
    );
    expect(find(vi, 'vneid-account').spread).toBe(15);
  });

  it('puts the largest spreads first, then the comparisons with more communes, and leaves out equal targets', () => {
    expect(vi.slice(0, 3).map((h) => h.spread)).toEqual([20, 20, 20]);
    expect(vi[0]!.indicatorId).toBe('staff-basic-digital-skills'); // 20 points among three communes
    for (let i = 1; i < vi.length; i++) expect(vi[i - 1]!.score).toBeGreaterThanOrEqual(vi[i]!.score);
    expect(vi.every((h) => h.spread > 0)).toBe(true);
    expect(vi.find((h) => h.indicatorId === 'e-health-record')).toBeUndefined(); // all at 95%
    expect(vi.map((h) => h.indicatorId)).toEqual(en.map((h) => h.indicatorId));
  });

  it('says when the scopes of the figures compared differ', () => {
    expect(find(vi, 'unified-management-software').detail).toContain('phạm vi đo không hoàn toàn giống nhau');
    expect(find(vi, 'sme-digital-adoption').detail).not.toContain('phạm vi');
  });

  it('names every level of a three-way difference, equal figures together', () => {
    const c = compareIndicator(
      'x',
      [row('An', 90), row('Bình', 70), row('Cường', 80), row('Dũng', 90, { targetId: 'd-01' })],
      ['An', 'Bình', 'Cường', 'Dũng'],
    );
    const g = c.groups[0]!;
    expect(levels(g, c.rows, 'vi').map((l) => [l.communes, plain(l.figure)])).toEqual([
      [['An', 'Dũng'], '≥ 90%'],
      [['Cường'], '≥ 80%'],
      [['Bình'], '≥ 70%'],
    ]);
    expect(plain(ambitionDetail(ds, g, c.rows, 'en'))).toBe(
      'An and Dũng aim for ≥ 90%, Cường for ≥ 80%, Bình for ≥ 70% (20 percentage points apart, 2026)',
    );
  });

  it('keeps a sign with its number and writes qualitative targets in lower case inside sentences', () => {
    expect(inlineFigure(row('a', 60), 'vi')).toBe('≥\u00a060%');
    expect(inlineFigure(row('a', 0, { comparator: 'text', value: null }), 'vi')).toBe('định tính');
    expect(inlineFigure(row('a', 0.8, { unit: 'index' }), 'vi')).toBe('≥\u00a00,8');
  });
});

describe('indicators only one commune set', () => {
  const vi = onlyOneHeadlines(ds, 'vi');

  it('lists them per commune, with the count and each figure', () => {
    const pa = vi.find((o) => o.communeId === 'phuoc-an')!;
    expect(pa.lead).toBe(`Chỉ Phước An đặt ${pa.items.length} chỉ tiêu:`);
    expect(pa.items.length).toBe(ds.comparisons.filter((c) => c.communesWithTarget.join() === 'phuoc-an').length);
    expect(pa.items.find((i) => i.indicatorId === 'fixed-broadband-1gbps')?.figure).toBe('≥\u00a070%');
    for (const o of vi)
      for (const i of o.items)
        expect(ds.comparisons.find((c) => c.indicatorId === i.indicatorId)!.communesWithTarget).toEqual([o.communeId]);
  });

  it('marks a figure set for another year, and does not count a target set by another commune for another year', () => {
    const nd = vi.find((o) => o.communeId === 'nghia-dan')!;
    expect(nd.lead).toBe('Chỉ Nghĩa Đàn đặt 1 chỉ tiêu:');
    expect(nd.items.map((i) => [i.indicatorId, plain(i.figure)])).toEqual([['sti-budget-share', '≥ 3%, năm 2030']]);
    expect(vi.flatMap((o) => o.items).some((i) => i.indicatorId === 'online-service-usage')).toBe(false);
  });
});

describe('different target years', () => {
  it('says which commune sets its targets for which year, and lists indicators carrying two years', () => {
    const en = yearHeadlines(ds, 'en');
    expect(en.summary).toMatch(/^Nghĩa Đàn sets its targets for 2030; Nhơn Trạch, Xuân Thành and Phước An for 2026\. /);
    expect(en.summary).toContain(`${en.items.length} indicators carry different years`);
    const osu = yearHeadlines(ds, 'vi').items.find((h) => h.indicatorId === 'online-service-usage')!;
    expect(line(osu)).toBe(
      'Người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến: Phước An ≥ 80% (năm 2026); Nghĩa Đàn > 90% (năm 2030)',
    );
    expect(en.items.some((h) => h.indicatorId === '5g-coverage')).toBe(false);
  });
});

/** 40 synthetic communes in several provinces: more than fit side by side, so the page summarizes. */
async function syntheticDataset() {
  const files = generateSynthetic(await readDataFiles(resolve('data')), { n: 40, seed: 1 });
  const checked = checkDataset(new Map([...files].map(([k, v]) => [k, new TextEncoder().encode(v)])), 'synthetic');
  if (!checked.ok) throw new Error('synthetic data do not pass the checks');
  return checked.value;
}

const syn = await syntheticDataset();

describe('the home page past a dozen plans (40 synthetic communes)', () => {
  const names = new Set(syn.raw.communes.map((c) => c.name));
  /** How many commune names a text carries. */
  const named = (text: string) => [...names].filter((n) => text.includes(n)).length;

  it('is scoped, and the real four plans are not', () => {
    expect(isScoped(syn)).toBe(true);
    expect(isScoped(ds)).toBe(false);
  });

  it('lists the plans by province, with counts that add up to the whole', () => {
    const provinces = provincePlans(syn);
    expect(provinces.map((p) => p.slug)).toEqual(provincesOf(syn).map((p) => p.slug));
    expect(provinces.length).toBeLessThan(syn.raw.communes.length);
    expect(provinces.reduce((n, p) => n + p.plans, 0)).toBe(40);
    expect(provinces.reduce((n, p) => n + p.targets, 0)).toBe(syn.raw.targets.length);
    expect(provinces.reduce((n, p) => n + p.tasks, 0)).toBe(syn.raw.tasks.length);
    for (const p of provinces) expect(p.years.reduce((n, [, k]) => n + k, 0)).toBe(p.plans);
    const dn = provincesOf(syn).find((p) => p.slug === 'dong-nai')!;
    expect(provinces.find((p) => p.slug === 'dong-nai')!.targets).toBe(
      syn.raw.targets.filter((t) => dn.communeIds.includes(t.commune_id)).length,
    );
  });

  it('keeps the headline counts over all plans', () => {
    expect(statsLine(syn, 'vi')).toMatch(/^40 kế hoạch · \d+ chỉ tiêu/);
  });

  it('names at most three communes per level, and only the highest and lowest level', () => {
    const ambition = ambitionHeadlines(syn, 'vi');
    expect(ambition.length).toBeGreaterThan(0);
    // Bounded by the catalogue (indicator × year), not by the communes.
    expect(ambition.length).toBeLessThanOrEqual(syn.rules.indicators.length * 2);
    for (const h of ambition) expect(named(h.detail)).toBeLessThanOrEqual(6);
    const wide = ambition.find((h) => h.communes > 6)!;
    expect(wide.detail).toMatch(/ xã khác đặt /);
    expect(wide.detail).toContain(`; ${wide.communes} xã, `);
    const en = ambitionHeadlines(syn, 'en').find((h) => h.indicatorId === wide.indicatorId && h.year === wide.year)!;
    expect(en.detail).toMatch(/other communes? aims? for/);
  });

  it('counts the communes per target year instead of naming them', () => {
    const y = yearHeadlines(syn, 'en');
    expect(y.summary).toMatch(/^\d+ communes? sets? (its|their) targets for \d{4}; \d+ communes for \d{4}\. /);
    expect(named(y.summary!)).toBe(0);
    for (const h of y.items) expect(named(h.detail)).toBe(0);
  });

  it('says "and N others" past the cap', () => {
    expect(namesCapped(['A', 'B', 'C', 'D', 'E'], 'vi', 3)).toBe('A, B, C và 2 xã khác');
    expect(namesCapped(['A', 'B', 'C', 'D'], 'en', 3)).toBe('A, B, C and 1 other commune');
    expect(namesCapped(['A', 'B'], 'en', 3)).toBe('A and B');
  });
});
