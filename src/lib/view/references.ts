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
import type { Lang } from '../site/i18n.ts';
import { referenceLabel } from '../site/reference-label.ts';
import { SR } from '../site/strings-references.ts';
import type { Dataset } from '../validate/check-dataset.ts';
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
    caveat: s.caveat ? (lang === 'vi' ? s.caveat.vi : s.caveat.en) : null,
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
  const names = new Map(ds.rules.indicators.map((i) => [i.id, lang === 'vi' ? i.name_vi : i.name_en]));
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
    caveat: (lang === 'vi' ? r.denominator_note : r.denominator_note_en) || null,
    notes: r.notes,
  };
}

/** "2025-01-09" → "09/01/2025" as Vietnamese documents write dates; English pages keep the ISO form, which no reader misreads. */
function writtenDate(iso: string, lang: Lang): string {
  return lang === 'vi' ? iso.split('-').reverse().join('/') : iso;
}
