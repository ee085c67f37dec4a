import { describe, expect, it } from 'vitest';
import { scopeIndexView, scopePagerView } from '../../../src/lib/view/scope-index.ts';
import { isScoped, MAX_COLUMNS, scopePages } from '../../../src/lib/dataset/scope.ts';
import { scaledDataset } from '../support/scaled-dataset.ts';

// The scaled build's data: 14 communes, 13 of them in Đồng Nai (more than a page holds).
const ds = await scaledDataset();
const v = scopeIndexView(ds);

describe('the provinces index of a scoped site', () => {
  it('lists each province with plans once, and its communes add up to all communes', () => {
    const provinces = new Set(ds.raw.communes.map((c) => c.province_code));
    expect(v.provinces).toHaveLength(provinces.size);
    expect(new Set(v.provinces.map((p) => p.slug)).size).toBe(v.provinces.length);
    expect(v.provinces.reduce((n, p) => n + p.communes, 0)).toBe(ds.raw.communes.length);
    expect(v.communes).toBe(ds.raw.communes.length);
  });

  it('lists the provinces in the order their first commune appears in communes.csv', () => {
    const firstSeen = [...new Set(ds.raw.communes.map((c) => c.province))];
    expect(v.provinces.map((p) => p.name)).toEqual(firstSeen);
  });

  it('gives each province as many pages as its communes need, numbered from 1, the first at the province’s own path', () => {
    for (const p of v.provinces) {
      expect(p.pages).toHaveLength(Math.ceil(p.communes / v.maxColumns));
      expect(p.pages.map((x) => x.page)).toEqual(p.pages.map((_, i) => i + 1));
      expect(p.pages.map((x) => x.path)).toEqual(p.pages.map((x) => (x.page === 1 ? p.slug : `${p.slug}/${x.page}`)));
    }
    expect(v.maxColumns).toBe(MAX_COLUMNS);
    // Đồng Nai's 13 communes do not fit one page (the reason the site is scoped): the index links both.
    expect(isScoped(ds)).toBe(true);
    expect(v.provinces.some((p) => p.pages.length > 1)).toBe(true);
  });
});

describe('the pager of a province’s pages', () => {
  it('lists the pages of the page’s own province, the same the index links, and marks the one shown', () => {
    for (const page of scopePages(ds)) {
      const pager = scopePagerView(ds, page);
      expect(pager.current).toBe(page.page);
      expect(pager.pages).toEqual(v.provinces.find((p) => p.slug === page.province.slug)!.pages);
      expect(pager.pages).toHaveLength(page.pages);
    }
    expect(scopePages(ds).some((p) => p.pages > 1)).toBe(true);
  });
});
