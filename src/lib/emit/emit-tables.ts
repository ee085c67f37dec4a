import type { Dataset } from '../dataset/check-dataset.ts';
import { ByteWriter, estimateBytes } from './bytes.ts';
import { BOM, csvCell, neutralize, quoteCsv, type Column } from './csv.ts';
import { allTables, sliceTables } from './tables.ts';
import type { Table } from './table.ts';

/** One published file: its path under /data/, its bytes, and the table it was made from. */
export interface EmittedFile {
  path: string;
  /**
   * The file's bytes. A slice's bytes (a per-commune or per-indicator file) are assembled from
   * the all-communes file's bytes each time they are read, not kept: at 3,321 communes the
   * slices are over half a gigabyte that would otherwise sit in memory for the whole build.
   * Read them once per use (write, hash) and let them go; use `size` for the size.
   */
  readonly bytes: Uint8Array;
  /** Size of `bytes`, known without assembling them. */
  size: number;
  /** Data rows of a CSV or JSON file; null for the bundles. */
  rows: number | null;
  table: Table | null;
}

const encoder = new TextEncoder();

/**
 * How each file's bytes are laid out: one array, or (a slice) views into its table's bytes.
 * Kept on globalThis because the build and the Astro pages it renders in the same process load
 * separate copies of this module (see emitAll's cache), and they share the files.
 */
const piecesOf = ((globalThis as Record<symbol, unknown>)[Symbol.for('chi-tieu-xa.file-pieces')] ??= new WeakMap()) as WeakMap<
  EmittedFile,
  () => Uint8Array[]
>;

/**
 * A file's bytes as consecutive pieces, without assembling them: views into bytes already held.
 * Hashing or writing these instead of `bytes` allocates nothing, which matters here: V8 runs a
 * full garbage collection for every few tens of megabytes of new byte arrays, and at 3,321
 * communes the slices add up to over half a gigabyte.
 */
export function filePieces(f: EmittedFile): Uint8Array[] {
  return piecesOf.get(f)?.() ?? [f.bytes];
}

/**
 * Lets a written file's bytes go (the build's JSON files, which nothing reads after they are
 * written): `size`, `rows` and `table` stay; reading `bytes` is then an error. A slice no longer
 * holds its table's bytes, so once a table and its slices are released those bytes are freed.
 */
export function releaseFileBytes(f: EmittedFile): void {
  piecesOf.delete(f);
  Object.defineProperty(f, 'bytes', {
    get(): Uint8Array {
      throw new Error(`data/${f.path}: its bytes were written and released; use size`);
    },
  });
}

/** A file's rows written once: the bytes, and where each row starts and ends in them. */
interface Encoded {
  bytes: Uint8Array;
  /** Row i is bytes[start[i], start[i + 1]); start[rows] is where the tail begins. */
  start: Float64Array;
}

/** The encoded all-communes files a later table with the same columns can be cut from. */
interface Source {
  index: Map<unknown, number>;
  csv: Encoded;
  json: Encoded;
}

/**
 * Every table as CSV and JSON, in a stable order (all communes, then per commune, then per
 * indicator). Pure and deterministic: no dates, no hash-map order, so rebuilds are byte-identical.
 *
 * The same bytes as toCsv/toJson (tests hold them equal). Each row is written once: a slice
 * repeats rows of an all-communes table with the same columns, so its bytes are copied from that
 * table's bytes (as byte ranges) instead of being written again.
 */
export function emitTables(ds: Dataset, root = '/'): EmittedFile[] {
  const sources = new Map<Column<unknown>[], Source>();
  return [...allTables(ds, root), ...sliceTables(ds, root)].flatMap((table): EmittedFile[] => {
    const source = sources.get(table.columns);
    const at = source ? table.rows.map((r) => source.index.get(r) ?? -1) : [];
    if (source && at.every((i) => i >= 0)) {
      const header = csvHeader(table.columns);
      return [
        sliceFile(`${table.path}.csv`, table, source.csv, at, header, encoder.encode('')),
        at.length === 0
          ? file(`${table.path}.json`, table, encoder.encode('[]\n'))
          : sliceFile(`${table.path}.json`, table, source.json, at, encoder.encode('[\n'), encoder.encode('\n]\n'), ',\n'),
      ];
    }
    const csv = encodeRows(csvHeader(table.columns), '', table.rows, (r) => csvLine(table.columns, r));
    const json =
      table.rows.length === 0
        ? { bytes: encoder.encode('[]\n'), start: new Float64Array(1) }
        : encodeRows(encoder.encode('[\n'), '\n]\n', table.rows, (r, i) => `${i > 0 ? ',\n' : ''}${jsonRecord(table.columns, r)}`, 2);
    if (!source) sources.set(table.columns, { index: new Map(table.rows.map((r, i) => [r, i])), csv, json });
    return [file(`${table.path}.csv`, table, csv.bytes), file(`${table.path}.json`, table, json.bytes)];
  });
}

