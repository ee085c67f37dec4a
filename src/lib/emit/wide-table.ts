import type { Table } from './table.ts';
import type { IndicatorComparison } from '../compare/compare-indicator.ts';
import { formatTarget } from '../site/format.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Column } from './csv.ts';

/** The wide comparison table: one row per indicator, one column per commune, with the ranking in words. */

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

export function wideTable(ds: Dataset): Table {
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
