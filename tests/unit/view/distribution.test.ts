import { describe, expect, it } from 'vitest';
import { isRankable } from '../../../src/lib/compare/compare-indicator.ts';
import { distributionView, scaleFigure, stripGoals } from '../../../src/lib/view/distribution.ts';
import { provincesOf, scopeDataset } from '../../../src/lib/dataset/scope.ts';
import { realDataset } from '../support/real-dataset.ts';
import { scaledDataset } from '../support/scaled-dataset.ts';

const all = await scaledDataset();
const dongNai = provincesOf(all).find((p) => p.slug === 'dong-nai')!;
const ds = scopeDataset(all, dongNai.communeIds);

describe('a province’s distribution of one indicator', () => {
  it('has a strip per target year, the year with most targets first, with the ranked targets of that year', () => {
    const v = distributionView(ds, '5g-coverage', dongNai, 'vi')!;
    const rows = ds.comparisonByIndicator.get('5g-coverage')!.rows.filter((r) => isRankable(r) && r.unit === 'percent');
    expect(v.groups.map((g) => g.year)).toEqual([2026, 2030]);
    for (const g of v.groups)
      expect(g.dots.map((d) => d.targetId).sort()).toEqual(
        rows
          .filter((r) => r.targetYear === g.year)
          .map((r) => r.targetId)
          .sort(),
      );
    expect(v.groups[0]!.dots.length).toBeGreaterThanOrEqual(v.groups[1]!.dots.length);
  });

  it('counts what it does not draw (qualitative, related, upper bounds): the table has them', () => {
    const v = distributionView(ds, '5g-coverage', dongNai, 'vi')!;
    const c = ds.comparisonByIndicator.get('5g-coverage')!;
    expect(v.notDrawn).toBe(c.rows.length - v.groups.reduce((n, g) => n + g.dots.length, 0));
    expect(v.notDrawn).toBeGreaterThan(0);
  });

  it('lists each level once, highest first, with how many communes set it', () => {
    const g = distributionView(ds, 'staff-basic-digital-skills', dongNai, 'en')!.groups[0]!;
    expect(g.levels.map((l) => l.value)).toEqual([...new Set(g.dots.map((d) => d.value))].sort((a, b) => b - a));
    const top = g.levels[0]!;
    expect(top.communes).toBe(new Set(g.dots.filter((d) => d.value === top.value).map((d) => d.communeId)).size);
  });

  it('counts the targets at or above a goal by the comparison’s rule: exactly 70% reaches “≥ 70%”', () => {
    const rows = ds.comparisonByIndicator.get('5g-coverage')!.rows.filter((r) => isRankable(r) && r.targetYear === 2026);
    const goals = stripGoals(rows, '5g-coverage', 2026, 'percent', all.rules.references, 'Đồng Nai', 'vi');
    expect(goals.map((g) => g.label)).toEqual(['Quốc gia 2026: ≥ 70% dân số']);
    expect(goals[0]!.reached).toBe(rows.filter((r) => (r.value ?? 0) >= 70).length);
  });

  it('adds the province’s own goals to the national ones, never another province’s', async () => {
    const real = await realDataset();
    const rows = real.comparisonByIndicator.get('digital-economy-grdp')!.rows.filter(isRankable);
    const inDongNai = stripGoals(rows, 'digital-economy-grdp', 2030, 'percent', real.rules.references, 'Đồng Nai', 'en');
    expect(inDongNai.map((g) => [g.level, g.label])).toEqual([
      ['national', 'National 2030: ≥ 30% of national GDP'],
      ['province', 'Đồng Nai 2030: 35–37%'],
      ['province', 'Đồng Nai 2030: > 30%'],
    ]);
  });

  it('has no chart for an indicator fewer than two communes of the province set on the scale', () => {
    const one = provincesOf(all).find((p) => p.communeIds.length === 1)!;
    expect(distributionView(scopeDataset(all, one.communeIds), '5g-coverage', one, 'vi')).toBeNull();
  });

  it('writes figures on the indicator’s scale: a percent with its sign, an index with a decimal comma in Vietnamese', () => {
    expect(scaleFigure(80, 'percent', 'vi')).toBe('80%');
    expect(scaleFigure(0.8, 'index', 'vi')).toBe('0,8');
    expect(scaleFigure(3, 'count', 'en')).toBe('3');
  });
});
