import type { IndicatorComparison } from '../compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { formatTarget } from '../site/format.ts';
import { sourcePath } from '../site/paths.ts';
import { anchorRange, rangeId } from '../validate/check-citations.ts';
import type { Target, Task } from '../validate/schemas.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Column } from './csv.ts';

/**
 * The published tables: their columns (name, type, description — the same descriptions go into
 * datapackage.json and the README) and their rows, all derived from the Dataset the pages show.
 * Pure: no dates, no I/O; row order is the order of the Dataset (communes.csv, then plan order).
 */
export interface Table<Row = unknown> {
  /** File path without extension, relative to /data/ (e.g. "targets", "communes/nhon-trach"). */
  path: string;
  /** Where the downloads page lists it. */
  group: 'all' | 'commune' | 'indicator';
  /** Commune or indicator id of a slice. */
  subject?: string;
  title: string;
  description: string;
  columns: Column<Row>[];
  rows: Row[];
}

// ---------------------------------------------------------------------------------------------
// The harmonized long table

const s = (name: string, description: string, value: (r: HarmonizedTarget) => string): Column<HarmonizedTarget> => ({
  name,
  type: 'string',
  description,
  value,
});

/**
 * Where a citation's lines are on the site: the plan text's page at the range (see
 * src/lib/view/sources.ts), under `root` — the deployed address (SITE_URL and BASE_PATH), or the
 * base path alone when the build has no SITE_URL.
 */
export function sourceUrl(root: string, file: string, anchor: string): string {
  return file === '' ? '' : `${root}${sourcePath(file)}/#${anchor}`;
}

const targetColumnsByRoot = new Map<string, Column<HarmonizedTarget>[]>();

/** Columns of targets.csv and of its slices, required ones first, in the published order. One array per root (the slices share it). */
export function targetColumns(root: string): Column<HarmonizedTarget>[] {
  let columns = targetColumnsByRoot.get(root);
  if (!columns) targetColumnsByRoot.set(root, (columns = makeTargetColumns(root)));
  return columns;
}

const makeTargetColumns = (root: string): Column<HarmonizedTarget>[] => [
  s('commune_id', 'Commune id (communes.csv)', (r) => r.communeId),
  s('indicator_id', 'Catalogue indicator id (catalogue.csv); empty when match is unmapped', (r) => r.indicatorId ?? ''),
  s('match', 'same | comparable (same measure, other scope: see match_note_en) | related (shown, never ranked) | unmapped', (r) => r.match),
  { name: 'target_year', type: 'integer', description: 'Year the target is set for', value: (r) => r.targetYear },
  s('comparator', 'Normalized comparator: >= | > | = | <= | < | between | yes | text', (r) => r.comparator),
  {
    name: 'value',
    type: 'number',
    description: 'The figure (the lower bound for between), in the unit below; empty for yes and text',
    value: (r) => r.value,
  },
  { name: 'value_max', type: 'number', description: 'Upper bound, only for between; empty otherwise', value: (r) => r.valueMax },
  s('unit', 'percent | count | index (0–1 scale) | boolean | text', (r) => r.unit),
  s('target_raw', 'The target as written in the plan (OCR symbols kept as the OCR shows them)', (r) => r.targetRaw),
  s('target_id', 'Stable id of the source target, <commune>-NN in plan order', (r) => r.targetId),
  s(
    'comparator_source',
    'How the comparator was read: symbol (a sign in the text) | word ("trên", "tối thiểu"…) | ocr-symbol (an OCR ">" read as ">=" under ocr-readings.csv) | implied (a bare figure, read as a minimum) | none',
    (r) => r.comparatorSource,
  ),
  s('comparator_as_written', 'The comparator sign or word as written; empty for a bare figure', (r) => r.comparatorAsWritten),
  {
    name: 'ceiling',
    type: 'boolean',
    description: 'true when the target is a 100% share (">= 100%" and "100%" mean the same)',
    value: (r) => r.ceiling,
  },
  s('unit_raw', 'The plan’s unit column as written; empty when the plan has none', (r) => r.unitRaw),
  s('text', 'The target as the plan words it, diacritics restored', (r) => r.text),
  s('section', 'Section of the plan, e.g. II.2', (r) => r.section),
  s('group', 'Group heading as written, with its number', (r) => r.group),
  s('item', 'STT as written, or -N for the Nth bullet', (r) => r.item),
  s('lead_units', 'Lead unit(s) as written', (r) => r.leadUnitsRaw),
  s('lead_unit_ids', 'Canonical lead unit ids (responsible-units.csv), ;-separated', (r) => r.leadUnitIds.join(';')),
  s('cooperating_units', 'Cooperating unit(s) as written', (r) => r.cooperatingUnitsRaw),
  s('cooperating_unit_ids', 'Canonical cooperating unit ids (responsible-units.csv), ;-separated', (r) => r.cooperatingUnitIds.join(';')),
  s('deadline', 'Deadline as written', (r) => r.deadlineRaw),
  s('seed_file', 'Source text file of the plan', (r) => r.seedFile),
  s('seed_lines', 'Line numbers in seed_file (a-b is a range, ; separates several)', (r) => r.seedLines),
  s('source_url', SOURCE_URL, (r) => sourceUrl(root, r.seedFile, r.seedAnchor)),
  s('seed_text', 'The figure exactly as the characters appear at those lines', (r) => r.seedText),
  s('alt_seed_file', 'A second statement of the same target (the other copy of the plan, or its appendix)', (r) => r.altSeedFile),
  s('alt_seed_lines', 'Its lines', (r) => r.altSeedLines),
  s('alt_source_url', 'The same for the second statement', (r) => sourceUrl(root, r.altSeedFile, r.altSeedAnchor)),
  s('alt_seed_text', 'The figure as it appears there', (r) => r.altSeedText),
  s('match_note_en', 'How the target differs from the catalogue measure (required unless match is same)', (r) => r.matchNoteEn),
  s('notes', 'Transcription notes: the reading chosen and its evidence', (r) => r.notes),
];

