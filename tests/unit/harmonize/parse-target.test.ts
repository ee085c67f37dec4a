import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  parseTarget,
  type Comparator,
  type ComparatorSource,
  type ParseContext,
  type ParsedTarget,
} from '../../../src/lib/harmonize/parse-target.ts';
import type { UnitKind } from '../../../src/lib/validate/rule-schemas.ts';
import { comparatorWord, unitRule } from '../../../src/lib/validate/vocabulary.ts';
import { parseCsv } from '../../../src/lib/read/parse-csv.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';
import { comparatorWordSchema, unitRuleSchema } from '../../../src/lib/validate/rule-schemas.ts';
import { validateTable } from '../../../src/lib/validate/validate-table.ts';

function readCsv(name: string): Record<string, string>[] {
  const url = new URL(`../../../data/harmonize/${name}`, import.meta.url);
  const parsed = Papa.parse<Record<string, string>>(readFileSync(fileURLToPath(url), 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

/** Rows as a CSV file, through the row machinery every data file goes through: records or located errors. */
function vocabulary<S extends typeof comparatorWordSchema | typeof unitRuleSchema>(
  file: string,
  rows: Record<string, string>[],
  schema: S,
) {
  const header = Object.keys(rows[0]!);
  const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
  const csv = [header.join(','), ...rows.map((r) => header.map((h) => quote(r[h] ?? '')).join(','))].join('\n');
  const parsed = parseCsv(csv, file);
  if (!parsed.ok) throw new Error(parsed.errors.map(formatDataError).join('\n'));
  const result = validateTable(parsed.table, schema);
  return { records: result.records, errors: result.errors.map(formatDataError) };
}
const readWords = (rows: Record<string, string>[]) =>
  vocabulary('comparator-words.csv', rows, comparatorWordSchema).records.map(comparatorWord);

const words = readWords(readCsv('comparator-words.csv'));
const units = vocabulary('units.csv', readCsv('units.csv'), unitRuleSchema).records.map(unitRule);

function ctx(unitRaw: string, ocr = false): ParseContext {
  return { unitRaw, ocr, ocrSymbols: { '>': '>=' }, words, units };
}

function target(
  comparator: Comparator,
  value: number | null,
  valueMax: number | null,
  unit: UnitKind,
  comparatorSource: ComparatorSource,
  comparatorAsWritten: string,
  ceiling = false,
): ParsedTarget {
  return { comparator, value, valueMax, unit, comparatorSource, comparatorAsWritten, ceiling };
}

function parsed(raw: string, context: ParseContext): ParsedTarget {
  const result = parseTarget(raw, context);
  if (!result.ok) throw new Error(`expected "${raw}" to parse, got: ${result.error}`);
  return result.target;
}

function error(raw: string, context: ParseContext): string {
  const result = parseTarget(raw, context);
  if (result.ok) throw new Error(`expected "${raw}" to fail, got: ${JSON.stringify(result.target)}`);
  return result.error;
}

const unreadable = (text: string): string =>
  `Cannot read the target "${text}": expected a figure with an optional comparator such as "≥ 60%", ` +
  `"Trên 90%", "tối thiểu 95%", "đạt 100%" or "80%"; a range such as "15-17%"; a count or index such as ` +
  `"≥ 01" or "≥ 0.8"; "Có" for yes; or text without digits such as "Hoàn thành".`;

describe('parseTarget(raw, ctx) with a comparator sign', () => {
  it.each<[string, boolean, ParsedTarget]>([
    ['≥ 60%', false, target('>=', 60, null, 'percent', 'symbol', '≥')],
    ['>= 60%', false, target('>=', 60, null, 'percent', 'symbol', '>=')],
    ['⩾ 60%', false, target('>=', 60, null, 'percent', 'symbol', '⩾')],
    ['≥60%', false, target('>=', 60, null, 'percent', 'symbol', '≥')],
    ['≥ 60%', true, target('>=', 60, null, 'percent', 'symbol', '≥')],
    ['≤ 5%', false, target('<=', 5, null, 'percent', 'symbol', '≤')],
    ['< 5%', true, target('<', 5, null, 'percent', 'symbol', '<')],
    ['= 100%', false, target('=', 100, null, 'percent', 'symbol', '=', true)],
  ])('reads %j (OCR: %s) as its sign says', (raw, ocr, expected) => {
    expect(parsed(raw, ctx('%', ocr))).toEqual(expected);
  });

  it('reads ">" in clean text as a strict ">"', () => {
    expect(parsed('> 65%', ctx('%', false))).toEqual(target('>', 65, null, 'percent', 'symbol', '>'));
  });

  it('reads ">" in OCR text through the OCR rule, as "≥"', () => {
    expect(parsed('> 65%', ctx('%', true))).toEqual(target('>=', 65, null, 'percent', 'ocr-symbol', '>'));
  });

  it('reads ">" glued to the figure in OCR text through the OCR rule too', () => {
    expect(parsed('>90%', ctx('%', true))).toEqual(target('>=', 90, null, 'percent', 'ocr-symbol', '>'));
  });

  it('takes the OCR rule from the context, not from the code', () => {
    const strict = { ...ctx('%', true), ocrSymbols: {} };
    expect(parsed('> 65%', strict)).toEqual(target('>', 65, null, 'percent', 'symbol', '>'));
  });
});

describe('parseTarget(raw, ctx) with a comparator in words', () => {
  it.each<[string, ParsedTarget]>([
    ['Trên 90%', target('>', 90, null, 'percent', 'word', 'Trên')],
    ['trên 90%', target('>', 90, null, 'percent', 'word', 'trên')],
    ['TRÊN 90%', target('>', 90, null, 'percent', 'word', 'TRÊN')],
    ['tối thiểu 95%', target('>=', 95, null, 'percent', 'word', 'tối thiểu')],
    ['Đạt tối thiểu 95%', target('>=', 95, null, 'percent', 'word', 'tối thiểu')],
    ['ít nhất 3%', target('>=', 3, null, 'percent', 'word', 'ít nhất')],
    ['không thấp hơn 50%', target('>=', 50, null, 'percent', 'word', 'không thấp hơn')],
    ['từ 90% trở lên', target('>=', 90, null, 'percent', 'word', 'từ … trở lên')],
    ['đạt từ 80% trở lên', target('>=', 80, null, 'percent', 'word', 'từ … trở lên')],
    ['95% trở lên', target('>=', 95, null, 'percent', 'word', 'trở lên')],
    ['không quá 5%', target('<=', 5, null, 'percent', 'word', 'không quá')],
    ['dưới 5%', target('<', 5, null, 'percent', 'word', 'dưới')],
  ])('reads %j through the vocabulary', (raw, expected) => {
    expect(parsed(raw, ctx('%'))).toEqual(expected);
  });

  it('keeps "Trên" a strict ">" in OCR text: a word is not an OCR artefact', () => {
    expect(parsed('Trên 90%', ctx('%', true))).toEqual(target('>', 90, null, 'percent', 'word', 'Trên'));
  });

  it('learns a new phrasing from a vocabulary row, without a code change', () => {
    const more = readWords([
      ...readCsv('comparator-words.csv'),
      { phrase: 'hơn', position: 'prefix', comparator: '>', kind: 'word', meaning_vi: 'hơn', meaning_en: 'more than' },
    ]);
    expect(parsed('hơn 90%', { ...ctx('%'), words: more })).toEqual(target('>', 90, null, 'percent', 'word', 'hơn'));
    expect(error('hơn 90%', ctx('%'))).toBe(unreadable('hơn 90%'));
  });
});

describe('parseTarget(raw, ctx) with a bare figure', () => {
  it.each<[string, ParsedTarget]>([
    ['80%', target('>=', 80, null, 'percent', 'implied', '')],
    ['đạt 95%', target('>=', 95, null, 'percent', 'implied', '')],
    ['Đạt 95%', target('>=', 95, null, 'percent', 'implied', '')],
    ['đạt 100%', target('>=', 100, null, 'percent', 'implied', '', true)],
    ['100%', target('>=', 100, null, 'percent', 'implied', '', true)],
  ])('reads %j as a level to reach (≥)', (raw, expected) => {
    expect(parsed(raw, ctx('%'))).toEqual(expected);
  });

  it('reads a figure without "%" in a "%" column as a percentage', () => {
    expect(parsed('≥ 60', ctx('%'))).toEqual(target('>=', 60, null, 'percent', 'symbol', '≥'));
  });
});

describe('parseTarget(raw, ctx) marks a ceiling', () => {
  it.each<[string, boolean, ParsedTarget]>([
    ['≥ 100%', false, target('>=', 100, null, 'percent', 'symbol', '≥', true)],
    ['> 100%', true, target('>=', 100, null, 'percent', 'ocr-symbol', '>', true)],
    ['≤ 100%', false, target('<=', 100, null, 'percent', 'symbol', '≤', false)],
    ['90-100%', false, target('between', 90, 100, 'percent', 'symbol', '-', false)],
  ])('for %j (OCR: %s) only when ≥ and = coincide at 100%', (raw, ocr, expected) => {
    expect(parsed(raw, ctx('%', ocr))).toEqual(expected);
  });

  it('never for 100 of something that is not a percentage', () => {
    expect(parsed('≥ 100', ctx('Sáng kiến'))).toEqual(target('>=', 100, null, 'count', 'symbol', '≥', false));
  });
});

describe('parseTarget(raw, ctx) keeps every figure within what its unit can be', () => {
  const digits400 = '9'.repeat(400);
  it.each<[string, string, RegExp]>([
    ['120%', '%', /"120%" is outside what a share can be: 0–100%/],
    ['101%', '', /outside what a share can be/],
    ['> 100%', '%', /no share exceeds 100%/],
    ['15-170%', '%', /outside what a share can be/],
    ['≥ 1.5', 'Chỉ số', /outside what an index \(0–1 scale, units\.csv\) can be: 0–1/],
    ['≥ 2000000000', 'Sáng kiến', /outside what a count can be: 0–1,000,000,000/],
    ['12345678901234567890123%', '%', /has 23 significant digits: at most 15/],
    [`≥ ${digits400}`, 'Sáng kiến', /has 400 significant digits: at most 15/],
  ])('refuses %j (unit column %j)', (raw, unit, message) => {
    expect(error(raw, ctx(unit))).toMatch(message);
  });

  it('accepts the bounds themselves and 15 significant digits', () => {
    expect(parsed('≥ 100%', ctx('%')).value).toBe(100);
    expect(parsed('0%', ctx('%')).value).toBe(0);
    expect(parsed('≥ 1', ctx('Chỉ số')).value).toBe(1);
    expect(parsed('≥ 1000000000', ctx('Sáng kiến')).value).toBe(1_000_000_000);
    expect(parsed('≥ 0.12345678901234', ctx('Chỉ số')).value).toBe(0.12345678901234);
  });

  it('does not count leading zeros as significant ("≥ 01" is one)', () => {
    expect(parsed('≥ 0000000000000001', ctx('Sáng kiến')).value).toBe(1);
  });
});

describe('parseTarget(raw, ctx) blames the cell at fault', () => {
  it('blames the unit column for a unit it does not know or that contradicts the figure', () => {
    for (const [raw, unit] of [
      ['≥ 60', 'Hộ'],
      ['60%', 'Sáng kiến'],
      ['Có', '%'],
      ['≥ 1.5', 'Sáng kiến'],
    ] as const) {
      const r = parseTarget(raw, ctx(unit));
      expect(r.ok ? null : r.column, `${raw} / ${unit}`).toBe('unit_raw');
    }
  });

  it('blames the figure for a figure it cannot read or that is out of bounds', () => {
    for (const raw of ['≥ 6O%', '120%', '1.000 người']) {
      const r = parseTarget(raw, ctx('%'));
      expect(r.ok ? null : r.column, raw).toBe('target_raw');
    }
  });
});

describe('parseTarget(raw, ctx) with a range', () => {
  it.each<[string, string, ParsedTarget]>([
    ['15-17%', '%', target('between', 15, 17, 'percent', 'symbol', '-')],
    ['15–17%', '%', target('between', 15, 17, 'percent', 'symbol', '–')],
    ['15% - 17%', '%', target('between', 15, 17, 'percent', 'symbol', '-')],
    ['15 - 17', '%', target('between', 15, 17, 'percent', 'symbol', '-')],
    ['15-17%', '', target('between', 15, 17, 'percent', 'symbol', '-')],
    ['từ 15 đến 17%', '%', target('between', 15, 17, 'percent', 'word', 'từ … đến')],
    ['Từ 15% đến 17%', '%', target('between', 15, 17, 'percent', 'word', 'Từ … đến')],
    ['đạt 15-17%', '%', target('between', 15, 17, 'percent', 'symbol', '-')],
    ['1-3', 'Mô hình', target('between', 1, 3, 'count', 'symbol', '-')],
  ])('reads %j (unit %j) as between two figures', (raw, unitRaw, expected) => {
    expect(parsed(raw, ctx(unitRaw))).toEqual(expected);
  });

  it.each([
    ['17-15%', 17, 15],
    ['15-15%', 15, 15],
  ])('refuses %j, which does not go up', (raw, from, to) => {
    expect(error(raw, ctx('%'))).toBe(
      `The range in "${raw}" must go from a lower to a higher figure (as in "15-17%"), but it goes from ${from} to ${to}.`,
    );
  });
});

describe('parseTarget(raw, ctx) with counts and indexes', () => {
  it.each<[string, string, ParsedTarget]>([
    ['≥ 01', 'Sáng kiến', target('>=', 1, null, 'count', 'symbol', '≥')],
    ['≥ 01', 'Mô hình', target('>=', 1, null, 'count', 'symbol', '≥')],
    ['> 01', 'Mô hình', target('>', 1, null, 'count', 'symbol', '>')],
    ['≥ 2', 'Bài báo', target('>=', 2, null, 'count', 'symbol', '≥')],
    ['≥ 2', 'bài  báo', target('>=', 2, null, 'count', 'symbol', '≥')],
    ['≥ 0.8', 'Chỉ số', target('>=', 0.8, null, 'index', 'symbol', '≥')],
    ['≥ 0,8', 'Chỉ số', target('>=', 0.8, null, 'index', 'symbol', '≥')],
    ['≥ 0.80', 'Chỉ số', target('>=', 0.8, null, 'index', 'symbol', '≥')],
    ['≥ 1', '', target('>=', 1, null, 'count', 'symbol', '≥')],
    ['ít nhất 3', '', target('>=', 3, null, 'count', 'word', 'ít nhất')],
  ])('reads %j with unit column %j', (raw, unitRaw, expected) => {
    expect(parsed(raw, ctx(unitRaw))).toEqual(expected);
  });

  it('finds a unit column written in NFD', () => {
    expect(parsed('≥ 0.8', ctx('Chỉ số'.normalize('NFD')))).toEqual(target('>=', 0.8, null, 'index', 'symbol', '≥'));
  });

  it('reads ">" before a count in OCR text through the OCR rule', () => {
    expect(parsed('>01', ctx('Sáng kiến', true))).toEqual(target('>=', 1, null, 'count', 'ocr-symbol', '>'));
  });
});

describe('parseTarget(raw, ctx) with yes/no and text', () => {
  it.each<[string, string, ParsedTarget]>([
    ['Có', 'Ứng dụng được triển khai', target('yes', null, null, 'boolean', 'none', '')],
    ['Có', '', target('yes', null, null, 'boolean', 'none', '')],
    ['Có triển khai', '', target('yes', null, null, 'boolean', 'none', '')],
    // Nhơn Trạch row 10: the unit column names what is deployed, the result says yes.
    ['Có triển khai', 'Mô hình', target('yes', null, null, 'boolean', 'none', '')],
    ['CÓ', '', target('yes', null, null, 'boolean', 'none', '')],
    ['Hoàn thành', '', target('text', null, null, 'text', 'none', '')],
    ['Hoàn thành', '%', target('text', null, null, 'text', 'none', '')],
    ['', '', target('text', null, null, 'text', 'none', '')],
    ['Trên địa bàn xã', '', target('text', null, null, 'text', 'none', '')],
    ['Không phát sinh sự cố', '', target('text', null, null, 'text', 'none', '')],
  ])('reads %j (unit %j) as an answer, not a figure', (raw, unitRaw, expected) => {
    expect(parsed(raw, ctx(unitRaw))).toEqual(expected);
  });

  it('refuses a bare "Không", which states nothing to reach', () => {
    expect(error('Không', ctx(''))).toBe(
      '"Không" (no) states no target to reach: write what the plan means as text (e.g. "Không phát sinh sự cố") or as a figure (e.g. "0").',
    );
  });
});

describe('parseTarget(raw, ctx) normalizes the text first', () => {
  it.each<[string, string, string, ParsedTarget]>([
    ['NFD', 'Trên 90%'.normalize('NFD'), '%', target('>', 90, null, 'percent', 'word', 'Trên')],
    ['NFD', 'Đạt tối thiểu 95%'.normalize('NFD'), '%', target('>=', 95, null, 'percent', 'word', 'tối thiểu')],
    ['NFD', 'từ 15 đến 17%'.normalize('NFD'), '%', target('between', 15, 17, 'percent', 'word', 'từ … đến')],
    ['NFD', 'Có triển khai'.normalize('NFD'), '', target('yes', null, null, 'boolean', 'none', '')],
    ['NBSP', '≥\u00a060%', '%', target('>=', 60, null, 'percent', 'symbol', '≥')],
    ['NBSP', 'tối\u00a0thiểu\u00a095%', '%', target('>=', 95, null, 'percent', 'word', 'tối thiểu')],
    ['narrow NBSP', '60\u202f%', '%', target('>=', 60, null, 'percent', 'implied', '')],
    ['spaces', '  ≥   60 %  ', '%', target('>=', 60, null, 'percent', 'symbol', '≥')],
    ['line break', 'tối\nthiểu 95%', '%', target('>=', 95, null, 'percent', 'word', 'tối thiểu')],
  ])('(%s) reads %j', (_what, raw, unitRaw, expected) => {
    expect(parsed(raw, ctx(unitRaw))).toEqual(expected);
  });

  it('quotes the normalized text in its errors', () => {
    expect(error('≥\u00a06O%', ctx('%'))).toBe(unreadable('≥ 6O%'));
  });
});

describe('parseTarget(raw, ctx) refuses what it cannot read fully', () => {
  it.each([
    '≥ 6O%',
    '≥',
    '%',
    '60%%',
    '≥ 60% 70%',
    'abc 5',
    'Có 3 mô hình',
    '≥ trên 90%',
    'từ 90%',
    'trên 90% trở lên',
    '≥ 15-17%',
    '15-17% trở lên',
    '15%-17',
    '1.5.2',
    '-5%',
    'Hoàn thành = tốt',
  ])('with a plain message for %j', (raw) => {
    expect(error(raw, ctx('%'))).toBe(unreadable(raw));
  });

  it.each([
    ['≥ 1.000', '1.000'],
    ['1,000', '1,000'],
    ['≥ 0.125', '0.125'],
  ])('names the thousands/decimal ambiguity of %j', (raw, digits) => {
    expect(error(raw, ctx('Chỉ số'))).toBe(
      `"${digits}" in "${raw}" is ambiguous: Vietnamese writes one thousand as "1.000", but "." and "," also ` +
        `serve as decimal points; write a whole number without a separator ("1000") or a decimal without ` +
        `exactly three digits after the point ("1.0", "0.8").`,
    );
  });
});

describe('parseTarget(raw, ctx) checks the figure against the unit column', () => {
  it('refuses a "%" in a count column', () => {
    expect(error('≥ 60%', ctx('Sáng kiến'))).toBe('"≥ 60%" has a "%", but the unit column "Sáng kiến" says count, not percent.');
  });

  it('refuses a "%" in an index column', () => {
    expect(error('≥ 80%', ctx('Chỉ số'))).toBe('"≥ 80%" has a "%", but the unit column "Chỉ số" says index, not percent.');
  });

  it('refuses a number in a yes/no column', () => {
    expect(error('≥ 2', ctx('Ứng dụng được triển khai'))).toBe(
      '"≥ 2" is a number, but the unit column "Ứng dụng được triển khai" says boolean: expected "Có" or text.',
    );
  });

  it('refuses a yes in a percentage column', () => {
    expect(error('Có', ctx('%'))).toBe('"Có" is a yes/no answer, but the unit column "%" says percent: expected a figure.');
    expect(error('Có', ctx('Chỉ số'))).toBe('"Có" is a yes/no answer, but the unit column "Chỉ số" says index: expected a figure.');
  });

  it('refuses a fraction of a count', () => {
    expect(error('≥ 2.5', ctx('Sáng kiến'))).toBe('"≥ 2.5" is not a whole number, but the unit column "Sáng kiến" counts things.');
  });

  it('refuses a fraction without a unit column, where a plain number is a count', () => {
    expect(error('≥ 0.8', ctx(''))).toBe(
      '"≥ 0.8" is not a whole number, but without a unit column a number without "%" is read as a count: ' +
        'fill in the unit column (e.g. "Chỉ số" for an index).',
    );
  });

  it('refuses a unit column that units.csv does not know', () => {
    expect(error('≥ 60', ctx('Hộ'))).toBe(
      'Unknown unit column "Hộ" for the target "≥ 60": add it to data/harmonize/units.csv (as percent, count, index, boolean or text).',
    );
  });

  it('refuses a plain number without a unit column when units.csv has no row for that', () => {
    const noDefault = { ...ctx(''), units: units.filter((u) => u.unitRaw !== '') };
    expect(error('≥ 1', noDefault)).toBe('"≥ 1" has no unit: units.csv has no row for an empty unit column.');
  });
});

describe('comparator-words.csv rows', () => {
  const row = (over: Partial<Record<string, string>>): Record<string, string> => ({
    phrase: 'trên',
    position: 'prefix',
    comparator: '>',
    kind: 'word',
    meaning_vi: '',
    meaning_en: '',
    ...over,
  });

  it('reads every row of comparator-words.csv, splitting "around" phrases at "…"', () => {
    expect(words.find((w) => w.phrase === 'từ … trở lên')).toEqual({
      phrase: 'từ … trở lên',
      comparator: '>=',
      kind: 'word',
      position: 'around',
      before: 'từ',
      after: 'trở lên',
    });
    expect(words.find((w) => w.phrase === 'đạt')).toEqual({
      phrase: 'đạt',
      comparator: '',
      kind: 'verb',
      position: 'prefix',
      before: 'đạt',
      after: '',
    });
    expect(words).toHaveLength(readCsv('comparator-words.csv').length);
  });

  it.each<[Partial<Record<string, string>>, string]>([
    [
      { comparator: '=>' },
      'comparator-words.csv:3, column 3 "comparator": the value is not in the expected form; found "=>"; expected one of >= > = <= <, or empty for a verb',
    ],
    [
      { comparator: '' },
      'comparator-words.csv:3, column 3 "comparator": a required cell is empty; found ""; expected one of >= > = <= < for a word',
    ],
    [
      { kind: 'verb' },
      'comparator-words.csv:3, column 3 "comparator": the value is not in the expected form; found ">"; expected empty: a verb ("đạt") carries no comparator of its own',
    ],
    [
      { kind: 'sign' },
      'comparator-words.csv:3, column 4 "kind": the value is not in the expected form; found "sign"; expected one of "symbol", "word", "verb"',
    ],
    [
      { position: 'infix' },
      'comparator-words.csv:3, column 2 "position": the value is not in the expected form; found "infix"; expected one of "prefix", "suffix", "around"',
    ],
    [
      { position: 'around' },
      'comparator-words.csv:3, column 1 "phrase": the value is not in the expected form; found "trên"; expected words on both sides of one "…" (where the figure goes), as "từ … trở lên"',
    ],
    [
      { phrase: 'Trên' },
      'comparator-words.csv:3, column 1 "phrase": the value is not in the expected form; found "Trên"; expected the phrase in lower case, as "trên" or "tối thiểu"',
    ],
    [
      { phrase: 'trên …' },
      'comparator-words.csv:3, column 1 "phrase": the value is not in the expected form; found "trên …"; expected a phrase without "…" (only an "around" phrase marks where the figure goes)',
    ],
    [
      { phrase: 'đạt', kind: 'verb', comparator: '', position: 'suffix' },
      'comparator-words.csv:3, column 2 "position": the value is not in the expected form; found "suffix"; expected "prefix": a verb stands before the figure',
    ],
  ])('reports %j at its line and column', (over, message) => {
    expect(
      vocabulary('comparator-words.csv', [row({ phrase: 'ít nhất', comparator: '>=' }), row(over)], comparatorWordSchema).errors,
    ).toEqual([message]);
  });

  it('reports every bad row, not only the first', () => {
    const { errors } = vocabulary(
      'comparator-words.csv',
      [row({ kind: 'sign' }), row({ phrase: 'hơn', position: 'infix' })],
      comparatorWordSchema,
    );
    expect(errors.map((e) => e.split(',')[0])).toEqual(['comparator-words.csv:2', 'comparator-words.csv:3']);
  });

  it('refuses a phrase in NFD through the generic text check', () => {
    const { errors } = vocabulary('comparator-words.csv', [row({ phrase: 'trên'.normalize('NFD') })], comparatorWordSchema);
    expect(errors).toEqual([expect.stringMatching(/^comparator-words\.csv:2, column 1 "phrase": the text is not in Unicode NFC/)]);
  });
});

describe('units.csv rows', () => {
  it('reads units.csv, including the row for "no unit column"', () => {
    expect(units).toContainEqual({ unitRaw: 'Chỉ số', unit: 'index', labelVi: 'chỉ số (thang 0–1)', labelEn: 'index (0–1 scale)' });
    expect(units.find((u) => u.unitRaw === '')?.unit).toBe('count');
  });

  it('reports an unknown unit at its line and column', () => {
    const { errors } = vocabulary(
      'units.csv',
      [
        { unit_raw: '', unit: 'count', label_vi: 'số', label_en: 'count' },
        { unit_raw: 'Hộ', unit: 'households', label_vi: 'hộ', label_en: 'households' },
      ],
      unitRuleSchema,
    );
    expect(errors).toEqual([
      'units.csv:3, column 2 "unit": the value is not in the expected form; found "households"; expected one of "percent", "count", "index", "boolean", "text"',
    ]);
  });
});
