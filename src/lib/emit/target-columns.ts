import type { Table } from './table.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { sourcePath } from '../site/paths.ts';
import type { Column } from './csv.ts';

/** The columns of the harmonized long table (targets.csv and its slices), with the site's address of each row's lines. */

export const s = (name: string, description: string, value: (r: HarmonizedTarget) => string): Column<HarmonizedTarget> => ({
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
  s('match_note_en', 'How the target differs from the catalogue measure (required unless match is same)', (r) => r.matchNote.en),
  s('notes', 'Transcription notes: the reading chosen and its evidence', (r) => r.notes),
];

export const SOURCE_URL =
  'The page of the plan text at the lines that hold the figure (the site’s address, or its path when the build was given none)';

export function targetsTable(
  root: string,
  path: string,
  rows: HarmonizedTarget[],
  title: string,
  group: Table['group'],
  subject?: string,
): Table {
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
