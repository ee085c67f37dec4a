import { hasMarks } from './fold-text.ts';

/**
 * Re-ranking of Pagefind results. Pagefind matches words regardless of tone marks and ranks
 * by word frequency, without regard to word order, so for "chu ky so" the page that says "làm
 * chủ kỹ năng số" four times can outrank "chữ ký số". The search page therefore runs up to three
 * Pagefind searches and puts first the results that
 *   1. carry exactly the marks the reader typed (a search with exactDiacritics), then those that
 *   2. hold the words as a phrase, in order (a quoted search),
 * each tier keeping Pagefind's own order. Pure: it sees only result ids.
 */
export interface SearchPlan {
  /** The query as typed, trimmed. */
  query: string;
  /** A quoted phrase query, when the query has several words and no quotes of its own. */
  phrase: string | null;
  /** The query has marks: also search with exact diacritics. */
  exact: boolean;
}

export function searchPlan(raw: string): SearchPlan {
  const query = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const words = query.split(' ').filter((w) => /[\p{L}\p{N}]/u.test(w));
  const phrase = words.length > 1 && !query.includes('"') ? `"${words.join(' ')}"` : null;
  return { query, phrase, exact: hasMarks(query) };
}

/** Orders `all` (Pagefind's order) by tier: exact-marks hits, then phrase hits, then the rest. */
export function rankTiers<T extends { id: string }>(all: readonly T[], exactIds?: Iterable<string>, phraseIds?: Iterable<string>): T[] {
  const exact = new Set(exactIds ?? []);
  const phrase = new Set(phraseIds ?? []);
  const tier = (r: T) => (exact.has(r.id) ? 2 : 0) + (phrase.has(r.id) ? 1 : 0);
  return all
    .map((r, i) => ({ r, i, t: tier(r) }))
    .sort((a, b) => b.t - a.t || a.i - b.i)
    .map(({ r }) => r);
}
