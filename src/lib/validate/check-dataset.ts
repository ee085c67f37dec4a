import { communeProfile, type CommuneProfile } from '../compare/commune-profile.ts';
import { compareIndicator, type IndicatorComparison } from '../compare/compare-indicator.ts';
import { harmonizeTargets, type HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { readRawTables, type DataFiles, type RawDataset } from './check-raw-dataset.ts';
import { readRules, type Rules } from './check-rules.ts';
import { sortDataErrors, type DataError } from './data-error.ts';
import { createTableReader } from './table-reader.ts';

/** Everything the pages and published files are made from: validated, harmonized, compared. */
export interface Dataset {
  raw: RawDataset;
  rules: Rules;
  targets: HarmonizedTarget[];
  comparisons: IndicatorComparison[];
  profiles: CommuneProfile[];
  summary: string;
}

export type DatasetResult = { ok: true; value: Dataset } | { ok: false; errors: DataError[] };

/**
 * read → validate → harmonize → compare. Every check the check command and the build run;
 * any error stops everything (no partial output). Pure: bytes in, model or errors out.
 */
export function checkDataset(files: DataFiles, label = 'data'): DatasetResult {
  const reader = createTableReader(files, label);
  const raw = readRawTables(files, reader);
  const rules = readRules(raw, reader);
  const harmonized = harmonizeTargets(raw, rules);
  const errors = [...reader.finish(), ...harmonized.errors];
  if (errors.length > 0) return { ok: false, errors: sortDataErrors(errors) };

  const communeOrder = raw.communes.map((c) => c.id);
  const targets = harmonized.targets;
  const comparisons = rules.indicators.map((i) => compareIndicator(i.id, targets, communeOrder));
  const profiles = communeOrder.map((c) => communeProfile(c, targets, comparisons));
  const counts = raw.communes.map((c) => `${c.id} ${raw.targets.filter((t) => t.commune_id === c.id).length}`).join(', ');
  const mapped = targets.filter((t) => t.match !== 'unmapped').length;
  return {
    ok: true,
    value: {
      raw,
      rules,
      targets,
      comparisons,
      profiles,
      summary:
        `${raw.communes.length} communes, ${raw.targets.length} targets (${counts}), ${raw.tasks.length} tasks, ` +
        `${rules.indicators.length} indicators, ${mapped} targets mapped, ${targets.length - mapped} unmapped`,
    },
  };
}
