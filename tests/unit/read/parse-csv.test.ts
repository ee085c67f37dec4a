import { describe, expect, it } from 'vitest';
import { parseCsv, type CsvTable } from '../../../src/lib/read/parse-csv.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';

function table(text: string): CsvTable {
  const r = parseCsv(text, 'f.csv');
  if (!r.ok) throw new Error(r.errors.map(formatDataError).join('\n'));
  return r.table;
}
function errors(text: string): string[] {
  const r = parseCsv(text, 'f.csv');
  return r.ok ? [] : r.errors.map(formatDataError);
}
const rows = (t: CsvTable) => t.rows.map((r) => [r.line, r.cells] as const);
const QUOTES = 'quotes only around a whole cell, with any " inside written as ""';

describe('parseCsv', () => {
  it('reads the header and rows with their line numbers', () => {
    const t = table('id,name\na,Nhơn Trạch\nb,Phước An\n');
    expect(t.header).toEqual(['id', 'name']);
    expect(t.headerLine).toBe(1);
    expect(rows(t)).toEqual([
      [2, ['a', 'Nhơn Trạch']],
      [3, ['b', 'Phước An']],
    ]);
  });

  it('accepts a last row without a final newline', () => {
    expect(rows(table('id,name\na,b'))).toEqual([[2, ['a', 'b']]]);
  });

  it('unquotes RFC 4180 cells: commas, doubled quotes and line breaks', () => {
    expect(rows(table('a,b\n"x, y","say ""hi"""\n"two\nlines",z\nnext,row\n'))).toEqual([
      [2, ['x, y', 'say "hi"']],
      [3, ['two\nlines', 'z']],
      [5, ['next', 'row']],
    ]);
  });

  it('folds CRLF and lone CR to LF, also inside quoted cells', () => {
    expect(rows(table('a,b\r\n"x\r\ny",1\r\n"p\rq",2\r\n'))).toEqual([
      [2, ['x\ny', '1']],
      [4, ['p\nq', '2']],
    ]);
  });

  it('reads a CRLF file with a bare LF inside a quoted cell', () => {
    expect(rows(table('a,b\r\n"x\ny",1\r\nc,2\r\n'))).toEqual([
      [2, ['x\ny', '1']],
      [4, ['c', '2']],
    ]);
  });

  it('skips blank lines but keeps physical line numbers, also before the header', () => {
    const t = table('\n\nid,name\n\na,b\n\n\nc,d\n');
    expect(t.headerLine).toBe(3);
    expect(rows(t)).toEqual([
      [5, ['a', 'b']],
      [8, ['c', 'd']],
    ]);
  });

  it('keeps empty cells as empty strings and rows of any width (the validator counts them)', () => {
    expect(rows(table('a,b,c\n,,\n1,2\n1,2,3,4\n'))).toEqual([
      [2, ['', '', '']],
      [3, ['1', '2']],
      [4, ['1', '2', '3', '4']],
    ]);
  });

  it('keeps spaces and formula-looking text verbatim', () => {
    expect(rows(table('a,b\n =1+1 ,@SUM(A1)\n'))).toEqual([[2, [' =1+1 ', '@SUM(A1)']]]);
  });

  it('refuses an empty or whitespace-only file', () => {
    expect(errors('')).toEqual(['f.csv: file is empty; expected a header row and at least one data row']);
    expect(errors('\n \r\n')).toEqual(['f.csv: file is empty; expected a header row and at least one data row']);
  });

  it('refuses a file whose only lines are empty quoted cells, saying it has no header (not that it is empty)', () => {
    expect(errors('""\n\n""\n')).toEqual([
      'f.csv: the file holds no header row: its only lines are empty quoted cells (""); expected a header row and at least one data row',
    ]);
  });

  it('refuses a semicolon-separated file, also when its cells are quoted', () => {
    expect(errors('id;name\n"a";"b; c"\n')).toEqual([
      'f.csv:1: the header is separated by semicolons, not commas; found "id;name"; expected comma-separated values (",")',
    ]);
  });

  it('refuses a tab-separated file, naming the header line after blank lines', () => {
    expect(errors('\nid\tname\na\tb\n')).toEqual([
      'f.csv:2: the header is separated by tabs, not commas; found "id\\tname"; expected comma-separated values (",")',
    ]);
  });

  it('does not mistake a one-column file for a wrong delimiter', () => {
    expect(rows(table('id\na\n'))).toEqual([[2, ['a']]]);
  });

  it('refuses an unterminated quote at the line and column where it opens', () => {
    expect(errors('a,b\n1,2\n3,"open\n4,5\n')).toEqual([`f.csv:3:3: a quoted cell is never closed; found "\\"open"; expected ${QUOTES}`]);
  });

  it('refuses a stray quote in an unquoted cell, each one with its position', () => {
    expect(errors('a,b\nsay "hi",1\n2,x"\n')).toEqual([
      `f.csv:2:5: a quote character stands inside a cell that is not quoted; found "say \\"hi\\""; expected ${QUOTES}`,
      `f.csv:3:4: a quote character stands inside a cell that is not quoted; found "x\\""; expected ${QUOTES}`,
    ]);
  });

  it('refuses text or spaces after a closing quote', () => {
    expect(errors('a,b\n"x"y,1\n"z" ,2\n')).toEqual([
      `f.csv:2:4: text follows the closing quote of a quoted cell; found "\\"x\\"y"; expected ${QUOTES}`,
      `f.csv:3:4: text follows the closing quote of a quoted cell; found "\\"z\\" "; expected ${QUOTES}`,
    ]);
  });

  it('reports the line of a quote error after a multi-line quoted cell', () => {
    expect(errors('a,b\n"one\ntwo\nthree",1\nx,y"z\n')).toEqual([
      `f.csv:5:4: a quote character stands inside a cell that is not quoted; found "y\\"z"; expected ${QUOTES}`,
    ]);
  });
});
