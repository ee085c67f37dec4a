import type { IndicatorComparison, RankGroup } from '../compare/compare-indicator.ts';
import { referencesFor } from '../compare/reference-standing.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { UnitKind } from '../validate/rule-schemas.ts';
import { formatTarget, indicatorName } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import { referenceLabel } from '../site/reference-label.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Reference } from '../validate/reference-schema.ts';
import { mainYearOf } from '../compare/main-year.ts';
import { isScoped } from '../dataset/scope.ts';

/**
 * View model of the home page's overview chart: every indicator that two or more communes set
 * comparably — the same rank group of the comparison (compare-indicator.ts: rankable rows, same
 * unit, same year) — with each commune's target on one scale, percent 0–100. Rows are sorted by
 * spread (highest minus lowest lower bound), largest first: where the plans differ most.
 *
 * Only percentages share a scale: a count (1 initiative) or an index (0,8) on 0–100 would say
 * nothing, so those indicators are listed apart (`otherUnits`), each with its page.
 *
 * Past a dozen communes (isScoped) a row cannot show a mark per commune: it summarises the group
 * (lowest, quartiles, median, highest), and the chart shows the MAX_SCOPED_ROWS largest spreads
 * (the table beside it has every row). Pure: dataset in, figures and words out.
 */

/** Rows the scoped chart draws: as many as the home page's scoped headlines name. */
export const MAX_SCOPED_ROWS = 20;

/** The one unit the overview puts on its scale. */
export const OVERVIEW_UNIT: UnitKind = 'percent';

export interface OverviewEntry {
  targetId: string;
  communeId: string;
  commune: string;
  /** The lower bound: what the comparison ranks and the spread is measured on. */
  value: number;
  /** "≥ 60%", "> 90%", "15–17%": the target as the site writes it. */
  figure: string;
}

export interface OverviewGoal {
  value: number;
  /** "Quốc gia 2026: ≥ 70% dân số" (reference-label.ts). */
  label: string;
  reference: Reference;
}

export interface OverviewStats {
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
}

export interface OverviewRow {
  indicatorId: string;
  name: string;
  year: number;
  /** Highest minus lowest lower bound, in percentage points. */
  spread: number;
  /** Communes in the group (a plan may set one indicator twice: entries can be more). */
  communes: number;
  /** Most ambitious first (the comparison's rank order). */
  entries: OverviewEntry[];
  /** National goals of the row's year, in percent, that are a level to reach. */
  goals: OverviewGoal[];
  stats: OverviewStats;
}

export interface OverviewView {
  /** Past a dozen communes: rows summarise instead of one mark per commune. */
  scoped: boolean;
  mainYear: number;
  /** Every qualifying row, sorted by spread. */
  rows: OverviewRow[];
  /** The rows the chart draws: all of them, or the largest spreads when scoped. */
  charted: OverviewRow[];
  /** The communes a mark stands for, in communes.csv order (empty when scoped): the legend. */
  communes: { id: string; name: string }[];
  /** Communes in no row: none of their targets is shared with another commune for the same year. */
  absent: { id: string; name: string }[];
  /** Indicators two or more communes set comparably in a unit other than percent: not on the scale. */
  otherUnits: { indicatorId: string; name: string; unit: UnitKind }[];
}

interface QualifyingGroup {
  comparison: IndicatorComparison;
  group: RankGroup;
  communes: number;
  order: number;
}

/** Which rank groups qualify, sorted; computed once per dataset for both languages. */
const groupsCache = new WeakMap<Dataset, QualifyingGroup[]>();

/**
 * Every rank group that two or more communes share, in any unit, sorted by spread (largest
 * first), then the group with more communes, then catalogue order, then year.
 */
export function sharedGroups(ds: Dataset): QualifyingGroup[] {
  const hit = groupsCache.get(ds);
  if (hit) return hit;
  const order = new Map(ds.rules.indicators.map((i, n) => [i.id, n]));
  const out: QualifyingGroup[] = [];
  for (const comparison of ds.comparisons) {
    for (const group of comparison.groups) {
      const communes = new Set(group.entries.map((e) => e.communeId)).size;
      if (communes < 2) continue;
      out.push({ comparison, group, communes, order: order.get(comparison.indicatorId) ?? 0 });
    }
  }
  out.sort(
    (a, b) =>
      (b.group.spread ?? 0) - (a.group.spread ?? 0) ||
      b.communes - a.communes ||
      a.order - b.order ||
      a.group.targetYear - b.group.targetYear,
  );
  groupsCache.set(ds, out);
  return out;
}

