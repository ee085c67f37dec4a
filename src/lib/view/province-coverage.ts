import type { Dataset } from '../dataset/check-dataset.ts';
import { provincesOf } from '../dataset/scope.ts';

/**
 * Which of the 34 provinces (data/harmonize/provinces.csv) have commune plans in the data and
 * which have none yet: the provinces list of a scoped site shows only provinces with plans
 * (scope.ts provincesOf), so the ones it leaves out are said beside it. Pure, computed from ds.
 */
export interface ProvinceCoverage {
  /** Provinces of provinces.csv, in its order. */
  total: number;
  /** Provinces with at least one plan. */
  withPlans: number;
  /** Names of the provinces with no plan, in provinces.csv order. */
  without: string[];
}

export function provinceCoverage(ds: Pick<Dataset, 'raw' | 'rules'>): ProvinceCoverage {
  const planned = new Set(provincesOf(ds).map((p) => p.code));
  const without = ds.rules.provinces.filter((p) => !planned.has(p.code)).map((p) => p.name);
  return { total: ds.rules.provinces.length, withPlans: ds.rules.provinces.length - without.length, without };
}
