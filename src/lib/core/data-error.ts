import { showValue } from './show-value.ts';

/**
 * One problem found in the data, located precisely enough that a person can open the file
 * and fix it: file, line, column (name and position), the offending value and the form
 * that was expected. The check command prints every one of them, not just the first.
 */
export interface DataError {
  file: string;
  /** 1-based physical line where the row (or the bad byte) starts; null for whole-file problems. */
  line: number | null;
  /** Column name from the header, when the problem is in one cell. */
  column: string | null;
  /** 1-based position of that column in the header (or character column for decoding errors). */
  columnNumber: number | null;
  /** The bad value as found (shortened when long). */
  value: string | null;
  /** What is wrong, in plain words. */
  problem: string;
  /** The form that was expected. */
  expected: string | null;
}

export function dataError(e: Partial<DataError> & Pick<DataError, 'file' | 'problem'>): DataError {
  return {
    line: null,
    column: null,
    columnNumber: null,
    value: null,
    expected: null,
    ...e,
  };
}

export function formatDataError(e: DataError): string {
  let where = e.file;
  if (e.line !== null) where += `:${e.line}`;
  if (e.columnNumber !== null && e.column === null) where += `:${e.columnNumber}`;
  const parts = [where];
  if (e.column !== null) parts.push(`column ${e.columnNumber ?? '?'} "${e.column}"`);
  let text = `${parts.join(', ')}: ${e.problem}`;
  if (e.value !== null) text += `; found ${showValue(shorten(e.value))}`;
  if (e.expected !== null) text += `; expected ${e.expected}`;
  return text;
}

function shorten(value: string): string {
  const chars = [...value];
  return chars.length > 80 ? `${chars.slice(0, 77).join('')}...` : value;
}

/** Stable order for reports: by file, then line, then column. */
export function sortDataErrors(errors: DataError[]): DataError[] {
  return [...errors].sort(
    (a, b) =>
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.columnNumber ?? 0) - (b.columnNumber ?? 0) ||
      a.problem.localeCompare(b.problem),
  );
}
