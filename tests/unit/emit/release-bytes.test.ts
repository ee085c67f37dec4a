import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { dataVersion, emitAll, emitTableFiles, releaseBytes } from '../../../src/lib/emit/emit-bundle.ts';
import { emitDownloads } from '../../../src/lib/emit/emit-downloads.ts';
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

describe('emitDownloads', () => {
  it('writes the tables before the bundles, JSON first, and lets each JSON file go once written', async () => {
    const ds = structuredClone(await realDataset());
    const opts = { date: '2026-01-03' };
    const tables = await emitTableFiles(ds, opts);
    const expected = new Map((await emitAll(ds, opts)).map((f) => [f.path, Buffer.from(f.bytes)]));
    const json = tables.find((f) => f.path === 'targets.json')!;
    const jsonBytes = new WeakRef(json.bytes);
    const order: string[] = [];
    const written = new Map<string, Buffer>();
    await emitDownloads(ds, opts, async (path, pieces) => {
      order.push(path);
      written.set(path, Buffer.concat(pieces));
    });
    // Every file written once, with the bytes emitAll gives.
    expect([...written.keys()].sort()).toEqual([...expected.keys()].sort());
    for (const [path, bytes] of written) expect(bytes.equals(expected.get(path)!), path).toBe(true);
    // The tables first (JSON, then CSV), then the plan texts and the bundles, the zip last.
    const firstCsv = order.findIndex((p) => p.endsWith('.csv'));
    expect(order.slice(0, firstCsv).every((p) => p.endsWith('.json'))).toBe(true);
    expect(order.indexOf('targets.csv')).toBeLessThan(order.indexOf('chi-tieu-xa.xlsx'));
    expect(order.at(-1)).toBe('chi-tieu-xa.zip');
    // A written JSON file's bytes are gone; the CSVs (the zip's inputs) stay until releaseBytes.
    expect(() => json.bytes).toThrow(/written and released/);
    expect(json.size).toBe(expected.get('targets.json')!.length);
    expect(tables.find((f) => f.path === 'targets.csv')!.bytes.length).toBe(expected.get('targets.csv')!.length);
    expected.clear();
    await new Promise((r) => setTimeout(r, 0));
    gc();
    expect(jsonBytes.deref()).toBeUndefined();
  });
});