const SOURCE_URL =
  'The page of the plan text at the lines that hold the figure (the site’s address, or its path when the build was given none)';

function targetsTable(root: string, path: string, rows: HarmonizedTarget[], title: string, group: Table['group'], subject?: string): Table {
  const t: Table<HarmonizedTarget> = {
    path,
    group,
    subject,
    title,
    description: 'Harmonized long table: one row per (commune, source target), with the normalized target and its provenance.',
    columns: targetColumns(root),
    rows,
  };
  return t as Table;
}

// ---------------------------------------------------------------------------------------------
// The wide comparison table

interface WideRow {
  comparison: IndicatorComparison;
  pillar: string;
  unit: string;
  /** The cell of each commune with a row for the indicator (made once per row, not per column). */
  cells: Map<string, string>;
}

/** Each commune's normalized target(s) for one indicator, as the wide table shows them. */
function wideCells(comparison: IndicatorComparison): Map<string, string> {
  const years = new Set(comparison.rows.map((t) => t.targetYear));
  const parts = new Map<string, string[]>();
  for (const t of comparison.rows) {
    const text = `${formatTarget(t, 'en')}${t.match === 'related' ? ' (related)' : ''}${years.size > 1 ? ` (${t.targetYear})` : ''}`;
    const list = parts.get(t.communeId);
    if (list) list.push(text);
    else parts.set(t.communeId, [text]);
  }
  return new Map([...parts].map(([id, list]) => [id, list.join(' | ')]));
}

/** Floating-point noise of a subtraction (0.8 - 0.7) must not reach a published figure. */
function clean(n: number | null): number | null {
  return n === null ? null : Number(n.toFixed(10));
}

