import type { TargetStanding } from './commune-profile.ts';
import type { IndicatorComparison, RankedEntry, RankGroup } from './compare-indicator.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';

/**
 * One target against the other communes' targets of its indicator, without words: how many
 * rank above, level and below it, which are for another year or unit, and the references to
 * them, read off the comparison's rank groups (compare-indicator.ts). The commune page puts these
 * in words (src/lib/view/commune-targets.ts). Pure; the per-group facts are cached.
 */

/** What a tally reads of a dataset's indexes (src/lib/dataset/dataset-index.ts has them all). */
export interface TallyIndex {
  comparison: ReadonlyMap<string, IndicatorComparison>;
  /** A rankable target's rank group and entry. */
  placement: ReadonlyMap<string, { group: RankGroup; entry: RankedEntry }>;
  target: ReadonlyMap<string, HarmonizedTarget>;
}

export type Relation = 'higher' | 'equal' | 'lower';

/** Another commune's target for the same indicator: whose, which, for which year, and how it compares. */
export interface OtherRef {
  communeId: string;
  targetId: string;
  year: number;
  /** How the other commune's target compares with this one (null when not ranked together). */
  relation: Relation | null;
}

/** The others counted instead of named, in communes: by relation, and those not ranked with this target. */
export interface OthersCount {
  higher: number;
  equal: number;
  lower: number;
  /** Set for another year, or (same year) in another unit: shown, never ranked together. */
  otherYear: number;
  otherUnit: number;
  /** Other communes in all (one may count under two headings when its plan states the indicator twice). */
  communes: number;
  /** The other years, ascending. */
  years: number[];
}

/**
 * One target against the others, without words: what both languages and the summaries share.
 * Counts are read off index ranges of the rank group (groupFacts); the others are listed (as
 * OtherRefs) only when asked — a province holds up to 166 communes, and a list per target per
 * page made the 3,321 build allocate some 40 million objects.
 */
export interface Tally {
  s: TargetStanding;
  /** This target's rank in its group (absent when it is not placed in one). */
  rank: number | undefined;
  /** The rank group's entries in rank order, this commune's among them: s.others once those are left out (rankedRefs). */
  rankedFrom: RankedEntry[];
  /** The indicator's other rank groups (another year or unit): their other communes' entries are not ranked with it. */
  otherGroups: RankGroup[];
  /** Ranked plus unranked others (targets, not communes). */
  total: number;
  counted: OthersCount;
  /** Years of the unranked others, distinct, ascending. */
  unrankedYears: number[];
}

export function relationTo(rank: number | undefined, other: number): Relation | null {
  return rank === undefined ? null : other < rank ? 'higher' : other > rank ? 'lower' : 'equal';
}

/**
 * What every target of one rank group (or, for a target placed in none, of one indicator and
 * year) shares about the others: worked out once per group, so that a target's tally costs a
 * binary search and a few set lookups instead of a pass over a province's entries.
 */
interface GroupFacts {
  /**
   * Over the group's entries (in rank order): distinct communes before index k and from k on,
   * each commune's first and last index and entry count — a plan may state an indicator twice.
   */
  prefixDistinct: Int32Array;
  suffixDistinct: Int32Array;
  firstIdx: Map<string, number>;
  lastIdx: Map<string, number>;
  count: Map<string, number>;
  /** Distinct communes of the run of equal ranks starting at an index, made when first asked. */
  run: Map<number, Set<string>>;
  /** The other rank groups of the indicator: their entries are the "unranked" others. */
  otherGroups: RankGroup[];
  /** Entries in those groups, and how many are each commune's. */
  otherEntries: number;
  entriesOf: Map<string, number>;
  /** Communes in those groups set for another year / for the same year (in another unit). */
  otherYear: Set<string>;
  otherUnit: Set<string>;
  /** Communes in those groups, by year. */
  byYear: Map<number, Set<string>>;
  /** Communes in those groups, and in the group itself or in those groups. */
  inOthers: Set<string>;
  everyone: Set<string>;
}
const factsCache = new WeakMap<object, Map<number, GroupFacts>>();

