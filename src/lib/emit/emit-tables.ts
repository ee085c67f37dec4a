import type { Dataset } from '../validate/check-dataset.ts';
import { toCsv, toJson } from './csv.ts';
import { allTables, sliceTables, type Table } from './tables.ts';

/** One published file: its path under /data/, its bytes, and the table it was made from. */
export interface EmittedFile {
  path: string;
  bytes: Uint8Array;
  /** Data rows of a CSV or JSON file; null for the bundles. */
  rows: number | null;
  table: Table | null;
}

const encoder = new TextEncoder();

/**
 * Every table as CSV and JSON, in a stable order (all communes, then per commune, then per
 * indicator). Pure and deterministic: no dates, no hash-map order, so rebuilds are byte-identical.
 */
export function emitTables(ds: Dataset): EmittedFile[] {
  return [...allTables(ds), ...sliceTables(ds)].flatMap((table) => [
    { path: `${table.path}.csv`, bytes: encoder.encode(toCsv(table.columns, table.rows)), rows: table.rows.length, table },
    { path: `${table.path}.json`, bytes: encoder.encode(toJson(table.columns, table.rows)), rows: table.rows.length, table },
  ]);
}
