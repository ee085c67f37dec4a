/**
 * The facts of one plan as the commune page lists them (its "facts" section): the plan's number,
 * date and signer as written with what is blank or unreadable, the years its targets are for, the
 * documents it cites, its text files (which are OCR) and the lines its facts were read from.
 * Everything the section shows that comes from the data; its words stay in the component.
 */
import { communeById } from '../dataset/dataset-index.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Lang } from '../site/i18n.ts';
import { sourceName } from '../site/source-names.ts';
import type { Commune } from '../validate/schemas.ts';
import { displayDate } from './documents.ts';
import { communeIssues } from './findings.ts';
import { horizonText, planDateReading, planNumberReading, signerReading, unitTypeChange, type FactReading } from './plan-facts.ts';
import { numberedCitation, type CitationLink } from './sources.ts';

export interface CommuneFactsView {
  /** The commune's row as written (communes.csv): unit types, province, code, title, reporting cadence. */
  commune: Commune;
  number: FactReading;
  date: FactReading;
  signer: FactReading;
  /** The change of unit type in words, or null. */
  change: string | null;
  /** "2026 (22 chỉ tiêu)". */
  horizon: string;
  /** The hand-written findings on a fact of the plan ("signer", "sources"), short form, in `lang`. */
  notes: Record<string, string[]>;
  /** The documents the plan cites, in its order: number, and "issuer, date" for a tooltip. */
  documents: { number: string; title: string }[];
  /** The plan's text files: the first is the plan itself (its text quality), the others any further copies. */
  files: { file: string; name: string; ocr: boolean }[];
  /** The lines the plan's facts were read from, as links. */
  lines: CitationLink[];
}

export function communeFacts(ds: Dataset, communeId: string, lang: Lang): CommuneFactsView {
  const c = communeById(ds, communeId);
  const notes: Record<string, string[]> = {};
  for (const issue of communeIssues(ds, communeId)) if (issue.fact) (notes[issue.fact] ??= []).push(issue.short[lang]);
  // A copy other than the plan's own file is OCR when a rule reads OCR from it.
  const ocrFiles = new Set(ds.rules.ocrReadings.map((o) => o.seed_file));
  return {
    commune: c,
    number: planNumberReading(c, lang),
    date: planDateReading(c, lang),
    signer: signerReading(c, lang),
    change: unitTypeChange(c, lang),
    horizon: horizonText(ds, communeId, lang),
    notes,
    documents: c.cited_documents
      .map((d) => ds.raw.documents.find((x) => x.id === d))
      .filter((d) => d !== undefined)
      .map((d) => ({ number: d.number, title: `${d.issuer}, ${displayDate(d.date)}` })),
    files: c.source_files.map((file, i) => ({
      file,
      name: sourceName(ds, file, lang),
      ocr: i === 0 ? c.text_quality === 'ocr' : ocrFiles.has(file),
    })),
    lines: c.source_lines
      .flatMap((r) => (r === 'research.md' ? [] : [numberedCitation(ds, r.seed, r.lines, lang)]))
      .filter((r) => r !== null),
  };
}
