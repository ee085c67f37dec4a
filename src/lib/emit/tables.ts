import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { IndicatorComparison } from '../compare/compare-indicator.ts';
import type { Dataset } from '../validate/check-dataset.ts';
import { formatTarget } from '../site/format.ts';
import type { Column } from './csv.ts';

/**
 * The published tables: their columns (name, type, description — also used for
 * datapackage.json) and rows, all derived from the same Dataset the pages show.
 */
export interface Table<Row = unknown> {
  name: string;
  title: string;
  description: string;
  columns: Column<Row>[];
  rows: Row[];
}

const s = (name: string, description: string, value: (r: HarmonizedTarget) => string): Column<HarmonizedTarget> => ({
  name,
  type: 'string',
  description,
  value,
});

export const TARGET_COLUMNS: Column<HarmonizedTarget>[] = [
  s('commune_id', 'Commune id (communes.csv)', (r) => r.communeId),
  s('indicator_id', 'Catalogue indicator id; empty when unmapped', (r) => r.indicatorId ?? ''),
  s('match', 'same | comparable | related | unmapped', (r) => r.match),
  { name: 'target_year', type: 'integer', description: 'Year the target is for', value: (r) => r.targetYear },
  s('comparator', '>= | > | = | <= | < | between | yes | text', (r) => r.comparator),
  { name: 'value', type: 'number', description: 'The figure (lower bound for between); empty for yes and text', value: (r) => r.value },
  { name: 'value_max', type: 'number', description: 'Upper bound for between; empty otherwise', value: (r) => r.valueMax },
  s('unit', 'percent | count | index | boolean | text', (r) => r.unit),
  s('target_raw', 'The target as written in the plan (OCR symbols kept as the OCR shows them)', (r) => r.targetRaw),
  s('target_id', 'Stable id of the source target', (r) => r.targetId),
  s('comparator_source', 'How the comparator was read: symbol | word | ocr-symbol | implied | none', (r) => r.comparatorSource),
  s('comparator_as_written', 'The comparator sign or word as written', (r) => r.comparatorAsWritten),
  { name: 'ceiling', type: 'boolean', description: 'True when the bound is the maximum possible (≥ 100%)', value: (r) => r.ceiling },
  s('unit_raw', 'Unit column as written', (r) => r.unitRaw),
  s('text', 'The target as the plan words it', (r) => r.text),
  s('section', 'Section of the plan', (r) => r.section),
  s('group', 'Group heading as written', (r) => r.group),
  s('item', 'STT as written, or -N for the Nth bullet', (r) => r.item),
  s('lead_units', 'Lead unit(s) as written', (r) => r.leadUnitsRaw),
  s('lead_unit_ids', 'Canonical lead unit ids (responsible-units.csv), ;-separated', (r) => r.leadUnitIds.join(';')),
  s('cooperating_units', 'Cooperating unit(s) as written', (r) => r.cooperatingUnitsRaw),
  s('cooperating_unit_ids', 'Canonical cooperating unit ids, ;-separated', (r) => r.cooperatingUnitIds.join(';')),
  s('deadline', 'Deadline as written', (r) => r.deadlineRaw),
  s('seed_file', 'Source text file (shared/seeds)', (r) => r.seedFile),
  s('seed_lines', 'Line numbers in seed_file', (r) => r.seedLines),
  s('seed_text', 'The figure exactly as it appears at those lines', (r) => r.seedText),
  s('alt_seed_file', 'A second statement of the same target', (r) => r.altSeedFile),
  s('alt_seed_lines', 'Its lines', (r) => r.altSeedLines),
  s('alt_seed_text', 'The figure as it appears there', (r) => r.altSeedText),
  s('match_note_en', 'How the target differs from the catalogue measure', (r) => r.matchNoteEn),
  s('notes', 'Transcription notes: readings and their evidence', (r) => r.notes),
];

export function targetsTable(name: string, rows: HarmonizedTarget[], title: string): Table<HarmonizedTarget> {
  return {
    name,
    title,
    description: 'Harmonized long table: one row per (commune, source target), with provenance.',
    columns: TARGET_COLUMNS,
    rows,
  };
}

interface WideRow {
  comparison: IndicatorComparison;
  pillar: string;
  unit: string;
}

