import { resolve } from 'node:path';
import { checkDataset, type DatasetResult } from '../dataset/check-dataset.ts';
import { dataError } from '../core/data-error.ts';
import { readDataFolder } from './read-data-files.ts';

/**
 * The one path from a data folder on disk to a checked dataset, for the check command, the build
 * and the pages: read (every problem of the folder and its files becomes a located error), then
 * check. `label` is how messages name the folder (e.g. "data"). A folder that cannot be read, or
 * holds no data file at all, is one error, not one per file it lacks.
 */
export async function checkDataFolder(dir: string, label = dir): Promise<DatasetResult> {
  const folder = await readDataFolder(resolve(dir), label);
  if (folder.files.size === 0 && folder.unreadable.size === 0) {
    if (folder.problems.length > 0) return { ok: false, errors: folder.problems };
    return {
      ok: false,
      errors: [
        dataError({
          file: label,
          problem: 'the folder holds no data files (no .csv anywhere in it)',
          expected: 'a folder laid out as data/ (communes.csv, targets/, tasks/, harmonize/, sources/; see data/README.md)',
        }),
      ],
    };
  }
  return checkDataset(folder.files, label, folder);
}
