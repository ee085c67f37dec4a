import type { Dataset } from '../dataset/check-dataset.ts';
import { emitAll, emitTableFiles, type BundleOptions } from './emit-bundle.ts';
import { filePieces, releaseFileBytes, type EmittedFile } from './emit-tables.ts';

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
  // The tables first, as soon as they are made (the workbook and the zip take longer). A JSON file
  // is let go once written: the zip holds only CSVs, and the JSON twins of the all-communes tables
  // (275 MB at 3,321 communes) would otherwise stay until every file, the zip last, is written.
  const tables = await emitTableFiles(ds, opts);
  const isJson = (f: EmittedFile) => f.path.endsWith('.json');
  // The JSON files before the CSVs: an all-communes JSON's bytes go once it and all its slices are written.
  await writeEach([...tables.filter(isJson), ...tables.filter((f) => !isJson(f))], write, (f) => {
    if (isJson(f)) releaseFileBytes(f);
  });
  const written = new Set(tables);
  const files = await emitAll(ds, opts);
  await writeEach(
    files.filter((f) => !written.has(f)),
    write,
    () => {},
  );
  return files.length;
}

/**
 * Writes files with some writes in flight. One at a time, 13,000 small files spend most of their
 * time waiting. The build writes them while it renders the pages (scripts/lib/build-site.ts),
 * where each write gets this thread only between two pages: at 3,321 communes, 8 in flight took
 * 29 s and held the files' 600 MB of bytes that long (peak 1.87 GB); 64 took 13 s (1.71 GB). 256
 * was no faster.
 */
async function writeEach(
  files: EmittedFile[],
  write: (path: string, pieces: Uint8Array[]) => Promise<void>,
  written: (f: EmittedFile) => void,
): Promise<void> {
  const inFlight = new Set<Promise<void>>();
  try {
    for (const f of files) {
      const p: Promise<void> = write(f.path, filePieces(f))
        .then(() => written(f))
        .finally(() => inFlight.delete(p));
      p.catch(() => {}); // a failure is reported once, by the race or the final all
      inFlight.add(p);
      if (inFlight.size >= WRITES_IN_FLIGHT) await Promise.race(inFlight);
    }
    await Promise.all(inFlight);
  } catch (err) {
    // Let the other writes finish before the caller cleans up, so that none lands after it.
    await Promise.allSettled(inFlight);
    throw err;
  }
}
const WRITES_IN_FLIGHT = 64;
