import type { Dataset } from '../dataset/check-dataset.ts';
import { byLang, inLang, type Bilingual } from '../site/i18n.ts';
import { sourceNumber } from '../validate/check-citations.ts';
import { FINDING_PLACEHOLDER } from '../validate/check-raw-dataset.ts';
import { formatRanges } from '../validate/fields.ts';

/**
 * What reading the plans found, as the data quality and commune pages show it: from
 * data/findings/, counts filled from the data.
 */

export interface SeedQuote {
  /** Seed file number: "004". */
  seed: string;
  /** Line or range: "61", "9-11". */
  lines: string;
  /** Characters that stand at those lines, exactly as the seed has them (OCR errors and all). */
  quote: string;
}

export interface DocumentedIssue {
  id: string;
  communeId: string;
  /** One line, for lists elsewhere (the methodology page, the commune page's facts). */
  short: Bilingual;
  /** The plan fact the issue is about, where there is one: the commune page notes it there too. */
  fact?: 'signer' | 'sources';
  /** The finding in full. */
  text: Bilingual;
  refs: SeedQuote[];
}

/**
 * What reading the plans found (data/findings/), each with the seed lines and the exact
 * characters that show it (checked there). Counts the data can give are placeholders, filled
 * here from the commune's rows: {targets}, {groups} ("I: 8, II: 10…"), {lead:<text>} (the rows
 * whose lead unit is written with that text).
 */
export function documentedIssues(ds: Dataset): DocumentedIssue[] {
  let all = issuesCache.get(ds);
  if (!all) issuesCache.set(ds, (all = fillFindings(ds)));
  return all;
}

const issuesCache = new WeakMap<Dataset, DocumentedIssue[]>();

function fillFindings(ds: Dataset): DocumentedIssue[] {
  return ds.raw.findings.map((f) => {
    const rows = ds.targetsByCommune.get(f.commune_id) ?? [];
    const groups = [...new Set(rows.map((t) => t.group))].map((g) => `${g.split('.')[0]}: ${rows.filter((t) => t.group === g).length}`);
    const filled = (text: string) =>
      text.replace(FINDING_PLACEHOLDER, (_, key: string) =>
        key === 'targets'
          ? String(rows.length)
          : key === 'groups'
            ? groups.join(', ')
            : String(rows.filter((t) => t.leadUnitsRaw.includes(key.slice('lead:'.length))).length),
      );
    return {
      id: f.finding_id,
      communeId: f.commune_id,
      // Each language's columns of findings.csv (short_<lang>, text_<lang>), counts filled in.
      short: byLang((lang) => filled(inLang(f, 'short', lang))),
      ...(f.fact ? { fact: f.fact } : {}),
      text: byLang((lang) => filled(inLang(f, 'text', lang))),
      refs: f.quotes.map((q) => ({ seed: sourceNumber(q.seed_file) ?? q.seed_file, lines: formatRanges(q.seed_lines), quote: q.quote })),
    };
  });
}

/** The findings of one commune (documentedIssues, filled once per dataset). */
export function communeIssues(ds: Dataset, communeId: string): DocumentedIssue[] {
  return documentedIssues(ds).filter((i) => i.communeId === communeId);
}
