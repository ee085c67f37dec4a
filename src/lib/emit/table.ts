import type { Column } from './csv.ts';

/**
 * The published tables: their columns (name, type, description — the same descriptions go into
 * datapackage.json and the README) and their rows, all derived from the Dataset the pages show.
 * Pure: no dates, no I/O; row order is the order of the Dataset (communes.csv, then plan order).
 */
export interface Table<Row = unknown> {
  /** File path without extension, relative to /data/ (e.g. "targets", "communes/nhon-trach"). */
  path: string;
  /** Where the downloads page lists it. */
  group: 'all' | 'commune' | 'indicator';
  /** Commune or indicator id of a slice. */
  subject?: string;
  title: string;
  description: string;
  columns: Column<Row>[];
  rows: Row[];
}
