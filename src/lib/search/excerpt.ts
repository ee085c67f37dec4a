import { hasMarks, readablePart, searchKey } from './fold-text.ts';

/** A run of excerpt text; `mark` runs are the words that matched the query. */
export interface Segment {
  text: string;
  mark: boolean;
}

export interface QueryTerms {
  terms: string[];
  /** The query was typed with marks: only words with the same marks count as matches. */
  exact: boolean;
}

const PUNCT_EDGES = /^([\p{P}\p{S}]*)(.*?)([\p{P}\p{S}]*)$/su;

/** Splits a query into lower-case terms, folded unless it was typed with marks. */
export function queryTerms(query: string): QueryTerms {
  const exact = hasMarks(query);
  const words = query
    .normalize('NFC')
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .filter((w) => w !== '');
  return { terms: words.map((w) => (exact ? w.toLocaleLowerCase('vi') : searchKey(w))), exact };
}

/** Index of the query term the word matches (whole word; the last term also as a prefix, as typed so far), or -1. */
function matchedTerm(word: string, q: QueryTerms): number {
  if (word === '') return -1;
  const key = q.exact ? word.toLocaleLowerCase('vi') : searchKey(word);
  const last = q.terms.length - 1;
  return q.terms.findIndex((t, i) => key === t || (i === last && key.startsWith(t)));
}

/**
 * The excerpt shown under a search result, computed from the record's readable text (never
 * from its folded copy, so a reader always sees the diacritics): the window of `length` words
 * holding the most words that match the query (whole words, the last one also as a prefix as it
 * may be half typed; folded unless the query has marks), the words standing in the query's order
 * counting most, with the matching words marked. Returns plain text runs: the caller builds DOM
 * nodes from them (textContent and <mark> elements), so no HTML string is ever parsed or inserted.
 */
export function excerptSegments(content: string, query: string, length = 30): Segment[] {
  const text = readablePart(content);
  const words = text.split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return [];
  const q = queryTerms(query);
  const term = words.map((w) => matchedTerm(PUNCT_EDGES.exec(w)?.[2] ?? w, q));
  const hit = term.map((t) => t >= 0);
  // A place where the query's words stand in order, as a phrase, outweighs scattered matches.
  const k = q.terms.length;
  const phraseAt = words.map((_, i) => k > 1 && i + k <= words.length && q.terms.every((_t, j) => term[i + j] === j));
  const score = (i: number) => (hit[i] ? 1 : 0) + (phraseAt[i] ? 2 * k : 0);

  let best = 0;
  let bestScore = -1;
  let sum = 0;
  for (let i = 0; i < words.length; i++) {
    sum += score(i);
    if (i >= length) sum -= score(i - length);
    const start = Math.max(0, i - length + 1);
    if (i >= Math.min(length, words.length) - 1 && sum > bestScore) {
      bestScore = sum;
      best = start;
    }
  }
  // The earliest best window ends on its last match; centre the matches in it instead.
  const inWindow = hit.map((h, i) => (h && i >= best && i < best + length ? i : -1)).filter((i) => i >= 0);
  if (inWindow.length > 0) {
    const centre = Math.floor((inWindow[0]! + inWindow.at(-1)!) / 2);
    best = Math.max(0, Math.min(words.length - length, centre - Math.floor(length / 2)));
  }
  const end = Math.min(words.length, best + length);

  const out: Segment[] = [];
  const push = (s: string, mark: boolean) => {
    if (s === '') return;
    const last = out.at(-1);
    if (last && last.mark === mark) last.text += s;
    else out.push({ text: s, mark });
  };
  if (best > 0) push('… ', false);
  for (let i = best; i < end; i++) {
    const w = words[i]!;
    // Two marked words side by side make one mark ("định danh"), unless punctuation parts them.
    const joined = i > best && hit[i - 1] === true && hit[i] === true && !/[\p{P}\p{S}]$/u.test(words[i - 1]!) && !/^[\p{P}\p{S}]/u.test(w);
    if (i > best) push(' ', joined);
    if (!hit[i]) {
      push(w, false);
      continue;
    }
    const [, lead = '', core = w, trail = ''] = PUNCT_EDGES.exec(w) ?? [];
    push(lead, false);
    push(core, true);
    push(trail, false);
  }
  if (end < words.length) push(' …', false);
  return out;
}
