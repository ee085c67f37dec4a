import type { Standing } from '../compare/commune-profile.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { Dataset } from '../validate/check-dataset.ts';
import type { Indicator, Pillar } from '../validate/rule-schemas.ts';

export interface MatrixCell {
  communeId: string;
  targets: { target: HarmonizedTarget; standing: Standing }[];
}

export interface MatrixRow {
  indicator: Indicator;
  cells: MatrixCell[];
  spread: number | null;
  /** Communes with a same/comparable target. */
  setBy: number;
}

export interface MatrixSection {
  pillar: Pillar;
  rows: MatrixRow[];
}

/** Indicators × communes, grouped by pillar in catalogue order; each cell the commune's rows. */
export function matrixView(ds: Dataset): MatrixSection[] {
  const standing = new Map<string, Standing>();
  for (const p of ds.profiles) for (const s of p.standings) standing.set(s.target.targetId, s.standing);
  return [...ds.rules.pillars]
    .sort((a, b) => a.order - b.order)
    .map((pillar) => ({
      pillar,
      rows: ds.rules.indicators
        .filter((i) => i.pillar === pillar.id)
        .map((indicator) => {
          const c = ds.comparisons.find((x) => x.indicatorId === indicator.id)!;
          return {
            indicator,
            cells: ds.raw.communes.map((commune) => ({
              communeId: commune.id,
              targets: c.rows
                .filter((r) => r.communeId === commune.id)
                .map((target) => ({ target, standing: standing.get(target.targetId) ?? 'unranked' })),
            })),
            spread: c.spread,
            setBy: c.communesWithTarget.length,
          };
        }),
    }));
}

/** Rows of all sections, most spread first (no spread last), ties in catalogue order. */
export function sortBySpread(rows: MatrixRow[]): MatrixRow[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => (b.r.spread ?? -1) - (a.r.spread ?? -1) || a.i - b.i)
    .map(({ r }) => r);
}
