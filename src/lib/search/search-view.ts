import { inLang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Lang } from '../site/i18n.ts';
import { pageHref } from '../site/paths.ts';
import { SS } from '../site/strings-search.ts';
import { provincesOf } from '../dataset/scope.ts';
import { placeFilter, TYPE_LABEL } from './records.ts';

/**
 * View model of the search page: the filter choices (the same display names the search records
 * carry as Pagefind filters, so a choice always matches) and the links that make the page
 * useful without JavaScript. Pure.
 */
export interface SearchView {
  pillars: string[];
  /** The place filter (records.ts placeFilter): by commune, or past a dozen communes by province. */
  place: { key: 'commune' | 'province'; label: string; any: string; options: string[] };
  /** The type filter's choices: indicators, communes, plan texts, pages (records.ts TYPE_LABEL). */
  types: string[];
  /** The type filter's value for the plan texts: choosing it searches their own index. */
  plansType: string;
  browse: { href: string; label: string }[];
  /** Every commune, while they are few (MAX_LISTED_COMMUNES); else none (browse links to the index). */
  communeLinks: { href: string; label: string }[];
}

/**
 * Above this many communes the page links to the communes index instead of listing each one:
 * at 3,321 communes the list alone would weigh some 300 KB of HTML on the search page.
 */
export const MAX_LISTED_COMMUNES = 60;

export function searchView(ds: Dataset, lang: Lang, base: string): SearchView {
  const pillars = [...ds.rules.pillars].sort((a, b) => a.order - b.order).map((p) => inLang(p, 'name', lang));
  return {
    pillars,
    place:
      placeFilter(ds) === 'commune'
        ? { key: 'commune', label: SS.communeLabel[lang], any: SS.anyCommune[lang], options: ds.raw.communes.map((c) => c.name) }
        : { key: 'province', label: SS.provinceLabel[lang], any: SS.anyProvince[lang], options: provincesOf(ds).map((p) => p.name) },
    types: Object.values(TYPE_LABEL).map((l) => l[lang]),
    plansType: TYPE_LABEL.source[lang],
    browse: [
      { href: pageHref(base, lang, 'matrix'), label: SS.browseMatrix[lang] },
      { href: pageHref(base, lang, 'indicators'), label: SS.browseIndicators[lang] },
      { href: pageHref(base, lang, 'communes'), label: SS.browseCommunes[lang] },
      { href: pageHref(base, lang, 'methodology'), label: SS.browseMethodology[lang] },
    ],
    communeLinks:
      ds.raw.communes.length > MAX_LISTED_COMMUNES
        ? []
        : ds.raw.communes.map((c) => ({ href: pageHref(base, lang, `communes/${c.id}`), label: `${c.name} (${c.province})` })),
  };
}
