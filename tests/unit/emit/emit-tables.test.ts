import { describe, expect, it } from 'vitest';
import { toCsv, toJson } from '../../../src/lib/emit/csv.ts';
import { emitTables } from '../../../src/lib/emit/emit-tables.ts';
import { realDataset } from '../support/real-dataset.ts';

const encoder = new TextEncoder();
const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

describe('emitTables', () => {
  it('writes every file, slices included, exactly as toCsv and toJson would, and knows its size beforehand', async () => {
    const files = emitTables(await realDataset());
    const kinds = new Set<string>();
    for (const f of files) {
      const t = f.table!;
      const want = f.path.endsWith('.csv') ? toCsv(t.columns, t.rows) : toJson(t.columns, t.rows);
      expect(same(f.bytes, encoder.encode(want)), f.path).toBe(true);
      expect(f.size, f.path).toBe(f.bytes.length);
      kinds.add(`${t.group} ${t.rows.length === 0 ? 'empty' : t.rows.length === 1 ? 'one' : 'many'}`);
    }
    // Slices cut from the all-communes bytes, with one row and with several: the cases that can go wrong.
    expect(kinds).toContain('commune many');
    expect(kinds).toContain('indicator many');
    expect(kinds).toContain('indicator one');
  });

  it('gives the same bytes each time a slice is read', async () => {
    const files = emitTables(await realDataset());
    const slice = files.find((f) => f.path === 'communes/nhon-trach.json')!;
    expect(same(slice.bytes, slice.bytes)).toBe(true);
    expect(slice.bytes).not.toBe(slice.bytes); // assembled when read, not kept
  });
});
