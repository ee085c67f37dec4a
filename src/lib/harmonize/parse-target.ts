/**
 * Reads a plan's target as written ("≥ 60%", "Trên 90%", "15-17%", "Có") into a comparable form.
 *
 * Why the rules are what they are:
 * - The vocabulary (which words and signs are comparators) is data, in
 *   data/harmonize/comparator-words.csv, passed in through ctx.words: a new phrasing found in a plan
 *   is a new CSV row, reviewed like any other data, not a code change.
 * - A bare figure ("80%") is read as ">=": a plan's figure is a level to reach, and exceeding it is
 *   never a failure. Its source is "implied" so the site can say that we read it so.
 * - "đạt" ("reach") is a verb, not a comparator: "đạt 100%" says no more than "100%", so it is read
 *   like a bare figure, and the comparator as written stays empty.
 * - ">" is ambiguous: the OCR of these plans renders "≥" as ">" (000 vs 002, the same plan). The
 *   reading rule is passed in (ctx.ocrSymbols) so that it lives with the documented rules, and it
 *   only applies to OCR text (source "ocr-symbol"); in clean text ">" means ">". Words ("trên",
 *   "tối thiểu") are never OCR artefacts, so "Trên 90%" stays a strict ">".
 * - Ranges ("15-17%", "15% – 17%", "từ 15 đến 17%") are "between"; a range that does not go up is
 *   a transcription error, not a target.
 * - "1.000" is refused: Vietnamese groups thousands with "." and writes decimals with ",", yet the
 *   transcriptions also use "." for decimals ("0.8"). A separator before exactly three digits can be
 *   either, and guessing would silently change a figure a thousandfold. Any other separator is a
 *   decimal point ("0.8" = "0,8" = 0.8). Leading zeros ("01") are typography.
 * - "Có…" ("yes", "Có triển khai") is a yes/no target. A bare "Không" ("no") is refused: a target
 *   of "no" states nothing to reach (no incidents? no target?), so the transcriber must say which.
 *   Longer text that starts with "Không" is ordinary qualitative text.
 * - Text without digits and without comparator signs is a qualitative target ("Hoàn thành", or
 *   empty): the text is the target. Comparator words alone do not make a figure ("trên địa bàn" is
 *   "in the area").
 * - Anything with a digit, "%" or a comparator sign must parse completely ("≥ 6O%", "60%%",
 *   "≥ 60% 70%" are errors): a half-read figure would be published as a wrong figure.
 * - Unit: the unit column wins (units.csv); with no unit column "%" means percent and a plain number
 *   takes the unit of units.csv's empty row (a count). "%" against a non-percent unit column, a
 *   number against a yes/no unit, or "Có" against a percent or index unit is a contradiction,
 *   refused ("Có" against a count unit names what is deployed: "Mô hình: Có triển khai"). A
 *   qualitative text keeps unit "text" whatever the column says: there is no figure to measure.
 * - Counts must be whole numbers. Figures stay within VALUE_BOUNDS (a share within 0–100 %, an
 *   index within 0–1, a count up to a billion, at most 15 significant digits); exactly 100% with
 *   ">=" or "=" is a ceiling: for a share, "≥ 100%" and "100%" mean the same.
 */
import type { UnitKind } from '../validate/rule-schemas.ts';
import { FIGURE_MARK } from '../validate/rule-schemas.ts';
import { unitKey, type ComparatorWord, type UnitRule } from '../validate/vocabulary.ts';

export type Comparator = '>=' | '>' | '=' | '<=' | '<' | 'between' | 'yes' | 'text';
export type ComparatorSource = 'symbol' | 'word' | 'ocr-symbol' | 'implied' | 'none';

export interface ParseContext {
  unitRaw: string;
  ocr: boolean;
  ocrSymbols: Record<string, '>=' | '>' | '<=' | '<'>;
  words: ComparatorWord[];
  units: UnitRule[];
}

export interface ParsedTarget {
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unit: UnitKind;
  comparatorSource: ComparatorSource;
  comparatorAsWritten: string;
  ceiling: boolean;
}

/** A failure names the cell at fault: the figure (`target_raw`) or the unit column (`unit_raw`). */
export type ParseResult = { ok: true; target: ParsedTarget } | { ok: false; error: string; column: 'target_raw' | 'unit_raw' };

/** Grammar words of ranges and yes/no answers: part of the syntax, not of the comparator vocabulary. */
const RANGE_OPENERS = ['từ'];
const RANGE_SEPARATORS = ['-', '–', '—', 'đến', 'tới'];
const YES = 'có';
const NO = 'không';
const NUMBER = String.raw`\d+(?:[.,]\d+)*`;

const fail = (error: string, column: 'target_raw' | 'unit_raw' = 'target_raw'): ParseResult & { ok: false } => ({
  ok: false,
  error,
  column,
});
const unitFail = (error: string) => fail(error, 'unit_raw');

/**
 * What a figure may be, by unit (data/README.md, "Limits"): a share is 0–100 % (the written
 * ceiling "≥ 100%" included, "> 100%" not: no share exceeds the whole); an index is on the 0–1
 * scale of units.csv ("Chỉ số", as the DTI); a count is whole and at most a billion, which no
 * commune's count of anything reaches. At most 15 significant digits: beyond that a double cannot
 * hold the figure as written, and a 400-digit number would be read as infinity.
 */
