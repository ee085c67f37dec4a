/**
 * Browser and built-site tests: builds the site twice — at the root (dist/) and under a
 * portal sub-path (dist-base/) — then runs Vitest with vitest.browser.config.ts (link
 * checks, HTML validation, real Chromium). Needs Debian's chromium at /usr/bin/chromium.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BASE_BUILD, ROOT_BUILD } from '../tests/support/built-site.ts';

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
run(['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.browser.config.ts', ...process.argv.slice(2)]);
