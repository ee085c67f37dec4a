import { describe, expect, it } from 'vitest';
import { communeProfile, communeProfiles, type Standing } from '../../../src/lib/compare/commune-profile.ts';
import { compareIndicator, type IndicatorComparison } from '../../../src/lib/compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../../../src/lib/harmonize/harmonize-targets.ts';

/** The straightforward definition (the former implementation, quadratic): what the fast one must equal. */
function reference(communeId: string, targets: HarmonizedTarget[], comparisons: IndicatorComparison[]) {
  const byIndicator = new Map(comparisons.map((c) => [c.indicatorId, c]));
  const standings = targets
    .filter((t) => t.communeId === communeId)
    .map((target) => {
      const comparison = target.indicatorId ? byIndicator.get(target.indicatorId) : undefined;
      const group = comparison?.groups.find((g) => g.entries.some((e) => e.targetId === target.targetId));
      const me = group?.entries.find((e) => e.targetId === target.targetId);
      if (!group || !me) return { id: target.targetId, standing: 'unranked' as Standing, others: [] as string[] };
      const others = group.entries.filter((e) => e.communeId !== communeId);
      if (others.length === 0) return { id: target.targetId, standing: 'only' as Standing, others: [] };
      const higher = others.filter((o) => o.rank < me.rank).length;
      const lower = others.filter((o) => o.rank > me.rank).length;
      const standing: Standing = higher === 0 && lower === 0 ? 'equal' : higher === 0 ? 'above' : lower === 0 ? 'below' : 'between';
      return { id: target.targetId, standing, others: others.map((o) => `${o.communeId}:${o.targetId}:${o.value}:${o.strict}`) };
    });
  const missing = comparisons
    .filter((c) => c.communesWithout.includes(communeId) && c.communesWithTarget.length > 0)
    .map((c) => ({ indicatorId: c.indicatorId, communes: c.communesWithTarget }));
  return { standings, missing };
}

/** A small deterministic generator (no Math.random: a failure must be reproducible). */
function lcg(seed: number) {
  let x = seed >>> 0;
  return (n: number) => {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    return (x >>> 8) % n;
  };
}

function randomTargets(seed: number, communes: string[]): HarmonizedTarget[] {
  const next = lcg(seed);
  const out: HarmonizedTarget[] = [];
  for (const c of communes) {
    const n = 1 + next(6);
    for (let i = 0; i < n; i++) {
      const comparator = (['>=', '>', '=', '<=', 'text', 'between'] as const)[next(6)];
      out.push({
        targetId: `${c}-${String(i).padStart(2, '0')}`,
        communeId: c,
        indicatorId: next(8) === 0 ? null : `ind-${next(3)}`,
        match: (['same', 'same', 'comparable', 'related', 'unmapped'] as const)[next(5)],
        targetYear: next(4) === 0 ? 2030 : 2026,
        comparator,
        value: comparator === 'text' ? null : 50 + 5 * next(4),
        valueMax: null,
        unit: next(5) === 0 ? 'count' : 'percent',
        ceiling: false,
        comparatorSource: 'symbol',
      } as HarmonizedTarget);
    }
  }
  return out;
}

describe('communeProfiles', () => {
  it('equals the straightforward definition on random data with ties, repeats and several years and units', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const communes = Array.from({ length: 2 + (seed % 7) }, (_, i) => `c${i}`);
      const targets = randomTargets(seed, communes);
      const comparisons = ['ind-0', 'ind-1', 'ind-2', 'ind-9'].map((id) => compareIndicator(id, targets, communes));
      const fast = communeProfiles(communes, targets, comparisons);
      let ranked = 0;
      communes.forEach((id, i) => {
        const want = reference(id, targets, comparisons);
        const got = fast[i]!;
        expect(got.communeId).toBe(id);
        const standings = got.standings.map((s) => ({
          id: s.target.targetId,
          standing: s.standing,
          others: s.others.map((o) => `${o.communeId}:${o.targetId}:${o.value}:${o.strict}`),
        }));
        expect(standings, `seed ${seed} commune ${id}`).toEqual(want.standings);
        expect(got.missing, `seed ${seed} commune ${id}`).toEqual(want.missing);
        expect(communeProfile(id, targets, comparisons).standings.map((s) => s.standing)).toEqual(want.standings.map((s) => s.standing));
        ranked += want.standings.filter((s) => s.standing !== 'unranked' && s.standing !== 'only').length;
      });
      // The data must exercise the ranked standings, or the comparison above proves little.
      if (seed === 40) expect(ranked).toBeGreaterThan(0);
    }
  });

  it('covers every standing across the random cases', () => {
    const seen = new Set<Standing>();
    for (let seed = 1; seed <= 40; seed++) {
      const communes = Array.from({ length: 2 + (seed % 7) }, (_, i) => `c${i}`);
      const targets = randomTargets(seed, communes);
      const comparisons = ['ind-0', 'ind-1', 'ind-2'].map((id) => compareIndicator(id, targets, communes));
      for (const p of communeProfiles(communes, targets, comparisons)) for (const s of p.standings) seen.add(s.standing);
    }
    expect([...seen].sort()).toEqual(['above', 'below', 'between', 'equal', 'only', 'unranked']);
  });
});
