/**
 * The build: check → astro build → data files → search index → swap into place.
 *
 * Refuses to emit anything when data/ is invalid (web-features style): the checks run first,
 * and the site is built into a temporary folder that replaces the output folder only when
 * every stage succeeded, so a failed build never leaves a half-written dist/.
 *
 * Environment: DATA_DIR (default "data"), BASE_PATH (sub-path, e.g. "/portal/chi-tieu/"),
 * SITE_URL (absolute origin), DIST_DIR (default "dist").
 */
import { rm, rename, mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { readDataFiles } from '../src/lib/load/read-data-files.ts';
import { handOverDataset } from '../src/lib/load/site-data.ts';
import { checkDataset } from '../src/lib/validate/check-dataset.ts';
import { formatDataError } from '../src/lib/validate/data-error.ts';
import { buildDate } from '../src/lib/emit/emit-bundle.ts';
import { emitDownloads } from '../src/lib/emit/emit-downloads.ts';
import { buildSearchIndex } from './lib/search-index.ts';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
const dataDir = process.env.DATA_DIR ?? 'data';
const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const tmpDir = resolve(`.build-${process.pid}`);
const t0 = performance.now();
const lap = (label: string) => console.log(`[build] ${label} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

const checked = checkDataset(await readDataFiles(resolve(dataDir)), dataDir);
if (!checked.ok) {
  for (const e of checked.errors) console.error(formatDataError(e));
  console.error(`\n[build] ${checked.errors.length} data error(s); nothing was emitted. Run "npm run check:data" after fixing.`);
  process.exit(1);
}
lap(`data OK: ${checked.value.summary}`);
// The pages take this dataset instead of checking the data again (src/lib/load/site-data.ts).
const handoff = handOverDataset(dataDir, checked.value);

try {
  await rm(tmpDir, { recursive: true, force: true });
  process.env.OUT_DIR = tmpDir;
  const { build } = await import('astro');
  await build({ root: process.cwd(), outDir: tmpDir, logLevel: process.env.ASTRO_LOG ?? 'warn' } as Parameters<typeof build>[0]);
  lap(`pages built${handoff.used ? ' (from the dataset checked above)' : ''}`);
  // The published data files, from the same dataset the pages show (src/lib/emit/).
  const written = await emitDownloads(checked.value, { date: buildDate(process.env) }, async (path, pieces) => {
    const out = resolve(tmpDir, 'data', path);
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, pieces);
  });
  lap(`data files: ${written}`);
  const indexed = await buildSearchIndex(tmpDir, checked.value);
  lap(`search index: ${indexed}`);
  await rm(distDir, { recursive: true, force: true });
  await mkdir(resolve(distDir, '..'), { recursive: true });
  await rename(tmpDir, distDir);
  lap(`done → ${distDir}`);
} catch (err) {
  await rm(tmpDir, { recursive: true, force: true });
  console.error('[build] failed; the previous output was left untouched.');
  throw err;
}