function wideTable(ds: Dataset): Table<WideRow> {
  const communes = ds.raw.communes;
  const columns: Column<WideRow>[] = [
    { name: 'indicator_id', type: 'string', description: 'Catalogue indicator id', value: (r) => r.comparison.indicatorId },
    { name: 'pillar', type: 'string', description: 'Pillar id', value: (r) => r.pillar },
    { name: 'unit', type: 'string', description: 'Unit of the indicator', value: (r) => r.unit },
    ...communes.map((c): Column<WideRow> => ({
      name: c.id,
      type: 'string',
      description: `Target(s) of ${c.name}, normalized ("≥ 60%"); several rows joined with " | "; related rows marked "(related)"; year added when not the plan's first horizon`,
      value: (r) =>
        r.comparison.rows
          .filter((t) => t.communeId === c.id)
          .map(
            (t) =>
              `${formatTarget(t, 'en')}${t.match === 'related' ? ' (related)' : ''}${t.targetYear !== c.horizon_years[0] ? ` (${t.targetYear})` : ''}`,
          )
          .join(' | '),
    })),
    {
      name: 'n_communes',
      type: 'integer',
      description: 'Communes with a same/comparable target',
      value: (r) => r.comparison.communesWithTarget.length,
    },
    {
      name: 'most',
      type: 'string',
      description: 'Most ambitious commune(s) per rank group (year:unit=ids)',
      value: (r) => groupsText(r.comparison, 'most'),
    },
    {
      name: 'least',
      type: 'string',
      description: 'Least ambitious commune(s) per rank group',
      value: (r) => groupsText(r.comparison, 'least'),
    },
    {
      name: 'spread',
      type: 'number',
      description: 'Largest spread (highest minus lowest figure) of any rank group',
      value: (r) => r.comparison.spread,
    },
    {
      name: 'flags',
      type: 'string',
      description: 'years-differ, units-differ, has-related, strict-and-inclusive, scopes-differ, implied, ocr',
      value: (r) => flagsText(r.comparison),
    },
  ];
  const pillarOf = new Map(ds.rules.indicators.map((i) => [i.id, i]));
  return {
    name: 'comparison-wide',
    title: 'Comparison, indicator × commune',
    description: 'One row per catalogue indicator, one column per commune, with the comparison summary.',
    columns,
    rows: ds.comparisons.map((comparison) => ({
      comparison,
      pillar: pillarOf.get(comparison.indicatorId)?.pillar ?? '',
      unit: pillarOf.get(comparison.indicatorId)?.unit ?? '',
    })),
  };
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

/** A raw table (records of strings/numbers/arrays) with string columns from its keys. */
function recordTable<R extends object>(
  name: string,
  title: string,
  description: string,
  rows: R[],
  omit: string[] = ['file', 'line'],
): Table<R> {
  const keys = rows.length > 0 ? Object.keys(rows[0]!).filter((k) => !omit.includes(k)) : [];
  const columns = keys.map((k): Column<R> => ({
    name: k,
    type: rows.every((r) => typeof (r as Record<string, unknown>)[k] === 'number')
      ? rows.every((r) => Number.isInteger((r as Record<string, unknown>)[k]))
        ? 'integer'
        : 'number'
      : 'string',
    description: `${k} (see data/README.md)`,
    value: (r) => plain((r as Record<string, unknown>)[k]),
  }));
  return { name, title, description, columns, rows };
}

/** Arrays and parsed line ranges back to their written form. */
function plain(v: unknown): string | number | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (Array.isArray(v)) {
    return v
      .map((x) => {
        if (typeof x === 'object' && x !== null && 'from' in x) {
          const r = x as { from: number; to: number; seed?: string };
          return r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`;
        }
        if (typeof x === 'object' && x !== null && 'seed' in x) {
          const r = x as { seed: string; lines: { from: number; to: number } };
          return `${r.seed}:${r.lines.from === r.lines.to ? r.lines.from : `${r.lines.from}-${r.lines.to}`}`;
        }
        return String(x);
      })
      .join(';');
  }
  return String(v);
}

/** Every table of the bundle, in a stable order. */
export function allTables(ds: Dataset): Table[] {
  return [
    targetsTable('targets', ds.targets, 'Harmonized targets, all communes') as Table,
    wideTable(ds) as Table,
    recordTable(
      'source-targets',
      'Source targets as transcribed',
      'Every target as written in the plans, with provenance (data/targets/*.csv).',
      ds.raw.targets,
    ) as Table,
    recordTable(
      'tasks',
      'Tasks and unit assignments',
      'The plans’ task appendices and unit assignments (data/tasks/*.csv).',
      ds.raw.tasks,
    ) as Table,
    recordTable('communes', 'Communes and their plans', 'One row per plan (data/communes.csv).', ds.raw.communes) as Table,
    recordTable('documents', 'Documents cited', 'Higher documents the plans cite (data/documents.csv).', ds.raw.documents) as Table,
    recordTable('catalogue', 'Indicator catalogue', 'Canonical indicators (data/harmonize/catalogue.csv).', ds.rules.indicators) as Table,
    recordTable(
      'crosswalk',
      'Crosswalk',
      'Every source target mapped to the catalogue (data/harmonize/crosswalk.csv).',
      ds.rules.crosswalk,
    ) as Table,
    recordTable(
      'responsible-units',
      'Responsible units',
      'Canonical responsible units (data/harmonize/responsible-units.csv).',
      ds.rules.units,
    ) as Table,
    recordTable(
      'unit-spellings',
      'Unit spellings',
      'Spellings of units in the plans → canonical ids (data/harmonize/unit-spellings.csv).',
      ds.rules.spellings,
    ) as Table,
    recordTable(
      'national-references',
      'National references',
      'National targets shown beside the communes’ (data/harmonize/national-references.csv).',
      ds.rules.references,
    ) as Table,
  ];
}

/** Slices: one file per commune (harmonized + source) and per indicator. */
export function sliceTables(ds: Dataset): { path: string; table: Table }[] {
  const out: { path: string; table: Table }[] = [];
  for (const c of ds.raw.communes) {
    out.push({
      path: `communes/${c.id}`,
      table: targetsTable(
        c.id,
        ds.targets.filter((t) => t.communeId === c.id),
        `Harmonized targets of ${c.name}`,
      ) as Table,
    });
    out.push({
      path: `communes/${c.id}-source`,
      table: recordTable(
        `${c.id}-source`,
        `Source targets of ${c.name}`,
        'As transcribed, with provenance.',
        ds.raw.targets.filter((t) => t.commune_id === c.id),
      ) as Table,
    });
  }
  for (const i of ds.rules.indicators) {
    out.push({
      path: `indicators/${i.id}`,
      table: targetsTable(
        i.id,
        ds.targets.filter((t) => t.indicatorId === i.id),
        `Targets for ${i.name_en}`,
      ) as Table,
    });
  }
  return out;
}
