import type { Lang } from '../site/i18n.ts';
import { communeName } from '../site/format.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { MAX_NAMED } from '../dataset/scope.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { WORD_KINDS } from '../validate/rule-schemas.ts';
import type { ComparatorWord } from '../validate/vocabulary.ts';
import { statedTwiceDiffers } from './data-quality.ts';
import {
  ocrEvidence,
  ocrRuleUse,
  readingForms,
  spellingTable,
  type FormRow,
  type OcrEvidence,
  type OcrRuleUse,
  type SpellingRow,
} from './methodology.ts';
import { citationLink, type CitationLink } from './sources.ts';

/**
 * The view models of three sections of the methodology page (the reading forms, the OCR rule,
 * the responsible-unit spellings): what each section's component lays out, gathered from the
 * figures of methodology.ts and cut to size here, so that the components never hold the dataset.
 * The section's words stay in its component (src/content-text/methodology.ts); these are data.
 */

export interface MethodologyFormsView {
  /** The reading rules the plans use, in FORM_ORDER. */
  forms: FormRow[];
  /** The parser's vocabulary by kind (symbols, words, verbs), each in comparator-words.csv order. */
  vocabulary: { kind: ComparatorWord['kind']; phrases: Pick<ComparatorWord, 'phrase' | 'comparator'>[] }[];
}

export function methodologyFormsView(ds: Dataset, lang: Lang): MethodologyFormsView {
  return {
    // A rule no target went through is left out, except "“>” in clean text": the OCR rule's row
    // ("“>” in OCR text is read as “≥”") is read against it.
    forms: readingForms(ds, lang).filter((r) => r.count > 0 || r.key === 'symbol-strict'),
    vocabulary: WORD_KINDS.map((kind) => ({
      kind,
      phrases: ds.rules.words.filter((w) => w.kind === kind).map((w) => ({ phrase: w.phrase, comparator: w.comparator })),
    })),
  };
}

/** A target stated twice in one OCR copy, the objective in words and the appendix with a sign: both statements, each with its lines. */
export interface StatedTwice {
  seedText: string;
  seedSource: CitationLink;
  altSeedText: string;
  altSeedSource: CitationLink;
}

/** The first MAX_NAMED of a list, and how many more it holds. */
export interface Named<T> {
  shown: T[];
  more: number;
}

export interface MethodologyOcrView {
  /** The plan held as clean text and as OCR, compared target by target; null without one. */
  evidence: OcrEvidence | null;
  /** Objectives written in words meaning “≥” (“tối thiểu”) where the appendix of the same OCR copy has “>”. */
  inside: Named<StatedTwice> & {
    /** The communes of all those targets, and the words their objectives use, in data order. */
    communes: string[];
    words: string[];
  };
  /** Objectives written “trên” (>) beside a “>” of the appendix: which sign the OCR lost cannot be told. */
  strictWord: Named<StatedTwice>;
  /** The OCR rule per seed file; the files past MAX_NAMED counted, with the targets the rule changed in them. */
  use: Named<OcrRuleUse> & { moreUsed: number };
}

/** Only the cases shown are made into what the page shows (their citations are looked up). */
const named = <T, U>(all: T[], show: (x: T) => U): Named<U> => ({
  shown: all.slice(0, MAX_NAMED).map(show),
  more: Math.max(0, all.length - MAX_NAMED),
});

/**
 * The OCR section. Each list names MAX_NAMED cases and counts the rest: with thousands of OCR
 * plans the page would otherwise grow with them (every case is in targets.csv: seed_text beside
 * alt_seed_text).
 */
export function methodologyOcrView(ds: Dataset, lang: Lang): MethodologyOcrView {
  const statedTwice = (t: HarmonizedTarget): StatedTwice => ({
    seedText: t.seedText,
    seedSource: citationLink(ds, t.seedFile, t.seedLines, lang, t.seedText),
    altSeedText: t.altSeedText,
    altSeedSource: citationLink(ds, t.altSeedFile, t.altSeedLines, lang, t.altSeedText),
  });
  const inside = ds.targets.filter((t) => statedTwiceDiffers(t) === 'comparator' && t.comparator === '>=');
  const strictWord = ds.targets.filter((t) => statedTwiceDiffers(t) === 'comparator' && t.comparator === '>');
  const use = ocrRuleUse(ds);
  return {
    evidence: ocrEvidence(ds, lang),
    inside: {
      ...named(inside, statedTwice),
      communes: [...new Set(inside.map((t) => communeName(ds, t.communeId)))],
      words: [...new Set(inside.map((t) => t.comparatorAsWritten.toLocaleLowerCase('vi')))],
    },
    strictWord: named(strictWord, statedTwice),
    use: { ...named(use, (u) => u), moreUsed: use.slice(MAX_NAMED).reduce((n, u) => n + u.used, 0) },
  };
}

export interface MethodologyUnitsView {
  /** Every spelling of unit-spellings.csv, with its canonical units and who uses it. */
  rows: SpellingRow[];
  /** How many canonical units the spellings lead to. */
  canonicalCount: number;
}

export function methodologyUnitsView(ds: Dataset, lang: Lang): MethodologyUnitsView {
  return { rows: spellingTable(ds, lang), canonicalCount: new Set(ds.rules.spellings.flatMap((s) => s.unit_ids)).size };
}
