import { inLang } from '../site/i18n.ts';
import { fill } from '../site/fill.ts';
import { DECIMAL_MARK } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import { BUNDLE_TEXT, SD, TABLE_TEXT } from '../site/strings-downloads.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { isScoped } from '../dataset/scope.ts';
import { sourceName } from '../site/source-names.ts';
import { BUNDLE_NAME, inZip } from './emit-bundle.ts';
import type { EmittedFile } from './emit-tables.ts';

/**
 * The view model of the downloads page: every published file with its size (from the very bytes
 * the build writes), its row count and a description, grouped as the page shows them.
 */
export interface DownloadLink {
  /** Path under /data/ (for fileHref(base, `data/${path}`)). */
  path: string;
  format: 'CSV' | 'JSON' | 'ZIP' | 'XLSX' | 'TXT';
  bytes: number;
  size: string;
}

export interface DownloadEntry {
  key: string;
  title: string;
  description: string;
  /** A short name that tells this entry from the others (for the links' accessible names). */
  label: string;
  /** Data rows (CSV/JSON), lines of a plan text, or null for a bundle. */
  rows: number | null;
  /** What `rows` counts. */
  rowsAre?: 'rows' | 'lines';
  /** What a bundle holds, e.g. "97 files"; null for a table. */
  holds: string | null;
  links: DownloadLink[];
}

export interface DownloadGroup {
  id: 'bundles' | 'all' | 'sources' | 'commune' | 'indicator';
  title: string;
  intro: string;
  entries: DownloadEntry[];
  /**
   * Files published but not listed one by one (the per-commune files past a dozen communes: each
   * commune's page links its own), counted with their total size; null when every file is listed.
   */
  summary: { files: number; communes: number; bytes: number; size: string; text: string; example: string } | null;
}

/** "12 KB", "1,3 MB" in Vietnamese and "1.3 MB" in English; binary multiples, as file managers show. */
export function formatBytes(n: number, lang: Lang): string {
  const [value, unit] = n < 1024 ? [n, 'B'] : n < 1024 * 1024 ? [n / 1024, 'KB'] : [n / 1024 / 1024, 'MB'];
  const text = unit === 'B' || value >= 10 ? String(Math.round(value)) : value.toFixed(1);
  return `${text.replace('.', DECIMAL_MARK[lang])} ${unit}`;
}

const FORMAT: Record<string, DownloadLink['format']> = { csv: 'CSV', json: 'JSON', zip: 'ZIP', xlsx: 'XLSX', txt: 'TXT' };

