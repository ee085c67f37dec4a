import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { matrixView, type MatrixView } from './matrix.ts';
import { scopeDataset, type ScopePage } from '../dataset/scope.ts';

const cache = new WeakMap<Dataset, Map<Lang, MatrixView>>();

/**
 * One page of a province's matrix: standings among all the province's communes (so a cell means
 * the same on every page of the province), columns only for this page's communes.
 */
export function scopedMatrixView(ds: Dataset, page: ScopePage, lang: Lang): MatrixView {
  const scoped = scopeDataset(ds, page.province.communeIds);
  // A province of 168 communes has 14 pages: compute its matrix once per language, not per page.
  let byLang = cache.get(scoped);
  if (!byLang) cache.set(scoped, (byLang = new Map()));
  let view = byLang.get(lang);
  if (!view) byLang.set(lang, (view = matrixView(scoped, lang)));
  const keep = new Set(page.communeIds);
  return {
    ...view,
    columns: view.columns.filter((c) => keep.has(c.id)),
    sections: view.sections.map((s) => ({
      ...s,
      rows: s.rows.map((r) => ({ ...r, cells: r.cells.filter((c) => keep.has(c.communeId)) })),
    })),
  };
}
