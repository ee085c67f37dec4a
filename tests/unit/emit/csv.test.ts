import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { csvCell, neutralize, toCsv, toJson, unneutralize, type Column } from '../../../src/lib/emit/csv.ts';

type Row = { text: string; n: number | null };
const columns: Column<Row>[] = [
  { name: 'text', type: 'string', description: '', value: (r) => r.text },
  { name: 'n', type: 'number', description: '', value: (r) => r.n },
];
const line = (text: string, n: number | null = null) => toCsv(columns, [{ text, n }]).split('\r\n')[1];

describe('toCsv', () => {
  it('starts with a UTF-8 byte-order mark, ends every line with CRLF and writes a header', () => {
    expect(toCsv(columns, [{ text: 'Nhơn Trạch', n: 60 }])).toBe('\uFEFFtext,n\r\nNhơn Trạch,60\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-2 in a text column', "'-2 in a text column"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tleading tab', "'\tleading tab"],
    ['\rleading CR', `"'\rleading CR"`],
    ['\nleading LF', `"'\nleading LF"`],
    ['=', "'="],
  ])('neutralizes the text cell %j as %s', (text, expected) => {
    expect(line(text)).toBe(`${expected},`);
  });

  it.each([
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['≥ 60%', '≥ 60%'],
    ['a=b', 'a=b'],
    [' =1 (a space first)', ' =1 (a space first)'],
    ['quote " and, comma', '"quote "" and, comma"'],
  ])('leaves %j alone apart from quoting', (text, expected) => {
    expect(line(text)).toBe(`${expected},`);
  });

  it('keeps negative numbers in a numeric column numeric and unquoted', () => {
    expect(line('x', -5)).toBe('x,-5');
    expect(line('x', -0.25)).toBe('x,-0.25');
  });

  it('writes an empty cell for null and for the empty string', () => {
    expect(line('', null)).toBe(',');
  });

  it('refuses a value of the wrong type for its column rather than write it', () => {
    expect(() => csvCell('abc', 'number')).toThrow('expected a number, got "abc"');
    expect(() => csvCell(2.5, 'integer')).toThrow('expected an integer, got 2.5');
    expect(() => csvCell(Number.NaN, 'number')).toThrow('expected a number');
    expect(() => csvCell('true', 'boolean')).toThrow('expected a boolean');
  });

  it('writes booleans as true and false', () => {
    expect(csvCell(true, 'boolean')).toBe('true');
    expect(csvCell(false, 'boolean')).toBe('false');
  });

  it('round-trips hostile text through papaparse once the apostrophe is undone', () => {
    const rows: Row[] = ['=1+1', '+1', '-x', '@a', '\tt', '\rr', '\nn', "'quoted already", 'quote " and, comma', 'Đồng Nai', ''].map(
      (text, i) => ({ text, n: i - 3 }),
    );
    const parsed = Papa.parse<Record<string, string>>(toCsv(columns, rows).slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data.map((r) => ({ text: unneutralize(r.text!), n: Number(r.n) }))).toEqual(rows);
  });
});

describe('unneutralize', () => {
  it('removes only an apostrophe that neutralize added', () => {
    expect(unneutralize(neutralize('-1'))).toBe('-1');
    expect(unneutralize("'a")).toBe("'a");
  });

  it('gives back a text that itself starts with an apostrophe and a formula character', () => {
    expect(neutralize("'=x")).toBe("''=x");
    expect(unneutralize(neutralize("'=x"))).toBe("'=x");
    expect(unneutralize(neutralize("''+1"))).toBe("''+1");
  });
});

describe('toJson', () => {
  it('writes one record per line with numbers as numbers and null for empty, without apostrophes', () => {
    expect(
      toJson(columns, [
        { text: '-2', n: -5 },
        { text: '', n: null },
      ]),
    ).toBe('[\n{"text":"-2","n":-5},\n{"text":null,"n":null}\n]\n');
  });

  it('writes an empty array for a table without rows', () => {
    expect(toJson(columns, [])).toBe('[]\n');
  });
});
