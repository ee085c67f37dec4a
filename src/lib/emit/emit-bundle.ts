import { createHash } from 'node:crypto';
import type { Dataset } from '../dataset/check-dataset.ts';
import { dataPackage, prettyJson } from './datapackage.ts';
import { emitTables, filePieces, type EmittedFile } from './emit-tables.ts';
import { readme } from './readme.ts';
import { workbook } from './xlsx.ts';
import { zipFilesLater } from './zip.ts';

export type { EmittedFile } from './emit-tables.ts';

/** File name (without extension) of the workbook and the zip. */
export const BUNDLE_NAME = 'chi-tieu-xa';

export interface BundleOptions {
  /** Build date, YYYY-MM-DD (see buildDate). Only datapackage.json, the README and the zip carry it. */
  date: string;
  /**
   * The site's address, to which the source_url columns are relative: SITE_URL and BASE_PATH
   * ("https://portal.example.gov.vn/chi-tieu/"), or the base path alone ("/") when the build has
   * no SITE_URL (see publishedRoot). Default "/".
   */
  root?: string;
}

/** The build's options from its environment: SOURCE_DATE_EPOCH, SITE_URL, BASE_PATH. */
export function bundleOptions(env: Record<string, string | undefined>): Required<BundleOptions> {
  return { date: buildDate(env), root: publishedRoot(env) };
}

