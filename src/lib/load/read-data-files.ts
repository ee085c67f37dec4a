import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * I/O edge: reads every .csv under a data folder into memory, keyed by its path relative to
 * that folder with "/" separators. Everything after this is pure.
 */
export async function readDataFiles(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  async function walk(d: string): Promise<void> {
    for (const entry of await readdir(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && entry.name.endsWith('.csv')) {
        files.set(relative(dir, full).split(sep).join('/'), new Uint8Array(await readFile(full)));
      }
    }
  }
  await walk(dir);
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
