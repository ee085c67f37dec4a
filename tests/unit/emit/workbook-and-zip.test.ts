import { strFromU8, unzipSync } from 'fflate';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Column } from '../../../src/lib/emit/csv.ts';
import { BUNDLE_NAME, dataVersion, emitAll, emitVersion, inZip } from '../../../src/lib/emit/emit-bundle.ts';
import { prepareEntry, prepareEntryLater, zipFiles, zipFilesLater } from '../../../src/lib/emit/zip.ts';
import type { Table } from '../../../src/lib/emit/table.ts';
import { sheetName, workbook } from '../../../src/lib/emit/xlsx.ts';
import { realDataset } from '../support/real-dataset.ts';

const xml = (entries: Record<string, Uint8Array>, prefix: string) =>
  Object.entries(entries)
    .filter(([k]) => k.startsWith(prefix))
    .map(([, v]) => strFromU8(v))
    .join('\n');

describe('the workbook', () => {
  it('has one sheet per all-communes table, named after it, with Vietnamese intact', async () => {
    const files = await emitAll(await realDataset(), { date: '2026-11-23' });
    const entries = unzipSync(files.find((f) => f.path === `${BUNDLE_NAME}.xlsx`)!.bytes);
    const sheets = Object.keys(entries).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k));
    const tables = files.filter((f) => f.path.endsWith('.csv') && f.table?.group === 'all');
    expect(sheets.length).toBe(tables.length);
    const workbookXml = strFromU8(entries['xl/workbook.xml']!);
    for (const t of tables) expect(workbookXml).toContain(`name="${sheetName(t.table!.path)}"`);
    const strings = xml(entries, 'xl/sharedStrings');
    expect(strings).toContain('Nhơn Trạch');
    expect(strings).toContain('Tỉ lệ phủ sóng 5G trên địa bàn xã');
    expect(xml(entries, 'xl/worksheets/')).not.toMatch(/<f[ >]/);
  });

  it('stores formula-looking text as a string cell, never as a formula, and numbers as numbers', async () => {
    type Row = { text: string; n: number };
    const columns: Column<Row>[] = [
      { name: 'text', type: 'string', description: '', value: (r) => r.text },
      { name: 'n', type: 'number', description: '', value: (r) => r.n },
    ];
    const rows: Row[] = [
      { text: '=HYPERLINK("http://x","y")', n: -5 },
      { text: '\t<script>&', n: 1 },
    ];
    const table = { path: 'hostile', group: 'all', title: '', description: '', columns, rows } as unknown as Table;
    const entries = unzipSync(await workbook([table], new Date(2026, 0, 1, 12)));
    const sheet = strFromU8(entries['xl/worksheets/sheet1.xml']!);
    expect(sheet).not.toMatch(/<f[ >]/);
    const strings = strFromU8(entries['xl/sharedStrings.xml']!);
    expect(strings).toContain('<t>=HYPERLINK("http://x","y")</t>');
    expect(strings).toContain('<t xml:space="preserve">\t&lt;script&gt;&amp;</t>');
    // Row 2: A2 is a shared-string cell (t="s"), B2 a plain number cell holding -5.
    expect(sheet).toMatch(/<c r="A2"[^>]*t="s"[^>]*>/);
    expect(sheet).toMatch(/<c r="B2"(?![^>]*t=)[^>]*><v>-5<\/v><\/c>/);
  });

  it('names sheets within Excel’s limits', () => {
    expect(sheetName('communes/nhon-trach')).toBe('communes-nhon-trach');
    expect(sheetName('a'.repeat(40)).length).toBe(31);
  });
});

