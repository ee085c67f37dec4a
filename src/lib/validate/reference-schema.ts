import { z } from 'zod';
import { dataError, type DataError } from '../core/data-error.ts';
import { decimal, isCalendarDate, LIMITS, oneOf, requiredText, slug, text, url, year } from './fields.ts';
import type { Located } from './schemas.ts';

/**
 * Schema of data/harmonize/references.csv: the national and provincial figures a commune target
 * is read against (targets), and figures that are only context (the DTI scores). One row is one
 * figure of one document for one year, with the page it was read from and the words it was read
 * in. The zod schema checks each cell's form; `referenceProblems` checks what spans cells: the
 * figure must be found in its own quote, the URL must be absolute, `value_max` goes with
 * "between" and nothing else, a percentage lies within 0–100, and the level matches the scope.
 */

export const REFERENCE_KINDS = ['target', 'context'] as const;
export const REFERENCE_LEVELS = ['national', 'province'] as const;
export const REFERENCE_COMPARATORS = ['>=', '>', '=', '<=', '<', 'between'] as const;
export const REFERENCE_UNITS = ['percent', 'count', 'index'] as const;
export const SOURCE_KINDS = ['official', 'secondary'] as const;
/** The scope of every national row. */
export const NATIONAL_SCOPE = 'Việt Nam';

const dateOrEmpty = () =>
  z.string().refine((v) => v === '' || isCalendarDate(v), { error: 'a real calendar date as YYYY-MM-DD, or empty when it is not known' });

export const referenceSchema = z.object({
  indicator_id: slug(),
  kind: oneOf(REFERENCE_KINDS),
  level: oneOf(REFERENCE_LEVELS),
  scope: requiredText(),
  year: year(),
  comparator: oneOf(REFERENCE_COMPARATORS),
  value: decimal({ required: true }).transform((v) => v!),
  value_max: decimal({ required: false }),
  unit: oneOf(REFERENCE_UNITS),
  denominator_note: text(LIMITS.phrase),
  denominator_note_en: text(LIMITS.phrase),
  document: requiredText(LIMITS.phrase),
  document_date: dateOrEmpty(),
  source_url: url(),
  source_kind: oneOf(SOURCE_KINDS),
  source_quote: requiredText(LIMITS.notes),
  accessed: z.string().refine(isCalendarDate, { error: 'the date the page was read, as YYYY-MM-DD' }),
  notes: text(LIMITS.notes),
});

export type Reference = z.output<typeof referenceSchema>;

/**
 * Every number written in a text, read both ways a Vietnamese or English page may write it:
 * "14,5" and "0,7955" (decimal comma), "1.200.000" (thousands dots), "0.7164" (decimal point),
 * "1,200" (thousands comma). A figure is found when either reading of some number equals it.
 * Digits glued to letters ("20%GDP", "1Gb/s") still count as numbers.
 */
export function numbersIn(quote: string): number[] {
  const out: number[] = [];
  for (const m of quote.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const token = m[0];
    const vi = Number(token.replace(/\./g, '').replace(',', '.'));
    const en = Number(token.replace(/,/g, ''));
    if (Number.isFinite(vi)) out.push(vi);
    if (Number.isFinite(en) && en !== vi) out.push(en);
  }
  return out;
}

/** Whether `value` is written in `quote` (see numbersIn for the spellings accepted). */
export function quoteHasFigure(quote: string, value: number): boolean {
  return numbersIn(quote).some((n) => n === value);
}

export function isAbsoluteHttpUrl(v: string): boolean {
  if (!/^https?:\/\//i.test(v) || /\s/.test(v)) return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

/**
 * The checks one row needs beyond its cells' forms. Pure; every problem is located at the row's
 * cell, with the form expected, like the rest of the data checks.
 */
export function referenceProblems(row: Reference & Located): DataError[] {
  const out: DataError[] = [];
  const err = (column: keyof Reference, value: string, problem: string, expected: string) =>
    out.push(dataError({ file: row.file, line: row.line, column, value, problem, expected }));

  if (!quoteHasFigure(row.source_quote, row.value)) {
    err(
      'source_quote',
      row.source_quote,
      `the figure ${row.value} does not occur in the quote`,
      'the exact words of the page, containing the figure (a decimal comma or thousands dots as the page writes them are fine)',
    );
  }
  if (row.value_max !== null && !quoteHasFigure(row.source_quote, row.value_max)) {
    err(
      'source_quote',
      row.source_quote,
      `the upper figure ${row.value_max} does not occur in the quote`,
      'the exact words of the page, containing both figures of the range',
    );
  }
  if (!isAbsoluteHttpUrl(row.source_url)) {
    err('source_url', row.source_url, 'the source is not an absolute web address', 'an absolute http(s) URL of the page, e.g. "https://…"');
  }
  if (row.comparator === 'between') {
    if (row.value_max === null) {
      err('value_max', '', 'a range ("between") has no upper figure', 'the upper figure of the range in value_max');
    } else if (!(row.value_max > row.value)) {
      err('value_max', String(row.value_max), 'the range does not go up', `an upper figure greater than value (${row.value})`);
    }
  } else if (row.value_max !== null) {
    err(
      'value_max',
      String(row.value_max),
      `value_max is given but the comparator is "${row.comparator}"`,
      'an empty cell (value_max is only for the comparator "between")',
    );
  }
  if (row.unit === 'percent') {
    for (const [column, v] of [
      ['value', row.value],
      ['value_max', row.value_max],
    ] as const) {
      if (v !== null && v > 100) err(column, String(v), 'a percentage above 100', 'a percentage between 0 and 100');
    }
  }
  if (row.level === 'national' && row.scope !== NATIONAL_SCOPE) {
    err('scope', row.scope, 'a national row with a scope other than the country', `"${NATIONAL_SCOPE}" for level "national"`);
  }
  if (row.level === 'province' && row.scope === NATIONAL_SCOPE) {
    err(
      'scope',
      row.scope,
      'a provincial row scoped to the whole country',
      'the province name as written in communes.csv, e.g. "Đồng Nai"',
    );
  }
  if ((row.denominator_note === '') !== (row.denominator_note_en === '')) {
    const column = row.denominator_note === '' ? 'denominator_note' : 'denominator_note_en';
    err(
      column,
      '',
      'the denominator note is given in one language only',
      'both denominator_note (Vietnamese) and denominator_note_en, or neither',
    );
  }
  return out;
}