function file(path: string, table: Table, bytes: Uint8Array): EmittedFile {
  return { path, bytes, size: bytes.length, rows: table.rows.length, table };
}

function csvHeader(columns: Column<unknown>[]): Uint8Array {
  return encoder.encode(`${BOM}${columns.map((c) => quoteCsv(neutralize(c.name))).join(',')}\r\n`);
}

function csvLine<Row>(columns: Column<Row>[], row: Row): string {
  return `${columns.map((c) => csvCell(c.value(row), c.type)).join(',')}\r\n`;
}

/**
 * JSON.stringify of the row's record (empty text as null), written out directly: building an
 * object of 31 properties per row only to serialize it was the costliest step of the files.
 */
function jsonRecord<Row>(columns: Column<Row>[], row: Row): string {
  let out = '{';
  for (let i = 0; i < columns.length; i++) {
    const v = columns[i]!.value(row);
    out += `${i > 0 ? ',' : ''}${jsonKey(columns[i]!.name)}${v === '' || v === null ? 'null' : JSON.stringify(v)}`;
  }
  return `${out}}`;
}

const jsonKeys = new Map<string, string>();
function jsonKey(name: string): string {
  let key = jsonKeys.get(name);
  if (key === undefined) jsonKeys.set(name, (key = `${JSON.stringify(name)}:`));
  return key;
}

/**
 * head + each row's text + tail, encoded into one byte array sized from the first rows (see
 * ByteWriter). `start[i]` is where row i begins, after `skip` leading separator bytes (the ",\n"
 * between JSON records), so that a row's range holds the row alone.
 */
function encodeRows<Row>(head: Uint8Array, tail: string, rows: Row[], text: (r: Row, i: number) => string, skip = 0): Encoded {
  const start = new Float64Array(rows.length + 1);
  const sample = rows.slice(0, 200).map(text);
  const out = new ByteWriter(head.length + estimateBytes(sample, rows.length) + tail.length * 3);
  out.writeBytes(head);
  rows.forEach((r, i) => {
    start[i] = out.length + (i > 0 ? skip : 0);
    out.write(i < sample.length ? sample[i]! : text(r, i));
  });
  start[rows.length] = out.length;
  out.write(tail);
  return { bytes: out.result(), start };
}

/**
 * A file made of rows of an encoded file: head, the rows at positions `at` (joined by `separator`),
 * tail. Its bytes are assembled when read.
 */
function sliceFile(
  path: string,
  table: Table,
  source: Encoded,
  at: number[],
  head: Uint8Array,
  tail: Uint8Array,
  separator = '',
): EmittedFile {
  const sep = encoder.encode(separator);
  const end = (i: number) => (i + 1 < source.start.length - 1 ? source.start[i + 1]! - sep.length : source.start[i + 1]!);
  const size =
    head.length + tail.length + at.reduce((n, i) => n + (end(i) - source.start[i]!), 0) + sep.length * Math.max(0, at.length - 1);
  const pieces = () => {
    const out = [head];
    at.forEach((i, k) => {
      if (k > 0 && sep.length > 0) out.push(sep);
      out.push(source.bytes.subarray(source.start[i]!, end(i)));
    });
    out.push(tail);
    return out;
  };
  const f: EmittedFile = {
    path,
    size,
    rows: table.rows.length,
    table,
    get bytes() {
      const out = new Uint8Array(size);
      let o = 0;
      for (const p of pieces()) {
        out.set(p, o);
        o += p.length;
      }
      return out;
    },
  };
  piecesOf.set(f, pieces);
  return f;
}
