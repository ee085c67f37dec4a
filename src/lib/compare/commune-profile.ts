import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { IndicatorComparison, RankGroup, RankedEntry } from './compare-indicator.ts';

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
  /**
   * The other communes in the same group, with their figure: what "above"/"below" is against.
   * Computed when read (not stored): with thousands of communes a group holds thousands of
   * entries, and a stored copy per target would make the dataset grow with the square of the
   * number of communes. Read it for the few targets a page shows, not in a loop over all.
   */
  readonly others: { communeId: string; targetId: string; value: number; strict: boolean }[];
  /** The rank group the target is ranked in (null when unranked): every entry, with ranks. */
  group: RankGroup | null;
}

export interface CommuneProfile {
  communeId: string;
  standings: TargetStanding[];
  /** Indicators at least one other commune set (same/comparable) that this commune did not. */
  missing: { indicatorId: string; communes: string[] }[];
  counts: Record<Standing, number>;
}

export function communeProfile(communeId: string, targets: HarmonizedTarget[], comparisons: IndicatorComparison[]): CommuneProfile {
  return communeProfiles([communeId], targets, comparisons)[0]!;
}

/** Who sits strictly before or after a run of equal ranks: nobody, one commune, or several. */
type Side = { kind: 'none' } | { kind: 'one'; communeId: string } | { kind: 'several' };

interface Placed {
  group: RankGroup;
  entry: RankedEntry;
  /** Communes with a more ambitious entry (lower rank) and with a less ambitious one. */
  before: Side;
  after: Side;
  /** The only commune in the group, or null when there are several. */
  sole: string | null;
}

/**
 * The profiles of the given communes, in that order. Linear in targets and group entries: every
 * entry is placed once (its group, and who stands before and after it), and then each target's
 * standing is read off in constant time.
 */
export function communeProfiles(communeIds: string[], targets: HarmonizedTarget[], comparisons: IndicatorComparison[]): CommuneProfile[] {
  const byIndicator = new Map(comparisons.map((c) => [c.indicatorId, c]));
  const placed = new Map<string, Placed>();
  for (const c of comparisons) for (const g of c.groups) place(g, placed);

  const wanted = new Set(communeIds);
  const targetsOf = new Map<string, HarmonizedTarget[]>(communeIds.map((id) => [id, []]));
  for (const t of targets) if (wanted.has(t.communeId)) targetsOf.get(t.communeId)!.push(t);
  const missingOf = new Map<string, CommuneProfile['missing']>(communeIds.map((id) => [id, []]));
  for (const c of comparisons) {
    if (c.communesWithTarget.length === 0) continue;
    for (const id of c.communesWithout) missingOf.get(id)?.push({ indicatorId: c.indicatorId, communes: c.communesWithTarget });
  }

  return communeIds.map((communeId) => {
    const standings = targetsOf.get(communeId)!.map((target): TargetStanding => {
      const comparison = target.indicatorId ? byIndicator.get(target.indicatorId) : undefined;
      const p = comparison ? placed.get(target.targetId) : undefined;
      if (!p || !comparison!.groups.includes(p.group)) return unranked(target);
      if (p.sole === communeId) return standingOf(target, 'only', p.group, communeId);
      const higher = !isOnly(p.before, communeId);
      const lower = !isOnly(p.after, communeId);
      const standing: Standing = !higher && !lower ? 'equal' : !higher ? 'above' : !lower ? 'below' : 'between';
      return standingOf(target, standing, p.group, communeId);
    });
    const counts: Record<Standing, number> = { above: 0, below: 0, equal: 0, between: 0, only: 0, unranked: 0 };
    for (const s of standings) counts[s.standing]++;
    return { communeId, standings, missing: missingOf.get(communeId)!, counts };
  });
}

/** True when no commune other than `communeId` is on that side. */
function isOnly(side: Side, communeId: string): boolean {
  return side.kind === 'none' || (side.kind === 'one' && side.communeId === communeId);
}

function add(side: Side, communeId: string): Side {
  if (side.kind === 'none') return { kind: 'one', communeId };
  return side.kind === 'one' && side.communeId === communeId ? side : { kind: 'several' };
}

/** Places every entry of a group (entries come sorted by rank, equal ranks adjacent). */
function place(group: RankGroup, placed: Map<string, Placed>): void {
  const { entries } = group;
  const communes = new Set(entries.map((e) => e.communeId));
  const sole = communes.size === 1 ? entries[0]!.communeId : null;
  // Side of everything strictly before position i, and strictly after it.
  const before: Side[] = [];
  let side: Side = { kind: 'none' };
  for (let i = 0; i < entries.length; i++) {
    before.push(side);
    side = add(side, entries[i]!.communeId);
  }
  const after: Side[] = new Array<Side>(entries.length);
  side = { kind: 'none' };
  for (let i = entries.length - 1; i >= 0; i--) {
    after[i] = side;
    side = add(side, entries[i]!.communeId);
  }
  let start = 0;
  while (start < entries.length) {
    let end = start;
    while (end + 1 < entries.length && entries[end + 1]!.rank === entries[start]!.rank) end++;
    for (let i = start; i <= end; i++) {
      placed.set(entries[i]!.targetId, { group, entry: entries[i]!, before: before[start]!, after: after[end]!, sole });
    }
    start = end + 1;
  }
}

function unranked(target: HarmonizedTarget): TargetStanding {
  return { target, standing: 'unranked', others: [], group: null };
}

function standingOf(target: HarmonizedTarget, standing: Standing, group: RankGroup, communeId: string): TargetStanding {
  return new RankedStanding(target, standing, group, communeId);
}

/**
 * A ranked target's standing, with `others` read from its group when asked. A class, so that
 * the getter lives once on the prototype: a getter in an object literal makes every standing a
 * dictionary-mode object with a closure of its own (about 470 bytes instead of 40), which at
 * 3,321 communes was some 100 MB of the heap the build's garbage collector marks again and again.
 */
class RankedStanding implements TargetStanding {
  readonly target: HarmonizedTarget;
  readonly standing: Standing;
  readonly group: RankGroup;
  readonly #communeId: string;

  constructor(target: HarmonizedTarget, standing: Standing, group: RankGroup, communeId: string) {
    this.target = target;
    this.standing = standing;
    this.group = group;
    this.#communeId = communeId;
  }

  get others(): TargetStanding['others'] {
    if (this.standing === 'only') return [];
    return this.group.entries
      .filter((e) => e.communeId !== this.#communeId)
      .map(({ communeId: c, targetId, value, strict }) => ({ communeId: c, targetId, value, strict }));
  }
}

/**
 * What a cell says about ambition: the commune's standing in its rank group, except that a
 * target alone in its group while another commune set the same indicator (for another year or
 * unit) is `solo`, not `only` — "only this commune set it" would be untrue.
 */
export type Mark = Standing | 'solo';

export function markOf(standing: Standing, comparison: Pick<IndicatorComparison, 'communesWithTarget'> | undefined): Mark {
  return standing === 'only' && (comparison?.communesWithTarget.length ?? 0) > 1 ? 'solo' : standing;
}
