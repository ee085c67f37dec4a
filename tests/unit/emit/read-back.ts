import Papa from 'papaparse';
import { unneutralize, type CellValue } from '../../../src/lib/emit/csv.ts';
import type { Table } from '../../../src/lib/emit/table.ts';

// ignoreBOM keeps the BOM in the decoded text, so a test can see that it is there.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** A published CSV as a reader gets it: BOM stripped, header row, every cell a string. */
export function readCsv(bytes: Uint8Array): {
  bom: boolean;
  text: string;
  fields: string[];
  rows: Record<string, string>[];
  errors: unknown[];
} {
  const text = decoder.decode(bytes);
  const bom = text.startsWith('\uFEFF');
  const parsed = Papa.parse<Record<string, string>>(bom ? text.slice(1) : text, {
    header: true,
    dynamicTyping: false,
    skipEmptyLines: true,
    newline: '\r\n',
  });
  return { bom, text, fields: parsed.meta.fields ?? [], rows: parsed.data, errors: parsed.errors };
}

/** Parsed CSV cells back to typed values, by the table's column types, apostrophes undone. */
export function typedRows(table: Table, rows: Record<string, string>[]): Record<string, CellValue>[] {
  return rows.map((row) =>
    Object.fromEntries(
      table.columns.map((c) => {
        const v = row[c.name] ?? '';
        if (v === '') return [c.name, null];
        if (c.type === 'number' || c.type === 'integer') return [c.name, Number(v)];
        if (c.type === 'boolean') return [c.name, v === 'true'];
        return [c.name, unneutralize(v)];
      }),
    ),
  );
}

export const textOf = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
