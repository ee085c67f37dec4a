import { fold } from '../core/fold.ts';

/**
 * Search-side folding. People type what they remember, often without diacritics ("dinh danh",
 * "Dong Nai"). Pagefind folds tone marks itself but keeps đ as a letter of its own, so every
 * record carries a folded copy of its words with đ after FOLD_SEPARATOR: the copy is what
 * "dong" finds in "Đồng"; the part before the separator is what a reader is shown.
 */
export const FOLD_SEPARATOR = '⁂';

/** Lower-case folded key for comparing words: "Đồng" → "dong". */
export function searchKey(text: string): string {
  return fold(text).toLocaleLowerCase('vi');
}

/** True when the text carries Vietnamese marks (tones, circumflex, breve, horn) or đ. */
export function hasMarks(text: string): boolean {
  const nfc = text.normalize('NFC');
  return fold(nfc) !== nfc;
}

/** Words Pagefind cannot match without marks on its own: those with đ or Đ. */
const NEEDS_FOLDING = /[đĐ]/u;

/**
 * "Xã Đồng Nai" → "Xã Đồng Nai ⁂ Xa Dong Nai"; text without đ is kept as is. The copy holds only
 * the words with đ, each with one word either side (runs merged), because Pagefind already
 * matches "phu song" to "phủ sóng": copying every word doubled the index and the fragments. The
 * neighbours keep two-word phrases such as "dinh danh" or "dong nai" whole for the phrase search.
 */
export function withFoldedCopy(text: string): string {
  const clean = text.normalize('NFC').replaceAll(FOLD_SEPARATOR, ' ').replace(/\s+/g, ' ').trim();
  const words = clean.split(' ');
  const near = (i: number) => [i - 1, i, i + 1].some((j) => NEEDS_FOLDING.test(words[j] ?? ''));
  const copied = words.filter((_w, i) => near(i));
  return copied.length === 0 ? clean : `${clean} ${FOLD_SEPARATOR} ${fold(copied.join(' '))}`;
}

/** The readable part of a record's content: everything before the folded copy. */
export function readablePart(content: string): string {
  const i = content.indexOf(FOLD_SEPARATOR);
  return (i < 0 ? content : content.slice(0, i)).trim();
}
