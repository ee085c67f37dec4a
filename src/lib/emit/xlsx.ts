import { unzipSync, zipSync } from 'fflate';
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/node';
import type { Table } from './tables.ts';

/**
 * The Excel workbook: one sheet per table, a bold frozen header row, column widths fitted to the
 * text. Strings are written as string cells (shared strings) — never as formulas, so no
 * apostrophe is needed here — and numbers as numbers.
 *
 * write-excel-file stamps every zip entry with the current time; the entries are re-zipped with
 * a fixed `mtime` so that the same tables give the same bytes (reproducible builds).
 */
export async function workbook(tables: Table[], mtime: Date): Promise<Uint8Array> {
  const sheets: Sheet<never>[] = tables.map((t) => {
    const data: Cell[][] = [
      t.columns.map((c) => ({ value: c.name, type: String, fontWeight: 'bold' as const })),
      ...t.rows.map((r) =>
        t.columns.map((c): Cell => {
          const v = c.value(r);
          if (v === null || v === '') return null;
          if (typeof v === 'number') return { value: v, type: Number };
          if (typeof v === 'boolean') return { value: v, type: Boolean };
          return { value: v, type: String };
        }),
      ),
    ];
    const widths = t.columns.map((c) => Math.min(60, Math.max(c.name.length, ...t.rows.map((r) => String(c.value(r) ?? '').length)) + 2));
    return { sheet: sheetName(t.path), data, columns: widths.map((width) => ({ width })), stickyRowsCount: 1 };
  });
  const zipped = new Uint8Array(await writeXlsxFile(sheets).toBuffer());
  const entries = unzipSync(zipped);
  return zipSync(Object.fromEntries(Object.entries(entries).map(([name, bytes]) => [name, [bytes, { mtime }]])), { level: 6 });
}

/** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
export function sheetName(path: string): string {
  return path.replace(/[[\]:*?/\\]/g, '-').slice(0, 31);
}
