import { inLang } from '../site/i18n.ts';
import { mainYearOf } from '../compare/main-year.ts';
import { markOf, type Mark, type Standing } from '../compare/commune-profile.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { formatNumber, UNIT_LABEL } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import { referenceLabel } from '../site/reference-label.ts';
import { fill, SM } from '../site/strings-matrix.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Indicator, Pillar } from '../validate/rule-schemas.ts';
import { belowNationalGoal, rowGoals, type RowGoals } from './matrix-references.ts';
import { indicatorReferences, provincesIn } from './references.ts';

/**
 * View model of the comparison matrix (catalogue indicators × communes, grouped by pillar) and
 * the pure helpers its filters use in the browser (URL state). The compare view reuses the rows.
 */

/** Background of a cell: more/less ambitious than the others, equal, neutral, or no target. */
export type Tone = 'more' | 'less' | 'same' | 'plain' | 'none';

const TONE: Record<Mark, Tone> = {
  above: 'more',
  below: 'less',
  equal: 'same',
  between: 'plain',
  only: 'plain',
  solo: 'plain',
  unranked: 'plain',
};

export interface MatrixEntry {
  target: HarmonizedTarget;
  mark: Mark;
  /** Mapped as `related`: shown beside the others, never ranked. */
  related: boolean;
  /** For another year than the one most targets are for (2030 against 2026). */
  otherYear: boolean;
  /** The national goal of the same year this target is below ("Quốc gia 2026: ≥ 70% dân số"), or null. */
  belowGoal: string | null;
}

export interface MatrixCell {
  communeId: string;
  /** The commune's rows for the indicator: same/comparable first, then related. */
  entries: MatrixEntry[];
  tone: Tone;
}

/** The tone of the first ranked (non-related) entry; `none` for an empty cell. */
export function cellTone(entries: Pick<MatrixEntry, 'mark' | 'related'>[]): Tone {
  if (entries.length === 0) return 'none';
  const first = entries.find((e) => !e.related);
  return first ? TONE[first.mark] : 'plain';
}

export interface MatrixRow {
  indicator: Indicator;
  /** Position in the catalogue: the order "by catalogue" restores. */
  order: number;
  name: string;
  unitLabel: string;
  cells: MatrixCell[];
  /** Largest spread of its rank groups (see compare-indicator.ts); null with nothing to compare. */
  spread: number | null;
  spreadText: string | null;
  /** Communes with a same/comparable target (related rows alone do not count). */
  counted: string[];
  setByText: string;
  /** The national and provincial goals for the years of the row's targets (the reference column). */
  goals: RowGoals;
  /** Some commune's target in the row is below a national goal of its year. */
  below: boolean;
}

export interface MatrixSection {
  pillar: Pillar;
  name: string;
  rows: MatrixRow[];
}

export interface MatrixColumn {
  id: string;
  name: string;
  province: string;
  /** The year most of its targets are for. */
  year: number;
}

export interface MatrixView {
  columns: MatrixColumn[];
  /** The year most targets of all plans are for: targets for another year are flagged. */
  mainYear: number;
  sections: MatrixSection[];
}

/** "chênh 15 điểm %" / "spread 15 pts" (percent), "chênh 0,1" (index), "spread 1" (count). */
export function spreadText(spread: number | null, unit: Indicator['unit'], lang: Lang): string | null {
  if (spread === null) return null;
  return fill((unit === 'percent' ? SM.spreadPoints : SM.spread)[lang], { value: formatNumber(spread, lang) });
}

