/**
 * Finds the figures of a plan's text ("≥ 60%", "Trên 90%", "tối thiểu 90%", "15-17%", "> 65%")
 * with the comparator vocabulary of data/harmonize/comparator-words.csv, never a list of our own:
 * a phrasing the vocabulary lacks is a new row there. Matching runs on the folded twin of the text,
 * so an OCR copy without diacritics ("Trén 90%", "toi thiéu 90%") is found too; the offsets are
 * those of the characters as written, and the caller keeps them as written.
 */
import type { ComparatorWord } from '../validate/vocabulary.ts';
import { foldKey, type Stream } from './plan-text.ts';

export interface Figure {
  /** Offsets in the stream of the figure with its comparator (start inclusive, end exclusive). */
  start: number;
  end: number;
  /** Offset where the figure proper starts (after a verb such as "đạt", which is not part of it). */
  figureStart: number;
  /** The comparator phrase as written ('' when there is none), and the vocabulary row it matched. */
  comparatorWritten: string;
  comparator: ComparatorWord | null;
  /** True when the written comparator matches the vocabulary only once folded (OCR lost its marks). */
  foldedOnly: boolean;
  percent: boolean;
  numbers: string[];
}

const NUMBER = String.raw`\d+(?:[.,]\d+)?`;
const RANGE_SEPARATORS = ['-', '–', '—', 'den', 'toi'];

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function alternation(phrases: string[]): string {
  const unique = [...new Set(phrases.filter((p) => p !== ''))].sort((a, b) => b.length - a.length);
  return unique.map(escapeRegExp).join('|');
}

export interface FigureGrammar {
  pattern: RegExp;
  words: ComparatorWord[];
}

/** The figure grammar over folded text: [verb] [prefix] number [%] [separator number [%]] [suffix]. */
export function figureGrammar(words: ComparatorWord[]): FigureGrammar {
  const verbs = alternation(words.filter((w) => w.kind === 'verb').map((w) => foldKey(w.before)));
  const pre = alternation([...words.filter((w) => w.kind !== 'verb' && w.before !== '').map((w) => foldKey(w.before)), 'tu']);
  const post = alternation(words.filter((w) => w.after !== '').map((w) => foldKey(w.after)));
  const sep = alternation(RANGE_SEPARATORS);
  const wordStart = String.raw`(?<![\p{L}\p{N}])`;
  const source =
    `${wordStart}(?:(?<verb>${verbs})\\s+)?` +
    `(?:(?<pre>${pre})\\s*)?` +
    `(?<a>${NUMBER})(?<pa>\\s*%)?` +
    `(?:\\s*(?<sep>${sep})\\s*(?<b>${NUMBER})(?<pb>\\s*%)?)?` +
    `(?:\\s+(?<post>${post})(?![\\p{L}]))?` +
    String.raw`(?![\p{L}\p{N}])`;
  return { pattern: new RegExp(source, 'gu'), words };
}

/** Every figure in the stream (those without "%" too: the caller decides which are targets). */
export function findFigures(s: Stream, grammar: FigureGrammar, from = 0, to = s.text.length): Figure[] {
  const out: Figure[] = [];
  const re = new RegExp(grammar.pattern.source, 'gu');
  re.lastIndex = from;
  const folded = s.folded.slice(0, to);
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const g = m.groups!;
    // A prefix word directly glued to the number in OCR ("tren90%") is still a prefix; a word
    // part of a longer word is not (the look-behind makes sure the match starts a word).
    let start = m.index;
    let figureStart = m.index;
    if (g.verb) figureStart = m.index + m[0].indexOf(g.verb) + g.verb.length;
    const afterVerb = folded.slice(figureStart);
    const lead = afterVerb.length - afterVerb.trimStart().length;
    figureStart += lead;
    let comparator: ComparatorWord | null = null;
    let comparatorWritten = '';
    let foldedOnly = false;
    const pre = g.pre;
    const post = g.post;
    if (pre || post) {
      const position = pre && post ? 'around' : pre ? 'prefix' : 'suffix';
      const word =
        grammar.words.find(
          (w) => w.kind !== 'verb' && w.position === position && foldKey(w.before) === (pre ?? '') && foldKey(w.after) === (post ?? ''),
        ) ?? null;
      if (word) {
        comparator = word;
        const preAt = pre ? figureStart : -1;
        const writtenPre = pre ? s.text.slice(preAt, preAt + pre.length) : '';
        const postAt = post ? m.index + m[0].lastIndexOf(post) : -1;
        const writtenPost = post ? s.text.slice(postAt, postAt + post.length) : '';
        comparatorWritten = [writtenPre, writtenPost].filter(Boolean).join(' … ');
        foldedOnly =
          (pre !== undefined && writtenPre.normalize('NFC').toLowerCase() !== word.before) ||
          (post !== undefined && writtenPost.normalize('NFC').toLowerCase() !== word.after);
      } else if (pre === 'tu' && !g.b) {
        // "từ 15 tuổi": the range opener without a range is not a comparator; the figure starts at the number.
        figureStart = m.index + m[0].indexOf(g.a!, pre.length);
        if (!g.verb) start = figureStart;
      }
    }
    if (!g.verb) start = figureStart;
    out.push({
      start,
      end: m.index + m[0].length,
      figureStart,
      comparatorWritten,
      comparator,
      foldedOnly,
      percent: Boolean(g.pa ?? g.pb),
      numbers: [g.a!, ...(g.b ? [g.b] : [])],
    });
  }
  return out;
}

/** The figure as written, without a leading verb: what goes into target_raw and seed_text. */
export function figureText(s: Stream, f: Figure): string {
  return s.text.slice(f.figureStart, f.end);
}
