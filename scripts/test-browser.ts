/**
 * Browser and built-site tests: builds the site at the root (dist/) and under a portal sub-path
 * (dist-base/), and from three variants of the data (scripts/lib/built-site.ts) — then runs Vitest with vitest.browser.config.ts (link
 * checks, HTML validation, real Chromium). Needs Debian's chromium at /usr/bin/chromium.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { BASE_BUILD, HOSTILE_BUILD, HOSTILE_TEXT, PLUS_ONE_BUILD, ROOT_BUILD, SCALED_BUILD } from './lib/built-site.ts';
import { withSynthetic } from './lib/bench/synthetic.ts';
import { readDataFiles } from '../src/lib/load/read-data-files.ts';
import { writeSynthetic } from './generate-synthetic.ts';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(`Chromium not found at ${chromium}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}

function run(args: string[], env: Record<string, string> = {}): void {
  const r = spawnSync(process.execPath, args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

run(['scripts/build.ts'], { DIST_DIR: ROOT_BUILD.dir, BASE_PATH: ROOT_BUILD.base });
run(['scripts/build.ts'], { DIST_DIR: BASE_BUILD.dir, BASE_PATH: BASE_BUILD.base });

// A third build from a copy of data/ whose 5G indicator name and one target text carry markup:
// the pages must show it as text and run none of it (tests/browser/escaping.test.ts).
const hostile = mkdtempSync(join(tmpdir(), 'hostile-data-'));
cpSync('data', hostile, { recursive: true });
const catalogue = join(hostile, 'harmonize/catalogue.csv');
writeFileSync(
  catalogue,
  readFileSync(catalogue, 'utf8').replace('Tỷ lệ phủ sóng 5G,', `"${HOSTILE_TEXT.replace(/"/g, '""')} Tỷ lệ phủ sóng 5G",`),
);
const targets = join(hostile, 'targets/nhon-trach.csv');
writeFileSync(
  targets,
  readFileSync(targets, 'utf8').replace(
    ',Tỉ lệ phủ sóng 5G trên địa bàn xã,',
    `,"${HOSTILE_TEXT.replace(/"/g, '""')} Tỉ lệ phủ sóng 5G trên địa bàn xã",`,
  ),
);
run(['scripts/build.ts'], { DIST_DIR: HOSTILE_BUILD.dir, BASE_PATH: HOSTILE_BUILD.base, DATA_DIR: hostile });
// A fourth build from SYNTHETIC data (never published) with more communes than a table shows,
// for the province-scoped matrix, indicator and compare pages (tests/browser/scale.test.ts).
const synthetic = mkdtempSync(join(tmpdir(), 'synthetic-data-'));
await writeSynthetic({ n: SCALED_BUILD.communes, out: synthetic, seed: 57, firstProvince: SCALED_BUILD.firstProvince });
run(['scripts/build.ts'], { DIST_DIR: SCALED_BUILD.dir, BASE_PATH: SCALED_BUILD.base, DATA_DIR: synthetic });
// A fifth: the real data plus one SYNTHETIC commune, to find sentences whose counts went stale.
const plusOne = mkdtempSync(join(tmpdir(), 'plus-one-data-'));
for (const [rel, bytes] of withSynthetic(await readDataFiles('data'), PLUS_ONE_BUILD.added)) {
  mkdirSync(dirname(join(plusOne, rel)), { recursive: true });
  writeFileSync(join(plusOne, rel), bytes);
}
run(['scripts/build.ts'], { DIST_DIR: PLUS_ONE_BUILD.dir, BASE_PATH: PLUS_ONE_BUILD.base, DATA_DIR: plusOne });
run(['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.browser.config.ts', ...process.argv.slice(2)]);
