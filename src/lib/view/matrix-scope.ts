import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { matrixView, type MatrixView } from './matrix.ts';
import { scopeDataset, type ScopePage } from '../dataset/scope.ts';

/**
 * The last few provinces' matrices. A province's pages (up to 14) are rendered one after another,
 * in each language in turn; keeping every province's matrix for the whole build held 42 MB at
 * 3,321 communes for pages long written.
 */
const recent: { scoped: Dataset; lang: Lang; view: MatrixView }[] = [];
const RECENT = 4;

/**
 * One page of a province's matrix: standings among all the province's communes (so a cell means
 * the same on every page of the province), columns only for this page's communes.
 */
export function scopedMatrixView(ds: Dataset, page: ScopePage, lang: Lang): MatrixView {
  const scoped = scopeDataset(ds, page.province.communeIds);
  // A province of 168 communes has 14 pages: compute its matrix once per language, not per page.
  let view = recent.find((r) => r.scoped === scoped && r.lang === lang)?.view;
  if (!view) {
    view = matrixView(scoped, lang);
    recent.push({ scoped, lang, view });
    if (recent.length > RECENT) recent.shift();
  }
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
