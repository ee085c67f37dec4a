/**
 * Where the build's "data files" stage spends its time: the published tables (CSV + JSON per
 * table, per commune, per indicator), the workbook (xlsx) and the zip bundle (fflate, level 9),
 * timed one after the other in this process on an already checked dataset.
 */
import { performance } from 'node:perf_hooks';
import { zipSync } from 'fflate';
import { emitTables } from '../../../src/lib/emit/emit-tables.ts';
import { workbook } from '../../../src/lib/emit/xlsx.ts';
import type { Dataset } from '../../../src/lib/validate/check-dataset.ts';

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
  const tables = emitTables(ds);
  const tablesMs = lap();
  const sheets = tables.filter((f) => f.path.endsWith('.csv') && f.table?.group === 'all').map((f) => f.table!);
  const xlsx = await workbook(sheets, new Date(2026, 0, 1, 12));
  const xlsxMs = lap();
  const zip = zipSync(Object.fromEntries([...tables.map((f) => [f.path, f.bytes] as const), ['x.xlsx', xlsx] as const]), { level: 9 });
  const zipMs = lap();
  return {
    tablesMs,
    tableFiles: tables.length,
    tableBytes: tables.reduce((a, f) => a + f.bytes.length, 0),
    xlsxMs,
    xlsxBytes: xlsx.length,
    zipMs,
    zipBytes: zip.length,
  };
}