/** Indicators × communes, grouped by pillar (pillars.csv order, then catalogue order). */
export function matrixView(ds: Dataset, lang: Lang): MatrixView {
  const mainYear = mainYearOf(ds.targets, ds.raw.communes[0]?.plan_year);
  const standing = new Map<string, Standing>();
  for (const p of ds.profiles) for (const s of p.standings) standing.set(s.target.targetId, s.standing);
  const comparisons = new Map(ds.comparisons.map((c) => [c.indicatorId, c]));
  const communes = ds.raw.communes;
  const provinces = provincesIn(ds);

  const rowOf = (indicator: Indicator, order: number): MatrixRow => {
    const c = comparisons.get(indicator.id);
    const rows = c?.rows ?? [];
    const references = indicatorReferences(ds, indicator.id, provinces);
    const cells = communes.map((commune): MatrixCell => {
      const mine = rows.filter((r) => r.communeId === commune.id);
      const entries = [...mine.filter((r) => r.match !== 'related'), ...mine.filter((r) => r.match === 'related')].map(
        (target): MatrixEntry => ({
          target,
          mark: markOf(standing.get(target.targetId) ?? 'unranked', c),
          related: target.match === 'related',
          otherYear: target.targetYear !== mainYear,
          belowGoal: ((r) => (r ? referenceLabel(r, lang) : null))(belowNationalGoal(target, references)),
        }),
      );
      return { communeId: commune.id, entries, tone: cellTone(entries) };
    });
    const counted = c?.communesWithTarget ?? [];
    // The row's own years: those of its ranked targets (related ones are never compared), else the matrix's.
    const years = [...new Set(rows.filter((r) => r.match !== 'related').map((r) => r.targetYear))];
    return {
      indicator,
      order,
      name: inLang(indicator, 'name', lang),
      unitLabel: UNIT_LABEL[indicator.unit][lang],
      cells,
      spread: c?.spread ?? null,
      spreadText: spreadText(c?.spread ?? null, indicator.unit, lang),
      counted,
      setByText: fill(SM.setBy[lang], { n: counted.length, total: communes.length }),
      goals: rowGoals(references, years.length > 0 ? years : [mainYear], lang),
      below: cells.some((cell) => cell.entries.some((e) => e.belowGoal !== null)),
    };
  };

  const order = new Map(ds.rules.indicators.map((i, n) => [i.id, n]));
  return {
    mainYear,
    columns: communes.map((c) => ({
      id: c.id,
      name: c.name,
      province: c.province,
      year: mainYearOf(
        ds.targets.filter((t) => t.communeId === c.id),
        c.plan_year,
      ),
    })),
    sections: [...ds.rules.pillars]
      .sort((a, b) => a.order - b.order)
      .map((pillar) => ({
        pillar,
        name: inLang(pillar, 'name', lang),
        rows: ds.rules.indicators.filter((i) => i.pillar === pillar.id).map((i) => rowOf(i, order.get(i.id) ?? 0)),
      })),
  };
}

export type MatrixSort = 'catalogue' | 'spread';

/**
 * Rows in catalogue order, or largest spread first (rows with nothing to compare last); ties
 * keep catalogue order. The browser script sorts the same way, by data-spread and data-order.
 */
export function sortRows<R extends Pick<MatrixRow, 'spread' | 'order'>>(rows: R[], sort: MatrixSort): R[] {
  return [...rows].sort((a, b) => (sort === 'spread' ? (b.spread ?? -1) - (a.spread ?? -1) : 0) || a.order - b.order);
}

/**
 * What the filters show: one pillar or all (null), the communes shown, the row order, and
 * whether only the rows with a target below a national goal of its year are shown.
 */
export interface MatrixState {
  pillar: string | null;
  communes: string[];
  sort: MatrixSort;
  below: boolean;
}

/** The query value of the "below a national goal" filter (?below=national). */
export const BELOW_QUERY = 'national';

/**
 * Reads ?pillar=…&commune=a,b&sort=spread&below=national. Unknown values are ignored; no
 * `commune` means all communes (an empty one means none); communes keep the table's order.
 */
export function parseMatrixQuery(search: string, pillars: string[], communes: string[]): MatrixState {
  const q = new URLSearchParams(search);
  const pillar = q.get('pillar');
  const chosen = q.get('commune');
  const wanted = new Set((chosen ?? '').split(','));
  return {
    pillar: pillar !== null && pillars.includes(pillar) ? pillar : null,
    communes: chosen === null ? [...communes] : communes.filter((c) => wanted.has(c)),
    sort: q.get('sort') === 'spread' ? 'spread' : 'catalogue',
    below: q.get('below') === BELOW_QUERY,
  };
}

/** The query string that reproduces a state ('' for the full table in catalogue order). */
export function matrixQuery(state: MatrixState, communes: string[]): string {
  const parts: string[] = [];
  if (state.pillar) parts.push(`pillar=${encodeURIComponent(state.pillar)}`);
  const shown = communes.filter((c) => state.communes.includes(c));
  if (shown.length !== communes.length) parts.push(`commune=${shown.map(encodeURIComponent).join(',')}`);
  if (state.sort === 'spread') parts.push('sort=spread');
  if (state.below) parts.push(`below=${BELOW_QUERY}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}
