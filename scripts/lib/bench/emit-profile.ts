/**
 * Where the build's "data files" stage spends its time: the published tables (CSV + JSON: all
 * communes, then slices per commune and per indicator cut from them), the workbook (xlsx) and the
 * zip of the all-communes tables — the same calls as src/lib/emit/emit-bundle.ts, timed one after
 * the other in this process on an already checked dataset.
 */
import { performance } from 'node:perf_hooks';
import { emitTables } from '../../../src/lib/emit/emit-tables.ts';
import { workbook } from '../../../src/lib/emit/xlsx.ts';
import { zipFilesLater } from '../../../src/lib/emit/zip.ts';
import type { Dataset } from '../../../src/lib/dataset/check-dataset.ts';

export interface EmitProfile {
  tablesMs: number;
  tableFiles: number;
  tableBytes: number;
  xlsxMs: number;
  xlsxBytes: number;
  zipMs: number;
  zipBytes: number;
}

export async function profileEmit(ds: Dataset): Promise<EmitProfile> {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  const mtime = new Date(2026, 0, 1, 12);
  const tables = emitTables(ds);
  const tableBytes = tables.reduce((a, f) => a + f.bytes.length, 0);
  const tablesMs = lap();
  const main = tables.filter((f) => f.path.endsWith('.csv') && f.table?.group === 'all');
  const xlsx = await workbook(
    main.map((f) => f.table!),
    mtime,
  );
  const xlsxMs = lap();
  const zip = await zipFilesLater(
    [...main.map((f) => ({ name: f.path, bytes: f.bytes, level: 6 })), { name: 'x.xlsx', bytes: xlsx, level: 0 }],
    mtime,
  );
  const zipMs = lap();
  return { tablesMs, tableFiles: tables.length, tableBytes, xlsxMs, xlsxBytes: xlsx.length, zipMs, zipBytes: zip.length };
}
