import type { CommuneProfile } from '../compare/commune-profile.ts';
import type { IndicatorComparison, RankedEntry, RankGroup } from '../compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { Dataset } from './check-dataset.ts';
import type { Indicator } from '../validate/rule-schemas.ts';
import type { Commune, Task } from '../validate/schemas.ts';

/**
 * Lookups by id, built once per dataset. A build renders two pages per commune; a scan of
 * ds.targets (~40 per commune) or ds.profiles per page would make the build quadratic in the
 * number of communes (3,321 → 6,642 pages × 130,000 targets). With these, a page costs the size
 * of its own plan, and of its province's rank groups when scoped. Most are the Dataset's own
 * (built once by compareDataset, for a province as for the whole set); added here: target,
 * indicator, rank-group placement and unit spelling by id.
 */
export interface DatasetIndex {
  commune: ReadonlyMap<string, Commune>;
  /** A commune's targets, in ds.targets order. */
  targetsOf: ReadonlyMap<string, HarmonizedTarget[]>;
  /** A commune's tasks, in ds.raw.tasks order. */
  tasksOf: ReadonlyMap<string, Task[]>;
  target: Map<string, HarmonizedTarget>;
  /** An indicator's targets (every match), in ds.targets order. */
  targetsFor: ReadonlyMap<string, HarmonizedTarget[]>;
  comparison: ReadonlyMap<string, IndicatorComparison>;
  profile: ReadonlyMap<string, CommuneProfile>;
  indicator: Map<string, Indicator>;
  /** A rankable target's rank group and entry. */
  placement: Map<string, { group: RankGroup; entry: RankedEntry }>;
  /** unit-spellings.csv: spelling → canonical unit ids. */
  spelling: Map<string, string[]>;
}

const indexCache = new WeakMap<Dataset, DatasetIndex>();

/** The indexes of a dataset, built on first use and kept as long as the dataset lives. */
export function datasetIndex(ds: Dataset): DatasetIndex {
  const hit = indexCache.get(ds);
  if (hit) return hit;
  const ix: DatasetIndex = {
    commune: ds.communeById,
    targetsOf: ds.targetsByCommune,
    tasksOf: ds.tasksByCommune,
    target: new Map(ds.targets.map((t) => [t.targetId, t])),
    targetsFor: ds.targetsByIndicator,
    comparison: ds.comparisonByIndicator,
    profile: ds.profileByCommune,
    indicator: new Map(ds.rules.indicators.map((i) => [i.id, i])),
    placement: new Map(),
    spelling: new Map(ds.rules.spellings.map((s) => [s.spelling, s.unit_ids])),
  };
  for (const c of ds.comparisons)
    for (const group of c.groups) for (const entry of group.entries) ix.placement.set(entry.targetId, { group, entry });
  indexCache.set(ds, ix);
  return ix;
}

/** A commune by id (from the index); throws on an unknown id. */
export function communeById(ds: Dataset, id: string): Commune {
  const c = datasetIndex(ds).commune.get(id);
  if (!c) throw new Error(`unknown commune ${id}`);
  return c;
}

/** A commune's harmonized targets, in plan order. */
export const targetsOf = (ds: Dataset, id: string) => datasetIndex(ds).targetsOf.get(id) ?? [];
/** A commune's tasks, in plan order. */
export const tasksOf = (ds: Dataset, id: string) => datasetIndex(ds).tasksOf.get(id) ?? [];
/** A commune's name, or its id. */
export const nameOf = (ds: Dataset, id: string) => datasetIndex(ds).commune.get(id)?.name ?? id;

/** A target by id, or undefined. */
export function targetById(ds: Dataset, targetId: string): HarmonizedTarget | undefined {
  return datasetIndex(ds).target.get(targetId);
}
