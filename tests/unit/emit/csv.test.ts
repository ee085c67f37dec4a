import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { neutralize, toCsv, unneutralize, type Column } from '../../../src/lib/emit/csv.ts';

type Row = { text: string; n: number | null };
const columns: Column<Row>[] = [
  { name: 'text', type: 'string', description: '', value: (r) => r.text },
  { name: 'n', type: 'number', description: '', value: (r) => r.n },
];

describe('toCsv', () => {
  it('writes a UTF-8 BOM, CRLF line ends and a header', () => {
    const csv = toCsv(columns, [{ text: 'Nhơn Trạch', n: 60 }]);
    expect(csv).toBe('\uFEFFtext,n\r\nNhơn Trạch,60\r\n');
  });

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+1', "'+1"],
    ['-2 in text', "'-2 in text"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tleading tab', "'\tleading tab"],
    ['\rleading CR', `"'\rleading CR"`],
    ['\nleading LF', `"'\nleading LF"`],
    ['<script>alert(1)</script>', '<script>alert(1)</script>'],
    ['≥ 60%', '≥ 60%'],
  ])('neutralizes the text cell %j as %s', (text, expected) => {
    const line = toCsv(columns, [{ text, n: null }]).split('\r\n')[1];
    expect(line).toBe(`${expected},`);
  });

  it('keeps a negative number numeric and unquoted', () => {
    expect(toCsv(columns, [{ text: 'x', n: -5 }]).split('\r\n')[1]).toBe('x,-5');
  });

  it('refuses a non-number in a numeric column rather than write it', () => {
    const bad: Column<Row>[] = [{ name: 'n', type: 'number', description: '', value: () => 'abc' }];
    expect(() => toCsv(bad, [{ text: '', n: 1 }])).toThrow('expected a number, got "abc"');
  });

  it('round-trips hostile text through papaparse once the apostrophe is undone', () => {
    const rows: Row[] = ['=1+1', '+1', '-x', '@a', '\tt', '\nn', 'quote " and, comma', 'Đồng Nai'].map((text, i) => ({ text, n: i - 3 }));
    const parsed = Papa.parse<Record<string, string>>(toCsv(columns, rows).slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => ({ text: unneutralize(r.text!), n: Number(r.n) }))).toEqual(rows);
  });

  it('leaves text that merely contains a formula character alone', () => {
    expect(neutralize('a=b')).toBe('a=b');
    expect(unneutralize("'a")).toBe("'a");
  });
});
