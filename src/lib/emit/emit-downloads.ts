import type { Dataset } from '../validate/check-dataset.ts';
import { emitAll, type BundleOptions } from './emit-bundle.ts';

/**
 * The published data files as path (relative to /data/) → bytes: what scripts/build.ts writes.
 * The downloads page calls emitAll with the same dataset and date, so the sizes it shows are
 * the sizes of these bytes.
 */
export async function emitDownloads(ds: Dataset, opts: BundleOptions): Promise<Map<string, Uint8Array>> {
  return new Map((await emitAll(ds, opts)).map((f) => [f.path, f.bytes]));
}
