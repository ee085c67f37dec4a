import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { IndicatorComparison } from './compare-indicator.ts';

/**
 * How one commune's target stands against the other communes' targets for the same indicator,
 * unit and year: above (no other asks more, and some ask less), below (no other asks less, and
 * some ask more), equal (all ask the same), between (some more, some less), only (no other
 * commune to compare with), or unranked (related, unmapped, yes/no, text).
 */
export type Standing = 'above' | 'below' | 'equal' | 'between' | 'only' | 'unranked';

export interface TargetStanding {
  target: HarmonizedTarget;
  standing: Standing;
  /** The other communes in the same group, with their figure: what "above"/"below" is against. */
  others: { communeId: string; targetId: string; value: number; strict: boolean }[];
}

export interface CommuneProfile {
  communeId: string;
  standings: TargetStanding[];
  /** Indicators at least one other commune set (same/comparable) that this commune did not. */
  missing: { indicatorId: string; communes: string[] }[];
  counts: Record<Standing, number>;
}

export function communeProfile(communeId: string, targets: HarmonizedTarget[], comparisons: IndicatorComparison[]): CommuneProfile {
  const byIndicator = new Map(comparisons.map((c) => [c.indicatorId, c]));
  const standings = targets
    .filter((t) => t.communeId === communeId)
    .map((target): TargetStanding => {
      const comparison = target.indicatorId ? byIndicator.get(target.indicatorId) : undefined;
      const group = comparison?.groups.find((g) => g.entries.some((e) => e.targetId === target.targetId));
      const me = group?.entries.find((e) => e.targetId === target.targetId);
      if (!group || !me) return { target, standing: 'unranked', others: [] };
      const others = group.entries.filter((e) => e.communeId !== communeId);
      if (others.length === 0) return { target, standing: 'only', others: [] };
      const higher = others.filter((o) => o.rank < me.rank).length;
      const lower = others.filter((o) => o.rank > me.rank).length;
      const standing: Standing = higher === 0 && lower === 0 ? 'equal' : higher === 0 ? 'above' : lower === 0 ? 'below' : 'between';
      return {
        target,
        standing,
        others: others.map(({ communeId: c, targetId, value, strict }) => ({ communeId: c, targetId, value, strict })),
      };
    });
  const missing = comparisons
    .filter((c) => c.communesWithout.includes(communeId) && c.communesWithTarget.length > 0)
    .map((c) => ({ indicatorId: c.indicatorId, communes: c.communesWithTarget }));
  const counts: Record<Standing, number> = { above: 0, below: 0, equal: 0, between: 0, only: 0, unranked: 0 };
  for (const s of standings) counts[s.standing]++;
  return { communeId, standings, missing, counts };
}
