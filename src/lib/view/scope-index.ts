import type { Dataset } from '../dataset/check-dataset.ts';
import { MAX_COLUMNS, provincesOf, scopePages, type ScopePage } from '../dataset/scope.ts';

/**
 * The provinces list of a scoped site (more plans than fit in one table): what the index of a
 * section's province pages shows, counted here so that the component only lays it out. Pure:
 * dataset in, counts and page paths out.
 */

export interface ScopeIndexView {
  /** Every commune of the site, for the lead sentence. */
  communes: number;
  /** Most communes a page of a province shows (src/lib/dataset/scope.ts). */
  maxColumns: number;
  /** The provinces in the order their first commune appears in communes.csv. */
  provinces: {
    slug: string;
    name: string;
    communes: number;
    /** The province's pages of at most `maxColumns` communes: page number and URL segment(s) under the section. */
    pages: { page: number; path: string }[];
  }[];
}

export function scopeIndexView(ds: Pick<Dataset, 'raw' | 'rules'>): ScopeIndexView {
  const pages = Map.groupBy(scopePages(ds), (x) => x.province.slug);
  return {
    communes: ds.raw.communes.length,
    maxColumns: MAX_COLUMNS,
    provinces: provincesOf(ds).map((p) => ({
      slug: p.slug,
      name: p.name,
      communes: p.communeIds.length,
      pages: (pages.get(p.slug) ?? []).map((x) => ({ page: x.page, path: x.path })),
    })),
  };
}

export interface ScopePagerView {
  /** The page shown (1-based). */
  current: number;
  /** Every page of the same province: page number and URL segment(s) under the section. */
  pages: { page: number; path: string }[];
}

/** Where a province's page sits among the province's pages (the paths as scopePages makes them). */
export function scopePagerView(ds: Pick<Dataset, 'raw' | 'rules'>, page: ScopePage): ScopePagerView {
  return {
    current: page.page,
    pages: scopePages(ds)
      .filter((x) => x.province.slug === page.province.slug)
      .map((x) => ({ page: x.page, path: x.path })),
  };
}
