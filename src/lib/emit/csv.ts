/**
 * CSV for people who open it in Excel: UTF-8 with a BOM (so Excel on Windows shows Vietnamese),
 * CRLF line ends, RFC 4180 quoting, numbers unquoted. Text cells that a spreadsheet would run as
 * a formula (OWASP CSV injection: a leading =, +, -, @, tab, CR or LF) get a leading apostrophe;
 * numeric columns stay numeric, negative numbers included. Papaparse's escapeFormulae misses a
 * leading LF, hence our own rule.
 */

export type CellValue = string | number | boolean | null;

export interface Column<Row> {
  name: string;
  type: 'string' | 'number' | 'integer' | 'boolean';
  description: string;
  value: (row: Row) => CellValue;
}

export const FORMULA_START = /^[=+\-@\t\r\n]/;

/** The apostrophe prefix, undone by `unneutralize` (and by Excel, which hides it). */
export function neutralize(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function unneutralize(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function cell(value: CellValue, type: Column<unknown>['type']): string {
  if (value === null || value === '') return '';
  if (type === 'number' || type === 'integer') {
    if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`expected a number, got ${JSON.stringify(value)}`);
    return String(value);
  }
  if (type === 'boolean') return value ? 'true' : 'false';
  return quote(neutralize(String(value)));
}

export const BOM = '\uFEFF';

export function toCsv<Row>(columns: Column<Row>[], rows: Row[]): string {
  const lines = [columns.map((c) => quote(c.name)).join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(c.value(row), c.type)).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The same rows as JSON records: numbers as numbers, empty as null, no neutralizing. */
export function toJsonRecords<Row>(columns: Column<Row>[], rows: Row[]): Record<string, CellValue>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, emptyToNull(c.value(row))])));
}

function emptyToNull(v: CellValue): CellValue {
  return v === '' ? null : v;
}