function wideTable(ds: Dataset): Table {
  const columns: Column<WideRow>[] = [
    { name: 'indicator_id', type: 'string', description: 'Catalogue indicator id', value: (r) => r.comparison.indicatorId },
    { name: 'pillar', type: 'string', description: 'Pillar id (pillars.csv)', value: (r) => r.pillar },
    { name: 'unit', type: 'string', description: 'Unit of the indicator', value: (r) => r.unit },
    ...ds.raw.communes.map((c): Column<WideRow> => ({
      name: c.id,
      type: 'string',
      description:
        `Target(s) of ${c.name}, normalized (e.g. "≥ 60%", "15–17%", "Yes", "Qualitative"); several rows joined with " | "; ` +
        'a related row is marked "(related)"; the target year is added when the indicator’s rows are for different years',
      value: (r) => r.cells.get(c.id) ?? '',
    })),
    {
      name: 'n_communes',
      type: 'integer',
      description: 'Number of communes with a same or comparable target',
      value: (r) => r.comparison.communesWithTarget.length,
    },
    {
      name: 'most',
      type: 'string',
      description: 'Most ambitious commune(s) of each rank group, as year:unit=ids (ids ;-separated, groups " | ")',
      value: (r) => groupsText(r.comparison, 'most'),
    },
    {
      name: 'least',
      type: 'string',
      description: 'Least ambitious commune(s) of each rank group, same form',
      value: (r) => groupsText(r.comparison, 'least'),
    },
    {
      name: 'spread',
      type: 'number',
      description: 'Largest spread (highest minus lowest figure) of any rank group, in the indicator’s unit',
      value: (r) => clean(r.comparison.spread),
    },
    {
      name: 'flags',
      type: 'string',
      description: 'Caveats, ;-separated: years-differ, units-differ, has-related, strict-and-inclusive, scopes-differ, implied, ocr',
      value: (r) => flagsText(r.comparison),
    },
  ];
  const indicator = new Map(ds.rules.indicators.map((i) => [i.id, i]));
  const t: Table<WideRow> = {
    path: 'comparison-wide',
    group: 'all',
    title: 'Comparison, indicator × commune',
    description: 'One row per catalogue indicator, one column per commune with its normalized target(s), and the comparison summary.',
    columns,
    rows: ds.comparisons.map((comparison) => ({
      comparison,
      pillar: indicator.get(comparison.indicatorId)?.pillar ?? '',
      unit: indicator.get(comparison.indicatorId)?.unit ?? '',
      cells: wideCells(comparison),
    })),
  };
  return t as Table;
}

function groupsText(c: IndicatorComparison, key: 'most' | 'least'): string {
  return c.groups
    .filter((g) => g[key].length > 0)
    .map((g) => `${g.targetYear}:${g.unit}=${g[key].join(';')}`)
    .join(' | ');
}

function flagsText(c: IndicatorComparison): string {
  const f: string[] = [];
  if (c.flags.yearsDiffer) f.push('years-differ');
  if (c.flags.unitsDiffer) f.push('units-differ');
  if (c.flags.hasRelated) f.push('has-related');
  if (c.groups.some((g) => g.flags.strictAndInclusive)) f.push('strict-and-inclusive');
  if (c.groups.some((g) => g.flags.scopesDiffer)) f.push('scopes-differ');
  if (c.groups.some((g) => g.flags.impliedComparator)) f.push('implied');
  if (c.groups.some((g) => g.flags.ocrReading)) f.push('ocr');
  return f.join(';');
}

// ---------------------------------------------------------------------------------------------
// Raw and rule tables, column for column as in data/ (see data/README.md)

type Spec = [name: string, type: Column<unknown>['type'], description: string];

const columnsOf = new WeakMap<Spec[], Map<string, Column<object>[]>>();

/**
 * Columns read from the validated records and written back in their CSV form, then the columns
 * the site adds (`extra`: a row's source_url). One array per spec list and root, so that a table
 * and its slices share their columns (and emitTables can write each row once for all of them).
 */
function recordColumns<R extends object>(specs: Spec[], root = '', extra: (root: string) => Column<R>[] = () => []): Column<R>[] {
  let byRoot = columnsOf.get(specs);
  if (!byRoot) columnsOf.set(specs, (byRoot = new Map()));
  let columns = byRoot.get(root);
  if (!columns) {
    columns = [
      ...specs.map(([name, type, description]) => ({
        name,
        type,
        description,
        value: (r: object) => written((r as Record<string, unknown>)[name]),
      })),
      ...(extra(root) as Column<object>[]),
    ];
    byRoot.set(root, columns);
  }
  return columns as Column<R>[];
}

/**
 * Each raw row's anchors on its text's page (the range of the figure; a task's own lines), noted
 * by allTables for the dataset being published: the columns are shared between datasets, the rows
 * are not.
 */
