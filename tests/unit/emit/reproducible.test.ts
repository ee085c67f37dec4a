import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDate, dataVersion, emitAll, zipTime } from '../../../src/lib/emit/emit-bundle.ts';
import { emitDownloads } from '../../../src/lib/emit/emit-downloads.ts';
import { emitTables } from '../../../src/lib/emit/emit-tables.ts';
import { realDataset } from '../support/real-dataset.ts';
import { textOf } from './read-back.ts';

const same = (a: Uint8Array, b: Uint8Array) => Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;

afterEach(() => {
  vi.useRealTimers();
});

describe('reproducible output', () => {
  it('emits byte-identical CSV and JSON files twice in a row', async () => {
    const ds = await realDataset();
    const a = emitTables(ds);
    const b = emitTables(structuredClone(ds));
    expect(b.map((f) => f.path)).toEqual(a.map((f) => f.path));
    a.forEach((f, i) => expect(same(f.bytes, b[i]!.bytes), f.path).toBe(true));
  });

  it('emits a byte-identical workbook and zip for the same date, whatever the clock says', async () => {
    const ds = await realDataset();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-03-04T05:06:07Z'));
    const collect = async () => {
      const out = new Map<string, Uint8Array>();
      await emitDownloads(structuredClone(ds), { date: '2026-01-02' }, async (path, pieces) => void out.set(path, Buffer.concat(pieces)));
      return out;
    };
    const a = await collect();
    vi.setSystemTime(new Date('2031-08-09T10:11:13Z'));
    const b = await collect();
    expect([...b.keys()]).toEqual([...a.keys()]);
    for (const [path, bytes] of a) expect(same(bytes, b.get(path)!), path).toBe(true);
  });

  it('keeps the build date out of every CSV and JSON table; only the bundles carry it', async () => {
    const ds = await realDataset();
    const files = await emitAll(structuredClone(ds), { date: '2029-12-31' });
    for (const f of files.filter((x) => x.table)) expect(textOf(f.bytes), f.path).not.toContain('2029-12-31');
    expect(textOf(files.find((f) => f.path === 'datapackage.json')!.bytes)).toContain('2029-12-31');
  });

  it('gives the same data version for any build date, and another one when a value changes', async () => {
    const ds = await realDataset();
    const v1 = dataVersion(await emitAll(structuredClone(ds), { date: '2026-01-01' }));
    const v2 = dataVersion(await emitAll(structuredClone(ds), { date: '2027-06-30' }));
    expect(v1).toMatch(/^[0-9a-f]{10}$/);
    expect(v2).toBe(v1);
    const changed = structuredClone(ds);
    changed.targets[0]!.value = 61;
    expect(dataVersion(emitTables(changed))).not.toBe(v1);
  });
});

describe('buildDate', () => {
  it('reads SOURCE_DATE_EPOCH (seconds) as a UTC date', () => {
    expect(buildDate({ SOURCE_DATE_EPOCH: '1767225600' })).toBe('2026-01-01');
  });

  it('is today when SOURCE_DATE_EPOCH is not set', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T10:00:00Z'));
    expect(buildDate({})).toBe('2026-11-23');
    expect(buildDate({ SOURCE_DATE_EPOCH: '' })).toBe('2026-11-23');
  });

  it('refuses a SOURCE_DATE_EPOCH that is not whole seconds', () => {
    expect(() => buildDate({ SOURCE_DATE_EPOCH: 'yesterday' })).toThrow('SOURCE_DATE_EPOCH must be whole seconds');
  });
});

describe('zipTime', () => {
  it('is noon of the build date in local time, and never before the DOS epoch of 1980', () => {
    const t = zipTime('2026-11-23');
    expect([t.getFullYear(), t.getMonth(), t.getDate(), t.getHours()]).toEqual([2026, 10, 23, 12]);
    expect(zipTime('1970-01-01').getFullYear()).toBe(1980);
  });
});
