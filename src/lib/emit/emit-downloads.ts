import type { Dataset } from '../validate/check-dataset.ts';
import { emitAll, type BundleOptions } from './emit-bundle.ts';
import { filePieces } from './emit-tables.ts';

/**
 * The published data files, handed one at a time to `write` (path relative to /data/, and the
 * file's bytes as consecutive pieces, see filePieces): what scripts/build.ts writes. Pieces,
 * because a slice's bytes are views into its all-communes table's bytes and need not be copied. The downloads page calls emitAll with the same dataset and
 * date, so the sizes it shows are the sizes of these bytes. Returns the number of files.
 */
export async function emitDownloads(
  ds: Dataset,
  opts: BundleOptions,
  write: (path: string, pieces: Uint8Array[]) => Promise<void>,
): Promise<number> {
  const files = await emitAll(ds, opts);
  for (const f of files) await write(f.path, filePieces(f));
  return files.length;
}