/** The site's address the published files point at: SITE_URL joined with BASE_PATH, or BASE_PATH alone. */
export function publishedRoot(env: Record<string, string | undefined>): string {
  const base = `/${(env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  const site = (env.SITE_URL ?? '').replace(/\/+$/, '');
  return `${site}${base}`;
}

/**
 * The build date: from SOURCE_DATE_EPOCH (seconds, the reproducible-builds convention) when set,
 * else today (UTC). A set but unreadable value is an error, not silently today.
 */
export function buildDate(env: Record<string, string | undefined>): string {
  const raw = env.SOURCE_DATE_EPOCH;
  if (raw === undefined || raw === '') return new Date().toISOString().slice(0, 10);
  if (!/^\d+$/.test(raw)) throw new Error(`SOURCE_DATE_EPOCH must be whole seconds since 1970, got ${JSON.stringify(raw)}`);
  return new Date(Number(raw) * 1000).toISOString().slice(0, 10);
}

/** Short hash of every published CSV (path and bytes): changes exactly when published data changes. */
export function dataVersion(files: EmittedFile[]): string {
  // Every page that cites the data asks for it: hash the files once per emitted set (at 300
  // communes, hashing per page cost 100 s of a 160 s build).
  const known = versionCache.get(files);
  if (known) return known;
  const version = hashVersion(files);
  versionCache.set(files, version);
  return version;
}
/** On globalThis, like the files' cache below: the pages' copy of this module reads the version the build computed. */
const versionCache = ((globalThis as Record<symbol, unknown>)[Symbol.for('chi-tieu-xa.data-version')] ??= new WeakMap()) as WeakMap<
  EmittedFile[],
  string
>;

function hashVersion(files: EmittedFile[]): string {
  const h = createHash('sha256');
  for (const f of files.filter((x) => x.path.endsWith('.csv'))) {
    h.update(`${f.path}\n`);
    for (const piece of filePieces(f)) h.update(piece);
  }
  return h.digest('hex').slice(0, 10);
}

/**
 * The time stamped on every zip entry (xlsx and zip): noon of the build date in local time, as
 * fflate writes local DOS times — so the bytes do not depend on the clock or the time zone.
 * DOS times start in 1980.
 */
export function zipTime(date: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y < 1980 ? new Date(1980, 0, 1, 12) : new Date(y, m - 1, d, 12);
}

const encoder = new TextEncoder();
/**
 * On globalThis, not in a module variable: scripts/build.ts and the Astro pages it renders run in
 * one process but load separate copies of this module (Astro bundles the pages), and with the
 * dataset handed over (see src/lib/load/site-data.ts) the files are then made once per build.
 */
const cache = ((globalThis as Record<symbol, unknown>)[Symbol.for('chi-tieu-xa.emitted')] ??= new WeakMap()) as WeakMap<
  Dataset,
  Map<string, Emitted>
>;

/**
 * Every published file: each table as CSV and JSON, datapackage.json, the workbook, and a zip of
 * all of them with a README. Deterministic for a dataset and a date; cached, so that the
 * downloads page lists the sizes of exactly the bytes the build writes.
 */
export function emitAll(ds: Dataset, opts: BundleOptions): Promise<EmittedFile[]> {
  return emitted(ds, opts).files;
}

/**
 * The data version of the files emitAll makes (dataVersion), known as soon as the tables are
 * made: the pages that cite the data need only this, and need not wait for the workbook and the
 * zip, which are made while the pages render.
 */
export function emitVersion(ds: Dataset, opts: BundleOptions): Promise<string> {
  return emitted(ds, opts).version;
}

/**
 * The tables' files (CSV and JSON, all communes and the slices), known as soon as they are made:
 * the build writes them while the workbook and the zip are still being made.
 */
export function emitTableFiles(ds: Dataset, opts: BundleOptions): Promise<EmittedFile[]> {
  return emitted(ds, opts).tables;
}

function emitted(ds: Dataset, opts: BundleOptions): Emitted {
  let byDate = cache.get(ds);
  if (!byDate) cache.set(ds, (byDate = new Map()));
  const key = `${opts.date} ${opts.root ?? '/'}`;
  let made = byDate.get(key);
  if (!made) {
    let tablesMade!: (tables: EmittedFile[]) => void;
    const madeTables = new Promise<EmittedFile[]>((done) => (tablesMade = done));
    const files = emitUncached(ds, opts.date, opts.root ?? '/', tablesMade);
    // A failure before the tables were made is the files' failure too: the tables wait on them.
    const tables = Promise.race([madeTables, files.then(() => madeTables)]);
    made = { files, tables, version: tables.then(dataVersion) };
    made.tables.catch(() => {}); // a failure is reported by the files' promise, which the build awaits
    made.version.catch(() => {});
    byDate.set(key, made);
  }
  return made;
}

interface Emitted {
  files: Promise<EmittedFile[]>;
  tables: Promise<EmittedFile[]>;
  version: Promise<string>;
}

/**
 * Once the build has written the files: keeps what the pages ask of them (paths, sizes, rows,
 * tables and the data version) and lets their bytes go. At 3,321 communes those bytes are some
 * 450 MB that would otherwise stay in memory while every page is rendered. Reading `bytes` of a
 * released file is an error, not a silent re-emit.
 */
export async function releaseBytes(ds: Dataset, opts: BundleOptions): Promise<void> {
  const files = await emitAll(ds, opts);
  const version = dataVersion(files);
  const light = files.map(({ path, size, rows, table }): EmittedFile => ({
    path,
    size,
    rows,
    table,
    // Names only the path: a getter closing over the file itself would keep its bytes alive.
    get bytes(): Uint8Array {
      throw new Error(`data/${path}: its bytes were written and released (releaseBytes); use size`);
    },
  }));
  versionCache.set(light, version);
  cache.get(ds)!.set(`${opts.date} ${opts.root ?? '/'}`, {
    files: Promise.resolve(light),
    tables: Promise.resolve(light.filter((f) => f.table !== null)),
    version: Promise.resolve(version),
  });
}

/**
 * What the zip holds besides its README: the Frictionless data package (datapackage.json, the
 * all-communes CSVs and the plan texts it describes) and the workbook. Not the per-commune and per-indicator slices
 * nor the JSON twins: at 3,321 communes those are thousands of files repeating the same rows; they
 * stay separate downloads beside the bundles.
 */
export function inZip(f: EmittedFile): boolean {
  return (
    f.path === 'datapackage.json' ||
    f.path === `${BUNDLE_NAME}.xlsx` ||
    f.path.startsWith('sources/') ||
    (f.table?.group === 'all' && f.path.endsWith('.csv'))
  );
}

async function emitUncached(ds: Dataset, date: string, root: string, tablesMade: (tables: EmittedFile[]) => void): Promise<EmittedFile[]> {
  const tables = emitTables(ds, root);
  const version = dataVersion(tables);
  tablesMade(tables);
  // What follows waits for the thread pool's deflate: the caller goes on (the pages start) meanwhile.
  await new Promise((next) => setImmediate(next));
  const mtime = zipTime(date);
  const bundle = (path: string, bytes: Uint8Array): EmittedFile => ({ path, bytes, size: bytes.length, rows: null, table: null });
  const main = tables.filter((f) => f.table?.group === 'all' && f.path.endsWith('.csv'));
  // The plan texts every figure cites, byte for byte as obtained.
  const texts = ds.raw.sources.map((s) => bundle(`sources/${s.seed_file}`, s.bytes));
  const pkg = bundle('datapackage.json', encoder.encode(`${prettyJson(dataPackage(ds, main, texts, version, date))}\n`));
  const xlsx = bundle(
    `${BUNDLE_NAME}.xlsx`,
    await workbook(
      main.map((f) => f.table!),
      mtime,
    ),
  );
  const names = { xlsx: xlsx.path, zip: `${BUNDLE_NAME}.zip` };
  const files = [...tables, ...texts, pkg, xlsx];
  const zip = bundle(
    names.zip,
    await zipFilesLater(
      [
        { name: 'README.md', bytes: encoder.encode(readme(ds, tables, names, version, date)), level: 9 },
        // The workbook is a zip already: stored, not deflated twice.
        ...[pkg, ...main, ...texts, xlsx].map((f) => ({ name: f.path, bytes: f.bytes, level: f === xlsx ? 0 : 6 })),
      ],
      mtime,
    ),
  );
  return [...files, zip];
}
