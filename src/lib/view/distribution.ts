import { isRankable } from '../compare/compare-indicator.ts';
import { referencesFor, referenceStanding } from '../compare/reference-standing.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { UnitKind } from '../validate/rule-schemas.ts';
import { formatNumber, formatTarget, indicatorName } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import { referenceLabel } from '../site/reference-label.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Reference } from '../validate/reference-schema.ts';
import { summaryStats, type OverviewStats } from './overview.ts';
import type { Province } from '../dataset/scope.ts';

/**
 * View model of a province's distribution chart (src/lib/chart/distribution-chart.ts): on the
 * indicator page of a province with more communes than a table shows, one dot per target of
 * the province's communes, on the indicator's scale, one strip per target year (years are never
 * ranked together), with the national goals and the province's own for that year.
 *
 * The targets drawn are those the comparison ranks (isRankable: same/comparable, a numeric lower
 * bound) in the indicator's unit, at their lower bound; the rest (yes/no, qualitative, upper
 * bounds, another unit, related) are counted, not drawn — the table under the chart has them.
 * Pure: the province's dataset (scopeDataset: standings among its communes) in, figures and words out.
 */

/** Units with a scale to put dots on. */
const SCALED: readonly UnitKind[] = ['percent', 'count', 'index'];

export interface DistributionDot {
  targetId: string;
  communeId: string;
  commune: string;
  /** The lower bound: where the dot goes. */
  value: number;
  figure: string;
}

export interface DistributionGoal {
  value: number;
  label: string;
  level: Reference['level'];
  /** Targets of the strip at or above the goal, by the comparison's own rule (reference-standing.ts). */
  reached: number;
}

export interface DistributionLevel {
  value: number;
  figure: string;
  communes: number;
}

export interface DistributionGroup {
  year: number;
  dots: DistributionDot[];
  communes: number;
  stats: OverviewStats;
  /** Distinct lower bounds, highest first, with how many communes set each. */
  levels: DistributionLevel[];
  goals: DistributionGoal[];
}

export interface DistributionView {
  indicatorId: string;
  name: string;
  province: Province;
  unit: UnitKind;
  /** One per target year, the year with most targets first. */
  groups: DistributionGroup[];
  /** The province's targets of the indicator that are shown in the table but not as dots. */
  notDrawn: number;
}

/** "80%", "0,8", "3": a figure on the indicator's scale. */
export function scaleFigure(value: number, unit: UnitKind, lang: Lang): string {
  return `${formatNumber(value, lang)}${unit === 'percent' ? '%' : ''}`;
}

/**
 * The goals drawn on a strip: the indicator's national references and the province's own, for
 * the strip's year and in its unit, that are a level to reach (not context, not "≤"/"<"), one per
 * distinct label; each with how many of the strip's targets reach it.
 */
export function stripGoals(
  rows: readonly HarmonizedTarget[],
  indicatorId: string,
  year: number,
  unit: UnitKind,
  references: readonly Reference[],
  province: string,
  lang: Lang,
): DistributionGoal[] {
  const seen = new Set<string>();
  const out: DistributionGoal[] = [];
  for (const r of referencesFor(indicatorId, references, province)) {
    if (r.year !== year || r.kind !== 'target' || r.unit !== unit || r.comparator === '<=' || r.comparator === '<') continue;
    const label = referenceLabel(r, lang);
    if (seen.has(label)) continue;
    seen.add(label);
    const reached = rows.filter((t) => {
      const s = referenceStanding(t, r).standing;
      return s === 'above' || s === 'at';
    }).length;
    out.push({ value: r.value, label, level: r.level, reached });
  }
  return out;
}

/** The distribution of one indicator's targets in a province; null when fewer than two of its communes set it on the scale. */
export function distributionView(ds: Dataset, indicatorId: string, province: Province, lang: Lang): DistributionView | null {
  const indicator = ds.rules.indicators.find((i) => i.id === indicatorId);
  const comparison = ds.comparisonByIndicator.get(indicatorId);
  if (!indicator || !comparison || !SCALED.includes(indicator.unit)) return null;
  const unit = indicator.unit;
  const drawn = comparison.rows.filter((r) => isRankable(r) && r.unit === unit);
  const byYear = new Map<number, HarmonizedTarget[]>();
  for (const r of drawn) {
    const list = byYear.get(r.targetYear);
    if (list) list.push(r);
    else byYear.set(r.targetYear, [r]);
  }
  const groups = [...byYear.entries()]
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0])
    .map(([year, rows]): DistributionGroup => {
      const dots = rows.map((r) => ({
        targetId: r.targetId,
        communeId: r.communeId,
        commune: ds.communeById.get(r.communeId)?.name ?? r.communeId,
        value: r.value ?? 0,
        figure: formatTarget(r, lang),
      }));
      const perLevel = new Map<number, Set<string>>();
      for (const d of dots) perLevel.set(d.value, (perLevel.get(d.value) ?? new Set()).add(d.communeId));
      return {
        year,
        dots,
        communes: new Set(dots.map((d) => d.communeId)).size,
        stats: summaryStats(dots.map((d) => d.value)),
        levels: [...perLevel.entries()]
          .sort((a, b) => b[0] - a[0])
          .map(([value, ids]) => ({ value, figure: scaleFigure(value, unit, lang), communes: ids.size })),
        goals: stripGoals(rows, indicatorId, year, unit, ds.rules.references, province.name, lang),
      };
    });
  if (!groups.some((g) => g.communes >= 2)) return null;
  return {
    indicatorId,
    name: indicatorName(ds, indicatorId, lang),
    province,
    unit,
    groups,
    notDrawn: comparison.rows.length - drawn.length,
  };
}
