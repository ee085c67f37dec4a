import { fold } from '../text/fold.ts';

/**
 * Search-side folding. People type what they remember, often without diacritics ("dinh danh",
 * "Dong Nai"). Pagefind folds tone marks itself but keeps đ as a letter of its own, so every
 * record carries a folded copy of its text after FOLD_SEPARATOR: the copy is what "dong" finds
 * in "Đồng"; the part before the separator is what a reader is shown.
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

/** "Đồng Nai" → "Đồng Nai ⁂ Dong Nai"; text that folding leaves unchanged is kept as is. */
export function withFoldedCopy(text: string): string {
  const clean = text.normalize('NFC').replaceAll(FOLD_SEPARATOR, ' ').replace(/\s+/g, ' ').trim();
  const folded = fold(clean);
  return folded === clean ? clean : `${clean} ${FOLD_SEPARATOR} ${folded}`;
}

/** The readable part of a record's content: everything before the folded copy. */
export function readablePart(content: string): string {
  const i = content.indexOf(FOLD_SEPARATOR);
  return (i < 0 ? content : content.slice(0, i)).trim();
}
