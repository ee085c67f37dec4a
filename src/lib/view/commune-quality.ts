/**
 * One plan's data-quality section as the commune and data-quality pages show it: the plan's
 * quality lists (dataQuality, shared by every page and kept for the build) with each seed
 * reference resolved to a link. The links are made here, per page, not kept with the lists:
 * at thousands of plans they would live through the whole build for one render each.
 */
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Lang } from '../site/i18n.ts';
import { parseLines } from '../site/source-names.ts';
import type { CommuneQuality, QualityItem } from './data-quality.ts';
import type { DocumentedIssue, SeedQuote } from './findings.ts';
import { numberedCitation, refLink, type CitationLink } from './sources.ts';

/** The computed lists in the order the section shows them; each key is the list's heading. */
export const QUALITY_LISTS = [
  ['header', 'header'],
  ['stated-twice', 'statedTwice'],
  ['without-lead', 'withoutLead'],
  ['ocr', 'ocrRead'],
  ['implied', 'implied'],
  ['ceilings', 'ceilings'],
  ['unmapped', 'unmapped'],
  ['spellings', 'spellings'],
  ['garbled', 'garbledTasks'],
] as const satisfies readonly (readonly [string, keyof CommuneQuality])[];

export type QualityListKey = (typeof QUALITY_LISTS)[number][0];

export interface QualityListView {
  key: QualityListKey;
  /** Each item with the links of its sources, in their order. */
  items: (QualityItem & { links: CitationLink[] })[];
}

export interface CommuneQualityView {
  communeId: string;
  /** The hand-written findings, each quote with its link (null for a text that is not there). */
  documented: (Omit<DocumentedIssue, 'refs'> & { refs: (SeedQuote & { link: CitationLink | null })[] })[];
  /** The years its targets are for, when they differ from most plans'. */
  years: string | null;
  /** The lists that have items. */
  lists: QualityListView[];
}

export function communeQualityView(ds: Dataset, q: CommuneQuality, lang: Lang): CommuneQualityView {
  return {
    communeId: q.communeId,
    documented: q.documented.map((i) => ({
      ...i,
      refs: i.refs.map((r) => ({ ...r, link: numberedCitation(ds, r.seed, parseLines(r.lines)[0]!, lang) })),
    })),
    years: q.years,
    lists: QUALITY_LISTS.map(([key, field]) => ({
      key,
      items: q[field].map((it) => ({ ...it, links: it.sources.map((r) => refLink(ds, r, lang)) })),
    })).filter((l) => l.items.length > 0),
  };
}
