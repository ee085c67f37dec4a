/**
 * Restores the diacritics an OCR copy lost ("Ty 1¢ phu séng 5G trén dia ban" → "Tỷ lệ phủ sóng
 * 5G trên địa bàn"), for the `text` column only, and only where the evidence is strong:
 *   - phrase: the word with a neighbour forms a pair seen in clean Vietnamese text of the project
 *     (catalogue names, related terms and definitions, unit spellings, other communes' clean
 *     transcriptions and plan texts) — the strongest evidence, as the plans share their wording;
 *   - word: the folded word has one dominant form in that text (≥ 80% of at least 2 uses);
 *   - dictionary: the folded syllable has a single form in the Vietnamese word list (dictionary-vi).
 * Otherwise the word is kept as written and reported. Every restored word is reported with its
 * evidence; the caller writes them into review.md. OCR confusions of letters and digits
 * ("s6" for "số", "1¢" for "lệ", "dugc" for "được") are bridged by a small edit distance between
 * folded words, never by a table of guesses.
 */
import { editDistance } from './units-match.ts';
import { foldKey } from './plan-text.ts';

export type Evidence = 'phrase' | 'word' | 'dictionary';

export interface RestoredWord {
  written: string;
  restored: string;
  evidence: Evidence;
}

export interface Restoration {
  text: string;
  restored: RestoredWord[];
  /** Words with letters that were kept as written for want of evidence. */
  kept: string[];
}

export interface Restorer {
  restore(text: string): Restoration;
}

/** OCR's usual stand-ins for letters inside a word ("s6" → "so", "1¢" → "le", "d6i" → "doi"). */
const OCR_LETTERS: Record<string, string> = {
  '0': 'o',
  '6': 'o',
  '1': 'l',
  '€': 'e',
  '¢': 'e',
  '&': 'a',
  $: 's',
  '§': 'e',
  '¥': 'y',
  '@': 'a',
  '3': 'a',
  '4': 'a',
  '8': 'e',
};

/** The comparison key of a word: folded, lower case, OCR stand-ins replaced when the word has letters. */
export function wordKey(word: string): string {
  const f = foldKey(word);
  if (!isWord(f)) return f;
  return [...f].map((c) => OCR_LETTERS[c] ?? c).join('');
}

/** A word, not a figure: it has a letter, or OCR stand-ins mixed with digits ("1¢", "16n"), and is not a plain number. */
export function isWord(token: string): boolean {
  if (/^[\d.,%]*$/u.test(token)) return false;
  return /\p{L}/u.test(token) || [...token].some((c) => c in OCR_LETTERS && !/\d/.test(c));
}