export const VALUE_BOUNDS: Record<'percent' | 'index' | 'count', { min: number; max: number }> = {
  percent: { min: 0, max: 100 },
  index: { min: 0, max: 1 },
  count: { min: 0, max: 1_000_000_000 },
};
export const MAX_SIGNIFICANT_DIGITS = 15;
const lower = (s: string | undefined): string => (s ?? '').toLowerCase();

const unreadable = (text: string): string =>
  `Cannot read the target "${text}": expected a figure with an optional comparator such as "≥ 60%", ` +
  `"Trên 90%", "tối thiểu 95%", "đạt 100%" or "80%"; a range such as "15-17%"; a count or index such as ` +
  `"≥ 01" or "≥ 0.8"; "Có" for yes; or text without digits such as "Hoàn thành".`;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A regexp alternation of phrases, longest first; null when there are none. */
function alternation(phrases: string[]): string | null {
  const unique = [...new Set(phrases.filter((p) => p !== ''))].sort((a, b) => b.length - a.length);
  return unique.length > 0 ? unique.map(escapeRegExp).join('|') : null;
}

const grammars = new WeakMap<ComparatorWord[], RegExp>();

/**
 * One whole-string pattern: [verb] [prefix] number [%] [separator number [%]] [suffix].
 * Which combinations are meaningful is decided afterwards, against the vocabulary.
 */
function grammar(words: ComparatorWord[]): RegExp {
  const cached = grammars.get(words);
  if (cached) return cached;
  const optional = (name: string, alts: string | null, before: boolean): string =>
    alts === null ? '' : before ? `(?:(?<${name}>${alts})\\s*)?` : `(?:\\s*(?<${name}>${alts}))?`;
  const verb = alternation(words.filter((w) => w.kind === 'verb').map((w) => w.before));
  const pre = alternation([...words.filter((w) => w.kind !== 'verb').map((w) => w.before), ...RANGE_OPENERS]);
  const post = alternation(words.map((w) => w.after));
  const sep = alternation(RANGE_SEPARATORS);
  const figure = `(?<a>${NUMBER})\\s*(?<pa>%)?(?:\\s*(?<sep>${sep})\\s*(?<b>${NUMBER})\\s*(?<pb>%)?)?`;
  const re = new RegExp(`^${optional('verb', verb, true)}${optional('pre', pre, true)}${figure}${optional('post', post, false)}$`, 'iu');
  grammars.set(words, re);
  return re;
}

type Read<T> = { ok: true; value: T } | (ParseResult & { ok: false });

function readNumber(digits: string, text: string): Read<number> {
  const significant = digits.replace(/[.,]/g, '').replace(/^0+/, '').length;
  if (significant > MAX_SIGNIFICANT_DIGITS) {
    return fail(
      `"${digits}" in "${text.length > 60 ? `${text.slice(0, 57)}...` : text}" has ${significant} significant digits: ` +
        `at most ${MAX_SIGNIFICANT_DIGITS} can be kept exactly.`,
    );
  }
  if (/^\d+[.,]\d{3}$/.test(digits)) {
    return fail(
      `"${digits}" in "${text}" is ambiguous: Vietnamese writes one thousand as "1.000", but "." and "," ` +
        `also serve as decimal points; write a whole number without a separator ("1000") or a decimal ` +
        `without exactly three digits after the point ("1.0", "0.8").`,
    );
  }
  if (/[.,].*[.,]/.test(digits)) return fail(unreadable(text));
  return { ok: true, value: Number(digits.replace(',', '.')) };
}

/** The comparator read from the words around a single figure. */
function readComparator(
  pre: string | undefined,
  post: string | undefined,
  ctx: ParseContext,
): Pick<ParsedTarget, 'comparator' | 'comparatorSource' | 'comparatorAsWritten'> | null {
  if (!pre && !post) return { comparator: '>=', comparatorSource: 'implied', comparatorAsWritten: '' };
  const position = pre && post ? 'around' : pre ? 'prefix' : 'suffix';
  const word = ctx.words.find((w) => w.kind !== 'verb' && w.position === position && w.before === lower(pre) && w.after === lower(post));
  if (!word || word.comparator === '') return null;
  const asWritten = [pre, post].filter(Boolean).join(` ${FIGURE_MARK} `);
  const ocrReading = word.kind === 'symbol' && ctx.ocr ? ctx.ocrSymbols[word.phrase] : undefined;
  if (ocrReading) return { comparator: ocrReading, comparatorSource: 'ocr-symbol', comparatorAsWritten: asWritten };
  return { comparator: word.comparator, comparatorSource: word.kind === 'symbol' ? 'symbol' : 'word', comparatorAsWritten: asWritten };
}

