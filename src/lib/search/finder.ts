import type Fuse from 'fuse.js';
import type { FuseResult, IFuseOptions } from 'fuse.js';
import type { Dataset } from '../validate/check-dataset.ts';
import type { Lang } from '../site/i18n.ts';
import { pageHref } from '../site/paths.ts';
import { SEARCH_LABEL } from '../site/strings-search.ts';

/**
 * The instant finder's entries: every catalogue indicator (its names in both languages, its
 * related terms and how every plan words its targets) and every commune. Emitted at build time
 * as /search-index/<lang>.json and searched in the browser with Fuse.js. Pure.
 */
export interface FinderEntry {
  kind: 'indicator' | 'commune';
  /** Page URL in the entry's language, with the site's base. */
  url: string;
  /** Indicator name or commune name, in the page language. */
  title: string;
  /** Shown under the title: the pillar, or the unit type and province. */
  detail: string;
  /** Searched, not shown: the other language's name, related terms, plan number. */
  names: string[];
  /** Searched, and shown when it is what matched: the plans' wordings of the targets. */
  wordings: string[];
}

export function finderEntries(ds: Dataset, lang: Lang, base: string): FinderEntry[] {
  const indicators = ds.rules.indicators.map((ind): FinderEntry => {
    const pillar = ds.rules.pillars.find((p) => p.id === ind.pillar);
    const rows = ds.comparisons.find((c) => c.indicatorId === ind.id)?.rows ?? [];
    return {
      kind: 'indicator',
      url: pageHref(base, lang, `indicators/${ind.id}`),
      title: lang === 'vi' ? ind.name_vi : ind.name_en,
      detail: pillar ? (lang === 'vi' ? pillar.name_vi : pillar.name_en) : ind.pillar,
      names: [
        lang === 'vi' ? ind.name_en : ind.name_vi,
        ...ind.related_terms
          .split(';')
          .map((t) => t.trim())
          .filter((t) => t !== ''),
      ],
      wordings: [...new Set(rows.map((r) => r.text.trim()))],
    };
  });
  const communes = ds.raw.communes.map((c): FinderEntry => ({
    kind: 'commune',
    url: pageHref(base, lang, `communes/${c.id}`),
    title: c.name,
    detail: `${capitalize(SEARCH_LABEL.unitType[c.unit_type_now][lang])} · ${c.province}`,
    names: [`${SEARCH_LABEL.unitType[c.unit_type_now].vi} ${c.name}`, c.province, c.plan_number],
    wordings: [],
  }));
  return [...indicators, ...communes];
}

/**
 * Two Fuse indexes over the same entries, so that their scores stay comparable within each:
 * names (title weighs twice the other names and terms) and plan wordings. ignoreDiacritics folds
 * both the query and the text (it maps đ to d too), so "dinh danh" finds "định danh". Name
 * matches come first; a wording match adds the indicator below them and shows the wording.
 */
export const FINDER_NAME_OPTIONS: IFuseOptions<FinderEntry> = {
  keys: [
    { name: 'title', weight: 2 },
    { name: 'names', weight: 1 },
  ],
  ignoreDiacritics: true,
  ignoreLocation: true,
  threshold: 0.3,
  minMatchCharLength: 2,
  includeScore: true,
};

/** Wordings are long: no field-length penalty, and a stricter threshold (about one typo in seven letters). */
export const FINDER_WORDING_OPTIONS: IFuseOptions<FinderEntry> = {
  keys: ['wordings'],
  ignoreDiacritics: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  threshold: 0.15,
  minMatchCharLength: 2,
  includeScore: true,
  includeMatches: true,
};

/** How many suggestions the finder shows. */
export const FINDER_LIMIT = 8;

/** Fuse scores run from 0 (exact) to 1; above these a match is a stray fuzzy hit. */
export const FINDER_MAX_NAME_SCORE = 0.45;
export const FINDER_MAX_WORDING_SCORE = 0.2;

export interface Suggestion {
  entry: FinderEntry;
  /** The plan wording that matched, when the names did not. */
  wording: string | null;
}

/** The Fuse class: passed in, so the browser can import it lazily and tests can use Node's. */
export type FuseClass = typeof Fuse;

/** Builds the finder's search function over its entries. */
export function createFinder(FuseCtor: FuseClass, entries: FinderEntry[]): (query: string, limit?: number) => Suggestion[] {
  const byName = new FuseCtor(entries, FINDER_NAME_OPTIONS);
  const byWording = new FuseCtor(entries, FINDER_WORDING_OPTIONS);
  return (query, limit = FINDER_LIMIT) => {
    const q = query.trim();
    if (q.length < 2) return [];
    return pickSuggestions(byName.search(q, { limit: limit * 2 }), byWording.search(q, { limit: limit * 2 }), limit);
  };
}

/** Close name matches first, then close wording-only matches, best first within each; at most `limit`. */
export function pickSuggestions(
  names: readonly FuseResult<FinderEntry>[],
  wordings: readonly FuseResult<FinderEntry>[],
  limit = FINDER_LIMIT,
): Suggestion[] {
  const out: Suggestion[] = names.filter((r) => (r.score ?? 1) <= FINDER_MAX_NAME_SCORE).map((r) => ({ entry: r.item, wording: null }));
  const seen = new Set(out.map((s) => s.entry.url));
  for (const r of wordings) {
    if ((r.score ?? 1) > FINDER_MAX_WORDING_SCORE || seen.has(r.item.url)) continue;
    seen.add(r.item.url);
    out.push({ entry: r.item, wording: r.matches?.find((m) => m.key === 'wordings')?.value ?? r.item.wordings[0] ?? null });
  }
  return out.slice(0, limit);
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
