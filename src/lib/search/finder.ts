import { inLang, LANGS } from '../site/i18n.ts';
import type Fuse from 'fuse.js';
import type { FuseResult, IFuseOptions } from 'fuse.js';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Lang } from '../site/i18n.ts';
import { pageHref } from '../site/paths.ts';
import { SEARCH_LABEL } from '../site/strings-search.ts';
import { searchKey } from './fold-text.ts';

/**
 * The instant finder's entries. Two lists, both emitted at build time and fetched on the
 * finder's first focus:
 *   - /search-index/<lang>.json: the catalogue indicators (names in both languages, related
 *     terms, the plans' most used wordings), searched with Fuse.js;
 *   - /search-index/communes.json: every commune in a compact form shared by both languages,
 *     matched by folded word prefixes (communeMatches), not by Fuse: at 3,321 communes a fuzzy
 *     search over every commune would cost far more than the 50 ms a keystroke may take.
 * Pure.
 */
export interface FinderEntry {
  kind: 'indicator' | 'commune';
  /** Page URL in the entry's language, with the site's base. */
  url: string;
  /** Indicator name or commune name, in the page language. */
  title: string;
  /** Shown under the title: the pillar, or the unit type and province. */
  detail: string;
  /** Searched, not shown: the other language's name, related terms, plan number, the goals' documents. */
  names: string[];
  /** Searched, and shown when it is what matched: the plans' wordings of the targets. */
  wordings: string[];
}

/** At most this many distinct wordings per indicator, the most used first: the list stays small at any number of communes. */
export const FINDER_MAX_WORDINGS = 20;

export function finderEntries(ds: Dataset, lang: Lang, base: string): FinderEntry[] {
  return ds.rules.indicators.map((ind): FinderEntry => {
    const pillar = ds.rules.pillars.find((p) => p.id === ind.pillar);
    const rows = ds.comparisons.find((c) => c.indicatorId === ind.id)?.rows ?? [];
    return {
      kind: 'indicator',
      url: pageHref(base, lang, `indicators/${ind.id}`),
      title: inLang(ind, 'name', lang),
      detail: pillar ? inLang(pillar, 'name', lang) : ind.pillar,
      names: [
        // The names in the other languages: a query in any language finds the indicator.
        ...LANGS.filter((other) => other !== lang).map((other) => inLang(ind, 'name', other)),
        ...ind.related_terms
          .split(';')
          .map((t) => t.trim())
          .filter((t) => t !== ''),
        // The documents of its national and provincial goals: "03/NQ-CP" finds the indicators it sets.
        ...new Set(ds.rules.references.filter((r) => r.indicator_id === ind.id).map((r) => r.document)),
      ],
      wordings: mostUsed(
        rows.map((r) => r.text.trim()).filter((t) => t !== ''),
        FINDER_MAX_WORDINGS,
      ),
    };
  });
}

/** Distinct values, the most frequent first (then in order of first use), at most `max`. */
function mostUsed(values: readonly string[], max: number): string[] {
  const count = new Map<string, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  return [...count]
    .map(([v, n], i) => ({ v, n, i }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .slice(0, max)
    .map(({ v }) => v);
}

type UnitType = keyof typeof SEARCH_LABEL.unitType;

/** The communes list: provinces once, then per commune [id, name, province index, unit type]. */
export interface FinderCommunes {
  provinces: string[];
  communes: [id: string, name: string, province: number, unitType: UnitType][];
}

export function finderCommunes(ds: Dataset): FinderCommunes {
  const provinces = [...new Set(ds.raw.communes.map((c) => c.province))];
  const at = new Map(provinces.map((p, i) => [p, i]));
  return { provinces, communes: ds.raw.communes.map((c) => [c.id, c.name, at.get(c.province)!, c.unit_type_now]) };
}

/** A commune of the list as a finder entry in the page language. */
export function communeEntry(list: FinderCommunes, i: number, lang: Lang, base: string): FinderEntry {
  const [id, name, p, unitType] = list.communes[i]!;
  const province = list.provinces[p] ?? '';
  return {
    kind: 'commune',
    url: pageHref(base, lang, `communes/${id}`),
    title: name,
    detail: `${capitalize(SEARCH_LABEL.unitType[unitType][lang])} · ${province}`,
    names: [`${SEARCH_LABEL.unitType[unitType].vi} ${name}`, province],
    wordings: [],
  };
}

const words = (s: string) =>
  searchKey(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');

/**
 * Communes whose name matches the query, folded and word by word ("xuan th" finds Xuân Thành;
 * the last word may be half typed), best first, as [index, score] with scores on Fuse's scale:
 * 0 the whole name, 0.05 the name's beginning, 0.15 its words in any order, 0.25 or 0.3 (in order
 * or not) name words with the unit type or the province ("xa xuan thanh", "xuan thanh dong nai"). A query that matches no
 * word of a name matches nothing: a province alone would list hundreds of communes, which the
 * full-text search lists better. Linear in the number of communes, with keys folded once.
 */
export function communeMatcher(list: FinderCommunes): (query: string, limit: number) => [number, number][] {
  const unitWords = new Set(Object.keys(SEARCH_LABEL.unitType).flatMap(words));
  const provinceWords = list.provinces.map(words);
  const keys = list.communes.map(([, name, p]) => ({ name: words(name), province: provinceWords[p] ?? [] }));
  return (query, limit) => {
    const q = words(query);
    if (q.length === 0) return [];
    const last = q.length - 1;
    const hit = (w: string, i: number) => (k: string) => k === w || (i === last && k.startsWith(w));
    const out: [number, number][] = [];
    keys.forEach((key, index) => {
      // Where in the name each query word falls (-1: on the unit type or the province).
      const at: number[] = [];
      for (const [i, w] of q.entries()) {
        const j = key.name.findIndex(hit(w, i));
        if (j < 0 && !unitWords.has(w) && !key.province.some(hit(w, i))) return;
        at.push(j);
      }
      const onName = at.filter((j) => j >= 0);
      if (onName.length === 0) return;
      const inOrder = onName.every((j, k) => j === k);
      const all = onName.length === q.length;
      const score = all && inOrder ? (q.length === key.name.length ? 0 : 0.05) : all ? 0.15 : inOrder ? 0.25 : 0.3;
      out.push([index, score]);
    });
    return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]).slice(0, limit);
  };
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

/**
 * Builds the finder's search function: Fuse over the indicators, the prefix matcher over the
 * communes (when given), name matches of both merged by score.
 */
export function createFinder(
  FuseCtor: FuseClass,
  entries: FinderEntry[],
  communes?: { list: FinderCommunes; lang: Lang; base: string },
): (query: string, limit?: number) => Suggestion[] {
  const byName = new FuseCtor(entries, FINDER_NAME_OPTIONS);
  const byWording = new FuseCtor(entries, FINDER_WORDING_OPTIONS);
  const matchCommunes = communes ? communeMatcher(communes.list) : null;
  return (query, limit = FINDER_LIMIT) => {
    const q = query.trim();
    if (q.length < 2) return [];
    const names = byName.search(q, { limit: limit * 2 });
    if (communes && matchCommunes) {
      const { list, lang, base } = communes;
      for (const [i, score] of matchCommunes(q, limit)) names.push({ item: communeEntry(list, i, lang, base), refIndex: -1, score });
      names.sort((a, b) => (a.score ?? 1) - (b.score ?? 1));
    }
    return pickSuggestions(names, byWording.search(q, { limit: limit * 2 }), limit);
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