const rowAnchors = new WeakMap<object, { main: string; alt: string }>();

function noteAnchors(ds: Dataset): void {
  const sources = new Map(ds.raw.sources.map((x) => [x.seed_file, x]));
  for (const t of ds.raw.targets) {
    if (rowAnchors.has(t)) continue;
    rowAnchors.set(t, {
      main: rangeId(anchorRange(sources.get(t.seed_file), t.seed_lines, t.seed_text)),
      alt: t.alt_seed_file === '' ? '' : rangeId(anchorRange(sources.get(t.alt_seed_file), t.alt_seed_lines, t.alt_seed_text)),
    });
  }
  for (const t of ds.raw.tasks)
    if (!rowAnchors.has(t)) rowAnchors.set(t, { main: rangeId(t.seed_lines[t.seed_lines.length - 1]!), alt: '' });
}

const urlColumn = <R extends { seed_file: string }>(
  name: string,
  description: string,
  file: (r: R) => string,
  which: 'main' | 'alt',
  root: string,
): Column<R> => ({
  name,
  type: 'string',
  description,
  value: (r) => sourceUrl(root, file(r), rowAnchors.get(r)?.[which] ?? ''),
});

/** After data/'s columns, the site's address of a source target's lines, for each statement. */
const sourceTargetUrls = (root: string): Column<Target>[] => [
  urlColumn<Target>('source_url', SOURCE_URL, (r) => r.seed_file, 'main', root),
  urlColumn<Target>('alt_source_url', 'The same for the second statement (alt_seed_file)', (r) => r.alt_seed_file, 'alt', root),
];

/** After data/'s columns, the site's address of a task's own lines. */
const taskUrls = (root: string): Column<Task>[] => [
  urlColumn<Task>(
    'source_url',
    'The page of the plan text at the task’s own lines (the site’s address, or its path when the build was given none)',
    (r) => r.seed_file,
    'main',
    root,
  ),
];

/** A validated value back to the form data/ writes it in: lists ;-separated, line ranges a-b. */
export function written(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(writtenPart).join(';');
  throw new Error(`cannot write ${JSON.stringify(v)} to a cell`);
}

