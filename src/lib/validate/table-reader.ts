import type { z } from 'zod';
import { decodeText } from '../read/decode-text.ts';
import { parseCsv, type CsvTable } from '../read/parse-csv.ts';
import { createStringPool } from '../read/string-pool.ts';
import { dataError, type DataError } from '../core/data-error.ts';
import type { Located } from './schemas.ts';
import { validateTable } from './validate-table.ts';

/** Data files keyed by their path relative to the data folder, e.g. "targets/nhon-trach.csv". */
export type DataFiles = ReadonlyMap<string, Uint8Array>;

/**
 * Reads tables out of the data files — decode, parse, validate — collecting every error in one
 * list. Cross-file checks push their own errors into the same list and call `finish()` so that
 * errors known only by column name get their column position from the file's header.
 */
export interface ReadProblems {
  /** Problems found while reading the folder (src/lib/load/read-data-files.ts), reported first. */
  problems: DataError[];
  /** Files that exist but could not be read, and folders that could not be read ("targets/"): neither "missing" nor re-reported. */
  unreadable: ReadonlySet<string>;
}

export function createTableReader(files: DataFiles, label: string, read?: ReadProblems) {
  const errors: DataError[] = [...(read?.problems ?? [])];
  const headers = new Map<string, string[]>();
  /** Ids of every row read (valid or not), by file: a reference to a row that failed its own
   * validation is not reported again as "unknown". */
  const rowIds = new Map<string, Set<string>>();
  /** Files present but unreadable (not decodable or not parseable): their rows are unknown. */
  const unreadable = new Set<string>(read?.unreadable ?? []);
  const name = (rel: string) => `${label}/${rel}`;
  /** A file that could not be read, or that lies in a folder that could not be read ("targets/"). */
  const isUnreadable = (rel: string) => unreadable.has(rel) || [...unreadable].some((u) => u.endsWith('/') && rel.startsWith(u));
  /** Every cell of every file goes through one pool: see string-pool.ts. */
  const pooled = createStringPool();

  /** `key`: the column whose cells are the row's id in `rowIds` (default: the first named "id" or "…_id", else the first). */
  function csv(rel: string, opts: { optional?: boolean; key?: string } = {}): CsvTable | null {
    if (isUnreadable(rel)) return null; // reported when it was read
    const bytes = files.get(rel);
    if (!bytes) {
      if (!opts.optional)
        errors.push(dataError({ file: name(rel), problem: 'required file is missing', expected: `a file at ${name(rel)}` }));
      return null;
    }
    const decoded = decodeText(bytes, name(rel));
    if (!decoded.ok) {
      errors.push(...decoded.errors);
      unreadable.add(rel);
      return null;
    }
    const parsed = parseCsv(decoded.text, name(rel));
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      unreadable.add(rel);
      return null;
    }
    for (const row of parsed.table.rows) {
      const cells = row.cells;
      for (let i = 0; i < cells.length; i++) cells[i] = pooled(cells[i]!);
    }
    headers.set(parsed.table.file, parsed.table.header);
    const idColumn = parsed.table.header.findIndex((h) => (opts.key ? h === opts.key : h === 'id' || h.endsWith('_id')));
    rowIds.set(rel, new Set(parsed.table.rows.map((r) => (r.cells[Math.max(0, idColumn)] ?? '').trim())));
    return parsed.table;
  }

  function table<S extends Parameters<typeof validateTable>[1]>(
    rel: string,
    schema: S,
    opts: { optional?: boolean; key?: string } = {},
  ): (z.output<S> & Located)[] {
    const parsed = csv(rel, opts);
    if (!parsed) return [];
    const result = validateTable(parsed, schema);
    errors.push(...result.errors);
    // A file that failed as a whole (its header, or no rows at all): its rows are unknown, so the
    // checks that look for them elsewhere (the crosswalk's target ids…) do not report each one.
    if (result.errors.some((e) => e.line === parsed.headerLine && e.file === parsed.file)) unreadable.add(rel);
    return result.records;
  }

  function finish(): DataError[] {
    for (const e of errors) {
      if (e.column !== null && e.columnNumber === null) {
        const i = headers.get(e.file)?.indexOf(e.column) ?? -1;
        if (i >= 0) e.columnNumber = i + 1;
      }
    }
    return errors;
  }

  return { errors, name, csv, table, finish, rowIds, unreadable, isUnreadable };
}

export type TableReader = ReturnType<typeof createTableReader>;

export function refError(row: Located, column: string, value: string, expected: string, problem = `"${value}" does not match`): DataError {
  return dataError({ file: row.file, line: row.line, column, value, problem, expected });
}

/** A row whose `key` repeats an earlier row's, reported at `column` (the key itself, unless it is derived from a column). */
export function uniqueBy<T extends Located>(rows: T[], key: keyof T & string, column: string = key): DataError[] {
  const first = new Map<unknown, T>();
  const out: DataError[] = [];
  for (const row of rows) {
    const v = row[key];
    const prev = first.get(v);
    if (prev) {
      out.push(
        dataError({
          file: row.file,
          line: row.line,
          column,
          value: String(row[column as keyof T] ?? v),
          problem: `duplicate ${column}; it is already used at ${prev.file}:${prev.line}`,
          expected: `${/^[aeiou]/.test(column) ? 'an' : 'a'} ${column} used only once`,
        }),
      );
    } else first.set(v, row);
  }
  return out;
}
