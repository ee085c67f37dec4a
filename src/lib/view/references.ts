import { inLang } from '../site/i18n.ts';
/**
 * The national and provincial reference figures (data/harmonize/references.csv) where decisions
 * are made: beside each commune target, on the indicator page, the commune page, the matrix and
 * the home page. The standings themselves come from src/lib/compare/reference-standing.ts, by the
 * rules of the comparison between communes; this module puts them in words.
 *
 * Pure; computed on demand (at 3,321 communes, keeping every target's standings would be a million
 * objects for pages that each need a few).
 */
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { referencesFor, referenceStanding, type ReferenceStanding, type Standing } from '../compare/reference-standing.ts';
import { fill } from '../site/fill.ts';
import { formatNumber, formatTarget } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import { denominatorNote, referenceFigure, referenceLabel } from '../site/reference-label.ts';
import { listWords } from '../site/words.ts';
import { SR } from '../site/strings-references.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Reference } from '../validate/reference-schema.ts';

/** The references shown with an indicator: national ones, and those of the given provinces, national first then by year. */
export function indicatorReferences(ds: Dataset, indicatorId: string, provinces: readonly string[]): Reference[] {
  const wanted = new Set(provinces);
  return ds.rules.references
    .filter((r) => r.indicator_id === indicatorId && (r.level === 'national' || wanted.has(r.scope)))
    .sort(
      (a, b) => (a.level === 'national' ? 0 : 1) - (b.level === 'national' ? 0 : 1) || a.scope.localeCompare(b.scope) || a.year - b.year,
    );
}

/** The provinces of the communes in a dataset, as references name them. */
export function provincesIn(ds: Dataset): string[] {
  return [...new Set(ds.raw.communes.map((c) => c.province))];
}

export interface StandingView {
  standing: Standing;
  reference: Reference;
  /** "Quốc gia 2026: ≥ 70% dân số" */
  label: string;
  /** "thấp hơn", "mốc năm khác (2030; …)", "không so được: …" */
  words: string;
  /** The same in a word or two, for a table cell: "thấp hơn", "mốc năm khác". */
  short: string;
  /** Shape for the standing (never colour alone). */
  shape: string;
  css: string;
  /** The share's base when it differs from the commune's, in full: shown beside the standing. */
  caveat: string | null;
}

const SHAPE: Record<Standing, { shape: string; css: string }> = {
  above: { shape: '▲', css: 'more' },
  at: { shape: '=', css: 'same' },
  below: { shape: '▼', css: 'less' },
  horizon: { shape: '◇', css: 'horizon' },
  'not-comparable': { shape: '○', css: 'unranked' },
};

export function standingView(s: ReferenceStanding, lang: Lang): StandingView {
  const words =
    s.standing === 'horizon'
      ? fill(SR.horizon[lang], { year: s.referenceYear, target: s.targetYear })
      : s.standing === 'not-comparable'
        ? `${SR['not-comparable'][lang]}: ${SR.reasons[s.reason!][lang]}`
        : SR[s.standing][lang];
  return {
    standing: s.standing,
    reference: s.reference,
    label: referenceLabel(s.reference, lang),
    words,
    short:
      s.standing === 'horizon'
        ? SR.horizonShort[lang]
        : s.standing === 'not-comparable'
          ? `${SR['not-comparable'][lang]} (${SR.reasons[s.reason!][lang]})`
          : SR[s.standing][lang],
    ...SHAPE[s.standing],
    caveat: s.caveat ? s.caveat[lang] : null,
  };
}

/**
 * A target's standings against the references of its indicator that apply to its commune (the
 * national ones and its province's), leaving out what says nothing about this target: context
 * figures and references it cannot be compared with for its own reasons (a related match, text).
 */
export function targetStandings(ds: Dataset, t: HarmonizedTarget, lang: Lang): StandingView[] {
  const province = ds.communeById.get(t.communeId)?.province ?? null;
  return referencesFor(t.indicatorId, ds.rules.references, province)
    .map((r) => referenceStanding(t, r))
    .filter((s) => s.standing !== 'not-comparable' || s.reason === 'different-unit')
    .map((s) => standingView(s, lang));
}

export interface CommuneReferenceSummary {
  /** The year most of the commune's targets are for, against which the national goals are counted. */
  year: number | null;
  /** Indicators whose target is below, at or above a national goal for the same year. */
  below: SummaryItem[];
  at: SummaryItem[];
  above: SummaryItem[];
  /** A sentence: "Thấp hơn mục tiêu quốc gia năm 2026 ở 3 chỉ tiêu, bằng ở 5, cao hơn ở 1." */
  sentence: string;
}

