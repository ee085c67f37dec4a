/**
 * CSV for people who open it in Excel: UTF-8 with a BOM (so Excel on Windows shows Vietnamese),
 * CRLF line ends, RFC 4180 quoting (only where needed), numbers unquoted.
 *
 * CSV injection (OWASP): a text cell that starts with =, +, -, @, tab, CR or LF would be run as a
 * formula by a spreadsheet, so it gets a leading apostrophe ("'=HYPERLINK(…)"), which Excel hides
 * and every other reader can strip (`unneutralize`). The rule applies to text columns only:
 * numeric columns hold real numbers, negative ones included, and stay numeric. Papaparse's
 * escapeFormulae misses a leading LF, hence our own rule.
 */

export type CellValue = string | number | boolean | null;
export type FieldType = 'string' | 'number' | 'integer' | 'boolean';

export interface Column<Row> {
  name: string;
  type: FieldType;
  description: string;
  value: (row: Row) => CellValue;
}

/**
 * Cells that get the prefix: a formula start, or apostrophes before one — so that a text that
 * itself begins with "'=" is written "''=" and `unneutralize` gives it back unchanged.
 */
const PREFIXED = /^'*[=+\-@\t\r\n]/;

/** The apostrophe prefix, undone by `unneutralize` (and hidden by Excel). */
export function neutralize(text: string): string {
  return PREFIXED.test(text) ? `'${text}` : text;
}

/** Undoes `neutralize` exactly: only an apostrophe that `neutralize` added is removed. */
export function unneutralize(text: string): string {
  return text.startsWith("'") && PREFIXED.test(text.slice(1)) ? text.slice(1) : text;
}

export function quoteCsv(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One cell as CSV text. A value of the wrong type for its column is a bug: refuse it. */
export function csvCell(value: CellValue, type: FieldType): string {
  if (value === null || value === '') return '';
  switch (type) {
    case 'number':
    case 'integer':
      if (typeof value !== 'number' || !Number.isFinite(value) || (type === 'integer' && !Number.isInteger(value))) {
        throw new Error(`expected ${type === 'integer' ? 'an integer' : 'a number'}, got ${JSON.stringify(value)}`);
      }
      return String(value);
    case 'boolean':
      if (typeof value !== 'boolean') throw new Error(`expected a boolean, got ${JSON.stringify(value)}`);
      return value ? 'true' : 'false';
    case 'string':
      return quoteCsv(neutralize(String(value)));
  }
}

export const BOM = '\uFEFF';

export function toCsv<Row>(columns: Column<Row>[], rows: Row[]): string {
  const lines = [columns.map((c) => quoteCsv(neutralize(c.name))).join(',')];
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row), c.type)).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}

/** The same rows as JSON records: numbers as numbers, empty as null, no apostrophes. */
export function toJsonRecords<Row>(columns: Column<Row>[], rows: Row[]): Record<string, CellValue>[] {
  return rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, emptyToNull(c.value(row))])));
}

function emptyToNull(v: CellValue): CellValue {
  return v === '' ? null : v;
}

/** JSON twin of a CSV: an array of records, one per line (readable, diff-friendly, compact). */
export function toJson<Row>(columns: Column<Row>[], rows: Row[]): string {
  const records = toJsonRecords(columns, rows);
  return records.length === 0 ? '[]\n' : `[\n${records.map((r) => JSON.stringify(r)).join(',\n')}\n]\n`;
}
