import { inLang, type Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { provincesOf } from '../dataset/scope.ts';
import type { LiveCatalogue } from './compare-live.ts';

/**
 * What the live compare view is given at build time: the catalogue it lays the browser-ranked
 * table out by, and the provinces to pick communes from. Kept apart from compare-live.ts, which
 * the browser loads and which must not import the dataset (scripts/dependency-rules.cjs).
 */

export interface CompareLiveView {
  /** Pillars in their order, indicators in the catalogue's, names in the page's language. */
  catalogue: LiveCatalogue;
  /** The provinces with plans, in the order their first commune appears in communes.csv. */
  provinces: { slug: string; name: string }[];
}

export function compareLiveView(ds: Pick<Dataset, 'raw' | 'rules'>, lang: Lang): CompareLiveView {
  return {
    catalogue: {
      pillars: [...ds.rules.pillars].sort((a, b) => a.order - b.order).map((p) => ({ id: p.id, name: inLang(p, 'name', lang) })),
      indicators: ds.rules.indicators.map((i) => ({ id: i.id, pillar: i.pillar, name: inLang(i, 'name', lang), unit: i.unit })),
    },
    provinces: provincesOf(ds).map((p) => ({ slug: p.slug, name: p.name })),
  };
}
