import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toJsonRecords } from '../../../src/lib/emit/csv.ts';
import { emitTables } from '../../../src/lib/emit/emit-tables.ts';
import { realDataset } from '../support/real-dataset.ts';
import { readCsv, textOf, typedRows } from './read-back.ts';

describe('every published CSV', () => {
  it('is UTF-8 with a BOM and CRLF line ends, and no bare LF outside a quoted cell', async () => {
    const ds = await realDataset();
    for (const f of emitTables(ds).filter((x) => x.path.endsWith('.csv'))) {
      const csv = readCsv(f.bytes);
      expect(csv.bom, f.path).toBe(true);
      expect(csv.text.endsWith('\r\n'), f.path).toBe(true);
      const unquoted = csv.text.replace(/"(?:[^"]|"")*"/g, '');
      expect(unquoted.replace(/\r\n/g, ''), f.path).not.toMatch(/[\r\n]/);
    }
  });

  it('gives back exactly the rows it was generated from when parsed with papaparse', async () => {
    const ds = await realDataset();
    const csvs = emitTables(ds).filter((x) => x.path.endsWith('.csv'));
    expect(csvs.length).toBe(13 + 2 * ds.raw.communes.length + ds.rules.indicators.length);
    for (const f of csvs) {
      const table = f.table!;
      const csv = readCsv(f.bytes);
      expect(csv.errors, f.path).toEqual([]);
      expect(csv.fields, f.path).toEqual(table.columns.map((c) => c.name));
      expect(typedRows(table, csv.rows), f.path).toEqual(toJsonRecords(table.columns, table.rows));
    }
  });

  it('has a JSON twin with the same records, numbers as numbers and null for empty', async () => {
    const ds = await realDataset();
    const files = emitTables(ds);
    for (const f of files.filter((x) => x.path.endsWith('.csv'))) {
      const json = JSON.parse(textOf(files.find((x) => x.path === f.path.replace(/\.csv$/, '.json'))!.bytes));
      expect(json, f.path).toEqual(typedRows(f.table!, readCsv(f.bytes).rows));
    }
    const targets = JSON.parse(textOf(files.find((x) => x.path === 'targets.json')!.bytes));
    expect(targets[0]).toMatchObject({ commune_id: 'nhon-trach', target_year: 2026, value: 60, value_max: null, ceiling: false });
  });
});

/** A data/ file as its writer sees it: every cell a string. */
function dataFile(rel: string): { fields: string[]; rows: Record<string, string>[] } {
  const text = readFileSync(`data/${rel}`, 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { fields: parsed.meta.fields!, rows: parsed.data };
}

/** The columns the site adds after data/'s own in the tables published as transcribed: where each row's lines are on the site. */
const SITE_COLUMNS = ['source_url', 'alt_source_url'];

/**
 * A published file read back as strings, apostrophes undone, without the columns the site adds
 * (`siteColumns`: only the targets and tasks tables have them; references.csv has its own
 * source_url, the page a figure was read in, which is data and must come through).
 */
function published(
  files: ReturnType<typeof emitTables>,
  path: string,
  siteColumns: readonly string[] = [],
): { fields: string[]; rows: Record<string, string>[] } {
  const f = files.find((x) => x.path === path)!;
  const csv = readCsv(f.bytes);
  const rows = typedRows(f.table!, csv.rows).map((r) =>
    Object.fromEntries(
      Object.entries(r)
        .filter(([k]) => !siteColumns.includes(k))
        .map(([k, v]) => [k, v === null ? '' : String(v)]),
    ),
  );
  return { fields: csv.fields.filter((k) => !siteColumns.includes(k)), rows };
}

describe('the tables published as transcribed', () => {
  it.each([
    ['communes.csv', 'communes.csv'],
    ['documents.csv', 'documents.csv'],
    ['harmonize/pillars.csv', 'pillars.csv'],
    ['harmonize/catalogue.csv', 'catalogue.csv'],
    ['harmonize/crosswalk.csv', 'crosswalk.csv'],
    ['harmonize/responsible-units.csv', 'responsible-units.csv'],
    ['harmonize/unit-spellings.csv', 'unit-spellings.csv'],
    ['harmonize/references.csv', 'references.csv'],
    ['harmonize/ocr-readings.csv', 'ocr-readings.csv'],
  ])('data/%s is published cell for cell as %s', async (source, path) => {
    const files = emitTables(await realDataset());
    expect(published(files, path)).toEqual(dataFile(source));
  });

  it('publishes every column and cell of each data/targets/<commune>.csv as communes/<commune>-source.csv', async () => {
    const ds = await realDataset();
    const files = emitTables(ds);
    for (const c of ds.raw.communes) {
      expect(published(files, `communes/${c.id}-source.csv`, SITE_COLUMNS), c.id).toEqual(dataFile(`targets/${c.id}.csv`));
    }
  });

  it('adds after data/’s columns the site’s address of each row’s lines: the text’s page at the range that holds the figure', async () => {
    const ds = await realDataset();
    const rows = readCsv(
      emitTables(ds, 'https://portal.example.gov.vn/chi-tieu/').find((f) => f.path === 'source-targets.csv')!.bytes,
    ).rows;
    const nt01 = rows.find((r) => r.target_id === 'nhon-trach-01')!;
    expect(nt01.source_url).toBe('https://portal.example.gov.vn/chi-tieu/sources/002-ba792d655f7fc0c8/#L107-L108');
    expect(nt01.alt_source_url).toBe('https://portal.example.gov.vn/chi-tieu/sources/000-aa4d0d6fc52ffda5/#L103');
    const tasks = readCsv(emitTables(ds, '/').find((f) => f.path === 'tasks.csv')!.bytes).rows;
    expect(tasks[0]!.source_url).toMatch(/^\/sources\/002-ba792d655f7fc0c8\/#L433-L439$/);
  });

  it('publishes all communes’ source targets and tasks, in communes.csv order', async () => {
    const ds = await realDataset();
    const files = emitTables(ds);
    const concat = (dir: string) => {
      const parts = ds.raw.communes.map((c) => dataFile(`${dir}/${c.id}.csv`));
      return { fields: parts[0]!.fields, rows: parts.flatMap((p) => p.rows) };
    };
    expect(published(files, 'source-targets.csv', SITE_COLUMNS)).toEqual(concat('targets'));
    expect(published(files, 'tasks.csv', SITE_COLUMNS)).toEqual(concat('tasks'));
  });
});
