import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { UnitKind } from '../validate/rule-schemas.ts';

/**
 * Comparison rules, in one place:
 * - Only rows matched `same` or `comparable` are ranked; `related` rows are shown beside them,
 *   never ranked, and unmapped rows never reach an indicator.
 * - Only numeric lower bounds are ranked (">=", ">", "=", and "between" by its lower bound):
 *   for these a higher figure asks for more. Upper bounds ("<=", "<"), yes/no and text are shown,
 *   not ranked.
 * - Rows are ranked only against rows with the same unit AND the same target year: a 2026 target
 *   and a 2030 target are never silently ranked together (each year is its own group, flagged).
 * - At equal figures a strict ">" asks a little more than ">=" (flagged, because the OCR rule
 *   and the words "trên"/"tối thiểu" are how the two differ in these plans). A ceiling (≥ 100% or
 *   100%) equals any other ceiling.
 */

export interface RankedEntry {
  targetId: string;
  communeId: string;
  value: number;
  strict: boolean;
  /** Position within its group: 1 = most ambitious; equal entries share a rank. */
  rank: number;
}

export interface RankGroup {
  unit: UnitKind;
  targetYear: number;
  entries: RankedEntry[];
  /** Communes with the most / least ambitious entry; empty when all entries are equal or alone. */
  most: string[];
  least: string[];
  /** Highest minus lowest figure, in the group's unit; null with fewer than two communes. */
  spread: number | null;
  flags: {
    strictAndInclusive: boolean;
    scopesDiffer: boolean;
    impliedComparator: boolean;
    ocrReading: boolean;
  };
}

export interface IndicatorComparison {
  indicatorId: string;
  /** Every row mapped to the indicator (same, comparable, related), in commune order. */
  rows: HarmonizedTarget[];
  /** Communes with a same/comparable row, and those with none (related rows alone do not count). */
  communesWithTarget: string[];
  communesWithout: string[];
  groups: RankGroup[];
  flags: {
    /** Rankable rows carry more than one target year. */
    yearsDiffer: boolean;
    /** Rankable rows carry more than one unit. */
    unitsDiffer: boolean;
    /** Some rows are `related`: shown, not ranked. */
    hasRelated: boolean;
  };
  /** Largest spread of any group: the sort key "by spread" of the matrix. */
  spread: number | null;
}

const RANKABLE = new Set(['>=', '>', '=', 'between']);

export function isRankable(t: HarmonizedTarget): boolean {
  return (t.match === 'same' || t.match === 'comparable') && RANKABLE.has(t.comparator) && t.value !== null;
}

/**
 * Linear in the rows and communes given (it runs once per indicator over every commune's rows):
 * lookups go through Sets and Maps, never a scan of one list per item of another.
 */
export function compareIndicator(indicatorId: string, rows: HarmonizedTarget[], communeOrder: string[]): IndicatorComparison {
  const order = new Map(communeOrder.map((c, i) => [c, i]));
  const mine = rows
    .filter((r) => r.indicatorId === indicatorId)
    .sort((a, b) => (order.get(a.communeId) ?? 0) - (order.get(b.communeId) ?? 0) || a.targetId.localeCompare(b.targetId));
  const counted = new Set(mine.filter((r) => r.match === 'same' || r.match === 'comparable').map((r) => r.communeId));
  const communesWithTarget = communeOrder.filter((c) => counted.has(c));
  const rankable = mine.filter(isRankable);

  const byKey = new Map<string, HarmonizedTarget[]>();
  for (const r of rankable) {
    const key = `${r.targetYear}|${r.unit}`;
    const group = byKey.get(key);
    if (group) group.push(r);
    else byKey.set(key, [r]);
  }
  const groups = [...byKey.values()].map(rankGroup).sort((a, b) => a.targetYear - b.targetYear || a.unit.localeCompare(b.unit));
  const spreads = groups.map((g) => g.spread).filter((s): s is number => s !== null);

  return {
    indicatorId,
    rows: mine,
    communesWithTarget,
    communesWithout: communeOrder.filter((c) => !counted.has(c)),
    groups,
    flags: {
      yearsDiffer: new Set(rankable.map((r) => r.targetYear)).size > 1,
      unitsDiffer: new Set(rankable.map((r) => r.unit)).size > 1,
      hasRelated: mine.some((r) => r.match === 'related'),
    },
    spread: spreads.length > 0 ? spreads.reduce((a, b) => Math.max(a, b)) : null,
  };
}

/**
 * Ambition of one row: its lower bound, and a strict ">" a hair above ">=" at the same figure.
 * Exported for the standing against reference figures, which follows the same rule.
 */
export function ambition(r: Pick<HarmonizedTarget, 'value' | 'comparator' | 'ceiling'>): [number, number] {
  return [r.value ?? 0, r.comparator === '>' && !r.ceiling ? 1 : 0];
}

/** Orders ambitions, most ambitious first: negative when `a` asks more than `b`, 0 when equal. */
export function cmp(a: [number, number], b: [number, number]): number {
  return b[0] - a[0] || b[1] - a[1];
}

function rankGroup(rows: HarmonizedTarget[]): RankGroup {
  const sorted = [...rows].sort((a, b) => cmp(ambition(a), ambition(b)));
  const entries: RankedEntry[] = [];
  sorted.forEach((r, i) => {
    const prev = sorted[i - 1];
    const rank = prev && cmp(ambition(prev), ambition(r)) === 0 ? entries[i - 1]!.rank : i + 1;
    entries.push({ targetId: r.targetId, communeId: r.communeId, value: r.value ?? 0, strict: r.comparator === '>', rank });
  });
  const communes = new Set(rows.map((r) => r.communeId));
  const top = sorted[0]!;
  const bottom = sorted[sorted.length - 1]!;
  const allEqual = cmp(ambition(top), ambition(bottom)) === 0;
  const ranked = communes.size > 1 && !allEqual;
  return {
    unit: top.unit,
    targetYear: top.targetYear,
    entries,
    most: ranked ? unique(sorted.filter((r) => cmp(ambition(r), ambition(top)) === 0).map((r) => r.communeId)) : [],
    least: ranked ? unique(sorted.filter((r) => cmp(ambition(r), ambition(bottom)) === 0).map((r) => r.communeId)) : [],
    spread: communes.size > 1 ? round((top.value ?? 0) - (bottom.value ?? 0)) : null,
    flags: {
      strictAndInclusive: rows.some((r) => r.comparator === '>' && !r.ceiling) && rows.some((r) => r.comparator !== '>'),
      scopesDiffer: rows.some((r) => r.match === 'comparable'),
      impliedComparator: rows.some((r) => r.comparatorSource === 'implied'),
      ocrReading: rows.some((r) => r.comparatorSource === 'ocr-symbol'),
    },
  };
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Spreads are differences of decimal figures (0.8 - 0.7): keep them free of float noise. */
function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
