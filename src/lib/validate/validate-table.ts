import type { z } from 'zod';
import type { CsvTable } from '../read/parse-csv.ts';
import { dataError, type DataError } from '../core/data-error.ts';
import { EXPECT_REQUIRED } from './fields.ts';
import type { Located } from './schemas.ts';
import { excerptOf, textProblem } from './text-hygiene.ts';

/** Excel's limit for one cell; a longer cell is cut in the workbook, and no plan needs one. */
export const MAX_CELL_CHARS = 32_767;

type RowSchema = z.ZodObject<Record<string, z.ZodType<unknown, string>>>;

export interface TableResult<T> {
  records: (T & Located)[];
  errors: DataError[];
}

// C0 controls other than tab and newline, DEL, and C1 controls: invisible in an editor, and
// they break CSV consumers and HTML. Tab and newline are allowed inside quoted text.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/**
 * Checks a parsed CSV against a row schema and returns the normalized records with their
 * location, plus every error found (the whole table is always scanned).
 */
export function validateTable<S extends RowSchema>(table: CsvTable, schema: S): TableResult<z.output<S>> {
  const { file, header, headerLine, rows } = table;
  const columns = Object.keys(schema.shape);
  const errors: DataError[] = [];

  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (seen.has(name)) {
      errors.push(
        dataError({
          file,
          line: headerLine,
          column: name,
          columnNumber: i + 1,
          problem: 'this column name appears twice in the header',
          value: name,
          expected: 'each column once',
        }),
      );
    }
    seen.add(name);
    if (!columns.includes(name)) {
      errors.push(
        dataError({
          file,
          line: headerLine,
          column: name,
          columnNumber: i + 1,
          problem: 'unknown column',
          value: name,
          expected: `only the columns of the codebook: ${columns.join(', ')}`,
        }),
      );
    }
  });
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    errors.push(
      dataError({
        file,
        line: headerLine,
        problem: `the header lacks ${missing.length === 1 ? 'a column' : 'columns'}: ${missing.join(', ')}`,
        expected: `all of: ${columns.join(', ')}`,
      }),
    );
  }
  if (errors.length > 0) return { records: [], errors };
  if (rows.length === 0) {
    return {
      records: [],
      errors: [dataError({ file, line: headerLine, problem: 'the file has a header but no data rows', expected: 'at least one row' })],
    };
  }

  const records: (z.output<S> & Located)[] = [];
  for (const row of rows) {
    if (row.cells.length !== header.length) {
      errors.push(
        dataError({
          file,
          line: row.line,
          problem: `the row has ${row.cells.length} cells but the header has ${header.length}`,
          expected: `${header.length} comma-separated cells (quote a cell that contains a comma)`,
        }),
      );
      continue;
    }
    const obj: Record<string, string> = {};
    let rowOk = true;
    row.cells.forEach((cell, i) => {
      const name = header[i]!;
      obj[name] = cell;
      const problem = cellProblem(cell, name);
      if (problem) {
        rowOk = false;
        const { at, ...said } = problem;
        errors.push(
          dataError({
            file,
            line: row.line,
            column: name,
            columnNumber: i + 1,
            value: at === null || cell.length <= 80 ? cell : excerptOf(cell, at, 35),
            ...said,
          }),
        );
      }
    });
    // A cell that failed the text checks is not checked for its form too: one cause, one message.
    if (!rowOk) continue;
    const parsed = schema.safeParse(obj);
    if (!parsed.success) {
      rowOk = false;
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0] ?? '');
        const value = obj[name] ?? '';
        errors.push(
          dataError({
            file,
            line: row.line,
            column: name,
            columnNumber: header.indexOf(name) + 1,
            value,
            problem: value === '' ? 'a required cell is empty' : 'the value is not in the expected form',
            expected: issue.message === EXPECT_REQUIRED && value !== '' ? 'a value' : issue.message,
          }),
        );
      }
    }
    if (rowOk && parsed.success) records.push({ ...(parsed.data as z.output<S>), file, line: row.line });
  }
  return { records, errors };
}

/**
 * Generic text hygiene for every cell of every file: a bounded length, NFC, no control or
 * invisible characters, no mojibake (src/lib/validate/text-hygiene.ts), no stray outer spaces.
 * `at` is where in the cell the problem is (null: the whole cell).
 */
function cellProblem(cell: string, column: string): { problem: string; expected: string; at: number | null } | null {
  if (cell.length > MAX_CELL_CHARS) {
    return {
      at: 0,
      problem: `the cell is ${cell.length.toLocaleString('en')} characters long`,
      expected: `at most ${MAX_CELL_CHARS.toLocaleString('en')} characters (Excel's limit for one cell); see data/README.md for each column's limit`,
    };
  }
  if (cell !== cell.normalize('NFC')) {
    return {
      at: null,
      problem: 'the text is not in Unicode NFC (diacritics are stored as separate combining marks)',
      expected: 'NFC text (compose the diacritics, e.g. with a Unicode normalizer)',
    };
  }
  const control = CONTROL.exec(cell);
  if (control) {
    return {
      at: control.index,
      problem: 'the text contains an invisible control character',
      expected: 'printable text only (tabs and line breaks allowed inside quoted text)',
    };
  }
  const text = textProblem(cell, column);
  if (text) return text;
  if (cell !== cell.trim()) {
    return { at: null, problem: 'the value starts or ends with spaces', expected: 'the value without leading or trailing spaces' };
  }
  return null;
}