function groupFacts(comparison: IndicatorComparison | undefined, group: RankGroup | undefined, year: number): GroupFacts {
  const key = group ?? comparison ?? factsCache;
  let byYear = factsCache.get(key);
  if (!byYear) factsCache.set(key, (byYear = new Map()));
  const known = byYear.get(year);
  if (known) return known;
  const otherGroups = (comparison?.groups ?? []).filter((g) => g !== group);
  const ownCommunes = new Set(group?.entries.map((e) => e.communeId));
  const entries = group?.entries ?? [];
  const facts: GroupFacts = {
    prefixDistinct: new Int32Array(entries.length + 1),
    suffixDistinct: new Int32Array(entries.length + 1),
    firstIdx: new Map(),
    lastIdx: new Map(),
    count: new Map(),
    run: new Map(),
    otherGroups,
    otherEntries: 0,
    entriesOf: new Map(),
    otherYear: new Set(),
    otherUnit: new Set(),
    byYear: new Map(),
    inOthers: new Set(),
    everyone: ownCommunes,
  };
  entries.forEach((e, i) => {
    if (!facts.firstIdx.has(e.communeId)) facts.firstIdx.set(e.communeId, i);
    facts.lastIdx.set(e.communeId, i);
    facts.count.set(e.communeId, (facts.count.get(e.communeId) ?? 0) + 1);
  });
  for (let i = 0; i < entries.length; i++)
    facts.prefixDistinct[i + 1] = facts.prefixDistinct[i]! + (facts.firstIdx.get(entries[i]!.communeId) === i ? 1 : 0);
  for (let i = entries.length - 1; i >= 0; i--)
    facts.suffixDistinct[i] = facts.suffixDistinct[i + 1]! + (facts.lastIdx.get(entries[i]!.communeId) === i ? 1 : 0);
  for (const g of otherGroups) {
    let inYear = facts.byYear.get(g.targetYear);
    if (!inYear) facts.byYear.set(g.targetYear, (inYear = new Set()));
    for (const e of g.entries) {
      facts.otherEntries++;
      facts.entriesOf.set(e.communeId, (facts.entriesOf.get(e.communeId) ?? 0) + 1);
      (g.targetYear !== year ? facts.otherYear : facts.otherUnit).add(e.communeId);
      inYear.add(e.communeId);
      facts.inOthers.add(e.communeId);
      facts.everyone.add(e.communeId);
    }
  }
  byYear.set(year, facts);
  return facts;
}

/** First index in entries (sorted by rank) whose rank is at least / more than `rank`. */
function rankBound(entries: RankedEntry[], rank: number, after: boolean): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.rank < rank || (after && entries[mid]!.rank === rank)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function tallyOf(ix: TallyIndex, communeId: string, s: TargetStanding): Tally {
  const t = s.target;
  const comparison = t.indicatorId ? ix.comparison.get(t.indicatorId) : undefined;
  const place = ix.placement.get(t.targetId);
  const group = place?.group;
  const rank = place?.entry.rank;
  const facts = groupFacts(comparison, group, group?.targetYear ?? t.targetYear);
  // s.others, read as entries: the group's entries of other communes ('only' and 'unranked' have none).
  const hasRanked = !(s.standing === 'only' || s.standing === 'unranked' || !s.group);
  const without = (set: Set<string>) => set.size - (set.has(communeId) ? 1 : 0);
  const years = [...facts.byYear].filter(([, cs]) => without(cs) > 0).map(([y]) => y);
  const unranked = facts.otherEntries - (facts.entriesOf.get(communeId) ?? 0);
  const counted: OthersCount = {
    higher: 0,
    equal: 0,
    lower: 0,
    otherYear: without(facts.otherYear),
    otherUnit: without(facts.otherUnit),
    communes: 0,
    years: years.filter((y) => y !== t.targetYear).sort((a, b) => a - b),
  };
  let rankedFrom: RankedEntry[] = [];
  let others = 0;
  if (!hasRanked) {
    counted.communes = without(facts.inOthers);
  } else {
    // The profile and the index are built from the same comparisons: a ranked target's group is its placement's.
    if (!group || s.group !== group || rank === undefined) throw new Error(`${t.targetId}: ranked, but not placed in its rank group`);
    // Entries in rank order: those above, level with and below this one are index ranges.
    const entries = group.entries;
    const first = rankBound(entries, rank, false);
    const after = rankBound(entries, rank, true);
    let level = facts.run.get(first);
    if (!level) facts.run.set(first, (level = new Set(entries.slice(first, after).map((e) => e.communeId))));
    counted.higher = facts.prefixDistinct[first]! - (facts.firstIdx.get(communeId)! < first ? 1 : 0);
    counted.equal = without(level);
    counted.lower = facts.suffixDistinct[after]! - (facts.lastIdx.get(communeId)! >= after ? 1 : 0);
    counted.communes = without(facts.everyone);
    rankedFrom = entries;
    others = entries.length - (facts.count.get(communeId) ?? 0);
  }
  return {
    s,
    rank,
    rankedFrom,
    otherGroups: facts.otherGroups,
    total: others + unranked,
    counted,
    unrankedYears: years.sort((a, b) => a - b),
  };
}

/** The others as OtherRefs: ranked ones in rank order, then the unranked ones group by group. */
export function rankedRefs(ix: TallyIndex, x: Tally, communeId: string): OtherRef[] {
  return x.rankedFrom
    .filter((e) => e.communeId !== communeId)
    .map((e) => ({
      communeId: e.communeId,
      targetId: e.targetId,
      year: ix.target.get(e.targetId)!.targetYear,
      relation: relationTo(x.rank, e.rank),
    }));
}
export function unrankedRefs(x: Tally, communeId: string): OtherRef[] {
  return x.otherGroups.flatMap((g) =>
    g.entries
      .filter((e) => e.communeId !== communeId)
      .map((e): OtherRef => ({ communeId: e.communeId, targetId: e.targetId, year: g.targetYear, relation: null })),
  );
}
