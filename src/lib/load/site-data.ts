import { resolve } from 'node:path';
import { checkDataset, type Dataset } from '../validate/check-dataset.ts';
import { formatDataError } from '../validate/data-error.ts';
import { readDataFiles } from './read-data-files.ts';

let cached: Promise<Dataset> | undefined;

/**
 * The dataset for Astro pages, loaded once per build from DATA_DIR (default "data").
 * scripts/build.ts has already refused invalid data; this throws the same errors if a page
 * is rendered some other way (astro dev), so nothing is ever rendered from bad data.
 */
export function getDataset(): Promise<Dataset> {
  cached ??= (async () => {
    const dir = process.env.DATA_DIR ?? 'data';
    const result = checkDataset(await readDataFiles(resolve(dir)), dir);
    if (!result.ok) throw new Error(`Invalid data:\n${result.errors.map(formatDataError).join('\n')}`);
    return result.value;
  })();
  return cached;
}
