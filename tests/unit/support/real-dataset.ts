import { resolve } from 'node:path';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset, type Dataset } from '../../../src/lib/dataset/check-dataset.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';

let cached: Promise<Dataset> | undefined;

/** The real data/ folder, checked and harmonized, loaded once per test file. */
export function realDataset(): Promise<Dataset> {
  cached ??= (async () => {
    const result = checkDataset(await readDataFiles(resolve('data')), 'data');
    if (!result.ok) throw new Error(result.errors.map(formatDataError).join('\n'));
    return result.value;
  })();
  return cached;
}
