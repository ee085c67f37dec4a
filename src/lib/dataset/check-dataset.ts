import { communeProfiles, type CommuneProfile, type TargetStanding } from '../compare/commune-profile.ts';
import { compareIndicator, type IndicatorComparison } from '../compare/compare-indicator.ts';
import { harmonizeTargets, type HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { readRawTables, type DataFiles, type RawDataset } from '../validate/check-raw-dataset.ts';
import { readRules, type Rules } from '../validate/check-rules.ts';
import { sortDataErrors, type DataError } from '../core/data-error.ts';
import type { Commune, Located, Target, Task } from '../validate/schemas.ts';
import { createTableReader, type ReadProblems } from '../validate/table-reader.ts';

/** Everything the pages and published files are made from: validated, harmonized, compared. */
export interface Dataset {
  raw: RawDataset;
  rules: Rules;
  targets: HarmonizedTarget[];
  comparisons: IndicatorComparison[];
  profiles: CommuneProfile[];
  summary: string;
  /**
   * Lookups over the lists above, built once. With thousands of communes, filtering a whole
   * list once per commune or per indicator is what makes a build quadratic: use these instead.
   * Every commune of communes.csv (and every catalogue indicator) has an entry, empty if need be;
   * lists keep the order of the list they index.
   */
  communeById: ReadonlyMap<string, Commune & Located>;
  /** Harmonized rows by commune id, in plan order. */
  targetsByCommune: ReadonlyMap<string, HarmonizedTarget[]>;
  /** Source rows (data/targets/<id>.csv) by commune id, in file order. */
  sourceTargetsByCommune: ReadonlyMap<string, (Target & Located)[]>;
  /** Tasks (data/tasks/<id>.csv) by commune id, in file order. */
  tasksByCommune: ReadonlyMap<string, (Task & Located)[]>;
  /** Harmonized rows by catalogue indicator id, in the order of `targets` (communes, then plan order). */
  targetsByIndicator: ReadonlyMap<string, HarmonizedTarget[]>;
  /** The comparison of each catalogue indicator (its `rows` are sorted by commune, then target id). */
  comparisonByIndicator: ReadonlyMap<string, IndicatorComparison>;
  profileByCommune: ReadonlyMap<string, CommuneProfile>;
  /** Standing of every harmonized row, by target id. */
  standingByTarget: ReadonlyMap<string, TargetStanding>;
}

export type DatasetResult = { ok: true; value: Dataset } | { ok: false; errors: DataError[] };

/**
 * read → validate → harmonize → compare. Every check the check command and the build run;
 * any error stops everything (no partial output). Pure: bytes in, model or errors out.
 * Linear in the number of rows: each table is grouped once, never re-filtered per commune.
 */
export function checkDataset(files: DataFiles, label = 'data', read?: ReadProblems): DatasetResult {
  const reader = createTableReader(files, label, read);
  const raw = readRawTables(files, reader);
  const rules = readRules(raw, reader);
  const harmonized = harmonizeTargets(raw, rules);
  reader.errors.push(...harmonized.errors);
  const errors = reader.finish();
  if (errors.length > 0) return { ok: false, errors: sortDataErrors(errors) };
  return { ok: true, value: compareDataset(raw, rules, harmonized.targets) };
}

/**
 * The compare stage and the lookups, on checked and harmonized rows. Also used on a subset of
 * the communes (src/lib/dataset/scope.ts: a province), so that every standing and every lookup of a
 * scoped dataset is computed among its own communes.
 */
export function compareDataset(raw: RawDataset, rules: Rules, targets: HarmonizedTarget[]): Dataset {
  const communeOrder = raw.communes.map((c) => c.id);
  const targetsByCommune = groupBy(communeOrder, targets, (t) => t.communeId);
  const byIndicator = groupBy(
    rules.indicators.map((i) => i.id),
    targets,
    (t) => t.indicatorId,
  );
  // Each comparison gets only its indicator's rows (it filters by indicator itself as well).
  const comparisons = rules.indicators.map((i) => compareIndicator(i.id, byIndicator.get(i.id) ?? [], communeOrder));
  const profiles = communeProfiles(communeOrder, targets, comparisons);
  const sourceTargetsByCommune = groupBy(communeOrder, raw.targets, (t) => t.commune_id);
  // Each commune named with its count while the line stays readable; past a dozen, the range.
  const perCommune = communeOrder.map((id) => sourceTargetsByCommune.get(id)!.length);
  const counts =
    communeOrder.length <= 12
      ? communeOrder.map((id, i) => `${id} ${perCommune[i]}`).join(', ')
      : `${Math.min(...perCommune)}–${Math.max(...perCommune)} per commune`;
  const mapped = targets.filter((t) => t.match !== 'unmapped').length;
  return {
    raw,
    rules,
    targets,
    comparisons,
    profiles,
    summary:
      `${raw.communes.length} communes, ${raw.targets.length} targets (${counts}), ${raw.tasks.length} tasks, ` +
      `${rules.indicators.length} indicators, ${mapped} targets mapped, ${targets.length - mapped} unmapped`,
    communeById: new Map(raw.communes.map((c) => [c.id, c])),
    targetsByCommune,
    targetsByIndicator: byIndicator,
    sourceTargetsByCommune,
    tasksByCommune: groupBy(communeOrder, raw.tasks, (t) => t.commune_id),
    comparisonByIndicator: new Map(comparisons.map((c) => [c.indicatorId, c])),
    profileByCommune: new Map(profiles.map((p) => [p.communeId, p])),
    standingByTarget: new Map(profiles.flatMap((p) => p.standings.map((s) => [s.target.targetId, s]))),
  };
}

/** Rows grouped under the given keys (each present, in that order), rows in their own order. */
function groupBy<R>(keys: string[], rows: R[], key: (r: R) => string | null): Map<string, R[]> {
  const out = new Map<string, R[]>(keys.map((k) => [k, []]));
  for (const r of rows) {
    const k = key(r);
    if (k !== null) out.get(k)?.push(r);
  }
  return out;
}
