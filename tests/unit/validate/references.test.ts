import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/read/parse-csv.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';
import {
  numbersIn,
  quoteHasFigure,
  referenceProblems,
  referenceSchema,
  type Reference,
} from '../../../src/lib/validate/reference-schema.ts';
import type { Located } from '../../../src/lib/validate/schemas.ts';
import { validateTable } from '../../../src/lib/validate/validate-table.ts';

const FILE = 'data/harmonize/references.csv';

function readTable(rel: string) {
  const parsed = parseCsv(readFileSync(resolve(rel), 'utf8'), rel);
  if (!parsed.ok) throw new Error(parsed.errors.map(formatDataError).join('\n'));
  return parsed.table;
}

function readReferences(): (Reference & Located)[] {
  const result = validateTable(readTable(FILE), referenceSchema);
  if (result.errors.length > 0) throw new Error(result.errors.map(formatDataError).join('\n'));
  return result.records;
}

function column(rel: string, name: string): string[] {
  const table = readTable(rel);
  const i = table.header.indexOf(name);
  return table.rows.map((r) => r.cells[i]!);
}

describe('data/harmonize/references.csv', () => {
  const refs = readReferences();
  const catalogue = column('data/harmonize/catalogue.csv', 'id');
  const units = new Map(catalogue.map((id, i) => [id, column('data/harmonize/catalogue.csv', 'unit')[i]]));

  it('is UTF-8 NFC text with LF line endings', () => {
    const text = readFileSync(resolve(FILE), 'utf8');
    expect(text).toBe(text.normalize('NFC'));
    expect(text.includes('\r')).toBe(false);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('passes the cross-cell checks on every row: each figure is found in its own quote', () => {
    expect(refs.flatMap(referenceProblems).map(formatDataError)).toEqual([]);
  });

  it('names only catalogue indicators, in the catalogue’s unit', () => {
    for (const r of refs) {
      expect(catalogue, `${FILE}:${r.line}`).toContain(r.indicator_id);
      expect(units.get(r.indicator_id), `${FILE}:${r.line}`).toBe(r.unit);
    }
  });

  it('scopes provincial rows to a province of communes.csv', () => {
    const provinces = new Set(column('data/communes.csv', 'province'));
    for (const r of refs.filter((x) => x.level === 'province')) expect(provinces, `${FILE}:${r.line}`).toContain(r.scope);
  });

  it('keeps context rows (the DTI scores) apart from the goals', () => {
    expect(refs.filter((r) => r.kind === 'context').every((r) => r.indicator_id === 'commune-dti')).toBe(true);
  });

  it('holds at least 20 numeric targets over at least 15 indicators', () => {
    const targets = refs.filter((r) => r.kind === 'target');
    expect(targets.length).toBeGreaterThanOrEqual(20);
    expect(new Set(targets.map((r) => r.indicator_id)).size).toBeGreaterThanOrEqual(15);
  });

  it('has the national 5G goals for 2026 (70%) and 2030 (99%) of the population', () => {
    const fiveG = refs.filter((r) => r.indicator_id === '5g-coverage' && r.level === 'national' && r.kind === 'target');
    expect(fiveG.map((r) => [r.year, r.value])).toEqual([
      [2026, 70],
      [2030, 99],
    ]);
    expect(fiveG.every((r) => r.denominator_note_en.includes('population'))).toBe(true);
  });

  it('is ordered by catalogue indicator, then national before provincial, then year', () => {
    const key = (r: Reference) => [catalogue.indexOf(r.indicator_id), r.level === 'national' ? 0 : 1, r.year];
    for (let i = 1; i < refs.length; i++) {
      const [a, b] = [key(refs[i - 1]!), key(refs[i]!)];
      const order = a[0]! - b[0]! || a[1]! - b[1]! || a[2]! - b[2]!;
      expect(order, `${FILE}:${refs[i]!.line}`).toBeLessThanOrEqual(0);
    }
  });
});

function row(over: Partial<Reference> = {}): Reference & Located {
  return {
    indicator_id: 'x',
    kind: 'target',
    level: 'national',
    scope: 'Việt Nam',
    year: 2026,
    comparator: '>=',
    value: 14.5,
    value_max: null,
    unit: 'percent',
    denominator_note: '',
    denominator_note_en: '',
    document: 'D',
    document_date: '',
    source_url: 'https://example.org/page',
    source_kind: 'secondary',
    source_quote: 'phấn đấu đạt 14,5%',
    accessed: '2026-12-07',
    notes: '',
    file: 'data/harmonize/references.csv',
    line: 2,
    ...over,
  };
}

const problems = (over: Partial<Reference>) => referenceProblems(row(over)).map((e) => [e.column, e.problem]);

describe('referenceProblems', () => {
  it('finds a figure written with a Vietnamese decimal comma', () => {
    expect(problems({})).toEqual([]);
    expect(problems({ kind: 'context', unit: 'index', value: 0.7955, source_quote: 'DTI quốc gia năm 2024 đạt 0,7955' })).toEqual([]);
  });

  it('finds a figure written with thousands dots or an English decimal point', () => {
    expect(quoteHasFigure('đạt trên 1.200.000 tỉ đồng', 1200000)).toBe(true);
    expect(quoteHasFigure('Dong Nai scored 0.7164 points', 0.7164)).toBe(true);
    expect(numbersIn('20%GDP; 1Gb/s')).toEqual([20, 1]);
  });

  it('reports a figure missing from its quote', () => {
    expect(problems({ value: 15 })).toEqual([['source_quote', 'the figure 15 does not occur in the quote']]);
  });

  it('reports a range whose upper figure is missing from the quote', () => {
    expect(problems({ comparator: 'between', value: 14.5, value_max: 17 })).toEqual([
      ['source_quote', 'the upper figure 17 does not occur in the quote'],
    ]);
  });

  it('asks for an absolute http(s) address', () => {
    for (const url of ['example.org/page', '/page', 'ftp://example.org/page', 'https://exa mple.org'])
      expect(problems({ source_url: url }), url).toEqual([['source_url', 'the source is not an absolute web address']]);
  });

  it('asks for value_max exactly when the comparator is "between", and for a range that goes up', () => {
    expect(problems({ comparator: 'between' })).toEqual([['value_max', 'a range ("between") has no upper figure']]);
    expect(problems({ value_max: 20, source_quote: '14,5-20%' })).toEqual([['value_max', 'value_max is given but the comparator is ">="']]);
    expect(problems({ comparator: 'between', value: 20, value_max: 14.5, source_quote: '20-14,5%' })).toEqual([
      ['value_max', 'the range does not go up'],
    ]);
  });

  it('keeps a percentage within 0–100', () => {
    expect(problems({ value: 120, source_quote: '120%' })).toEqual([['value', 'a percentage above 100']]);
    expect(problems({ unit: 'count', value: 120, source_quote: '120 sáng kiến' })).toEqual([]);
  });

  it('matches the level with the scope', () => {
    expect(problems({ scope: 'Nghệ An' })).toEqual([['scope', 'a national row with a scope other than the country']]);
    expect(problems({ level: 'province' })).toEqual([['scope', 'a provincial row scoped to the whole country']]);
  });

  it('asks for the denominator note in both languages or neither', () => {
    expect(problems({ denominator_note: '% dân số' })).toEqual([
      ['denominator_note_en', 'the denominator note is given in one language only'],
    ]);
  });
});

describe('referenceSchema', () => {
  const header =
    'indicator_id,kind,level,scope,year,comparator,value,value_max,unit,denominator_note,denominator_note_en,document,document_date,source_url,source_kind,source_quote,accessed,notes';
  const read = (line: string) => {
    const parsed = parseCsv(`${header}\n${line}\n`, 't.csv');
    if (!parsed.ok) throw new Error('unparseable');
    return validateTable(parsed.table, referenceSchema);
  };

  it('reads a good row into numbers and keeps empty cells empty', () => {
    const { records, errors } = read(
      'x,target,national,Việt Nam,2026,>=,14.5,,percent,,,D,,https://example.org,secondary,"đạt 14,5%",2026-12-07,',
    );
    expect(errors).toEqual([]);
    expect(records[0]).toMatchObject({ year: 2026, value: 14.5, value_max: null, document_date: '', notes: '' });
  });

  it('says the form expected for a figure written with a decimal comma, and never reads an empty figure as 0', () => {
    const bad = read('x,target,national,Việt Nam,2026,>=,"14,5",,percent,,,D,,https://example.org,secondary,"đạt 14,5%",2026-12-07,');
    expect(bad.errors.map((e) => [e.column, e.expected])).toEqual([
      ['value', 'a number written with digits and an optional "." decimal point, e.g. "80" or "0.7955"'],
    ]);
    const empty = read('x,target,national,Việt Nam,2026,>=,,,percent,,,D,,https://example.org,secondary,"đạt 14,5%",2026-12-07,');
    expect(empty.errors.map((e) => [e.column, e.problem])).toEqual([['value', 'a required cell is empty']]);
  });

  it('refuses an unknown comparator, level or source kind with the list of allowed values', () => {
    const { errors } = read('x,goal,country,Việt Nam,2026,≥,14.5,,percent,,,D,,https://example.org,news,"đạt 14,5%",2026-12-07,');
    expect(errors.map((e) => e.column)).toEqual(['kind', 'level', 'comparator', 'source_kind']);
    expect(errors[2]!.expected).toBe('one of ">=", ">", "=", "<=", "<", "between"');
  });
});