export interface SummaryItem {
  indicatorId: string;
  targetId: string;
  indicator: string;
  /** The commune's figure as the site writes it ("≥ 60%"). */
  figure: string;
  target: HarmonizedTarget;
  standing: StandingView;
}

/**
 * A commune's targets against the national goals for the years they are set for: for each
 * indicator, its lowest standing (below before at before above), so that an indicator counts once.
 */
export function communeReferenceSummary(ds: Dataset, communeId: string, lang: Lang): CommuneReferenceSummary {
  const targets = ds.targetsByCommune.get(communeId) ?? [];
  const counts = new Map<number, number>();
  for (const t of targets) counts.set(t.targetYear, (counts.get(t.targetYear) ?? 0) + 1);
  const year = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? null;
  const rank: Record<Standing, number> = { below: 0, at: 1, above: 2, horizon: 3, 'not-comparable': 4 };
  const best = new Map<string, SummaryItem>();
  const names = new Map(ds.rules.indicators.map((i) => [i.id, inLang(i, 'name', lang)]));
  for (const t of targets) {
    if (t.indicatorId === null) continue;
    for (const r of referencesFor(t.indicatorId, ds.rules.references, null)) {
      const s = referenceStanding(t, r);
      if (s.standing !== 'below' && s.standing !== 'at' && s.standing !== 'above') continue;
      const prev = best.get(t.indicatorId);
      if (!prev || rank[s.standing] < rank[prev.standing.standing])
        best.set(t.indicatorId, {
          indicatorId: t.indicatorId,
          targetId: t.targetId,
          indicator: names.get(t.indicatorId) ?? t.indicatorId,
          figure: formatTarget(t, lang),
          target: t,
          standing: standingView(s, lang),
        });
    }
  }
  const items = [...best.values()];
  const of = (s: Standing) => items.filter((i) => i.standing.standing === s);
  const below = of('below');
  const at = of('at');
  const above = of('above');
  const sentence =
    items.length === 0
      ? SR.summaryNone[lang]
      : fill(SR.summary[lang], { year: year ?? '', below: below.length, at: at.length, above: above.length });
  return { year, below, at, above, sentence };
}

export interface ReferenceRow {
  reference: Reference;
  label: string;
  /** The document and its date, as the table says it. */
  document: string;
  sourceUrl: string;
  /** The host of the page, as the link's words ("vneconomy.vn"). */
  sourceHost: string;
  /** When the page was read ("07/12/2026"; "2026-12-07" in English). */
  accessed: string;
  /** "chính thức" / "thứ cấp (tin báo, bản chép lại)" */
  sourceKind: string;
  quote: string;
  caveat: string | null;
  notes: string;
}

export function referenceRow(r: Reference, lang: Lang): ReferenceRow {
  return {
    reference: r,
    label: referenceLabel(r, lang),
    document: r.document_date ? `${r.document} (${writtenDate(r.document_date, lang)})` : r.document,
    sourceUrl: r.source_url,
    sourceHost: new URL(r.source_url).hostname.replace(/^www\./, ''),
    accessed: writtenDate(r.accessed, lang),
    sourceKind: SR.sourceKind[r.source_kind][lang],
    quote: r.source_quote,
    caveat: denominatorNote(r, lang) || null,
    notes: r.notes,
  };
}

/** "2025-01-09" → "09/01/2025" as Vietnamese documents write dates; English pages keep the ISO form, which no reader misreads. */
const DATE: Record<Lang, (y: string, m: string, d: string) => string> = {
  vi: (y, m, d) => `${d}/${m}/${y}`,
  en: (y, m, d) => `${y}-${m}-${d}`,
};
function writtenDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-') as [string, string, string];
  return DATE[lang](y, m, d);
}

export interface ReferenceGap {
  indicatorId: string;
  /** The indicator's name. */
  name: string;
  /** How far the lowest target falls short of the goal, in the goal's unit (percentage points). */
  gap: number;
  reference: Reference;
  /** "Nhơn Trạch đặt ≥ 40% cho năm 2030; mục tiêu quốc gia ≥ 70%: thấp hơn 30 điểm phần trăm" */
  detail: string;
}

/** Names a gap headline gives before counting the rest. */
const GAP_NAMES = 3;

/**
 * The largest gaps between the communes' targets and the national goals of the same year: per
 * indicator, the goal its lowest target falls furthest short of, largest first. Percentages
 * only, so that gaps are in one unit (percentage points) and can be ordered; the other units'
 * standings stay on their indicator pages. One pass over the targets.
 */
