import type { Dataset } from '../validate/check-dataset.ts';
import { toCsv, toJsonRecords } from './csv.ts';
import { allTables, sliceTables, type Table } from './tables.ts';

export interface EmittedFile {
  path: string;
  bytes: Uint8Array;
  rows: number | null;
  table: Table | null;
}

const encoder = new TextEncoder();

/**
 * Every published data file, as bytes, in a stable order: the same input gives the same bytes
 * (no dates, no hash-map order), so rebuilds are byte-identical.
 */
export function emitDownloads(ds: Dataset): EmittedFile[] {
  const files: EmittedFile[] = [];
  const add = (path: string, table: Table) => {
    files.push({ path: `${path}.csv`, bytes: encoder.encode(toCsv(table.columns, table.rows)), rows: table.rows.length, table });
    files.push({
      path: `${path}.json`,
      bytes: encoder.encode(`${JSON.stringify(toJsonRecords(table.columns, table.rows), null, 1)}\n`),
      rows: table.rows.length,
      table,
    });
  };
  for (const t of allTables(ds)) add(t.name, t);
  for (const { path, table } of sliceTables(ds)) add(path, table);
  return files;
}
