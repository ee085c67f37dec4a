import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dataVersion, emitAll, releaseBytes } from '../../../src/lib/emit/emit-bundle.ts';
import { realDataset } from '../support/real-dataset.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

describe('releaseBytes', () => {
  it('keeps every path, size, row count and the data version, and lets the bytes go', async () => {
    const ds = structuredClone(await realDataset());
    const opts = { date: '2026-01-02' };
    const before = await emitAll(ds, opts);
    const version = dataVersion(before);
    const shape = before.map((f) => [f.path, f.size, f.rows, f.table?.path ?? null]);
    // A weak reference to one file's bytes: gone once released, unless something still holds the file.
    const bytes = new WeakRef(before.find((f) => f.path === 'targets.csv')!.bytes);
    await releaseBytes(ds, opts);
    const after = await emitAll(ds, opts);
    expect(after.map((f) => [f.path, f.size, f.rows, f.table?.path ?? null])).toEqual(shape);
    expect(dataVersion(after)).toBe(version);
    expect(() => after[0]!.bytes).toThrow(/written and released/);
    before.length = 0;
    await new Promise((r) => setTimeout(r, 0));
    gc();
    expect(bytes.deref()).toBeUndefined();
  });
});
