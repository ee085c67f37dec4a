/**
 * Writes a SYNTHETIC data folder (the layout of data/) for N made-up communes, for load tests of
 * the build. Never part of the real site; do not commit its output.
 *
 *   npm run synthetic -- --n 1000 --out /tmp/synthetic-1000 [--seed 57] [--data data]
 *   npx node scripts/check-data.ts /tmp/synthetic-1000
 *   DATA_DIR=/tmp/synthetic-1000 DIST_DIR=dist-synthetic npx node scripts/build.ts
 *
 * What is generated and how it is marked: scripts/lib/bench/synthetic.ts.
 */
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readDataFiles } from '../src/lib/load/read-data-files.ts';
import { generateSynthetic, syntheticReadme } from './lib/bench/synthetic.ts';

/** Generates and writes the folder (replacing it); returns the number of files written. */
export async function writeSynthetic(opts: {
  n: number;
  out: string;
  seed?: number;
  data?: string;
  firstProvince?: number;
}): Promise<number> {
  const out = resolve(opts.out);
  const repoData = resolve(opts.data ?? 'data');
  if (out === repoData || out === resolve('data')) throw new Error(`refusing to write synthetic data over ${out}`);
  const seed = opts.seed ?? 57;
  const files = generateSynthetic(await readDataFiles(repoData), { n: opts.n, seed, firstProvince: opts.firstProvince });
  await rm(out, { recursive: true, force: true });
  for (const [rel, text] of files) {
    await mkdir(dirname(join(out, rel)), { recursive: true });
    await writeFile(join(out, rel), text);
  }
  await writeFile(join(out, 'README-SYNTHETIC.txt'), syntheticReadme(opts.n, seed));
  return files.size;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: { n: { type: 'string' }, out: { type: 'string' }, seed: { type: 'string' }, data: { type: 'string' } },
  });
  const n = Number(values.n);
  if (!values.n || !Number.isInteger(n) || n < 1) {
    console.error('usage: npx node scripts/generate-synthetic.ts --n <communes> [--out <dir>] [--seed 57] [--data data]');
    process.exit(2);
  }
  const out = values.out ?? `/tmp/synthetic-${n}`;
  const written = await writeSynthetic({ n, out, seed: values.seed ? Number(values.seed) : undefined, data: values.data });
  console.log(`SYNTHETIC data for ${n} communes: ${written} files in ${resolve(out)} (not a real plan; do not commit)`);
}
