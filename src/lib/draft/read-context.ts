/**
 * What every reader of a plan's parts needs: the figure grammar (from comparator-words.csv), the
 * unit words of units.csv, the unit spellings already known (unit-spellings.csv), the template
 * rules, and whether the text is an OCR copy. Built once per plan.
 */
import type { ComparatorWord, UnitRule } from '../validate/vocabulary.ts';
import type { TemplateRules } from './draft-types.ts';
import { figureGrammar, type FigureGrammar } from './find-figures.ts';
import { foldKey } from './plan-text.ts';

export interface ReadContext {
  grammar: FigureGrammar;
  /** Unit column words of units.csv, folded, longest first ("ung dung duoc trien khai", "sang kien", "%"). */
  unitWords: string[];
  /** Known responsible-unit spellings, folded → as listed. */
  spellings: Map<string, string>;
  rules: TemplateRules;
  ocr: boolean;
}

export function readContext(
  words: ComparatorWord[],
  units: UnitRule[],
  spellings: string[],
  rules: TemplateRules,
  ocr: boolean,
): ReadContext {
  const unitWords = [...new Set(units.map((u) => foldKey(u.unitRaw)).filter((u) => u !== ''))].sort((a, b) => b.length - a.length);
  const known = new Map<string, string>();
  for (const s of spellings) if (!known.has(foldKey(s))) known.set(foldKey(s), s);
  return { grammar: figureGrammar(words), unitWords, spellings: known, rules, ocr };
}

/** Characters specific to Vietnamese: a clean text has them in many words, an OCR copy in almost none. */
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;

/** "ocr" when fewer than one word in ten carries a Vietnamese letter or mark. */
export function textQuality(lines: string[]): 'clean' | 'ocr' {
  const words = lines
    .join(' ')
    .split(/\s+/)
    .filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length === 0) return 'clean';
  const marked = words.filter((w) => VIETNAMESE.test(w)).length;
  return marked / words.length >= 0.1 ? 'clean' : 'ocr';
}
