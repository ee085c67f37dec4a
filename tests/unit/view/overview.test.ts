import { describe, expect, it } from 'vitest';
import type { Reference } from '../../../src/lib/validate/reference-schema.ts';
import { MAX_SCOPED_ROWS, overviewView, rowGoals, sharedGroups, summaryStats } from '../../../src/lib/view/overview.ts';
import { realDataset } from '../support/real-dataset.ts';
import { scaledDataset } from '../support/scaled-dataset.ts';

const ds = await realDataset();
const vi = overviewView(ds, 'vi');
const en = overviewView(ds, 'en');

describe('which indicators the overview draws', () => {
  it('draws every rank group that two or more communes share in percent, and no other', () => {
    const expected = ds.comparisons.flatMap((c) =>
      c.groups
        .filter((g) => g.unit === 'percent' && new Set(g.entries.map((e) => e.communeId)).size >= 2)
        .map((g) => `${c.indicatorId}|${g.targetYear}`),
    );
    expect(vi.rows.map((r) => `${r.indicatorId}|${r.year}`).sort()).toEqual(expected.sort());
    expect(vi.rows.every((r) => r.communes >= 2)).toBe(true);
  });

  it('leaves out an indicator only one commune set (fixed broadband: Phước An alone)', () => {
    expect(vi.rows.some((r) => r.indicatorId === 'fixed-broadband-1gbps')).toBe(false);
  });

  it('leaves out a count and says so: recognised public-sector initiatives are listed apart, with no row', () => {
    expect(vi.rows.some((r) => r.indicatorId === 'public-sector-initiatives')).toBe(false);
    expect(vi.otherUnits).toEqual([
      { indicatorId: 'public-sector-initiatives', name: 'Sáng kiến trong khu vực công được công nhận', unit: 'count' },
    ]);
  });

  it('puts each commune’s figure in its row at the lower bound the comparison ranks', () => {
    const fiveG = en.rows.find((r) => r.indicatorId === '5g-coverage')!;
    expect(fiveG.entries.map((e) => [e.commune, e.value, e.figure])).toEqual([
      ['Xuân Thành', 65, '≥ 65%'],
      ['Nhơn Trạch', 60, '≥ 60%'],
      ['Phước An', 60, '≥ 60%'],
    ]);
    expect(fiveG.spread).toBe(5);
  });

  it('lists in the legend only the communes with a mark, and names the commune that has none (Nghĩa Đàn: its targets are for 2030)', () => {
    expect(vi.communes.map((c) => c.id)).toEqual(['nhon-trach', 'xuan-thanh', 'phuoc-an']);
    expect(vi.absent).toEqual([{ id: 'nghia-dan', name: 'Nghĩa Đàn' }]);
  });
});

describe('the overview’s order', () => {
  it('sorts the rows by spread, largest first', () => {
    const spreads = vi.rows.map((r) => r.spread);
    expect(spreads).toEqual([...spreads].sort((a, b) => b - a));
    expect(vi.rows[0]).toMatchObject({ indicatorId: 'staff-basic-digital-skills', spread: 20 });
    expect(vi.rows.at(-1)!.spread).toBe(0);
  });

  it('breaks a tie in spread by the number of communes, then by catalogue order', () => {
    const twenty = vi.rows.filter((r) => r.spread === 20).map((r) => [r.indicatorId, r.communes]);
    expect(twenty).toEqual([
      ['staff-basic-digital-skills', 3],
      ['unified-management-software', 2],
      ['sme-digital-adoption', 2],
    ]);
  });

  it('draws every row on the real site (a dozen communes or fewer)', () => {
    expect(vi.scoped).toBe(false);
    expect(vi.charted).toEqual(vi.rows);
  });
});

describe('the national goals on a row', () => {
  it('marks the 2026 5G goal on the 2026 row, not the 2030 one', () => {
    const fiveG = vi.rows.find((r) => r.indicatorId === '5g-coverage')!;
    expect(fiveG.goals.map((g) => [g.value, g.label])).toEqual([[70, 'Quốc gia 2026: ≥ 70% dân số']]);
  });

  it('marks a goal on exactly the rows whose year has one', () => {
    const withGoals = en.rows.filter((r) => r.goals.length > 0).map((r) => [r.indicatorId, r.goals.map((g) => g.label)]);
    expect(withGoals).toEqual([
      ['staff-basic-digital-skills', ['National 2026: ≥ 100%']],
      ['5g-coverage', ['National 2026: ≥ 70% of the population']],
      ['end-to-end-electronic-processing', ['National 2026: ≥ 100%']],
    ]);
  });

  it('keeps one tick for two documents that set the same figure for a year (≥ 30% of GDP by 2030)', () => {
    const goals = rowGoals('digital-economy-grdp', 2030, ds.rules.references, 'vi');
    expect(goals.map((g) => g.label)).toEqual(['Quốc gia 2030: ≥ 30% GDP cả nước']);
  });

  it('keeps two goals that differ (online services 2030: ≥ 80% and > 70% of adults), and never a province’s', () => {
    const goals = rowGoals('online-service-usage', 2030, ds.rules.references, 'en');
    expect(goals.map((g) => g.label)).toEqual([
      'National 2030: ≥ 80%',
      'National 2030: > 70% of the adult population (businesses not counted)',
    ]);
    expect(rowGoals('sme-digital-adoption', 2030, ds.rules.references, 'vi').every((g) => g.reference.level === 'national')).toBe(true);
  });

  it('draws no tick for a context figure, an upper bound or another unit', () => {
    const base = ds.rules.references.find((r) => r.indicator_id === '5g-coverage' && r.year === 2026)!;
    const refs: Reference[] = [
      { ...base, kind: 'context', value: 50 },
      { ...base, comparator: '<=', value: 40 },
      { ...base, unit: 'index', value: 0.5 },
    ];
    expect(rowGoals('5g-coverage', 2026, refs, 'vi')).toEqual([]);
  });
});

describe('the overview past a dozen communes', async () => {
  const scaled = await scaledDataset();
  const view = overviewView(scaled, 'en');

  it('summarises each row instead of a mark per commune, with no legend of communes', () => {
    expect(view.scoped).toBe(true);
    expect(view.communes).toEqual([]);
    const first = view.rows[0]!;
    const values = first.entries.map((e) => e.value);
    expect(first.stats.min).toBe(Math.min(...values));
    expect(first.stats.max).toBe(Math.max(...values));
    expect(first.spread).toBe(first.stats.max - first.stats.min);
  });

  it('charts the largest spreads only, the table has every row', () => {
    expect(view.rows.length).toBeGreaterThan(MAX_SCOPED_ROWS);
    expect(view.charted).toEqual(view.rows.slice(0, MAX_SCOPED_ROWS));
  });

  it('works out which groups qualify once per dataset, for both languages', () => {
    expect(sharedGroups(scaled)).toBe(sharedGroups(scaled));
  });
});

describe('summary figures', () => {
  it('gives lowest, quartiles, median and highest, interpolating between ranks', () => {
    expect(summaryStats([65, 60, 60])).toEqual({ min: 60, q1: 60, median: 60, q3: 62.5, max: 65 });
    expect(summaryStats([80])).toEqual({ min: 80, q1: 80, median: 80, q3: 80, max: 80 });
    expect(summaryStats([0.7, 0.8, 0.9, 1]).median).toBe(0.85);
  });
});
