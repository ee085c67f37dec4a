import Papa from 'papaparse';
import { dataError, type DataError } from '../validate/data-error.ts';

export interface CsvRow {
  /** 1-based physical line on which the row starts. */
  line: number;
  cells: string[];
}

export interface CsvTable {
  file: string;
  header: string[];
  rows: CsvRow[];
}

export type ParseCsvResult = { ok: true; table: CsvTable } | { ok: false; errors: DataError[] };

/**
 * Text → header and rows with their line numbers. Comma-separated, RFC 4180 quotes. Line numbers
 * are physical lines (a quoted cell may span several), so errors point where an editor shows them.
 * CRLF and lone CR are folded to LF first: papaparse fixes one newline style per file and mixed
 * endings (a CRLF file with an LF inside a quoted cell) would otherwise break quoting.
 */
export function parseCsv(text: string, file: string): ParseCsvResult {
  const src = text.replace(/\r\n?/g, '\n');
  const lineStarts = [0];
  for (let i = 0; i < src.length; i++) if (src[i] === '\n') lineStarts.push(i + 1);
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
        const at = start + (typeof err.index === 'number' ? err.index : 0);
        errors.push(
          dataError({
            file,
            line: lineAt(Math.min(at, src.length - 1)),
            problem: quoteProblem(err.code),
            expected: 'quotes only around a whole cell, with any " inside written as ""',
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
  if (!head) return { ok: false, errors: [dataError({ file, problem: 'file is empty', expected: 'a header row' })] };
  if (head.cells.length === 1) {
    const only = head.cells[0] ?? '';
    const guess = only.includes(';') ? 'semicolons' : only.includes('\t') ? 'tabs' : null;
    if (guess) {
      return {
        ok: false,
        errors: [
          dataError({ file, line: head.line, problem: `the header is separated by ${guess}, not commas`, value: only, expected: 'comma-separated values (",")' }),
        ],
      };
    }
  }
  return { ok: true, table: { file, header: head.cells, rows } };
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
