/**
 * The build's first process (scripts/build.ts starts it): check → data files → pages, into the
 * staging folder BUILD_OUT, the data files into BUILD_DATA_STAGE (moved into the site at the end),
 * plus the search records (BUILD_RECORDS, JSON) for the second step. It holds the whole dataset;
 * scripts/build.ts indexes and swaps the site into place once this process has ended and given
 * its memory back. The site's last file is its marker (scripts/lib/output-folder.ts): a site
 * without it is not a whole site.
 *
 * Refuses to emit anything when the data is invalid (web-features style): the checks run first
 * and it exits 1 with every error, before a byte is written.
 */
import { mkdir, open, rename, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { checkDataFolder } from '../../src/lib/load/check-data-folder.ts';
import { handOverDataset } from '../../src/lib/load/site-data.ts';
import { formatDataError } from '../../src/lib/core/data-error.ts';
import { bundleOptions, emitVersion, releaseBytes } from '../../src/lib/emit/emit-bundle.ts';
import { emitDownloads } from '../../src/lib/emit/emit-downloads.ts';
import { normalizeBase, searchRecords } from '../../src/lib/search/records.ts';
import { setChartDrawer } from '../../src/lib/chart/chart-drawer.ts';
import { lap } from './build-lap.ts';
import { startChartThread } from './chart-thread.ts';
import { patched } from './lazy-listeners.ts';
import { writeMarker } from './output-folder.ts';
import { failCleanly } from './fail-cleanly.ts';

failCleanly('build');

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const dataDir = process.env.DATA_DIR ?? 'data';
const tmpDir = process.env.BUILD_OUT;
const dataStage = process.env.BUILD_DATA_STAGE;
const recordsFile = process.env.BUILD_RECORDS;
if (!tmpDir || !dataStage || !recordsFile) {
  console.error('scripts/lib/build-site.ts is started by scripts/build.ts (npm run build), not on its own.');
  process.exit(2);
}
// The build's first process ended (killed outright, so it could not stop this one): so does this one.
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.exit(1));
}

const checked = await checkDataFolder(dataDir, dataDir);
if (!checked.ok) {
  for (const e of checked.errors) console.error(formatDataError(e));
  console.error(`\n[build] ${checked.errors.length} data error(s); nothing was emitted. Run "npm run check:data" after fixing.`);
  process.exit(1);
}
const ds = checked.value;
lap(`data OK: ${ds.summary}`);
// The pages take this dataset instead of checking the data again (src/lib/load/site-data.ts).
const handoff = handOverDataset(dataDir, ds);

const opts = bundleOptions(process.env);
const date = opts.date;
// The published data files, from the same dataset the pages show (src/lib/emit/), into a folder
// beside the one Astro fills (Astro empties its output folder when it starts). Made first — the
// pages show their sizes and version — but written while the pages render: at 3,321 communes the
// 13,000 writes kept this thread waiting some 3 s that the pages can use.
const made = new Set<string>();
const writing = emitDownloads(ds, opts, async (path, pieces) => {
  const out = resolve(dataStage, path);
  const dir = dirname(out);
  if (!made.has(dir)) {
    await mkdir(dir, { recursive: true });
    made.add(dir);
  }
  // One gathered write per file: handed an array, writeFile makes a write call per piece (a
  // slice is a piece per row), and 13,000 files × 40 rows of calls kept this stage waiting 40 s
  // at 3,321 communes; concatenating first would copy a gigabyte.
  const file = await open(out, 'w');
  try {
    await file.writev(pieces);
  } finally {
    await file.close();
  }
}).then(async (count) => {
  // The pages need the files' sizes and the data version, not their bytes: let those go.
  await releaseBytes(ds, opts);
  return count;
});
writing.catch(() => {}); // awaited after the pages; this only keeps an early failure from counting as unhandled
// The pages need the data version only (emitVersion), known once the tables are made: the workbook
// and the zip are made (deflated on the thread pool) and every file written while the pages render.
lap(`data tables made: version ${await emitVersion(ds, opts)}; the workbook, the zip and the writes go on beside the pages`);
// The search records now, not after the pages: their JSON is a few hundred megabytes at 3,321
// communes, and on top of everything the pages leave in memory it made the build's peak.
await writeFile(recordsFile, JSON.stringify(searchRecords(ds, normalizeBase(process.env.BASE_PATH))));

process.env.OUT_DIR = tmpDir;
const { build } = await import('astro');
// The pages' charts (indicator charts, document chains) are drawn on the other core while this
// thread renders (src/lib/chart/chart-drawer.ts).
const charts = startChartThread();
setChartDrawer(charts);
try {
  await build({ root: process.cwd(), outDir: tmpDir, logLevel: process.env.ASTRO_LOG ?? 'warn' } as Parameters<typeof build>[0]);
} finally {
  setChartDrawer(undefined);
  await charts.close();
  // Whatever happened to the pages, no data file is still being written once this process goes on.
  await Promise.allSettled([writing]);
}
const unpatched = [patched.length > 0 ? '' : 'this thread', (await charts.patched) ? '' : 'the chart thread'].filter(Boolean);
lap(
  `pages built: ${handoff.used ? 'from the dataset checked above, ' : ''}${charts.drawn} charts drawn on a second thread` +
    (unpatched.length === 0
      ? ''
      : `; linkedom NOT patched in ${unpatched.join(' or ')} (charts slower): was lazy-listeners-register.ts given to node as --import?`),
);
lap(`data files written: ${await writing}`);
await rename(dataStage, resolve(tmpDir, 'data'));
await writeMarker(tmpDir, date);
