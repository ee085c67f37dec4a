/**
 * Suggests, for each drafted target, the catalogue indicator it most likely measures: Fuse.js
 * over the catalogue's names, related terms and definitions, all folded (no marks, đ→d, lower
 * case) so that an OCR wording finds "Tỷ lệ phủ sóng 5G" as well as a clean one. The score is
 * Fuse's (0 = identical, 1 = nothing in common); below the thresholds the match quality is
 * suggested as `same`, `comparable` or `related`, above them the target is left `unmapped`:
 * a reviewer decides, the drafter only ranks.
 */
import Fuse from 'fuse.js';
import { foldKey } from './plan-text.ts';

export interface CatalogueEntry {
  id: string;
  name_vi: string;
  definition_vi: string;
  related_terms: string;
  /** Wordings of other communes' targets mapped to it as same/comparable (never the drafted commune's own). */
  wordings?: string[];
}

export interface Suggestion {
  indicatorId: string;
  nameVi: string;
  score: number;
}

export type MatchQuality = 'same' | 'comparable' | 'related' | 'unmapped';

export interface SuggestionResult {
  best: Suggestion | null;
  match: MatchQuality;
  alternatives: Suggestion[];
}

/** Scores up to which a suggestion is offered as same / comparable / related. */
export const THRESHOLDS = { same: 0.25, comparable: 0.5, related: 0.85 } as const;

interface Doc {
  id: string;
  words: Set<string>;
  nameVi: string;
  name: string;
  terms: string[];
  wordings: string[];
  definition: string;
}

/** Words that every target shares ("tỷ lệ", "của", "các"): kept out of the query so the rest decides. */
const COMMON = new Set([
  'ty',
  'ti',
  'le',
  'cua',
  'cac',
  'va',
  'tren',
  'duoc',
  'trong',
  'co',
  'dia',
  'ban',
  'xa',
  'nguoi',
  'dan',
  'so',
  'hoa',
]);

function wordsOf(text: string): string[] {
  return foldKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 2 && !COMMON.has(w));
}

export function queryOf(text: string): string {
  const words = foldKey(text)
    .replace(/[^\p{L}\p{N} ]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w !== '');
  const kept = words.filter((w) => !COMMON.has(w));
  return (kept.length >= 2 ? kept : words).join(' ');
}

export function indicatorSuggester(catalogue: CatalogueEntry[]): (text: string) => SuggestionResult {
  const docs: Doc[] = catalogue.map((c) => ({
    id: c.id,
    words: new Set(wordsOf(`${c.name_vi} ${c.related_terms} ${(c.wordings ?? []).join(' ')}`)),
    nameVi: c.name_vi,
    name: foldKey(c.name_vi),
    terms: c.related_terms
      .split(';')
      .map((t) => foldKey(t))
      .filter((t) => t !== ''),
    wordings: (c.wordings ?? []).map((w) => foldKey(w)),
    definition: foldKey(c.definition_vi),
  }));
  // How rare each word is among the catalogue's names and terms: "5g" says more than "dich vu".
  const df = new Map<string, number>();
  for (const d of docs) for (const w of d.words) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log((docs.length + 1) / ((df.get(w) ?? 0) + 0.5));
  const fuse = new Fuse(docs, {
    keys: [
      { name: 'name', weight: 0.4 },
      { name: 'terms', weight: 0.25 },
      { name: 'wordings', weight: 0.25 },
      { name: 'definition', weight: 0.1 },
    ],
    includeScore: true,
    ignoreLocation: true,

    threshold: 0.6,
  });
  return (text: string) => {
    const words = queryOf(text)
      .split(' ')
      .filter((w) => w.length >= 2);
    if (words.length === 0) return { best: null, match: 'unmapped', alternatives: [] };
    // Extended search with "|" (OR) between words: each indicator is scored on the words it shares.
    // Fuse finds the candidates and scores their fuzzy likeness; the words they share, weighted by
    // rarity, reorder them (Fuse alone lets a long wording match on its common words).
    const found = fuse.search(words.join(' '), { limit: 12 });
    const qwords = [...new Set(wordsOf(text))];
    const total = qwords.reduce((a, w) => a + idf(w), 0) || 1;
    const ranked: Suggestion[] = found
      .map((r) => {
        const shared = qwords.filter((w) => r.item.words.has(w)).reduce((a, w) => a + idf(w), 0) / total;
        const score = 0.5 * (r.score ?? 1) + 0.5 * (1 - shared);
        return { indicatorId: r.item.id, nameVi: r.item.nameVi, score: Number(score.toFixed(3)) };
      })
      .sort((a, b) => a.score - b.score)
      .slice(0, 4);
    const best = ranked[0] ?? null;
    const match: MatchQuality =
      best === null
        ? 'unmapped'
        : best.score <= THRESHOLDS.same
          ? 'same'
          : best.score <= THRESHOLDS.comparable
            ? 'comparable'
            : best.score <= THRESHOLDS.related
              ? 'related'
              : 'unmapped';
    return { best: match === 'unmapped' ? null : best, match, alternatives: ranked.slice(best && match !== 'unmapped' ? 1 : 0) };
  };
}
