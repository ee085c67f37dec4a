import type { Bilingual } from '../core/lang.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { Reference } from '../validate/reference-schema.ts';
import { ambition, cmp, isRankable } from './compare-indicator.ts';

/**
 * Where a commune target stands against a national or provincial reference figure of the same
 * indicator — by the same rules as the comparison between communes (compare-indicator.ts), so a
 * reference is read exactly like one more commune row:
 * - Only rankable targets are compared (`isRankable`: matched `same` or `comparable`, a numeric
 *   lower bound ">=", ">", "=", or "between" by its lower bound). Related or unmapped rows,
 *   upper bounds, yes/no and text targets are not comparable, each with its reason.
 * - A reference that is context (the DTI scores) is never a goal; a reference that is an upper
 *   bound ("<=", "<") is not a level to reach. Neither is compared.
 * - Figures in different units are not comparable.
 * - A target and a reference for different years are a different horizon (2026 against 2030):
 *   shown side by side, never ranked.
 * - Otherwise the two are ranked by `ambition`: the lower bound, and at equal figures a strict
 *   ">" asks a little more than ">=" (so "≥ 50%" is below "> 50%"); a ceiling (≥ 100% or 100%)
 *   equals any other ceiling.
 * - A reference whose denominator differs from the commune's (5G: % of the population against
 *   the commune area) is still compared; its denominator note travels with the standing as a
 *   caveat to show beside it.
 * The checks run in the order of the reasons below, so each pair gets the first reason that applies.
 */

export type Standing = 'above' | 'at' | 'below' | 'horizon' | 'not-comparable';

export const NOT_COMPARABLE_REASONS = [
  /** The reference belongs to another indicator (a caller's mistake, reported rather than thrown). */
  'different-indicator',
  /** The reference is context (e.g. a DTI score), not a goal. */
  'reference-context',
  /** The target is not mapped onto the catalogue. */
  'target-unmapped',
  /** The target is mapped `related`: shown beside the indicator, never ranked. */
  'target-related',
  /** The target is an upper bound ("<=", "<"). */
  'target-upper-bound',
  /** The target is yes/no ("Có triển khai"). */
  'target-yes-no',
  /** The target is qualitative text, or has no figure. */
  'target-text',
  /** The target and the reference are in different units (e.g. percent against an index). */
  'different-unit',
  /** The reference is an upper bound ("<=", "<"). */
  'reference-upper-bound',
] as const;

export type NotComparableReason = (typeof NOT_COMPARABLE_REASONS)[number];

export interface ReferenceStanding<R extends Reference = Reference> {
  targetId: string;
  reference: R;
  standing: Standing;
  /** Set exactly when `standing` is "not-comparable". */
  reason: NotComparableReason | null;
  targetYear: number;
  referenceYear: number;
  /** The reference's denominator note (e.g. "% of the population"), to show beside the standing. */
  caveat: Bilingual | null;
  flags: {
    /** Ranked, and exactly one of the two is a strict ">" (not a ceiling): that can decide a tie. */
    strictAndInclusive: boolean;
    /** The target is matched `comparable` (same measure, different scope or wording). */
    comparableMatch: boolean;
    /** The target's comparator was implied from a bare figure. */
    impliedComparator: boolean;
    /** The target's comparator was read through the OCR rule. */
    ocrReading: boolean;
  };
}

const UPPER_BOUNDS = new Set(['<=', '<']);

/** A reference read like a commune row: "≥ 100%" and "100%" of a share are ceilings. */
function referenceCeiling(r: Reference): boolean {
  return r.unit === 'percent' && r.value === 100 && r.value_max === null && (r.comparator === '>=' || r.comparator === '=');
}

function isStrict(x: { comparator: string; ceiling: boolean }): boolean {
  return x.comparator === '>' && !x.ceiling;
}

