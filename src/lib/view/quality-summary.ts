import type { Dataset } from '../dataset/check-dataset.ts';
import { MAX_NAMED, provincesOf } from '../dataset/scope.ts';
import type { Bilingual, Lang } from '../site/i18n.ts';
import { SC } from '../site/strings-commune.ts';
import type { CommuneQuality } from './data-quality.ts';
import { refLink, type CitationLink } from './sources.ts';
/** The data quality page's summaries: counts per plan, per kind of problem, per province. */

/** The per-commune counts of the summary table. */
export function qualityCounts(q: CommuneQuality): Record<string, number> {
  return {
    targets: q.targets,
    implied: q.implied.length,
    ocrRead: q.ocrRead.length,
    qualitative: q.qualitative,
    withoutLead: q.withoutLead.length,
    statedTwice: q.statedTwice.length,
    unmapped: q.unmapped.length,
    garbledTasks: q.garbledTasks.length,
    documented: q.documented.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Past a dozen plans: per kind of issue and per province, never one section per plan

export type QualityKind =
  | 'documented'
  | 'header'
  | 'years'
  | 'statedTwice'
  | 'withoutLead'
  | 'ocrRead'
  | 'implied'
  | 'ceilings'
  | 'unmapped'
  | 'spellings'
  | 'garbledTasks';

/** The kinds in the order the commune pages list them (CommuneQuality.astro). */
export const QUALITY_KINDS: QualityKind[] = [
  'documented',
  'header',
  'years',
  'statedTwice',
  'withoutLead',
  'ocrRead',
  'implied',
  'ceilings',
  'unmapped',
  'spellings',
  'garbledTasks',
];

/** Each kind's heading, on the commune pages and the data-quality page. */
export const KIND_TITLE: Record<QualityKind, Bilingual> = {
  documented: SC.dqDocumentedH,
  header: SC.dqHeader,
  years: SC.dqYears,
  statedTwice: SC.dqStatedTwiceH,
  withoutLead: SC.dqWithoutLeadH,
  ocrRead: SC.dqOcrH,
  implied: SC.dqImpliedH,
  ceilings: SC.dqCeilingsH,
  unmapped: SC.dqUnmappedH,
  spellings: SC.dqSpellingsH,
  garbledTasks: SC.dqGarbledH,
};

/** How many items of a kind one plan has. */
function kindCount(q: CommuneQuality, kind: QualityKind): number {
  return kind === 'years' ? (q.years ? 1 : 0) : q[kind].length;
}

/** Where a published table lists every item of a kind, and which column tells them. */
export const KIND_TABLE: Record<QualityKind, { path: string; how: Bilingual } | null> = {
  documented: null,
  header: {
    path: 'communes.csv',
    how: { vi: 'cột plan_number, plan_date_raw, signer và notes', en: 'columns plan_number, plan_date_raw, signer and notes' },
  },
  years: { path: 'targets.csv', how: { vi: 'cột target_year', en: 'column target_year' } },
  statedTwice: {
    path: 'targets.csv',
    how: { vi: 'so cột seed_text với alt_seed_text', en: 'compare columns seed_text and alt_seed_text' },
  },
  withoutLead: { path: 'targets.csv', how: { vi: 'cột lead_units để trống', en: 'column lead_units empty' } },
  ocrRead: { path: 'targets.csv', how: { vi: 'cột comparator_source = ocr-symbol', en: 'column comparator_source = ocr-symbol' } },
  implied: { path: 'targets.csv', how: { vi: 'cột comparator_source = implied', en: 'column comparator_source = implied' } },
  ceilings: { path: 'targets.csv', how: { vi: 'cột ceiling = true', en: 'column ceiling = true' } },
  unmapped: {
    path: 'targets.csv',
    how: { vi: 'cột match = unmapped, lý do ở match_note_en', en: 'column match = unmapped, why in match_note_en' },
  },
  spellings: { path: 'unit-spellings.csv', how: { vi: 'cột note', en: 'column note' } },
  garbledTasks: { path: 'tasks.csv', how: { vi: 'cột notes', en: 'column notes' } },
};

export interface KindExample {
  communeId: string;
  name: string;
  /** The item as the commune page lists it; for `years`, the sentence about the plan's years. */
  label: string;
  detail: string;
  /** Where the item can be checked in the plan texts. */
  links: CitationLink[];
  dataRef: string | null;
}

export interface KindSummary {
  kind: QualityKind;
  /** Items of this kind over all plans (for `years`: plans). */
  items: number;
  /** Plans with at least one. */
  communes: number;
  /** The first MAX_NAMED, one per plan first (so that they show different plans). */
  examples: KindExample[];
  table: { path: string; how: Bilingual } | null;
}

/**
 * Each kind of issue over all plans: how many items, in how many plans, the first MAX_NAMED as
 * examples (each links to its plan's page, which lists them all) and the published table that
 * has every one. The page's size depends on the number of kinds, not of plans.
 */
export function qualityByKind(ds: Dataset, quality: CommuneQuality[], lang: Lang): KindSummary[] {
  return QUALITY_KINDS.map((kind) => {
    let items = 0;
    let communes = 0;
    const first: KindExample[] = [];
    const more: KindExample[] = [];
    for (const q of quality) {
      const n = kindCount(q, kind);
      if (n === 0) continue;
      items += n;
      communes++;
      if (first.length >= MAX_NAMED) continue; // enough plans named: count the rest
      const list: KindExample[] =
        kind === 'years'
          ? // "2030 (41 chỉ tiêu)": the sentence's tail (the other plans' year) is the same for all.
            [{ communeId: q.communeId, name: q.name, label: '', detail: q.years!.split(';')[0]!, links: [], dataRef: null }]
          : kind === 'documented'
            ? q.documented.map((i) => ({
                communeId: q.communeId,
                name: q.name,
                label: '',
                detail: i.short[lang],
                links: [],
                dataRef: null,
              }))
            : q[kind].map((it) => ({
                communeId: q.communeId,
                name: q.name,
                // An unreadable signer has no text to quote ("—"): the detail says it.
                label: it.label === '—' ? '' : it.label,
                detail: it.detail,
                links: it.sources.map((r) => refLink(ds, r, lang)),
                dataRef: it.dataRef,
              }));
      first.push(list[0]!);
      more.push(...list.slice(1, MAX_NAMED));
    }
    return { kind, items, communes, examples: [...first, ...more].slice(0, MAX_NAMED), table: KIND_TABLE[kind] };
  });
}

export interface ProvinceQuality {
  slug: string;
  name: string;
  plans: number;
  /** qualityCounts summed over the province's plans. */
  counts: Record<string, number>;
}

/** The summary table by province (34 rows at most): qualityCounts summed over each province's plans. */
export function qualityByProvince(ds: Dataset, quality: CommuneQuality[]): ProvinceQuality[] {
  const byId = new Map(quality.map((q) => [q.communeId, q]));
  return provincesOf(ds).map((p) => {
    const counts: Record<string, number> = {};
    for (const id of p.communeIds) {
      const q = byId.get(id);
      if (!q) continue;
      for (const [k, v] of Object.entries(qualityCounts(q))) counts[k] = (counts[k] ?? 0) + v;
    }
    return { slug: p.slug, name: p.name, plans: p.communeIds.length, counts };
  });
}
