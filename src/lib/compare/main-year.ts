import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';

/**
 * The year most targets are set for (the earliest on a tie), `fallback` with no rows: what the
 * matrix flags other years against, the year a commune is summed up for, the home page's
 * headline year. One definition for every page; remembered per list, since the pages ask it of
 * the same `ds.targets` thousands of times. Pure.
 */
export function mainYearOf(rows: readonly Pick<HarmonizedTarget, 'targetYear'>[], fallback = 0): number {
  const known = cache.get(rows);
  if (known !== undefined) return known ?? fallback;
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.targetYear, (counts.get(r.targetYear) ?? 0) + 1);
  const year = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  cache.set(rows, year);
  return year ?? fallback;
}
const cache = new WeakMap<readonly object[], number | null>();
