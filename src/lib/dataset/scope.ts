import { compareDataset, type Dataset } from './check-dataset.ts';

/**
 * Scopes: which communes a page puts side by side.
 *
 * With a handful of plans (the real site: 4) every comparison page shows every commune. Once a
 * province publishes all its plans (Đồng Nai 95, Nghệ An 130; 3,321 in the country) a page with
 * one column per commune is not readable, and a page per commune that lists every other commune
 * makes the site grow with N². So past MAX_COLUMNS communes the comparison pages are scoped to a
 * province — standings are recomputed among that province's communes, with the same
 * compareIndicator and communeProfile as the whole set (no second ranking) — and tables are cut
 * into pages of at most MAX_COLUMNS communes.
 */

/** Most communes a comparison table shows as columns (12 fit a 1280 px screen at ~90 px each). */
export const MAX_COLUMNS = 12;

/** Most other communes a commune page names in one sentence before it counts them instead. */
export const MAX_NAMED = 8;

export interface Province {
  /** URL segment, from data/harmonize/provinces.csv (checked there: never empty, never shared), e.g. "dong-nai". */
  slug: string;
  name: string;
  code: string;
  /** Its communes in communes.csv order. */
  communeIds: string[];
}

/** True when comparison pages are scoped to provinces (more communes than fit as columns). */
export function isScoped(ds: Pick<Dataset, 'raw'>): boolean {
  return ds.raw.communes.length > MAX_COLUMNS;
}

const provinceCache = new WeakMap<object, Province[]>();

/** The provinces of the plans, in the order their first commune appears in communes.csv. */
export function provincesOf(ds: Pick<Dataset, 'raw' | 'rules'>): Province[] {
  const cached = provinceCache.get(ds.raw);
  if (cached) return cached;
  // The check has matched every commune's province name and code with provinces.csv.
  const slugOf = new Map(ds.rules.provinces.map((p) => [p.code, p.slug]));
  const byCode = new Map<string, Province>();
  for (const c of ds.raw.communes) {
    let p = byCode.get(c.province_code);
    if (!p)
      byCode.set(c.province_code, (p = { slug: slugOf.get(c.province_code)!, name: c.province, code: c.province_code, communeIds: [] }));
    p.communeIds.push(c.id);
  }
  const list = [...byCode.values()];
  provinceCache.set(ds.raw, list);
  return list;
}

const byCommuneCache = new WeakMap<object, Map<string, Province>>();

/** The province of a commune. */
export function provinceOfCommune(ds: Pick<Dataset, 'raw' | 'rules'>, communeId: string): Province | undefined {
  let map = byCommuneCache.get(ds.raw);
  if (!map) {
    map = new Map(provincesOf(ds).flatMap((p) => p.communeIds.map((id) => [id, p] as const)));
    byCommuneCache.set(ds.raw, map);
  }
  return map.get(communeId);
}

/** `ids` cut into pages of at most `size`, as even as possible (13 → 7 + 6, not 12 + 1). */
export function pagesOf<T>(ids: readonly T[], size = MAX_COLUMNS): T[][] {
  if (ids.length === 0) return [];
  const count = Math.ceil(ids.length / size);
  const per = Math.ceil(ids.length / count);
  const out: T[][] = [];
  for (let i = 0; i < ids.length; i += per) out.push(ids.slice(i, i + per));
  return out;
}

const scopeCache = new WeakMap<Dataset, Map<string, Dataset>>();

/**
 * The dataset restricted to some communes, with comparisons and profiles recomputed among them
 * only: every view (matrix, indicator, commune) then works on a province unchanged. Memoized
 * per dataset and set of ids, so the pages of one build share one computation per province.
 */
export function scopeDataset(ds: Dataset, communeIds: readonly string[]): Dataset {
  // A province's id list is one array for the whole build (provincesOf): found by identity
  // first, without joining up to 166 ids into a key on every call.
  let byList = listCache.get(ds);
  if (!byList) listCache.set(ds, (byList = new WeakMap()));
  const same = byList.get(communeIds);
  if (same) return same;
  const key = communeIds.join(',');
  let byKey = scopeCache.get(ds);
  if (!byKey) scopeCache.set(ds, (byKey = new Map()));
  const hit = byKey.get(key);
  if (hit) {
    byList.set(communeIds, hit);
    return hit;
  }

  const keep = new Set(communeIds);
  const raw = {
    ...ds.raw,
    communes: ds.raw.communes.filter((c) => keep.has(c.id)),
    targets: ds.raw.targets.filter((t) => keep.has(t.commune_id)),
    tasks: ds.raw.tasks.filter((t) => keep.has(t.commune_id)),
  };
  const scoped = compareDataset(
    raw,
    ds.rules,
    ds.targets.filter((t) => keep.has(t.communeId)),
  );
  byKey.set(key, scoped);
  byList.set(communeIds, scoped);
  return scoped;
}
const listCache = new WeakMap<Dataset, WeakMap<readonly string[], Dataset>>();

/** The dataset of a commune's comparisons: its province when scoped, else the whole set. */
export function comparisonScopeOf(ds: Dataset, communeId: string): Dataset {
  // A dataset that is already one province is its own scope: scoping it again would recompute
  // the same standings.
  if (!isScoped(ds) || provincesOf(ds).length === 1) return ds;
  const p = provinceOfCommune(ds, communeId);
  return p ? scopeDataset(ds, p.communeIds) : ds;
}

export interface ScopePage {
  province: Province;
  /** 1-based; page 1 has the province's slug as its path, page k "slug/k". */
  page: number;
  pages: number;
  communeIds: string[];
  /** URL segment(s) under the section, e.g. "dong-nai" or "dong-nai/2". */
  path: string;
}

/** Every page of every province, communes cut into pages of at most MAX_COLUMNS. */
export function scopePages(ds: Pick<Dataset, 'raw' | 'rules'>): ScopePage[] {
  return provincesOf(ds).flatMap((province) => {
    const chunks = pagesOf(province.communeIds);
    return chunks.map((communeIds, i) => ({
      province,
      page: i + 1,
      pages: chunks.length,
      communeIds,
      path: i === 0 ? province.slug : `${province.slug}/${i + 1}`,
    }));
  });
}