function targetReason(t: HarmonizedTarget): NotComparableReason | null {
  if (isRankable(t)) return null;
  if (t.match === 'unmapped') return 'target-unmapped';
  if (t.match === 'related') return 'target-related';
  if (UPPER_BOUNDS.has(t.comparator)) return 'target-upper-bound';
  if (t.comparator === 'yes') return 'target-yes-no';
  return 'target-text';
}

/** The standing of one commune target against one reference figure. Pure. */
export function referenceStanding<R extends Reference>(target: HarmonizedTarget, reference: R): ReferenceStanding<R> {
  const caveat =
    reference.denominator_note !== '' || reference.denominator_note_en !== ''
      ? { vi: reference.denominator_note, en: reference.denominator_note_en }
      : null;
  const base = {
    targetId: target.targetId,
    reference,
    targetYear: target.targetYear,
    referenceYear: reference.year,
    caveat,
  };
  const flags = {
    strictAndInclusive: false,
    comparableMatch: target.match === 'comparable',
    impliedComparator: target.comparatorSource === 'implied',
    ocrReading: target.comparatorSource === 'ocr-symbol',
  };

  const reason: NotComparableReason | null =
    target.indicatorId !== reference.indicator_id
      ? 'different-indicator'
      : reference.kind === 'context'
        ? 'reference-context'
        : (targetReason(target) ??
          (target.unit !== reference.unit ? 'different-unit' : UPPER_BOUNDS.has(reference.comparator) ? 'reference-upper-bound' : null));
  if (reason !== null) return { ...base, standing: 'not-comparable', reason, flags };
  if (target.targetYear !== reference.year) return { ...base, standing: 'horizon', reason: null, flags };

  const ref = { value: reference.value, comparator: reference.comparator, ceiling: referenceCeiling(reference) };
  const order = cmp(ambition(target), ambition(ref));
  const standing: Standing = order < 0 ? 'above' : order > 0 ? 'below' : 'at';
  return { ...base, standing, reason: null, flags: { ...flags, strictAndInclusive: isStrict(target) !== isStrict(ref) } };
}

/**
 * The references that apply to a commune's target of one indicator: every national one, and the
 * provincial ones of its own province. Sorted national before provincial, then by year; ties keep
 * the table's order.
 */
export function referencesFor<R extends Reference>(indicatorId: string | null, references: readonly R[], province: string | null): R[] {
  if (indicatorId === null) return [];
  return references
    .filter((r) => r.indicator_id === indicatorId && (r.level === 'national' || (province !== null && r.scope === province)))
    .sort(byLevelThenYear);
}

function byLevelThenYear(a: Reference, b: Reference): number {
  return (a.level === 'national' ? 0 : 1) - (b.level === 'national' ? 0 : 1) || a.year - b.year;
}

/** One target's standing against every reference of its indicator that applies to its province. */
export function standingsForTarget<R extends Reference>(
  target: HarmonizedTarget,
  references: readonly R[],
  province: string | null,
): ReferenceStanding<R>[] {
  return referencesFor(target.indicatorId, references, province).map((r) => referenceStanding(target, r));
}

/**
 * Every target's standings, by target id (targets without a reference get an empty list). The
 * references are grouped by indicator once, so this stays linear in targets and references.
 */
export function standingsByTarget<R extends Reference>(
  targets: readonly HarmonizedTarget[],
  references: readonly R[],
  provinceOf: (communeId: string) => string | null,
): Map<string, ReferenceStanding<R>[]> {
  const byIndicator = new Map<string, R[]>();
  for (const r of [...references].sort(byLevelThenYear)) {
    const list = byIndicator.get(r.indicator_id);
    if (list) list.push(r);
    else byIndicator.set(r.indicator_id, [r]);
  }
  const out = new Map<string, ReferenceStanding<R>[]>();
  for (const t of targets) {
    const province = provinceOf(t.communeId);
    const mine = t.indicatorId === null ? [] : (byIndicator.get(t.indicatorId) ?? []);
    out.set(
      t.targetId,
      mine.filter((r) => r.level === 'national' || (province !== null && r.scope === province)).map((r) => referenceStanding(t, r)),
    );
  }
  return out;
}
