/**
 * `npm run build`: check → data files → pages → search index → swap into place.
 *
 * Two processes, one after the other. The first (scripts/lib/build-site.ts) holds the dataset:
 * it checks the data, writes the data files and renders the pages into a temporary folder, and
 * hands over the search records. This one waits, then — once that process has ended and its
 * memory is back — runs Pagefind over the records and swaps the site into place. At 3,321
 * communes the pages process peaks near 1.65 GB and Pagefind at 0.4 GB: in one process they
 * added up (2.3 GB, measured when the pages process still peaked at 1.9 GB); in sequence the build
 * stays under 2 GB.
 *
 * Refuses to emit anything when the data is invalid (web-features style), and a failed build
 * never leaves a half-written output: everything is built beside it and swapped in at the end.
 *
 * Environment: DATA_DIR (default "data"), BASE_PATH (sub-path, e.g. "/portal/chi-tieu/"),
 * SITE_URL (absolute origin), DIST_DIR (default "dist").
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_T0, lap } from './lib/build-lap.ts';

const distDir = resolve(process.env.DIST_DIR ?? 'dist');
const tmpDir = resolve(`.build-${process.pid}`);
const recordsFile = `${tmpDir}-search.json`;
const leftovers = [tmpDir, `${tmpDir}-data`, recordsFile];
const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

async function cleanUp(): Promise<void> {
  for (const p of leftovers) await rm(p, { recursive: true, force: true });
}

/** Runs the pages process; resolves with its exit code (a signal counts as failure). */
function buildPages(): Promise<number> {
  // --import: the lazy-listeners hook must be in place before the build's imports load linkedom.
  // --heap-growing-percent=50: V8 sized the heap at about 1.18 × what stayed alive, so with the
  // dataset's 0.8 GB it marked everything again every 2–3 s (half a second each, ~15 % of the pages
  // stage). Growing by half before the next full collection: pages stage 90 → 84 s and no more
  // memory at the peak (3,321 communes, 1.77 GB; 100 % gave the same time for 1.89 GB).
  const args = ['--heap-growing-percent=50', '--import', here('./lib/lazy-listeners-register.ts'), here('./lib/build-site.ts')];
  const env = {
    // glibc keeps memory that was freed: the data files' 600 MB of buffers, freed before the pages,
    // stayed in the process's RSS. Buffers over 128 KB mapped on their own (given back when freed)
    // and two malloc arenas instead of one per thread: about 80 MB less at the peak, at 3,321 communes.
    MALLOC_ARENA_MAX: '2',
    MALLOC_MMAP_THRESHOLD_: '131072',
    MALLOC_TRIM_THRESHOLD_: '131072',
    ...process.env,
    BUILD_T0: String(BUILD_T0),
    BUILD_OUT: tmpDir,
    BUILD_RECORDS: recordsFile,
  };
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', env });
    child.on('error', fail);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

await cleanUp();
const code = await buildPages();
if (code !== 0) {
  await cleanUp();
  console.error('[build] failed; the previous output was left untouched.');
  process.exit(code);
}

try {
  // Pagefind only now, in this small process: see the header.
  const { buildSearchIndex } = await import('./lib/search-index.ts');
  const records = JSON.parse(await readFile(recordsFile, 'utf8'));
  await rm(recordsFile, { force: true });
  lap(`search index: ${await buildSearchIndex(tmpDir, records)}`);
  // The swap: the old output is moved aside, the new one into place, then the old one removed —
  // there is a whole site at distDir at every moment but between two renames.
  const old = `${distDir}.old-${process.pid}`;
  await mkdir(resolve(distDir, '..'), { recursive: true });
  const hadOld = existsSync(distDir);
  if (hadOld) await rename(distDir, old);
  await rename(tmpDir, distDir);
  lap(`done → ${distDir}`);
  if (hadOld) {
    await rm(old, { recursive: true, force: true });
    lap('previous output removed');
  }
} catch (err) {
  await cleanUp();
  console.error('[build] failed; the previous output was left untouched.');
  throw err;
}