export function referenceGaps(ds: Dataset, lang: Lang): ReferenceGap[] {
  const national = ds.rules.references.filter((r) => r.level === 'national' && r.kind === 'target' && r.unit === 'percent');
  const byIndicator = new Map<string, Reference[]>();
  for (const r of national) byIndicator.set(r.indicator_id, [...(byIndicator.get(r.indicator_id) ?? []), r]);
  // Per goal: the communes below it, and those whose target falls furthest short.
  const perGoal = new Map<Reference, { gap: number; figure: string; communes: string[]; below: Set<string> }>();
  for (const t of ds.targets) {
    const refs = t.indicatorId === null ? undefined : byIndicator.get(t.indicatorId);
    if (!refs || t.value === null) continue;
    for (const r of refs) {
      if (referenceStanding(t, r).standing !== 'below') continue;
      // Rounded to the figures' own precision: 70 − 65.1 is 4.9, not 4.900000000000006.
      const gap = Math.round((r.value - t.value) * 1e6) / 1e6;
      let g = perGoal.get(r);
      if (!g) perGoal.set(r, (g = { gap: -Infinity, figure: '', communes: [], below: new Set() }));
      g.below.add(t.communeId);
      if (gap > g.gap) Object.assign(g, { gap, figure: formatTarget(t, lang), communes: [t.communeId] });
      else if (gap === g.gap && !g.communes.includes(t.communeId)) g.communes.push(t.communeId);
    }
  }
  // Per indicator: the goal with the largest gap (the first in the table's order at a tie).
  const worst = new Map<string, { reference: Reference; gap: number; figure: string; communes: string[]; below: Set<string> }>();
  for (const [reference, g] of perGoal) {
    const w = worst.get(reference.indicator_id);
    if (!w || g.gap > w.gap) worst.set(reference.indicator_id, { reference, ...g });
  }
  const names = new Map(ds.raw.communes.map((c) => [c.id, c.name]));
  const indicatorNames = new Map(ds.rules.indicators.map((i) => [i.id, inLang(i, 'name', lang)]));
  return [...worst]
    .map(([indicatorId, w]): ReferenceGap => {
      const who = w.communes.map((id) => names.get(id) ?? id);
      const listed = who.length > GAP_NAMES ? [...who.slice(0, GAP_NAMES), fill(SR.gapOthers[lang], { n: who.length - GAP_NAMES })] : who;
      const others = w.below.size - w.communes.length;
      return {
        indicatorId,
        name: indicatorNames.get(indicatorId) ?? indicatorId,
        gap: w.gap,
        reference: w.reference,
        detail:
          fill(SR.gap[lang], {
            who: listWords(listed, lang),
            figure: w.figure,
            year: w.reference.year,
            goal: referenceFigure(w.reference, lang),
            gap: formatNumber(w.gap, lang),
          }) + (others > 0 ? fill(SR.gapMore[lang], { n: others }) : ''),
      };
    })
    .sort((a, b) => b.gap - a.gap || a.indicatorId.localeCompare(b.indicatorId));
}

export interface ReferencesOverview {
  counts: { figures: number; documents: number; official: number; secondary: number; indicators: number };
  /** Each indicator's distinct base notes ("% dân số; …"), in catalogue order. */
  caveats: { indicatorId: string; name: string; notes: string[] }[];
  /** Every reference, grouped by indicator in catalogue order; national first within each. */
  byIndicator: { indicatorId: string; name: string; rows: ReferenceRow[] }[];
}

/** What the methodology page says about the references: counts, and the whole table by indicator. */
export function referencesOverview(ds: Dataset, lang: Lang): ReferencesOverview {
  const refs = ds.rules.references;
  const byIndicator = ds.rules.indicators
    .map((i) => ({
      indicatorId: i.id,
      name: inLang(i, 'name', lang),
      rows: indicatorReferences(ds, i.id, [...new Set(refs.map((r) => r.scope))]).map((r) => referenceRow(r, lang)),
    }))
    .filter((g) => g.rows.length > 0);
  const caveats = byIndicator
    .map((g) => ({ indicatorId: g.indicatorId, name: g.name, notes: [...new Set(g.rows.flatMap((r) => (r.caveat ? [r.caveat] : [])))] }))
    .filter((g) => g.notes.length > 0);
  return {
    caveats,
    counts: {
      figures: refs.length,
      documents: new Set(refs.map((r) => r.document)).size,
      official: refs.filter((r) => r.source_kind === 'official').length,
      secondary: refs.filter((r) => r.source_kind === 'secondary').length,
      indicators: byIndicator.length,
    },
    byIndicator,
  };
}
