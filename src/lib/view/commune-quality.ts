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
import { KIND_TITLE, QUALITY_KINDS, type QualityKind } from './quality-summary.ts';
import { numberedCitation, refLink, type CitationLink } from './sources.ts';

/** The kinds that are lists of items (the findings and the plan's years are shown apart). */
type ListKind = Exclude<QualityKind, 'documented' | 'years'>;
const isList = (k: QualityKind): k is ListKind => k !== 'documented' && k !== 'years';

/** Each list's key in the page (its heading's id and data-list attribute). */
const LIST_KEY: Record<ListKind, string> = {
  header: 'header',
  statedTwice: 'stated-twice',
  withoutLead: 'without-lead',
  ocrRead: 'ocr',
  implied: 'implied',
  ceilings: 'ceilings',
  unmapped: 'unmapped',
  spellings: 'spellings',
  garbledTasks: 'garbled',
};

/** The lists whose labels are plan text as written (quoted), not a target's text shortened. */
const QUOTED: ReadonlySet<ListKind> = new Set(['header', 'spellings']);

export interface QualityListView {
  kind: ListKind;
  key: string;
  title: string;
  /** The labels are quoted plan text. */
  quoted: boolean;
  /** Each item with the links of its sources, in their order. */
  items: (QualityItem & { links: CitationLink[] })[];
}

export interface CommuneQualityView {
  communeId: string;
  /** The hand-written findings, each quote with its link (null for a text that is not there). */
  documented: (Omit<DocumentedIssue, 'refs'> & { refs: (SeedQuote & { link: CitationLink | null })[] })[];
  /** The years its targets are for, when they differ from most plans'. */
  years: string | null;
  /** The lists that have items, in the order of QUALITY_KINDS. */
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
    lists: QUALITY_KINDS.filter(isList)
      .filter((kind) => q[kind].length > 0)
      .map((kind) => ({
        kind,
        key: LIST_KEY[kind],
        title: KIND_TITLE[kind][lang],
        quoted: QUOTED.has(kind),
        items: q[kind].map((it) => ({ ...it, links: it.sources.map((r) => refLink(ds, r, lang)) })),
      })),
  };
}
