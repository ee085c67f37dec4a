/**
 * `npm run build`: check → data files → pages → search index → swap into place.
 *
 * Two processes, one after the other. The first (scripts/lib/build-site.ts) holds the dataset:
 * it checks the data, writes the data files and renders the pages into a staging folder, and
 * hands over the search records. This one waits, then — once that process has ended and its
 * memory is back — runs Pagefind over the records and swaps the site into place. At 3,321
 * communes the pages process peaks near 1.65 GB and Pagefind at 0.4 GB: in one process they
 * added up (2.3 GB, measured when the pages process still peaked at 1.9 GB); in sequence the build
 * stays under 2 GB.
 *
 * A build never hurts and never lies (scripts/lib/output-folder.ts):
 * - it refuses, before anything runs, an output folder that is the project, contains it, is an
 *   input or inside one, or already holds files that no build of this site made;
 * - it refuses to emit anything when the data is invalid (web-features style);
 * - everything is built beside the output and swapped in at the end; a failed swap puts the
 *   previous output back, and says where it is if even that fails;
 * - Ctrl-C, SIGTERM or SIGHUP stop the pages process too and remove the staging folder; a build
 *   killed outright leaves a staging folder that the next build removes when it starts.
 *
 * Environment: DATA_DIR (default "data"), BASE_PATH (sub-path, e.g. "/portal/chi-tieu/"),
 * SITE_URL (absolute origin), DIST_DIR (default "dist").
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_T0, lap } from './lib/build-lap.ts';
import { failCleanly } from './lib/fail-cleanly.ts';
import { planOutput, refuseOutput, removeLeftovers, SwapError, swapIntoPlace } from './lib/output-folder.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const root = resolve(here('..'));
const distDir = resolve(process.env.DIST_DIR || 'dist');
const dataDir = resolve(process.env.DATA_DIR || 'data');
const plan = planOutput(distDir, process.pid);
let child: ChildProcess | null = null;
let stage: 'pages' | 'search' | 'swap' | 'done' = 'pages';
let stopping: NodeJS.Signals | null = null;
let closeSearch: (() => Promise<void>) | null = null;
// Before the swap, an unforeseen error removes the staging folder (the previous output is untouched).
failCleanly('build', () => (stage === 'swap' || stage === 'done' ? Promise.resolve() : rm(plan.staging, { recursive: true, force: true })));

const fail = (message: string, code = 1): never => {
  console.error(`[build] ${message}`);
  process.exit(code);
};

const refusal = await refuseOutput(distDir, {
  root,
  inputs: [
    { path: dataDir, label: 'the data folder (DATA_DIR)' },
    ...['data', 'src', 'public', 'scripts', 'tests', '.ci', 'node_modules', '.git'].map((p) => ({
      path: resolve(root, p),
      label: `the project's ${p}/ folder`,
    })),
  ],
});
if (refusal) fail(`refusing DIST_DIR: ${refusal}. Nothing was built or changed.`);

const cleanUp = () => rm(plan.staging, { recursive: true, force: true });
const SIGNAL_CODES: Partial<Record<NodeJS.Signals, number>> = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 };

/** Ctrl-C (SIGINT), SIGTERM, SIGHUP: stop the pages process, remove the staging folder, exit. */
async function stop(signal: NodeJS.Signals): Promise<void> {
  if (stopping) return;
  stopping = signal;
  // The swap is a few renames; it finishes (or puts the previous output back) before this exits.
  if (stage === 'swap' || stage === 'done') return;
  console.error(`[build] ${signal}: stopping the build; the previous output is left as it was.`);
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((done) => child!.once('exit', done));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child?.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  }
  await closeSearch?.().catch(() => {});
  await cleanUp();
  process.exit(SIGNAL_CODES[signal] ?? 1);
}
for (const signal of Object.keys(SIGNAL_CODES) as NodeJS.Signals[]) process.on(signal, () => void stop(signal));

for (const line of await removeLeftovers(distDir, root)) lap(line);
try {
  await mkdir(plan.staging, { recursive: true });
} catch (err) {
  fail(`cannot make the staging folder ${plan.staging} beside the output (${(err as Error).message}). Nothing was changed.`);
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
    BUILD_OUT: plan.site,
    BUILD_DATA_STAGE: plan.dataStage,
    BUILD_RECORDS: plan.records,
  };
  return new Promise((done, failed) => {
    // The IPC channel is how the pages process knows this one is gone (killed outright): it ends too.
    child = spawn(process.execPath, args, { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], env });
    child.on('error', failed);
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** While stop() stops the pages process, removes the staging folder and exits, the build goes no further. */
const halt = () => new Promise<never>(() => {});

const code = await buildPages();
child = null;
if (stopping) await halt();
if (code !== 0) {
  await cleanUp();
  fail('failed; the previous output was left as it was.', code);
}

try {
  stage = 'search';
  // Pagefind only now, in this small process: see the header.
  const search = await import('./lib/search-index.ts');
  closeSearch = search.closeSearchIndex;
  const records = JSON.parse(await readFile(plan.records, 'utf8'));
  await rm(plan.records, { force: true });
  lap(`search index: ${await search.buildSearchIndex(plan.site, records)}`);
  closeSearch = null;
  if (stopping) await halt();
  stage = 'swap';
  await mkdir(dirname(distDir), { recursive: true });
  const { replaced, warning } = await swapIntoPlace(plan);
  stage = 'done';
  await cleanUp();
  lap(`done → ${distDir}${replaced ? ' (previous output replaced)' : ''}`);
  if (warning) console.error(`[build] warning: ${warning}`);
  if (stopping) fail(`${stopping} arrived during the swap, which was finished: the new output is in place.`, SIGNAL_CODES[stopping]);
} catch (err) {
  if (stopping && stage !== 'swap') await halt();
  await cleanUp();
  if (err instanceof SwapError) fail(`failed: ${err.message}.`);
  console.error(`[build] failed while indexing or swapping: ${(err as Error).message ?? err}`);
  fail('the previous output was left as it was.');
}
