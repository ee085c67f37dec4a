import Papa from 'papaparse';
import { unzipSync, strFromU8 } from 'fflate';
import Ajv from 'ajv-draft-04';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emitDownloads } from '../../../src/lib/emit/emit-downloads.ts';
import { emitAll, BUNDLE_NAME } from '../../../src/lib/emit/emit-bundle.ts';
import { toJsonRecords, unneutralize } from '../../../src/lib/emit/csv.ts';
import { realDataset } from '../support/real-dataset.ts';

// ignoreBOM keeps the BOM in the decoded text, so the test can see it is there.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const parseCsv = (bytes: Uint8Array) => {
  const text = decoder.decode(bytes);
  expect(text.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true, newline: '\r\n' });
};

describe('the published data files', () => {
  it('write every source target exactly once in targets.csv, required columns first', async () => {
    const ds = await realDataset();
    const file = emitDownloads(ds).find((f) => f.path === 'targets.csv')!;
    const parsed = parseCsv(file.bytes);
    expect(parsed.meta.fields!.slice(0, 9)).toEqual([
      'commune_id',
      'indicator_id',
      'match',
      'target_year',
      'comparator',
      'value',
      'value_max',
      'unit',
      'target_raw',
    ]);
    expect(parsed.data.map((r) => r.target_id).sort()).toEqual(ds.raw.targets.map((t) => t.target_id).sort());
    const five = parsed.data
      .filter((r) => r.indicator_id === '5g-coverage' && r.match === 'same')
      .map((r) => [r.commune_id, r.comparator, r.value]);
    expect(five).toEqual([
      ['nhon-trach', '>=', '60'],
      ['xuan-thanh', '>=', '65'],
      ['phuoc-an', '>=', '60'],
    ]);
    const grdp = parsed.data.find((r) => r.indicator_id === 'digital-economy-grdp')!;
    expect([grdp.comparator, grdp.value, grdp.value_max, grdp.unit]).toEqual(['between', '15', '17', 'percent']);
  });

  it('are byte-identical when emitted twice', async () => {
    const ds = await realDataset();
    const a = emitDownloads(ds);
    const b = emitDownloads(ds);
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path));
    a.forEach((f, i) => expect(Buffer.compare(Buffer.from(f.bytes), Buffer.from(b[i]!.bytes))).toBe(0));
  });

  it('give back exactly the rows they were generated from when parsed with papaparse', async () => {
    const ds = await realDataset();
    for (const f of emitDownloads(ds).filter((x) => x.path.endsWith('.csv'))) {
      const table = f.table!;
      const expected = toJsonRecords(table.columns, table.rows);
      const parsed = parseCsv(f.bytes);
      expect(parsed.errors, f.path).toEqual([]);
      const back = parsed.data.map((row) =>
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
      expect(back, f.path).toEqual(expected);
    }
  });

  it('describe every CSV in a datapackage.json valid against the Frictionless schema', async () => {
    const ds = await realDataset();
    const files = await emitAll(ds, { date: '2026-11-23' });
    const pkg = JSON.parse(new TextDecoder().decode(files.find((f) => f.path === 'datapackage.json')!.bytes));
    const schema = JSON.parse(readFileSync('tests/fixtures/frictionless/tabular-data-package.json', 'utf8'));
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    expect(validate(pkg), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const csvPaths = files.filter((f) => f.path.endsWith('.csv')).map((f) => f.path);
    expect(pkg.resources.map((r: { path: string }) => r.path).sort()).toEqual(csvPaths.sort());
    for (const r of pkg.resources as { path: string; schema: { fields: { name: string; type: string }[] } }[]) {
      const parsed = parseCsv(files.find((f) => f.path === r.path)!.bytes);
      expect(parsed.meta.fields, r.path).toEqual(r.schema.fields.map((x) => x.name));
      for (const field of r.schema.fields.filter((x) => x.type === 'number' || x.type === 'integer')) {
        for (const row of parsed.data) {
          const v = row[field.name]!;
          if (v !== '') expect(Number.isFinite(Number(v)), `${r.path} ${field.name} ${v}`).toBe(true);
          if (v !== '' && field.type === 'integer') expect(Number.isInteger(Number(v))).toBe(true);
        }
      }
    }
  });

  it('put Vietnamese text in the workbook as strings, never as formulas', async () => {
    const ds = await realDataset();
    const files = await emitAll(ds, { date: '2026-11-23' });
    const xlsx = unzipSync(files.find((f) => f.path === `${BUNDLE_NAME}.xlsx`)!.bytes);
    const sheets = Object.keys(xlsx).filter((k) => k.startsWith('xl/worksheets/sheet'));
    expect(sheets.length).toBe(11);
    const allXml = Object.entries(xlsx)
      .map(([, v]) => strFromU8(v))
      .join('');
    expect(allXml).toContain('Nhơn Trạch');
    expect(allXml).toContain('Tỉ lệ phủ sóng 5G trên địa bàn xã');
    expect(allXml).not.toMatch(/<f>/);
  });

  it('bundle everything with a README in a zip that is byte-identical for the same date', async () => {
    const ds = await realDataset();
    const a = (await emitAll(ds, { date: '2026-01-02' })).find((f) => f.path.endsWith('.zip'))!;
    const entries = unzipSync(a.bytes);
    expect(Object.keys(entries)).toContain('README.md');
    expect(Object.keys(entries)).toContain('targets.csv');
    expect(strFromU8(entries['README.md']!)).toContain('CC BY 4.0');
    const again = (await emitAll(structuredClone(ds), { date: '2026-01-02' })).find((f) => f.path.endsWith('.zip'))!;
    expect(Buffer.compare(Buffer.from(a.bytes), Buffer.from(again.bytes))).toBe(0);
  });
});
