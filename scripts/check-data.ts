/**
 * Check-only command (like sdg-build's): validates all of data/ without building anything.
 * Prints every error as "file:line, column N "name": problem; found "..."; expected ...",
 * exits 1 if there is any. Usage: npm run check:data [-- <data-dir>]
 */
import { resolve } from 'node:path';
import { checkDataFolder } from '../src/lib/load/check-data-folder.ts';
import { formatDataError } from '../src/lib/core/data-error.ts';
import { failCleanly } from './lib/fail-cleanly.ts';

failCleanly('check');

const given = process.argv[2] ?? process.env.DATA_DIR ?? 'data';
const dir = resolve(given);
const result = await checkDataFolder(dir, given);
if (!result.ok) {
  for (const e of result.errors) console.error(formatDataError(e));
  console.error(`\n${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in ${dir}. Nothing was built.`);
  process.exit(1);
}
const s = result.value.summary;
console.log(`data OK: ${s}`);
