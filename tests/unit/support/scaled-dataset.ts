import { resolve } from 'node:path';
import { generateSynthetic } from '../../../scripts/lib/bench/synthetic.ts';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset, type Dataset } from '../../../src/lib/dataset/check-dataset.ts';
import { SCALED_BUILD } from '../../../scripts/lib/built-site.ts';

let cached: Promise<Dataset> | undefined;

/**
 * The SYNTHETIC data of the browser tests' scaled build (scripts/lib/built-site.ts: 14
 * communes, 13 of them in Đồng Nai), generated in memory and checked, once per test file.
 */
export function scaledDataset(): Promise<Dataset> {
  cached ??= (async () => {
    const files = generateSynthetic(await readDataFiles(resolve('data')), {
      n: SCALED_BUILD.communes,
      seed: 57,
      firstProvince: SCALED_BUILD.firstProvince,
    });
    const checked = checkDataset(new Map([...files].map(([k, v]) => [k, new TextEncoder().encode(v)])), 'synthetic');
    if (!checked.ok) throw new Error('synthetic data do not pass the checks');
    return checked.value;
  })();
  return cached;
}
