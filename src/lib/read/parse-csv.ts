import Papa from 'papaparse';
import { dataError, type DataError } from '../core/data-error.ts';

export interface CsvRow {
  /** 1-based physical line on which the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  header: string[];
  /** 1-based physical line of the header (after any leading blank lines). */
  headerLine: number;
  rows: CsvRow[];
}

export type ParseCsvResult = { ok: true; table: CsvTable } | { ok: false; errors: DataError[] };

/**
 * Text → header and rows with their line numbers. Comma-separated, RFC 4180 quotes. Line numbers
 * are physical lines (a quoted cell may span several), so errors point where an editor shows them.
 * CRLF and lone CR are folded to LF first: papaparse fixes one newline style per file and mixed
 * endings (a CRLF file with an LF inside a quoted cell) would otherwise break quoting.
 */
const EXPECT_QUOTES = 'quotes only around a whole cell, with any " inside written as ""';

export function parseCsv(text: string, file: string): ParseCsvResult {
  const src = text.replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  // indexOf, not a loop over every character: at 3,321 communes that loop was up to 6 s of the check.
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  if (src.trim() === '') {
    return { ok: false, errors: [dataError({ file, problem: 'file is empty', expected: 'a header row and at least one data row' })] };
  }

  // The delimiter is judged from the header line before anything else: in a semicolon- or
  // tab-separated file, quoted cells would otherwise be reported as quoting errors.
  const headerIndex = lineStarts.findIndex((from, i) => src.slice(from, (lineStarts[i + 1] ?? src.length + 1) - 1).trim() !== '');
  const headerText = src.slice(lineStarts[headerIndex]!, (lineStarts[headerIndex + 1] ?? src.length + 1) - 1);
  if (!headerText.includes(',')) {
    const guess = headerText.includes(';') ? 'semicolons' : headerText.includes('\t') ? 'tabs' : null;
    if (guess) {
      return {
        ok: false,
        errors: [
          dataError({
            file,
            line: headerIndex + 1,
            problem: `the header is separated by ${guess}, not commas`,
            value: headerText,
            expected: 'comma-separated values (",")',
          }),
        ],
      };
    }
  }

  // papaparse tolerates a quote inside an unquoted cell and text after a closing quote, so the
  // quoting is checked here first, with the position of each bad quote.
  const quoteErrors = checkQuotes(src, file, lineStarts, lineAt);
  if (quoteErrors.length > 0) return { ok: false, errors: quoteErrors };

  const errors: DataError[] = [];
  const records: CsvRow[] = [];
  let rowStart = 0;
  Papa.parse<string[]>(src, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    skipEmptyLines: false,
    step(result) {
      const start = rowStart;
      rowStart = result.meta.cursor;
      for (const err of result.errors) {
        const at = typeof err.index === 'number' ? err.index : start; // papaparse's index is absolute
        errors.push(
          dataError({
            file,
            line: lineAt(Math.min(at, src.length - 1)),
            problem: quoteProblem(err.code),
            expected: EXPECT_QUOTES,
          }),
        );
      }
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return; // blank line
      records.push({ line: lineAt(start), cells });
    },
  });
  if (errors.length > 0) return { ok: false, errors: dedupe(errors) };

  const [head, ...rows] = records;
  if (!head) {
    // Only lines of one empty quoted cell (""): papaparse reads each as a blank line.
    const problem = 'the file holds no header row: its only lines are empty quoted cells ("")';
    return { ok: false, errors: [dataError({ file, problem, expected: 'a header row and at least one data row' })] };
  }
  return { ok: true, table: { file, header: head.cells, headerLine: head.line, rows } };
}

/**
 * RFC 4180 quoting: a cell is either unquoted and free of `"`, or starts with `"`, writes an
 * inner quote as `""` and ends with `"` right before the comma or line end. Reports every bad
 * quote with its physical line and character column, and the cell as found.
 */
function checkQuotes(src: string, file: string, lineStarts: number[], lineAt: (offset: number) => number): DataError[] {
  const errors: DataError[] = [];
  const at = (offset: number) => {
    const line = lineAt(offset);
    return { line, columnNumber: offset - lineStarts[line - 1]! + 1 };
  };
  const cellEnd = (from: number) => {
    let j = from;
    while (j < src.length && src[j] !== ',' && src[j] !== '\n') j++;
    return j;
  };
  let i = 0;
  let cellStart = 0;
  while (i < src.length) {
    if (i === cellStart && src[i] === '"') {
      let close = -1;
      for (let j = i + 1; j < src.length; j++) {
        if (src[j] !== '"') continue;
        if (src[j + 1] === '"') j++;
        else {
          close = j;
          break;
        }
      }
      if (close === -1) {
        const lineEnd = src.indexOf('\n', i);
        errors.push(
          dataError({
            file,
            ...at(i),
            problem: 'a quoted cell is never closed',
            value: src.slice(i, lineEnd === -1 ? src.length : lineEnd),
            expected: EXPECT_QUOTES,
          }),
        );
        return errors;
      }
      i = close + 1;
      if (i < src.length && src[i] !== ',' && src[i] !== '\n') {
        const end = cellEnd(i);
        errors.push(
          dataError({
            file,
            ...at(i),
            problem: 'text follows the closing quote of a quoted cell',
            value: src.slice(cellStart, end),
            expected: EXPECT_QUOTES,
          }),
        );
        i = end;
      }
      continue;
    }
    const c = src[i];
    if (c === ',' || c === '\n') cellStart = i + 1;
    else if (c === '"') {
      const end = cellEnd(i);
      errors.push(
        dataError({
          file,
          ...at(i),
          problem: 'a quote character stands inside a cell that is not quoted',
          value: src.slice(cellStart, end),
          expected: EXPECT_QUOTES,
        }),
      );
      i = end;
      continue;
    }
    i++;
  }
  return errors;
}

function quoteProblem(code: string): string {
  switch (code) {
    case 'MissingQuotes':
      return 'a quoted cell is never closed';
    case 'InvalidQuotes':
      return 'a quote character stands inside a cell that is not properly quoted';
    default:
      return `the CSV structure is broken (${code})`;
  }
}

function dedupe(errors: DataError[]): DataError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.line}|${e.problem}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