function qualitative(text: string, unitRule: UnitRule | undefined, ctx: ParseContext): ParseResult {
  const none = { value: null, valueMax: null, comparatorSource: 'none', comparatorAsWritten: '', ceiling: false } as const;
  if (lower(text) === NO) {
    return fail(
      `"${text}" (no) states no target to reach: write what the plan means as text ` +
        `(e.g. "Không phát sinh sự cố") or as a figure (e.g. "0").`,
    );
  }
  if (lower(text).split(' ')[0] !== YES) return { ok: true, target: { ...none, comparator: 'text', unit: 'text' } };
  // A count column names what is deployed ("Mô hình: Có triển khai" = models: yes, deployed);
  // only a measured unit (percent, index) contradicts a yes/no answer.
  if (ctx.unitRaw.trim() !== '' && unitRule?.unit !== 'boolean' && unitRule?.unit !== 'count') {
    return unitFail(`"${text}" is a yes/no answer, but the unit column "${ctx.unitRaw}" says ${unitRule?.unit}: expected a figure.`);
  }
  return { ok: true, target: { ...none, comparator: 'yes', unit: 'boolean' } };
}

export function parseTarget(raw: string, ctx: ParseContext): ParseResult {
  const text = raw.normalize('NFC').replace(/\s+/g, ' ').trim();
  const unitRule = ctx.units.find((u) => unitKey(u.unitRaw) === unitKey(ctx.unitRaw));
  if (!unitRule && unitKey(ctx.unitRaw) !== '') {
    return unitFail(
      `Unknown unit column "${ctx.unitRaw}" for the target "${text}": add it to data/harmonize/units.csv ` +
        `(as percent, count, index, boolean or text).`,
    );
  }

  const symbols = ctx.words.filter((w) => w.kind === 'symbol').map((w) => w.phrase);
  const hasFigure = /[\d%]/.test(text) || symbols.some((s) => text.includes(s));
  if (!hasFigure) return qualitative(text, unitRule, ctx);

  const g = grammar(ctx.words).exec(text)?.groups;
  if (!g || (g.pa && g.b && !g.pb)) return fail(unreadable(text));
  const a = readNumber(g.a!, text);
  if (!a.ok) return a;
  const b = g.b === undefined ? null : readNumber(g.b, text);
  if (b && !b.ok) return b;

  let reading: Pick<ParsedTarget, 'comparator' | 'comparatorSource' | 'comparatorAsWritten'> | null;
  if (b) {
    if (g.post || (g.pre && !RANGE_OPENERS.includes(lower(g.pre)))) return fail(unreadable(text));
    if (a.value >= b.value) {
      return fail(
        `The range in "${text}" must go from a lower to a higher figure (as in "15-17%"), but it goes from ${a.value} to ${b.value}.`,
      );
    }
    reading = {
      comparator: 'between',
      comparatorSource: /\p{L}/u.test(g.sep!) ? 'word' : 'symbol',
      comparatorAsWritten: [g.pre, g.sep].filter(Boolean).join(` ${FIGURE_MARK} `),
    };
  } else {
    reading = readComparator(g.pre, g.post, ctx);
    if (!reading) return fail(unreadable(text));
  }

  const percent = Boolean(g.pb ?? g.pa);
  const columnUnit = unitKey(ctx.unitRaw) === '' ? undefined : unitRule?.unit;
  if (percent && columnUnit && columnUnit !== 'percent') {
    return unitFail(`"${text}" has a "%", but the unit column "${ctx.unitRaw}" says ${columnUnit}, not percent.`);
  }
  const unit = percent ? 'percent' : (columnUnit ?? unitRule?.unit);
  if (!unit) return unitFail(`"${text}" has no unit: units.csv has no row for an empty unit column.`);
  if (unit === 'boolean' || unit === 'text') {
    return unitFail(`"${text}" is a number, but the unit column "${ctx.unitRaw}" says ${unit}: expected "Có" or text.`);
  }
  const values = b ? [a.value, b.value] : [a.value];
  if (unit === 'count' && !values.every(Number.isInteger)) {
    return columnUnit
      ? unitFail(`"${text}" is not a whole number, but the unit column "${ctx.unitRaw}" counts things.`)
      : unitFail(
          `"${text}" is not a whole number, but without a unit column a number without "%" is read as a count: ` +
            `fill in the unit column (e.g. "Chỉ số" for an index).`,
        );
  }
  const bounds = VALUE_BOUNDS[unit];
  const outside = values.find((v) => v < bounds.min || v > bounds.max);
  const beyondWhole = unit === 'percent' && a.value === bounds.max && !b && reading.comparator === '>';
  if (outside !== undefined || beyondWhole) {
    const what = { percent: 'a share', index: 'an index (0–1 scale, units.csv)', count: 'a count' }[unit];
    return fail(
      `"${text}" is outside what ${what} can be: ${bounds.min.toLocaleString('en')}–${bounds.max.toLocaleString('en')}` +
        `${unit === 'percent' ? '%' : ''}${beyondWhole ? ', and no share exceeds 100%' : ''} (see data/README.md, "Limits").`,
    );
  }

  const ceiling = unit === 'percent' && a.value === 100 && !b && (reading.comparator === '>=' || reading.comparator === '=');
  return { ok: true, target: { ...reading, value: a.value, valueMax: b ? b.value : null, unit, ceiling } };
}
