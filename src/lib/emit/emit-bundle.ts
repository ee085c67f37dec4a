import { createHash } from 'node:crypto';
import { strToU8, zipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import type { Dataset } from '../validate/check-dataset.ts';
import { emitDownloads, type EmittedFile } from './emit-downloads.ts';
import type { Table } from './tables.ts';

export const BUNDLE_NAME = 'chi-tieu-xa';

export interface BundleOptions {
  /** Build date (YYYY-MM-DD): from SOURCE_DATE_EPOCH for reproducible builds, else today. */
  date: string;
}

export function buildDate(env: Record<string, string | undefined>): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return (Number.isFinite(epoch) && epoch > 0 ? new Date(epoch * 1000) : new Date()).toISOString().slice(0, 10);
}

/** Short hash of every published CSV: changes exactly when the data changes. */
export function dataVersion(files: EmittedFile[]): string {
  const h = createHash('sha256');
  for (const f of files.filter((x) => x.path.endsWith('.csv'))) {
    h.update(f.path);
    h.update(f.bytes);
  }
  return h.digest('hex').slice(0, 12);
}

const FIELD_TYPE = { string: 'string', number: 'number', integer: 'integer', boolean: 'boolean' } as const;

/** Frictionless Tabular Data Package describing every CSV. */
export function dataPackage(files: EmittedFile[], version: string, date: string): object {
  return {
    profile: 'tabular-data-package',
    name: BUNDLE_NAME,
    title: 'Commune digital-transformation targets (Resolution 57-NQ/TW), compared',
    description:
      'Targets of the commune plans of Nhơn Trạch, Xuân Thành, Phước An (Đồng Nai) and Nghĩa Đàn (Nghệ An), transcribed with provenance and harmonized onto one catalogue.',
    version,
    created: `${date}T00:00:00Z`,
    licenses: [{ name: 'CC-BY-4.0', title: 'Creative Commons Attribution 4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }],
    resources: files
      .filter((f) => f.path.endsWith('.csv') && f.table)
      .map((f) => ({
        name: f.path.replace(/\.csv$/, '').replace(/[^a-z0-9._-]/g, '-'),
        path: f.path,
        profile: 'tabular-data-resource',
        title: f.table!.title,
        description: f.table!.description,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        bytes: f.bytes.length,
        dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
        schema: { fields: f.table!.columns.map((c) => ({ name: c.name, type: FIELD_TYPE[c.type], description: c.description })) },
      })),
  };
}

function readme(files: EmittedFile[], version: string, date: string): string {
  const lines = [
    '# Commune digital-transformation targets — data bundle',
    '',
    `Data version ${version}, built ${date}.`,
    '',
    'Targets that the commune People’s Committees of Nhơn Trạch, Xuân Thành, Phước An (Đồng Nai) and Nghĩa Đàn (Nghệ An) set in their plans implementing Politburo Resolution 57-NQ/TW, transcribed with the source file and line of every figure, and harmonized onto one catalogue of indicators.',
    '',
    '## Files',
    '',
    ...files
      .filter((f) => f.table && f.path.endsWith('.csv'))
      .map((f) => `- \`${f.path}\` (${f.rows} rows): ${f.table!.title}. ${f.table!.description}`),
    '- `*.json`: the same rows as JSON records (numbers as numbers, empty as null).',
    `- \`${BUNDLE_NAME}.xlsx\`: every main table as a sheet.`,
    '- `datapackage.json`: Frictionless Tabular Data Package with every column’s type and description.',
    '',
    '## Columns of targets.csv',
    '',
    ...(files.find((f) => f.path === 'targets.csv')?.table?.columns.map((c) => `- \`${c.name}\` (${c.type}): ${c.description}`) ?? []),
    '',
    '## How values were normalized',
    '',
    '- `comparator`: `>=` for “≥”, “tối thiểu”, “ít nhất” and for bare figures (“80%”, “đạt 100%”, recorded as comparator_source `implied`); `>` for “trên” (a real word) and for “>” in clean text; in OCR texts a “>” is read as `>=` (comparator_source `ocr-symbol`) because the OCR of these plans turns “≥” into “>” (evidence: the two copies of the Nhơn Trạch plan, 000 and 002); `between` for ranges (value = lower bound, value_max = upper); `yes` for “Có…”; `text` for qualitative targets.',
    '- `ceiling` is true when a share is at 100% (“≥ 100%” and “100%” mean the same).',
    '- `match`: `same` (same measure), `comparable` (same measure, other scope — see match_note_en), `related` (shown together, never ranked), `unmapped` (reason in match_note_en).',
    '- Comparisons rank only same/comparable rows with the same unit and target year; 2026 and 2030 targets are never ranked together.',
    '- The full methodology is on the site’s Methodology page.',
    '',
    '## CSV format',
    '',
    'UTF-8 with BOM, CRLF, comma-separated. Text cells that a spreadsheet would run as a formula (starting with =, +, -, @, tab, CR or LF) are prefixed with an apostrophe (OWASP CSV injection); numeric columns are plain numbers. The JSON files carry the values without the prefix.',
    '',
    '## Licence and citation',
    '',
    'The source plans are public administrative documents. This transcription and harmonization are released under Creative Commons Attribution 4.0 (CC BY 4.0).',
    '',
    `Cite as: Commune target comparison (${date.slice(0, 4)}). Commune digital-transformation targets (Resolution 57-NQ/TW), compared [Data set], version ${version}, ${date}.`,
    '',
  ];
  return lines.join('\n');
}

async function workbook(tables: Table[]): Promise<Uint8Array> {
  const sheets = tables.map((t) => ({
    sheet: t.name.slice(0, 31),
    data: [
      t.columns.map((c) => ({ value: c.name, fontWeight: 'bold' as const })),
      ...t.rows.map((r) =>
        t.columns.map((c) => {
          const v = c.value(r);
          if (v === null || v === '') return null;
          if (typeof v === 'number') return { value: v, type: Number };
          if (typeof v === 'boolean') return { value: v, type: Boolean };
          // Strings are stored as strings (shared strings), never as formulas.
          return { value: String(v), type: String };
        }),
      ),
    ],
  }));
  return new Uint8Array(await writeXlsxFile(sheets as Parameters<typeof writeXlsxFile>[0]).toBuffer());
}

const cache = new WeakMap<Dataset, Map<string, Promise<EmittedFile[]>>>();

/**
 * Every published file: CSV + JSON (emitDownloads), datapackage.json, the xlsx workbook and the
 * zip of everything with a README. Cached per dataset and date, so the downloads page can list
 * sizes of exactly the bytes the build writes.
 */
export function emitAll(ds: Dataset, opts: BundleOptions): Promise<EmittedFile[]> {
  let byDate = cache.get(ds);
  if (!byDate) cache.set(ds, (byDate = new Map()));
  let p = byDate.get(opts.date);
  if (!p) {
    p = (async () => {
      const files = emitDownloads(ds);
      const version = dataVersion(files);
      const enc = new TextEncoder();
      const mainTables = files.filter((f) => f.table && f.path.endsWith('.csv') && !f.path.includes('/')).map((f) => f.table!);
      const pkg: EmittedFile = {
        path: 'datapackage.json',
        bytes: enc.encode(`${JSON.stringify(dataPackage(files, version, opts.date), null, 1)}\n`),
        rows: null,
        table: null,
      };
      const xlsx: EmittedFile = { path: `${BUNDLE_NAME}.xlsx`, bytes: await workbook(mainTables), rows: null, table: null };
      const mtime = new Date(`${opts.date}T00:00:00Z`);
      const zipped = zipSync(
        Object.fromEntries([
          ['README.md', [strToU8(readme(files, version, opts.date)), { mtime }]],
          ...[...files, pkg, xlsx].map((f) => [f.path, [f.bytes, { mtime }]]),
        ]),
        { level: 9 },
      );
      const zip: EmittedFile = { path: `${BUNDLE_NAME}.zip`, bytes: zipped, rows: null, table: null };
      return [...files, pkg, xlsx, zip];
    })();
    byDate.set(opts.date, p);
  }
  return p;
}
