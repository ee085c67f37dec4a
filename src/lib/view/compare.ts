import { communeProfile, type Standing } from '../compare/commune-profile.ts';
import { compareIndicator } from '../compare/compare-indicator.ts';
import type { Dataset } from '../validate/check-dataset.ts';

/** Every choice of 2 to `max` communes, each as sorted ids in communes.csv order. */
export function communeSubsets(ids: string[], max = 4): string[][] {
  const out: string[][] = [];
  const walk = (start: number, chosen: string[]) => {
    if (chosen.length >= 2) out.push(chosen);
    if (chosen.length === max) return;
    for (let i = start; i < ids.length; i++) walk(i + 1, [...chosen, ids[i]!]);
  };
  walk(0, []);
  return out;
}

/**
 * Standing of every target within each subset of communes, computed with the same rules as
 * the full comparison (compareIndicator on the subset's rows only). Key: ids joined by ",".
 */
export function subsetStandings(ds: Dataset): Record<string, Record<string, Standing>> {
  const ids = ds.raw.communes.map((c) => c.id);
  const out: Record<string, Record<string, Standing>> = {};
  for (const subset of communeSubsets(ids)) {
    const rows = ds.targets.filter((t) => subset.includes(t.communeId));
    const comparisons = ds.rules.indicators.map((i) => compareIndicator(i.id, rows, subset));
    const map: Record<string, Standing> = {};
    for (const c of subset) for (const s of communeProfile(c, rows, comparisons).standings) map[s.target.targetId] = s.standing;
    out[subset.join(',')] = map;
  }
  return out;
}

/** Parses ?c=a,b into a valid choice (2–4 known ids, in communes.csv order), or null. */
export function parseChoice(query: string | null, ids: string[]): string[] | null {
  if (!query) return null;
  const chosen = new Set(query.split(',').map((s) => s.trim()));
  const valid = ids.filter((id) => chosen.has(id));
  return valid.length >= 2 && valid.length <= 4 ? valid : null;
}
