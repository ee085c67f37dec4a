import type { Table } from './table.ts';
import { sourceUrl, SOURCE_URL } from './target-columns.ts';
import { anchorRange, rangeId } from '../validate/check-citations.ts';
import type { Target, Task } from '../validate/schemas.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Column } from './csv.ts';
import { formatRange, type LineRange } from '../validate/fields.ts';

/**
 * The raw and rule tables published column for column as in data/ (see data/README.md): the
 * columns from a list of specs, values written back in data/'s own form, and the site's address
 * of a source row's lines added after data/'s columns.
 */

export type Spec = [name: string, type: Column<unknown>['type'], description: string];

const columnsOf = new WeakMap<Spec[], Map<string, Column<object>[]>>();

/**
 * Columns read from the validated records and written back in their CSV form, then the columns
 * the site adds (`extra`: a row's source_url). One array per spec list and root, so that a table
 * and its slices share their columns (and emitTables can write each row once for all of them).
 */
export function recordColumns<R extends object>(specs: Spec[], root = '', extra: (root: string) => Column<R>[] = () => []): Column<R>[] {
  let byRoot = columnsOf.get(specs);
  if (!byRoot) columnsOf.set(specs, (byRoot = new Map()));
  let columns = byRoot.get(root);
  if (!columns) {
    columns = [
      ...specs.map(([name, type, description]) => ({
        name,
        type,
        description,
        value: (r: object) => written((r as Record<string, unknown>)[name]),
      })),
      ...(extra(root) as Column<object>[]),
    ];
    byRoot.set(root, columns);
  }
  return columns as Column<R>[];
}

/**
 * Each raw row's anchors on its text's page (the range of the figure; a task's own lines), noted
 * by allTables for the dataset being published: the columns are shared between datasets, the rows
 * are not.
 */
const rowAnchors = new WeakMap<object, { main: string; alt: string }>();

export function noteAnchors(ds: Dataset): void {
  const sources = new Map(ds.raw.sources.map((x) => [x.seed_file, x]));
  for (const t of ds.raw.targets) {
    if (rowAnchors.has(t)) continue;
    rowAnchors.set(t, {
      main: rangeId(anchorRange(sources.get(t.seed_file), t.seed_lines, t.seed_text)),
      alt: t.alt_seed_file === '' ? '' : rangeId(anchorRange(sources.get(t.alt_seed_file), t.alt_seed_lines, t.alt_seed_text)),
    });
  }
  for (const t of ds.raw.tasks)
    if (!rowAnchors.has(t)) rowAnchors.set(t, { main: rangeId(t.seed_lines[t.seed_lines.length - 1]!), alt: '' });
}

const urlColumn = <R extends { seed_file: string }>(
  name: string,
  description: string,
  file: (r: R) => string,
  which: 'main' | 'alt',
  root: string,
): Column<R> => ({
  name,
  type: 'string',
  description,
  value: (r) => sourceUrl(root, file(r), rowAnchors.get(r)?.[which] ?? ''),
});

/** After data/'s columns, the site's address of a source target's lines, for each statement. */
export const sourceTargetUrls = (root: string): Column<Target>[] => [
  urlColumn<Target>('source_url', SOURCE_URL, (r) => r.seed_file, 'main', root),
  urlColumn<Target>('alt_source_url', 'The same for the second statement (alt_seed_file)', (r) => r.alt_seed_file, 'alt', root),
];

/** After data/'s columns, the site's address of a task's own lines. */
export const taskUrls = (root: string): Column<Task>[] => [
  urlColumn<Task>(
    'source_url',
    'The page of the plan text at the task’s own lines (the site’s address, or its path when the build was given none)',
    (r) => r.seed_file,
    'main',
    root,
  ),
];

/** A validated value back to the form data/ writes it in: lists ;-separated, line ranges a-b. */
export function written(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(writtenPart).join(';');
  throw new Error(`cannot write ${JSON.stringify(v)} to a cell`);
}

function writtenPart(x: unknown): string {
  if (typeof x === 'string' || typeof x === 'number') return String(x);
  if (typeof x === 'object' && x !== null && 'from' in x) {
    return formatRange(x as LineRange);
  }
  if (typeof x === 'object' && x !== null && 'seed' in x) {
    const r = x as { seed: string; lines: { from: number; to: number } };
    return `${r.seed}:${writtenPart(r.lines)}`;
  }
  throw new Error(`cannot write ${JSON.stringify(x)} to a cell`);
}

export const LINES = 'line numbers in the seed file, a-b a range, ; separating several';

export function recordTable<R extends object>(
  path: string,
  title: string,
  description: string,
  specs: Spec[],
  rows: R[],
  subject?: string,
  columns: Column<R>[] = recordColumns<R>(specs),
): Table {
  const t: Table<R> = {
    path,
    group: subject ? 'commune' : 'all',
    subject,
    title,
    description,
    columns,
    rows,
  };
  return t as Table;
}

/** Rows of per-commune files in communes.csv order, each commune's rows in plan (file) order. */
export function inCommuneOrder<R extends { commune_id: string }>(ds: Dataset, rows: R[]): R[] {
  const order = new Map(ds.raw.communes.map((c, i) => [c.id, i]));
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (order.get(a.r.commune_id) ?? order.size) - (order.get(b.r.commune_id) ?? order.size) || a.i - b.i)
    .map(({ r }) => r);
}
