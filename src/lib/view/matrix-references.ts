import { referenceStanding } from '../compare/reference-standing.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { Lang } from '../site/i18n.ts';
import { referenceLabel } from '../site/reference-label.ts';
import type { Reference } from '../validate/reference-schema.ts';

/**
 * The higher-level goals in the comparison matrix (issue #18): a column beside each indicator
 * with the national goals (and the provinces' where the matrix's communes have one) for the
 * years its targets are for, and, per target, whether it is below a national goal of its own
 * year — by the rules of src/lib/compare/reference-standing.ts, the same as on indicator pages.
 * Pure.
 */

export interface RowGoal {
  level: Reference['level'];
  year: number;
  /** "Quốc gia 2026: ≥ 70% dân số", "Nghệ An 2030: 25–30%". */
  label: string;
  /** For another year than the row's targets: shown side by side, never compared. */
  otherYear: boolean;
}

export interface RowGoals {
  /** The goals shown, national first then by province and year; one per label. */
  shown: RowGoal[];
  /** Years of the goals left out, ascending, each once: the indicator's page has them. */
  otherYears: number[];
}

/**
 * The goals a matrix row shows, from `references` (one indicator's, national and the wanted
 * provinces', in indicatorReferences order). Only goals: the context figures are no level to
 * reach. Two documents stating the same figure for the same year show once. The goals for the
 * row's own `years` are shown; a row with none of those shows up to `max` goals of other years
 * instead, flagged, so that a goal is never missing from its row only for its horizon. The
 * years left out are listed, so the row can say more exist.
 */
export function rowGoals(references: readonly Reference[], years: readonly number[], lang: Lang, max = 2): RowGoals {
  const wanted = new Set(years);
  const seen = new Set<string>();
  const goals: RowGoal[] = [];
  for (const r of references) {
    if (r.kind !== 'target') continue;
    // A sign stays with its figure ("≥ 70%") when the narrow column wraps.
    const label = referenceLabel(r, lang).replace(/([≥≤<>]) (?=\d)/g, '$1\u00a0');
    if (seen.has(label)) continue;
    seen.add(label);
    goals.push({ level: r.level, year: r.year, label, otherYear: !wanted.has(r.year) });
  }
  const same = goals.filter((g) => !g.otherYear);
  const shown = same.length > 0 ? same : goals.slice(0, max);
  const left = goals.filter((g) => !shown.includes(g)).map((g) => g.year);
  return { shown, otherYears: [...new Set(left)].sort((a, b) => a - b) };
}

/**
 * The first national goal of the target's own year that the target is below (references in
 * indicatorReferences order), or null. Related, unmapped, text and upper-bound targets, other
 * units and other years are never "below": referenceStanding calls them not comparable or
 * another horizon.
 */
export function belowNationalGoal(target: HarmonizedTarget, references: readonly Reference[]): Reference | null {
  for (const r of references) {
    if (r.level !== 'national' || r.kind !== 'target' || r.year !== target.targetYear) continue;
    if (referenceStanding(target, r).standing === 'below') return r;
  }
  return null;
}
