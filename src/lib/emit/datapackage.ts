import { createHash } from 'node:crypto';
import type { Dataset } from '../dataset/check-dataset.ts';
import { DATASET_TITLE } from './citation.ts';
import type { EmittedFile } from './emit-tables.ts';

export const LICENCE = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Attribution 4.0 International',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};

/**
 * JSON laid out for reading and for size: an object or array whose members are all primitives
 * (a field, a dialect, a keyword list) on one line, everything else indented by two spaces.
 */
export function prettyJson(value: unknown, indent = ''): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const entries: [string | null, unknown][] = Array.isArray(value)
    ? value.map((v) => [null, v])
    : Object.entries(value).filter(([, v]) => v !== undefined);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  if (entries.length === 0) return `${open}${close}`;
  const key = (k: string | null) => (k === null ? '' : `${JSON.stringify(k)}: `);
  if (entries.every(([, v]) => v === null || typeof v !== 'object')) {
    return `${open}${entries.map(([k, v]) => `${key(k)}${JSON.stringify(v)}`).join(', ')}${close}`;
  }
  const inner = `${indent}  `;
  return `${open}\n${entries.map(([k, v]) => `${inner}${key(k)}${prettyJson(v, inner)}`).join(',\n')}\n${indent}${close}`;
}

/** A Frictionless resource name: lower case, digits and ._- only. */
export function resourceName(path: string): string {
  return path.replace(/\.csv$/, '').replace(/\//g, '-');
}

/**
 * The Frictionless Data Package describing every all-communes CSV — its dialect (BOM-prefixed
 * UTF-8, comma, CRLF, header row) and its Table Schema (name, type, description of each column) —
 * and the plan texts the CSVs cite (sources/, plain UTF-8 text, their lines counted as the
 * seed_lines columns count them). A data package, not a tabular one: the texts are not tables.
 * The per-commune and per-indicator slices are left out: they are cut from targets.csv and
 * source-targets.csv with the same columns, and thousands of resources repeating two schemas would
 * make the descriptor tens of megabytes at 3,321 communes.
 */
export function dataPackage(ds: Dataset, files: EmittedFile[], texts: EmittedFile[], version: string, date: string): object {
  const sha = (f: EmittedFile) => `sha256:${createHash('sha256').update(f.bytes).digest('hex')}`;
  return {
    profile: 'data-package',
    name: 'chi-tieu-xa-nq57',
    title: DATASET_TITLE.en,
    description:
      'Targets that the commune People’s Committees of ' +
      `${ds.raw.communes.map((c) => `${c.name} (${c.province})`).join(', ')} ` +
      'set in their plans implementing Politburo Resolution 57-NQ/TW, transcribed with the source file and line of every figure, ' +
      'harmonized onto one catalogue of indicators and compared. CSV text cells that start with =, +, -, @, tab, CR or LF carry a ' +
      'leading apostrophe (CSV-injection guard; strip it when reading); the JSON twins carry the values without it.',
    version,
    created: `${date}T00:00:00Z`,
    keywords: ['Nghị quyết 57-NQ/TW', 'chuyển đổi số', 'digital transformation', 'commune', 'Vietnam', 'targets'],
    licenses: [LICENCE],
    sources: ds.raw.communes.map((c) => ({
      title: `${c.plan_number} (${c.plan_date_raw}), UBND ${c.unit_type_at_plan} ${c.name}: ${c.title}`,
    })),
    resources: [
      ...files
        .filter((f) => f.path.endsWith('.csv') && f.table?.group === 'all')
        .map((f) => ({
          name: resourceName(f.path),
          path: f.path,
          profile: 'tabular-data-resource',
          title: f.table!.title,
          description: f.table!.description,
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          bytes: f.size,
          hash: sha(f),
          dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
          schema: {
            fields: f.table!.columns.map((c) => ({ name: c.name, type: c.type, description: c.description })),
            missingValues: [''],
          },
        })),
      ...texts.map((f) => {
        const s = ds.raw.sources.find((x) => `sources/${x.seed_file}` === f.path)!;
        return {
          name: resourceName(f.path.replace(/\.txt$/, ''))
            .toLowerCase()
            .replace(/[^a-z0-9._-]/g, '-'),
          path: f.path,
          profile: 'data-resource',
          title: `${s.plan} (${s.kind === 'ocr' ? 'OCR of the scan' : 'text with diacritics'})`,
          description: `Plan text cited by seed_file / seed_lines (lines counted from 1). ${s.obtained}`,
          format: 'txt',
          mediatype: 'text/plain',
          encoding: 'utf-8',
          bytes: f.size,
          hash: sha(f),
        };
      }),
    ],
  };
}
