import { strings } from '../site/i18n.ts';
import { fill } from '../site/fill.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { isScoped, provinceOfCommune, type Province } from '../dataset/scope.ts';

/**
 * The commune page's scope (past a dozen plans a commune is compared within its province) and
 * the seed references its sections cite. The page's other sections have their own modules:
 * plan-facts, commune-targets, commune-summary, commune-missing, commune-tasks (and the index:
 * communes-index). Pure.
 */

export interface ScopeInfo {
  province: Province;
  /** Communes compared (the province's). */
  communes: number;
  /** Plans on the site. */
  total: number;
  /** "Mọi so sánh trên trang này là giữa 95 xã của Đồng Nai (trong 300 kế hoạch trên trang)." */
  text: string;
  /** "của Đồng Nai" / "of Đồng Nai": appended to "the other communes" in titles. */
  suffix: string;
}

const SCO = strings({
  among: {
    vi: 'Mọi so sánh trên trang này là giữa {n} xã của {province}',
    en: 'Every comparison on this page is among the {n} communes of {province}',
  },
  ofTotal: { vi: ' (trong {total} kế hoạch trên trang web).', en: ' (of the {total} plans on this site).' },
  suffix: { vi: 'của {province}', en: 'of {province}' },
});

/** What a commune is compared with, in words; null when it is compared with every plan on the site. */
export function scopeInfo(ds: Dataset, communeId: string, lang: Lang): ScopeInfo | null {
  if (!isScoped(ds)) return null;
  const province = provinceOfCommune(ds, communeId);
  if (!province) return null;
  const n = province.communeIds.length;
  const total = ds.raw.communes.length;
  const text = fill(SCO.among[lang], { n, province: province.name }) + (total > n ? fill(SCO.ofTotal[lang], { total }) : '.');
  return { province, communes: n, total, text, suffix: fill(SCO.suffix[lang], { province: province.name }) };
}

/**
 * Where the figures of every commune compared for an indicator are: the indicator's page for
 * the commune's province when scoped (/indicators/<id>/<province>/), else the indicator page.
 */
export function indicatorPath(ds: Dataset, communeId: string, indicatorId: string): string {
  const province = isScoped(ds) ? provinceOfCommune(ds, communeId) : undefined;
  return province ? `indicators/${indicatorId}/${province.slug}` : `indicators/${indicatorId}`;
}
