import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BUNDLE_NAME, emitAll } from '../../../src/lib/emit/emit-bundle.ts';
import { sheetName } from '../../../src/lib/emit/xlsx.ts';
import { readCsv } from './read-back.ts';
import { realDataset } from '../support/real-dataset.ts';

describe('the published references', () => {
  it('come as references.csv and its JSON twin, a sheet of the workbook, a file of the zip and a resource of datapackage.json', async () => {
    const ds = await realDataset();
    const files = await emitAll(ds, { date: '2026-12-07' });
    const csv = files.find((f) => f.path === 'references.csv')!;
    const rows = readCsv(csv.bytes).rows;
    expect(rows).toHaveLength(ds.rules.references.length);
    const json = JSON.parse(strFromU8(files.find((f) => f.path === 'references.json')!.bytes)) as { source_url: string; value: number }[];
    expect(json.map((r) => r.source_url)).toEqual(ds.rules.references.map((r) => r.source_url));
    expect(json.map((r) => r.value)).toEqual(ds.rules.references.map((r) => r.value));
    const zip = unzipSync(files.find((f) => f.path === `${BUNDLE_NAME}.zip`)!.bytes);
    expect(Buffer.compare(Buffer.from(zip['references.csv']!), Buffer.from(csv.bytes))).toBe(0);
    const book = unzipSync(files.find((f) => f.path === `${BUNDLE_NAME}.xlsx`)!.bytes);
    expect(strFromU8(book['xl/workbook.xml']!)).toContain(`name="${sheetName('references')}"`);
    const pkg = JSON.parse(strFromU8(files.find((f) => f.path === 'datapackage.json')!.bytes)) as {
      resources: { path: string; schema?: { fields: { name: string }[] } }[];
    };
    const res = pkg.resources.find((r) => r.path === 'references.csv')!;
    expect(res.schema!.fields.map((f) => f.name)).toEqual(Object.keys(rows[0]!));
    expect(res.schema!.fields.map((f) => f.name)).toContain('source_quote');
  });
});