/**
 * The national goals drawn on a row: the indicator's national references for the row's year, in
 * percent, that are a level to reach — not context figures, not upper bounds ("≤", "<" is no
 * level to reach) — one per distinct label (two documents may set the same figure for a year).
 */
export function rowGoals(indicatorId: string, year: number, references: readonly Reference[], lang: Lang): OverviewGoal[] {
  const seen = new Set<string>();
  const out: OverviewGoal[] = [];
  for (const r of referencesFor(indicatorId, references, null)) {
    if (r.year !== year || r.kind !== 'target' || r.unit !== OVERVIEW_UNIT || r.comparator === '<=' || r.comparator === '<') continue;
    const label = referenceLabel(r, lang);
    if (seen.has(label)) continue;
    seen.add(label);
    out.push({ value: r.value, label, reference: r });
  }
  return out;
}

/** Lowest, quartiles, median and highest of some figures (linear interpolation between ranks). */
export function summaryStats(values: readonly number[]): OverviewStats {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p: number) => {
    const i = (sorted.length - 1) * p;
    const lo = Math.floor(i);
    const hi = Math.ceil(i);
    return round(sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (i - lo));
  };
  return { min: sorted[0]!, q1: at(0.25), median: at(0.5), q3: at(0.75), max: sorted[sorted.length - 1]! };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}

function overviewRow(ds: Dataset, q: QualifyingGroup, names: Map<string, string>, lang: Lang): OverviewRow {
  const byTarget = new Map<string, HarmonizedTarget>(q.comparison.rows.map((r) => [r.targetId, r]));
  const entries = q.group.entries.map((e): OverviewEntry => {
    const row = byTarget.get(e.targetId);
    return {
      targetId: e.targetId,
      communeId: e.communeId,
      commune: names.get(e.communeId) ?? e.communeId,
      value: e.value,
      figure: row ? formatTarget(row, lang) : `${e.value}%`,
    };
  });
  return {
    indicatorId: q.comparison.indicatorId,
    name: indicatorName(ds, q.comparison.indicatorId, lang),
    year: q.group.targetYear,
    spread: q.group.spread ?? 0,
    communes: q.communes,
    entries,
    goals: rowGoals(q.comparison.indicatorId, q.group.targetYear, ds.rules.references, lang),
    stats: summaryStats(entries.map((e) => e.value)),
  };
}

/** The overview of the home page. */
export function overviewView(ds: Dataset, lang: Lang): OverviewView {
  const scoped = isScoped(ds);
  const names = new Map(ds.raw.communes.map((c) => [c.id, c.name]));
  const groups = sharedGroups(ds);
  const rows = groups.filter((q) => q.group.unit === OVERVIEW_UNIT).map((q) => overviewRow(ds, q, names, lang));
  const seenOther = new Set<string>();
  const otherUnits = groups
    .filter((q) => q.group.unit !== OVERVIEW_UNIT)
    .sort((a, b) => a.order - b.order)
    .filter((q) => (seenOther.has(q.comparison.indicatorId) ? false : (seenOther.add(q.comparison.indicatorId), true)))
    .map((q) => ({ indicatorId: q.comparison.indicatorId, name: indicatorName(ds, q.comparison.indicatorId, lang), unit: q.group.unit }));
  const charted = scoped ? rows.slice(0, MAX_SCOPED_ROWS) : rows;
  const inRows = new Set(rows.flatMap((r) => r.entries.map((e) => e.communeId)));
  const all = ds.raw.communes.map((c) => ({ id: c.id, name: c.name }));
  return {
    scoped,
    mainYear: mainYearOf(ds.targets, ds.raw.communes[0]?.plan_year),
    rows,
    charted,
    communes: scoped ? [] : all.filter((c) => inRows.has(c.id)),
    absent: scoped ? [] : all.filter((c) => !inRows.has(c.id)),
    otherUnits,
  };
}