describe('the zip', () => {
  it('holds the all-communes CSVs, the plan texts, datapackage.json, the workbook and a README, with the same bytes', async () => {
    const files = await emitAll(await realDataset(), { date: '2026-11-23' });
    const entries = unzipSync(files.find((f) => f.path === `${BUNDLE_NAME}.zip`)!.bytes);
    const expected = files.filter(inZip);
    const csvs = files.filter((f) => f.path.endsWith('.csv') && f.table!.group === 'all').map((f) => f.path);
    expect(csvs).toContain('targets.csv');
    const texts = files.filter((f) => f.path.startsWith('sources/')).map((f) => f.path);
    expect(texts.length).toBe(5);
    expect(expected.map((f) => f.path).sort()).toEqual([...csvs, ...texts, 'datapackage.json', `${BUNDLE_NAME}.xlsx`].sort());
    expect(Object.keys(entries).sort()).toEqual(['README.md', ...expected.map((f) => f.path)].sort());
    for (const f of expected) expect(Buffer.compare(Buffer.from(entries[f.path]!), Buffer.from(f.bytes)), f.path).toBe(0);
  });

  it('is a zip other tools read: the same entries and bytes through node:zlib, with the build date on every entry', async () => {
    const files = await emitAll(await realDataset(), { date: '2026-11-23' });
    const zip = Buffer.from(files.find((f) => f.path === `${BUNDLE_NAME}.zip`)!.bytes);
    // Walk the central directory by hand and inflate each entry with zlib (an independent reader).
    const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    const count = zip.readUInt16LE(end + 10);
    let at = zip.readUInt32LE(end + 16);
    const names: string[] = [];
    for (let i = 0; i < count; i++) {
      expect(zip.readUInt32LE(at)).toBe(0x02014b50);
      const [method, time, date] = [zip.readUInt16LE(at + 10), zip.readUInt16LE(at + 12), zip.readUInt16LE(at + 14)];
      const [csize, size, nameLength, local] = [
        zip.readUInt32LE(at + 20),
        zip.readUInt32LE(at + 24),
        zip.readUInt16LE(at + 28),
        zip.readUInt32LE(at + 42),
      ];
      const name = zip.toString('utf8', at + 46, at + 46 + nameLength);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + csize);
      const bytes = method === 0 ? data : inflateRawSync(data);
      expect(bytes.length, name).toBe(size);
      expect([date >> 9, (date >> 5) & 15, date & 31, time >> 11], name).toEqual([2026 - 1980, 11, 23, 12]);
      const f = files.find((x) => x.path === name);
      if (f) expect(Buffer.compare(bytes, Buffer.from(f.bytes)), name).toBe(0);
      names.push(name);
      at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    }
    expect(names[0]).toBe('README.md');
    expect(names).toHaveLength(files.filter(inZip).length + 1);
  });

  it('has a README with the files, columns, normalization rules, licence, citation, date and version', async () => {
    const files = await emitAll(await realDataset(), { date: '2026-11-23' });
    const readme = strFromU8(unzipSync(files.find((f) => f.path.endsWith('.zip'))!.bytes)['README.md']!);
    const version = dataVersion(files);
    expect(readme).toContain(`Data version **${version}**, built 2026-11-23`);
    for (const f of files.filter((x) => x.path.endsWith('.csv') && inZip(x)))
      expect(readme).toContain(`\`${f.path}\` (${f.rows} ${f.rows === 1 ? 'row' : 'rows'})`);
    // The slices are not in the zip: the README says where they are and how many there are.
    expect(readme).toContain('Published beside this zip on the site');
    expect(readme).toContain('`communes/<commune id>.csv` (4 files)');
    expect(readme).toContain('`communes/<commune id>-source.csv` (4 files)');
    const indicators = files.filter((x) => x.path.startsWith('indicators/') && x.path.endsWith('.csv')).length;
    expect(readme).toContain(`\`indicators/<indicator id>.csv\` (${indicators} files)`);
    expect(readme).not.toContain('`communes/nhon-trach.csv`');
    expect(readme).toContain('- `target_year` (integer)');
    expect(readme).toContain('- `comparator` (string)');
    expect(readme).toContain('methodology/');
    expect(readme).toContain('OCR rule');
    expect(readme).toContain('never ranked together');
    expect(readme).toContain('leading apostrophe');
    expect(readme).toContain('public administrative documents');
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain(`@misc{chitieuxa-${version}`);
  });
});

describe('deflating on the thread pool', () => {
  const text = new TextEncoder().encode('Tỉ lệ phủ sóng 5G trên địa bàn xã ≥ 60%\n'.repeat(500));
  const mtime = new Date(2026, 0, 1, 12);

  it('gives the same bytes as deflating on this thread, entry by entry and as a whole zip', async () => {
    for (const level of [0, 4, 6]) {
      const e = { name: 'a/ư.csv', bytes: text, level };
      expect(await prepareEntryLater(e)).toEqual(prepareEntry(e));
    }
    const entries = [
      { name: 'a.csv', bytes: text, level: 6 },
      { name: 'b.xlsx', bytes: text.subarray(0, 100), level: 0 },
    ];
    expect(await zipFilesLater(entries, mtime)).toEqual(zipFiles(entries, mtime));
  });
});

describe('the data version the pages cite', () => {
  it('is known before the workbook and the zip are made, and is the version of the files emitAll gives', async () => {
    const ds = await realDataset();
    const opts = { date: '2026-11-25' }; // a date no other test emits: a fresh emit
    const first = await Promise.race([emitVersion(ds, opts).then(() => 'version'), emitAll(ds, opts).then(() => 'files')]);
    expect(first).toBe('version');
    const version = await emitVersion(ds, opts);
    expect(version).toMatch(/^[0-9a-f]{10}$/);
    expect(version).toBe(dataVersion(await emitAll(ds, opts)));
  });
});
