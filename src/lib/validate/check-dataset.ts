import { checkRawDataset, type DataFiles, type RawDataset } from './check-raw-dataset.ts';
import type { DataError } from './data-error.ts';

export interface CheckedDataset {
  raw: RawDataset;
  summary: string;
}

export type DatasetResult = { ok: true; value: CheckedDataset } | { ok: false; errors: DataError[] };

/** Everything the check command and the build verify before anything is emitted. */
export function checkDataset(files: DataFiles, label = 'data'): DatasetResult {
  const raw = checkRawDataset(files, label);
  if (!raw.ok) return { ok: false, errors: raw.errors };
  const counts = raw.value.communes.map((c) => `${c.id} ${raw.value.targets.filter((t) => t.commune_id === c.id).length}`).join(', ');
  return {
    ok: true,
    value: {
      raw: raw.value,
      summary: `${raw.value.communes.length} communes, ${raw.value.targets.length} targets (${counts}), ${raw.value.tasks.length} tasks, ${raw.value.documents.length} documents`,
    },
  };
}
