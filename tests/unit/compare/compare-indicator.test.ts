import { describe, expect, it } from 'vitest';
import { compareIndicator } from '../../../src/lib/compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../../../src/lib/harmonize/harmonize-targets.ts';
import { realDataset } from '../support/real-dataset.ts';
import { target } from '../support/reference-fixtures.ts';

const COMMUNES = ['a', 'b', 'c', 'd'];

function row(communeId: string, over: Partial<HarmonizedTarget> = {}): HarmonizedTarget {
  return target({ targetId: `${communeId}-01`, communeId, ...over });
}

describe('compareIndicator', () => {
  it('names the highest figure most ambitious and the lowest least ambitious', () => {
    const c = compareIndicator('x', [row('a', { value: 60 }), row('b', { value: 65 }), row('c', { value: 60 })], COMMUNES);
    expect(c.groups).toHaveLength(1);
    expect(c.groups[0]!.most).toEqual(['b']);
    expect(c.groups[0]!.least).toEqual(['a', 'c']);
    expect(c.groups[0]!.spread).toBe(5);
    expect(c.communesWithout).toEqual(['d']);
  });

  it('never ranks a 2026 target against a 2030 target: each year is its own group, flagged', () => {
    const c = compareIndicator('x', [row('a', { value: 80 }), row('b', { value: 90, targetYear: 2030 })], COMMUNES);
    expect(c.flags.yearsDiffer).toBe(true);
    expect(c.groups.map((g) => [g.targetYear, g.entries.length, g.most, g.spread])).toEqual([
      [2026, 1, [], null],
      [2030, 1, [], null],
    ]);
  });

  it('does not rank related rows, but counts them as shown', () => {
    const c = compareIndicator('x', [row('a', { value: 80 }), row('b', { value: 100, match: 'related' })], COMMUNES);
    expect(c.groups[0]!.entries.map((e) => e.communeId)).toEqual(['a']);
    expect(c.flags.hasRelated).toBe(true);
    expect(c.communesWithTarget).toEqual(['a']);
    expect(c.rows.map((r) => r.communeId)).toEqual(['a', 'b']);
  });

  it('puts a strict ">" just above "≥" at the same figure and flags the mix', () => {
    const c = compareIndicator('x', [row('a', { value: 90 }), row('b', { value: 90, comparator: '>' })], COMMUNES);
    const g = c.groups[0]!;
    expect(g.most).toEqual(['b']);
    expect(g.least).toEqual(['a']);
    expect(g.spread).toBe(0);
    expect(g.flags.strictAndInclusive).toBe(true);
  });

  it('treats ceilings as equal whatever their comparator: "≥ 100%" and "100%"', () => {
    const c = compareIndicator(
      'x',
      [row('a', { value: 100, ceiling: true }), row('b', { value: 100, ceiling: true, comparator: '>', comparatorSource: 'ocr-symbol' })],
      COMMUNES,
    );
    expect(c.groups[0]!.entries.map((e) => e.rank)).toEqual([1, 1]);
    expect(c.groups[0]!.most).toEqual([]);
  });

  it('ranks a range by its lower bound', () => {
    const c = compareIndicator('x', [row('a', { comparator: 'between', value: 15, valueMax: 17 }), row('b', { value: 16 })], COMMUNES);
    expect(c.groups[0]!.most).toEqual(['b']);
  });

  it('ranks separately rows of different units and flags it', () => {
    const c = compareIndicator('x', [row('a', { value: 1, unit: 'count' }), row('b', { value: 60 })], COMMUNES);
    expect(c.flags.unitsDiffer).toBe(true);
    expect(c.groups).toHaveLength(2);
  });

  it('leaves yes/no and qualitative targets unranked', () => {
    const c = compareIndicator(
      'x',
      [row('a', { comparator: 'yes', value: null, unit: 'boolean' }), row('b', { comparator: 'text', value: null, unit: 'text' })],
      COMMUNES,
    );
    expect(c.groups).toEqual([]);
    expect(c.communesWithTarget).toEqual(['a', 'b']);
  });

  it('keeps decimal spreads free of floating-point noise', () => {
    const c = compareIndicator('x', [row('a', { value: 0.8, unit: 'index' }), row('b', { value: 0.7, unit: 'index' })], COMMUNES);
    expect(c.groups[0]!.spread).toBe(0.1);
  });
});

describe('the real data', () => {
  const figures = async (indicator: string) => {
    const ds = await realDataset();
    return ds.targets.filter((t) => t.indicatorId === indicator && t.match !== 'related').map((t) => [t.communeId, t.comparator, t.value]);
  };

  it('reads 5G coverage as Nhơn Trạch ≥ 60, Xuân Thành ≥ 65 (an OCR ">"), Phước An ≥ 60', async () => {
    expect(await figures('5g-coverage')).toEqual([
      ['nhon-trach', '>=', 60],
      ['xuan-thanh', '>=', 65],
      ['phuoc-an', '>=', 60],
    ]);
    const ds = await realDataset();
    expect(ds.targets.find((t) => t.targetId === 'xuan-thanh-15')!.comparatorSource).toBe('ocr-symbol');
  });

  it('reads VNeID accounts as Xuân Thành ≥ 65 and Nhơn Trạch and Phước An ≥ 80, Xuân Thành least ambitious', async () => {
    expect(await figures('vneid-account')).toEqual([
      ['nhon-trach', '>=', 80],
      ['xuan-thanh', '>=', 65],
      ['phuoc-an', '>=', 80],
    ]);
    const ds = await realDataset();
    const g = ds.comparisons.find((c) => c.indicatorId === 'vneid-account')!.groups[0]!;
    expect(g.least).toEqual(['xuan-thanh']);
    expect(g.most).toEqual(['nhon-trach', 'phuoc-an']);
  });

  it('keeps Nghĩa Đàn’s 2030 targets out of the 2026 ranking of online-service usage', async () => {
    const ds = await realDataset();
    const c = ds.comparisons.find((x) => x.indicatorId === 'online-service-usage')!;
    expect(c.flags.yearsDiffer).toBe(true);
    expect(c.groups.map((g) => [g.targetYear, g.entries.map((e) => e.communeId)])).toEqual([
      [2026, ['phuoc-an']],
      [2030, ['nghia-dan']],
    ]);
  });

  it('maps every source target exactly once, none vanishing', async () => {
    const ds = await realDataset();
    expect(ds.targets.map((t) => t.targetId).sort()).toEqual(ds.raw.targets.map((t) => t.target_id).sort());
    expect(new Set(ds.targets.map((t) => t.targetId)).size).toBe(ds.raw.targets.length);
  });

  it('publishes rows in communes.csv order, then plan order', async () => {
    const ds = await realDataset();
    const communes = [...new Set(ds.targets.map((t) => t.communeId))];
    expect(communes).toEqual(ds.raw.communes.map((c) => c.id));
    const nt = ds.targets.filter((t) => t.communeId === 'nhon-trach').map((t) => t.targetId);
    expect(nt).toEqual([...nt].sort());
  });
});
