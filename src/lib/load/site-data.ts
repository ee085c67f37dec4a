import { resolve } from 'node:path';
import type { Dataset } from '../dataset/check-dataset.ts';
import { formatDataError } from '../core/data-error.ts';
import { checkDataFolder } from './check-data-folder.ts';

let cached: Promise<Dataset> | undefined;

/** A dataset already checked in this process, for the pages: see handOverDataset. */
interface Handoff {
  dir: string;
  dataset: Dataset;
  /** Set when a page took it, so that the build can say the data was checked once. */
  used: boolean;
}

/** On globalThis: Astro renders the pages from its own bundle of this module, so a module variable would not be seen. */
const HANDOFF = Symbol.for('chi-tieu-xa.checked-dataset');
const slot = globalThis as { [HANDOFF]?: Handoff };

/**
 * scripts/build.ts checks the data before it builds the pages, in the same process: it hands the
 * checked dataset over here so that the pages do not read and check everything a second time
 * (seconds, and a second copy of the dataset in memory, at 3,321 communes).
 */
export function handOverDataset(dir: string, dataset: Dataset): Handoff {
  return (slot[HANDOFF] = { dir: resolve(dir), dataset, used: false });
}

/**
 * The dataset for Astro pages, loaded once per build from DATA_DIR (default "data"): the one the
 * build handed over for that folder, or else read and checked here. scripts/build.ts has already
 * refused invalid data; this throws the same errors if a page is rendered some other way (astro
 * dev), so nothing is ever rendered from bad data.
 */
export function getDataset(): Promise<Dataset> {
  const dir = process.env.DATA_DIR ?? 'data';
  const handoff = slot[HANDOFF];
  if (handoff && handoff.dir === resolve(dir)) {
    handoff.used = true;
    return Promise.resolve(handoff.dataset);
  }
  cached ??= (async () => {
    const result = await checkDataFolder(dir, dir);
    if (!result.ok) throw new Error(`Invalid data:\n${result.errors.map(formatDataError).join('\n')}`);
    return result.value;
  })();
  return cached;
}