function writtenPart(x: unknown): string {
  if (typeof x === 'string' || typeof x === 'number') return String(x);
  if (typeof x === 'object' && x !== null && 'from' in x) {
    const r = x as { from: number; to: number };
    return r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`;
  }
  if (typeof x === 'object' && x !== null && 'seed' in x) {
    const r = x as { seed: string; lines: { from: number; to: number } };
    return `${r.seed}:${writtenPart(r.lines)}`;
  }
  throw new Error(`cannot write ${JSON.stringify(x)} to a cell`);
}

const LINES = 'line numbers in the seed file, a-b a range, ; separating several';

const COMMUNE_SPECS: Spec[] = [
  ['id', 'string', 'Stable commune id'],
  ['unit_code', 'string', 'Code in the list of Decision 19/2025/QĐ-TTg (text: leading zeros matter)'],
  ['name', 'string', 'Name with diacritics'],
  ['unit_type_at_plan', 'string', 'xã | phường | đặc khu, when the plan was issued'],
  ['unit_type_now', 'string', 'xã | phường | đặc khu, today'],
  ['unit_type_change', 'string', 'When and by which act the type changed; empty if unchanged'],
  ['province', 'string', 'Province name'],
  ['province_code', 'string', 'Province code (Decision 19/2025/QĐ-TTg), text'],
  ['plan_number', 'string', 'Plan number as written; /KH-UBND when left blank'],
  ['plan_date_raw', 'string', 'Plan date as written; illegible parts as ..'],
  ['plan_date', 'string', 'YYYY-MM-DD, only when the full date is legible'],
  ['plan_year', 'integer', 'The year the plan is for'],
  ['horizon_years', 'string', 'Years its targets are set for, ;-separated'],
  ['title', 'string', 'Plan title'],
  ['signer', 'string', 'Signer as written; empty if not legible'],
  ['signer_title', 'string', 'Signer’s title, e.g. Chủ tịch'],
  ['cited_documents', 'string', 'documents.csv ids the plan cites as its basis, ;-separated'],
  ['reporting_cadence', 'string', 'The reporting duty as written'],
  ['source_files', 'string', 'Seed files of this plan, primary first, ;-separated'],
  ['source_lines', 'string', 'Where the header facts are: <file number>:<lines>, ;-separated'],
  ['text_quality', 'string', 'clean | ocr: quality of the primary file’s text'],
  ['notes', 'string', 'Readings and caveats'],
];

const DOCUMENT_SPECS: Spec[] = [
  ['id', 'string', 'Stable document id'],
  ['number', 'string', 'Number as written, e.g. 57-NQ/TW'],
  ['date', 'string', 'Date of issue, YYYY-MM-DD'],
  ['issuer', 'string', 'Issuing body'],
  ['level', 'string', 'party-central | government | province-party | province | commune-party | commune'],
  ['province', 'string', 'Province, for provincial and commune documents'],
  ['title', 'string', 'Short title'],
  ['implements', 'string', 'Ids of the documents this one implements, ;-separated'],
  ['source', 'string', 'Where it is cited: <file number>:<lines> or research.md, ;-separated'],
];

const SOURCE_TARGET_SPECS: Spec[] = [
  ['target_id', 'string', 'Stable id, <commune>-NN in plan order'],
  ['commune_id', 'string', 'Commune id'],
  ['section', 'string', 'Section path in the plan, e.g. II.2'],
  ['group', 'string', 'Group heading as written with its number'],
  ['item', 'string', 'STT as written, or -N for the Nth bullet, -N.M for the Mth measure of the Nth bullet'],
  ['text', 'string', 'The target as the plan words it, diacritics restored'],
  ['unit_raw', 'string', 'Unit column as written; empty if the plan has none'],
  ['target_raw', 'string', 'The target as written (OCR symbols kept as the OCR shows them)'],
  ['target_year', 'integer', 'The year the target is for'],
  ['lead_units', 'string', 'Lead unit(s) as written'],
  ['cooperating_units', 'string', 'Cooperating unit(s) as written'],
  ['deadline_raw', 'string', 'Deadline as written'],
  ['seed_file', 'string', 'Primary seed file'],
  ['seed_lines', 'string', `Lines of the primary file holding this row: ${LINES}`],
  ['seed_text', 'string', 'The figure exactly as the characters appear in the seed'],
  ['alt_seed_file', 'string', 'A second statement of the same target'],
  ['alt_seed_lines', 'string', 'Its lines'],
  ['alt_seed_text', 'string', 'The figure as it appears there'],
  ['notes', 'string', 'The reading chosen and its evidence; ambiguities'],
];

const TASK_SPECS: Spec[] = [
  ['task_id', 'string', 'Stable id, <commune>-task-NN in plan order'],
  ['commune_id', 'string', 'Commune id'],
  ['kind', 'string', 'appendix-row (a row of the task appendix) | unit-assignment (a duty given to a unit)'],
  ['section', 'string', 'Section, e.g. Phụ lục I.1'],
  ['group', 'string', 'Group heading as written'],
  ['item', 'string', 'STT as written or bullet position'],
  ['text', 'string', 'The task as written, diacritics restored'],
  ['presiding_unit', 'string', 'Cơ quan chủ trì column, where the plan has one'],
  ['lead_units', 'string', 'Unit that leads or carries it out, as written'],
  ['cooperating_units', 'string', 'Cooperating unit(s) as written'],
  ['deadline_raw', 'string', 'Deadline as written'],
  ['target_ids', 'string', 'Targets this task row restates, ;-separated'],
  ['seed_file', 'string', 'Seed file'],
  ['seed_lines', 'string', `Lines: ${LINES}`],
  ['notes', 'string', 'Readings and caveats'],
];

const PILLAR_SPECS: Spec[] = [
  ['id', 'string', 'Pillar id'],
  ['order', 'integer', 'Display order'],
  ['name_vi', 'string', 'Name in Vietnamese'],
  ['name_en', 'string', 'Name in English'],
];

const CATALOGUE_SPECS: Spec[] = [
  ['id', 'string', 'Stable indicator id'],
  ['pillar', 'string', 'Pillar id (pillars.csv)'],
  ['unit', 'string', 'percent | count | index | boolean | text'],
  ['name_vi', 'string', 'Name in Vietnamese'],
  ['name_en', 'string', 'Name in English'],
  ['definition_vi', 'string', 'What is measured, and what the plans leave unsaid (Vietnamese)'],
  ['definition_en', 'string', 'What is measured, and what the plans leave unsaid (English)'],
  ['related_terms', 'string', 'Official Vietnamese terms, ;-separated'],
  ['definition_source', 'string', 'The legal text that defines the term, where there is one'],
];

const CROSSWALK_SPECS: Spec[] = [
  ['target_id', 'string', 'Source target id'],
  ['indicator_id', 'string', 'Catalogue id; empty exactly when match is unmapped'],
  ['match', 'string', 'same | comparable | related | unmapped'],
  ['note_vi', 'string', 'How the target differs (Vietnamese); required unless same'],
  ['note_en', 'string', 'How the target differs (English); required unless same'],
];

const UNIT_SPECS: Spec[] = [
  ['id', 'string', 'Responsible unit id'],
  ['name_vi', 'string', 'Name in Vietnamese'],
  ['name_en', 'string', 'Name in English'],
  ['kind', 'string', 'government | public-service | community | party-mass | external'],
];

const SPELLING_SPECS: Spec[] = [
  ['spelling', 'string', 'A unit cell, or one ;-separated piece of it, exactly as written in the plans'],
  ['unit_ids', 'string', 'Canonical ids (responsible-units.csv), ;-separated'],
  ['note', 'string', 'Note on the reading'],
];

const REFERENCE_SPECS: Spec[] = [
  ['indicator_id', 'string', 'Catalogue indicator id (catalogue.csv)'],
  ['kind', 'string', 'target (a goal) | context (a published score such as the DTI: never a goal)'],
  ['level', 'string', 'national | province'],
  ['scope', 'string', 'Việt Nam, or the province'],
  ['year', 'integer', 'The year the figure is for'],
  ['comparator', 'string', '>= | > | = | <= | < | between'],
  ['value', 'number', 'The figure (lower bound for between)'],
  ['value_max', 'number', 'Upper bound for between; empty otherwise'],
  ['unit', 'string', 'percent | count | index'],
  ['denominator_note', 'string', 'What the figure is a share of, when it differs from what the communes write (Vietnamese)'],
  ['denominator_note_en', 'string', 'The same in English'],
  ['document', 'string', 'The document the figure is set in'],
  ['document_date', 'string', 'Its date (YYYY-MM-DD), when known'],
  ['source_url', 'string', 'The page the figure was read in'],
  ['source_kind', 'string', 'official (the document itself on a government site) | secondary (a news report or a transcription)'],
  ['source_quote', 'string', 'The page’s words the figure was read from'],
  ['accessed', 'string', 'The date the page was read (YYYY-MM-DD)'],
  ['notes', 'string', 'How the words were read'],
];

const OCR_SPECS: Spec[] = [
  ['seed_file', 'string', 'OCR seed file the rule applies to'],
  ['symbol_as_read', 'string', 'The symbol as the OCR shows it'],
  ['read_as', 'string', 'How it is read'],
  ['evidence', 'string', 'Why: the same figures in a clean copy or in the plan’s own words'],
];

function recordTable<R extends object>(
  path: string,
  title: string,
  description: string,
  specs: Spec[],
  rows: R[],
  subject?: string,
  columns: Column<R>[] = recordColumns<R>(specs),
): Table {
  const t: Table<R> = {
    path,
    group: subject ? 'commune' : 'all',
    subject,
    title,
    description,
    columns,
    rows,
  };
  return t as Table;
}

/** Rows of per-commune files in communes.csv order, each commune's rows in plan (file) order. */
function inCommuneOrder<R extends { commune_id: string }>(ds: Dataset, rows: R[]): R[] {
  const order = new Map(ds.raw.communes.map((c, i) => [c.id, i]));
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (order.get(a.r.commune_id) ?? order.size) - (order.get(b.r.commune_id) ?? order.size) || a.i - b.i)
    .map(({ r }) => r);
}

// ---------------------------------------------------------------------------------------------

/** Every table published for all communes, in a stable order (the workbook's sheets too). */
export function allTables(ds: Dataset, root = '/'): Table[] {
  noteAnchors(ds);
  return [
    targetsTable(root, 'targets', ds.targets, 'Harmonized targets, all communes', 'all'),
    wideTable(ds),
    recordTable(
      'source-targets',
      'Source targets as transcribed',
      'Every target as written in the plans, with provenance (data/targets/*.csv), and the site’s address of its lines.',
      SOURCE_TARGET_SPECS,
      inCommuneOrder(ds, ds.raw.targets),
      undefined,
      recordColumns(SOURCE_TARGET_SPECS, root, sourceTargetUrls),
    ),
    recordTable(
      'tasks',
      'Tasks and unit assignments',
      'The plans’ task appendices and duties given to units, all communes (data/tasks/*.csv), and the site’s address of their lines.',
      TASK_SPECS,
      inCommuneOrder(ds, ds.raw.tasks),
      undefined,
      recordColumns(TASK_SPECS, root, taskUrls),
    ),
    recordTable('communes', 'Communes and their plans', 'One row per plan (data/communes.csv).', COMMUNE_SPECS, ds.raw.communes),
    recordTable(
      'documents',
      'Documents cited',
      'The higher documents the plans cite (data/documents.csv).',
      DOCUMENT_SPECS,
      ds.raw.documents,
    ),
    recordTable('pillars', 'Pillars', 'The six pillars of the catalogue (data/harmonize/pillars.csv).', PILLAR_SPECS, ds.rules.pillars),
    recordTable(
      'catalogue',
      'Indicator catalogue',
      'The canonical indicators the targets are mapped onto (data/harmonize/catalogue.csv).',
      CATALOGUE_SPECS,
      ds.rules.indicators,
    ),
    recordTable(
      'crosswalk',
      'Crosswalk',
      'Every source target mapped onto the catalogue, with how it differs (data/harmonize/crosswalk.csv).',
      CROSSWALK_SPECS,
      ds.rules.crosswalk,
    ),
    recordTable(
      'responsible-units',
      'Responsible units',
      'Canonical responsible units (data/harmonize/responsible-units.csv).',
      UNIT_SPECS,
      ds.rules.units,
    ),
    recordTable(
      'unit-spellings',
      'Responsible-unit spellings',
      'Every spelling of a unit in the plans and the canonical ids it stands for (data/harmonize/unit-spellings.csv).',
      SPELLING_SPECS,
      ds.rules.spellings,
    ),
    recordTable(
      'references',
      'Reference targets',
      'National and provincial figures a commune target is read against, each with the page and words it was read in (data/harmonize/references.csv).',
      REFERENCE_SPECS,
      ds.rules.references,
    ),
    recordTable(
      'ocr-readings',
      'OCR reading rule',
      'How a “>” in an OCR text is read, per seed file, with the evidence (data/harmonize/ocr-readings.csv).',
      OCR_SPECS,
      ds.rules.ocrReadings,
    ),
  ];
}

/** Slices: per commune (harmonized and as transcribed) and per indicator, cut from the Dataset's indexes. */
export function sliceTables(ds: Dataset, root = '/'): Table[] {
  noteAnchors(ds);
  const out: Table[] = [];
  for (const c of ds.raw.communes) {
    out.push(
      targetsTable(root, `communes/${c.id}`, ds.targetsByCommune.get(c.id) ?? [], `Harmonized targets of ${c.name}`, 'commune', c.id),
    );
    out.push(
      recordTable(
        `communes/${c.id}-source`,
        `Source targets of ${c.name}`,
        `Every target of the plan as transcribed, every column of data/targets/${c.id}.csv, with provenance and the site’s address of its lines.`,
        SOURCE_TARGET_SPECS,
        ds.sourceTargetsByCommune.get(c.id) ?? [],
        c.id,
        recordColumns(SOURCE_TARGET_SPECS, root, sourceTargetUrls),
      ),
    );
  }
  for (const i of ds.rules.indicators) {
    out.push(
      targetsTable(root, `indicators/${i.id}`, ds.targetsByIndicator.get(i.id) ?? [], `Targets for ${i.name_en}`, 'indicator', i.id),
    );
  }
  return out;
}