/** A token's leading and trailing punctuation, around the word proper (which may hold OCR stand-ins). */
const EDGE = /^([(\[“"'‘]*)(.*?)([)\]”"'’,;.:!?…]*)$/u;

interface Index {
  forms: Map<string, Map<string, number>>;
  pairs: Map<string, Map<string, number>>;
  byLength: Map<number, string[]>;
  dictionary: Map<string, Set<string>>;
}

function add(map: Map<string, Map<string, number>>, key: string, value: string): void {
  let m = map.get(key);
  if (!m) map.set(key, (m = new Map()));
  m.set(value, (m.get(value) ?? 0) + 1);
}

function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Builds a restorer from clean texts (one string per phrase or line) and a word list. */
export function createRestorer(evidence: string[], dictionaryWords: string[]): Restorer {
  const idx: Index = { forms: new Map(), pairs: new Map(), byLength: new Map(), dictionary: new Map() };
  for (const text of evidence) {
    const words = wordsOf(text)
      .filter((w) => /\p{L}/u.test(w))
      .map((w) => w.toLowerCase());
    words.forEach((w, i) => {
      add(idx.forms, wordKey(w), w);
      if (i > 0) add(idx.pairs, `${wordKey(words[i - 1]!)} ${wordKey(w)}`, `${words[i - 1]} ${w}`);
    });
  }
  for (const key of idx.forms.keys()) {
    const list = idx.byLength.get(key.length) ?? [];
    list.push(key);
    idx.byLength.set(key.length, list);
  }
  for (const w of dictionaryWords) {
    const lw = w.normalize('NFC').toLowerCase();
    if (!/^\p{L}+$/u.test(lw)) continue;
    const k = wordKey(lw);
    const set = idx.dictionary.get(k) ?? new Set();
    set.add(lw);
    idx.dictionary.set(k, set);
  }

  const near = (key: string): { key: string; d: number }[] => {
    const out: { key: string; d: number }[] = [];
    if (idx.forms.has(key)) out.push({ key, d: 0 });
    const max = key.length >= 3 ? 2 : key.length >= 2 ? 1 : 0;
    const sameStart = (k: string) => k[0] === key[0] || (/[il]/.test(k[0]!) && /[il]/.test(key[0]!));
    for (let len = key.length - max; len <= key.length + max; len++) {
      for (const k of idx.byLength.get(len) ?? []) {
        if (k === key || !sameStart(k)) continue;
        const d = editDistance(k, key);
        if (d <= max) out.push({ key: k, d });
      }
    }
    return out.sort((a, b) => a.d - b.d).slice(0, 6);
  };

  return {
    restore(text: string): Restoration {
      // Words are cut at spaces, hyphens and slashes ("VHTT-HTCD", "thôn/ấp"), which are kept.
      const tokens = text.split(/(\s+|[-/](?=\S))/);
      const words = tokens.map((t, i) => (i % 2 === 0 ? EDGE.exec(t)! : null));
      const cores = words.map((m) => (m ? m[2]! : ''));
      const keys = cores.map((c) => (c && isWord(c) ? wordKey(c) : ''));
      const cands = keys.map((k) => (k ? near(k) : []));
      const wordAt = (i: number, dir: -1 | 1): number => {
        for (let j = i + 2 * dir; j >= 0 && j < tokens.length; j += 2 * dir) if (cores[j]) return keys[j] ? j : -1;
        return -1;
      };
      const restored: RestoredWord[] = [];
      const kept: string[] = [];
      const out = tokens.map((t, i) => {
        if (i % 2 === 1 || !keys[i]) return t;
        const core = cores[i]!;
        // Pairs seen in the evidence vote for this word's form; the closest readings first:
        // a pair of exact keys outvotes any pair that needed an edit.
        let votes = new Map<string, number>();
        for (let tier = 0; tier <= 4 && votes.size === 0; tier++) {
          votes = new Map();
          for (const dir of [-1, 1] as const) {
            const j = wordAt(i, dir);
            if (j < 0) continue;
            for (const c of cands[i]!) {
              for (const n of cands[j]!) {
                if (c.d + n.d !== tier) continue;
                const pair = dir < 0 ? `${n.key} ${c.key}` : `${c.key} ${n.key}`;
                const forms = idx.pairs.get(pair);
                if (!forms) continue;
                for (const [form, count] of forms) {
                  const mine = dir < 0 ? form.split(' ')[1]! : form.split(' ')[0]!;
                  votes.set(mine, (votes.get(mine) ?? 0) + count);
                }
              }
            }
          }
        }
        let choice: { form: string; evidence: Evidence } | null = null;
        if (votes.size > 0) {
          const best = [...votes].sort((a, b) => b[1] - a[1])[0]!;
          choice = { form: best[0], evidence: 'phrase' };
        } else {
          const exact = idx.forms.get(keys[i]!);
          if (exact) {
            const total = [...exact.values()].reduce((a, b) => a + b, 0);
            const best = [...exact].sort((a, b) => b[1] - a[1])[0]!;
            if (total >= 2 && best[1] / total >= 0.8) choice = { form: best[0], evidence: 'word' };
          }
          if (!choice) {
            const dict = idx.dictionary.get(keys[i]!);
            if (dict && dict.size === 1) choice = { form: [...dict][0]!, evidence: 'dictionary' };
          }
        }
        if (!choice) {
          if (foldKey(core) !== core.toLowerCase() || /[^\p{L}]/u.test(core) || keys[i] !== core.toLowerCase()) kept.push(core);
          else if (!idx.forms.has(keys[i]!) && !idx.dictionary.has(keys[i]!)) kept.push(core);
          return t;
        }
        const form = withCase(choice.form, core);
        if (form !== core) restored.push({ written: core, restored: form, evidence: choice.evidence });
        const m = words[i]!;
        return `${m[1]}${form}${m[3]}`;
      });
      return { text: out.join(''), restored, kept };
    },
  };
}

/** The case of the word as written carried onto its restored form. */
function withCase(form: string, written: string): string {
  if (form.toLowerCase() === written.toLowerCase()) return written;
  const letters = [...written].filter((c) => /\p{L}/u.test(c));
  if (letters.length > 1 && letters.every((c) => c === c.toUpperCase())) return form.toUpperCase();
  if (letters[0] && letters[0] === letters[0].toUpperCase() && letters[0] !== letters[0].toLowerCase())
    return form.charAt(0).toUpperCase() + form.slice(1);
  return form;
}
