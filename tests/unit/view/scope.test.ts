import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../../scripts/lib/bench/synthetic.ts';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset, type Dataset } from '../../../src/lib/dataset/check-dataset.ts';
import { compareSubset } from '../../../src/lib/view/compare.ts';
import { indicatorProvinces } from '../../../src/lib/view/indicator-scope.ts';
import { scopedMatrixView } from '../../../src/lib/view/matrix-scope.ts';
import {
  comparisonScopeOf,
  isScoped,
  MAX_COLUMNS,
  pagesOf,
  provinceOfCommune,
  provincesOf,
  scopeDataset,
  scopePages,
} from '../../../src/lib/dataset/scope.ts';
import { fold } from '../../../src/lib/core/fold.ts';
import { realDataset } from '../support/real-dataset.ts';

const real = await realDataset();
// 300 synthetic communes: all 95 of Đồng Nai (8 pages) and 130 of Nghệ An, the rest spread over the others.
const files = generateSynthetic(await readDataFiles(resolve('data')), { n: 300, seed: 3 });
const checked = checkDataset(new Map([...files].map(([k, v]) => [k, new TextEncoder().encode(v)])), 'synthetic');
if (!checked.ok) throw new Error('synthetic data invalid');
const big: Dataset = checked.value;

describe('scopes', () => {
  it('keeps the real site (4 communes) on one scope and scopes 300 communes by province', () => {
    expect(isScoped(real)).toBe(false);
    expect(isScoped(big)).toBe(true);
  });

  it('takes each province’s URL segment from provinces.csv: the folded name, never empty, never shared', () => {
    const slugs = real.rules.provinces.map((p) => p.slug);
    expect(slugs).toHaveLength(34);
    expect(new Set(slugs).size).toBe(34);
    for (const p of real.rules.provinces) expect(p.slug).toBe(fold(p.name).toLowerCase().replace(/ /g, '-'));
    expect(provincesOf(big).find((p) => p.name === 'Hồ Chí Minh')?.slug).toBe('ho-chi-minh');
  });

  it('groups every commune into exactly one province, in communes.csv order', () => {
    const provinces = provincesOf(big);
    expect(provinces.flatMap((p) => p.communeIds).sort()).toEqual(big.raw.communes.map((c) => c.id).sort());
    expect(new Set(provinces.map((p) => p.slug)).size).toBe(provinces.length);
    for (const c of big.raw.communes) expect(provinceOfCommune(big, c.id)?.name).toBe(c.province);
    expect(provincesOf(real).map((p) => [p.slug, p.communeIds.length])).toEqual([
      ['dong-nai', 3],
      ['nghe-an', 1],
    ]);
  });

  it('cuts communes into even pages of at most a dozen', () => {
    expect(pagesOf([...Array(13).keys()]).map((p) => p.length)).toEqual([7, 6]);
    expect(pagesOf([...Array(24).keys()]).map((p) => p.length)).toEqual([12, 12]);
    expect(pagesOf([...Array(95).keys()]).map((p) => p.length)).toEqual([12, 12, 12, 12, 12, 12, 12, 11]);
    expect(pagesOf([])).toEqual([]);
    for (const page of scopePages(big)) expect(page.communeIds.length).toBeLessThanOrEqual(MAX_COLUMNS);
    expect(scopePages(big).flatMap((p) => p.communeIds)).toHaveLength(300);
  });

  it('ranks a scoped dataset among its communes only, like the compare view does', () => {
    const ids = ['nhon-trach', 'xuan-thanh'];
    const scoped = scopeDataset(real, ids);
    expect(scoped.raw.communes.map((c) => c.id)).toEqual(ids);
    expect(scoped.targets.every((t) => ids.includes(t.communeId))).toBe(true);
    const marks = compareSubset(real, ids).marks;
    for (const p of scoped.profiles) {
      for (const s of p.standings) {
        const expected = marks.get(s.target.targetId);
        if (expected !== 'solo') expect(s.standing, s.target.targetId).toBe(expected);
      }
    }
    expect(scopeDataset(real, ids)).toBe(scoped);
  });

  it('compares a commune within its province once scoped, and with every commune otherwise', () => {
    const c = big.raw.communes[0]!;
    const scope = comparisonScopeOf(big, c.id);
    expect(scope.raw.communes.every((x) => x.province === c.province)).toBe(true);
    expect(comparisonScopeOf(real, 'nhon-trach')).toBe(real);
  });
});

describe('the matrix of a province page', () => {
  it('shows only the page’s communes, ranked among the whole province', () => {
    const [first, second] = scopePages(big).filter((p) => p.province.slug === 'dong-nai');
    expect(first && second).toBeTruthy();
    const view = scopedMatrixView(big, first!, 'vi');
    expect(view.columns.map((c) => c.id)).toEqual(first!.communeIds);
    for (const s of view.sections) for (const r of s.rows) expect(r.cells.map((c) => c.communeId)).toEqual(first!.communeIds);
    const province = scopeDataset(big, first!.province.communeIds);
    const standing = new Map(province.profiles.flatMap((p) => p.standings.map((s) => [s.target.targetId, s.standing])));
    const entries = view.sections.flatMap((s) => s.rows.flatMap((r) => r.cells.flatMap((c) => c.entries)));
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) if (e.mark !== 'solo') expect(e.mark).toBe(standing.get(e.target.targetId));
  });
});

describe('the national summary of an indicator', () => {
  it('counts the communes of each province that set it, with the range of their figures', () => {
    const v = indicatorProvinces(big, '5g-coverage', 'vi');
    expect(v.indicatorId).toBe('5g-coverage');
    expect(v.rows.map((r) => r.province.slug)).toEqual(provincesOf(big).map((p) => p.slug));
    expect(v.rows.reduce((n, r) => n + r.set, 0)).toBe(v.set);
    for (const r of v.rows) {
      const rows = big.targets.filter(
        (t) =>
          r.province.communeIds.includes(t.communeId) &&
          t.indicatorId === '5g-coverage' &&
          (t.match === 'same' || t.match === 'comparable') &&
          t.targetYear === v.mainYear &&
          t.value !== null,
      );
      const values = rows.flatMap((t) => [t.value!, ...(t.valueMax === null ? [] : [t.valueMax])]);
      expect(r.min).toBe(values.length ? Math.min(...values) : null);
      expect(r.max).toBe(values.length ? Math.max(...values) : null);
      if (r.common) expect(r.common.count).toBeLessThanOrEqual(r.set);
    }
  });
});