export function downloadGroups(ds: Dataset, files: EmittedFile[], lang: Lang): DownloadGroup[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const link = (path: string): DownloadLink => {
    const f = byPath.get(path);
    if (!f) throw new Error(`no published file ${path}`);
    return { path, format: FORMAT[path.split('.').pop()!] ?? 'JSON', bytes: f.size, size: formatBytes(f.size, lang) };
  };
  const tables = files.filter((f) => f.path.endsWith('.csv') && f.table);
  const tableEntry = (f: EmittedFile, title: string, description: string, label = title): DownloadEntry => ({
    key: f.table!.path,
    title,
    description,
    label,
    rows: f.rows,
    holds: null,
    links: [link(f.path), link(f.path.replace(/\.csv$/, '.json'))],
  });
  const communeName = new Map(ds.raw.communes.map((c) => [c.id, c.name]));
  const indicatorName = new Map(ds.rules.indicators.map((i) => [i.id, inLang(i, 'name', lang)]));

  const sheets = tables.filter((f) => f.table!.group === 'all').length;
  const bundle = (kind: keyof typeof BUNDLE_TEXT, path: string, holds: string): DownloadEntry => ({
    key: kind,
    title: BUNDLE_TEXT[kind]!.title[lang],
    description: BUNDLE_TEXT[kind]!.description[lang],
    label: BUNDLE_TEXT[kind]!.title[lang],
    rows: null,
    holds,
    links: [link(path)],
  });
  const zipCount = files.filter(inZip).length + 1; // + README.md

  return [
    {
      id: 'bundles',
      title: SD.groups.bundles.title[lang],
      intro: SD.groups.bundles.intro[lang],
      summary: null,
      entries: [
        bundle('zip', `${BUNDLE_NAME}.zip`, `${zipCount} ${SD.files[lang]}`),
        bundle('xlsx', `${BUNDLE_NAME}.xlsx`, `${sheets} ${SD.sheets[lang]}`),
        // It describes the all-communes CSVs and the plan texts.
        bundle('datapackage', 'datapackage.json', `${sheets} ${SD.tables[lang]}, ${ds.raw.sources.length} ${SD.texts[lang]}`),
      ],
    },
    {
      id: 'all',
      title: SD.groups.all.title[lang],
      intro: SD.groups.all.intro[lang],
      summary: null,
      entries: tables
        .filter((f) => f.table!.group === 'all')
        .map((f) => {
          const text = TABLE_TEXT[f.table!.path];
          if (!text) throw new Error(`no title for the published table ${f.table!.path} in strings-downloads.ts`);
          return tableEntry(f, text.title[lang], text.description[lang]);
        }),
    },
    {
      id: 'sources',
      title: SD.groups.sources.title[lang],
      intro: SD.groups.sources.intro[lang],
      summary: null,
      entries: ds.raw.sources.map((s) => ({
        key: `sources/${s.seed_file}`,
        title: sourceName(ds, s.seed_file, lang),
        description: s.commune_id ? (communeName.get(s.commune_id) ?? '') : '',
        label: `${sourceName(ds, s.seed_file, lang)} (${s.seed_file})`,
        rows: s.lines.length - 1,
        rowsAre: 'lines' as const,
        holds: null,
        links: [link(`sources/${s.seed_file}`)],
      })),
    },
    communeGroup(ds, files, lang, (f) => {
      const name = communeName.get(f.table!.subject!) ?? f.table!.subject!;
      const kind = (f.table!.path.endsWith('-source') ? SD.source : SD.harmonized)[lang];
      return tableEntry(f, name, kind, `${name}, ${kind}`);
    }),
    {
      id: 'indicator',
      title: SD.groups.indicator.title[lang],
      intro: SD.groups.indicator.intro[lang],
      summary: null,
      entries: tables
        .filter((f) => f.table!.group === 'indicator')
        .map((f) => tableEntry(f, indicatorName.get(f.table!.subject!) ?? f.table!.subject!, '')),
    },
  ];
}

/**
 * The per-commune files. With a handful of communes each is listed; past a dozen (isScoped) a
 * list of 4 × 3,321 links would outweigh the rest of the page, so they are counted with their
 * total size and named by pattern: every commune page links its own files, and the ZIP has all.
 */
function communeGroup(ds: Dataset, files: EmittedFile[], lang: Lang, entry: (f: EmittedFile) => DownloadEntry): DownloadGroup {
  const base = { id: 'commune' as const, title: SD.groups.commune.title[lang], intro: SD.groups.commune.intro[lang] };
  const mine = files.filter((f) => f.table?.group === 'commune');
  if (!isScoped(ds)) return { ...base, entries: mine.filter((f) => f.path.endsWith('.csv')).map(entry), summary: null };
  const bytes = mine.reduce((n, f) => n + f.size, 0);
  const communes = new Set(mine.map((f) => f.table!.subject)).size;
  const first = ds.raw.communes[0]?.id ?? '';
  return {
    ...base,
    entries: [],
    summary: {
      files: mine.length,
      communes,
      bytes,
      size: formatBytes(bytes, lang),
      text: fill(SD.perCommuneSummary[lang], { files: mine.length, communes, size: formatBytes(bytes, lang) }),
      example: first,
    },
  };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The build date as a reader expects it: "23/11/2026" in Vietnamese, "23 November 2026" in English. */
const DATE: Record<Lang, (y: number, m: number, d: number) => string> = {
  vi: (y, m, d) => `${pad(d)}/${pad(m)}/${y}`,
  en: (y, m, d) => `${d} ${MONTHS[m - 1]} ${y}`,
};

export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return DATE[lang](y, m, d);
}
