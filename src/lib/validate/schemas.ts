import { z } from 'zod';
import {
  LIMITS,
  digits,
  fileName,
  fileNameOrEmpty,
  idList,
  isoDateOrEmpty,
  lineRefs,
  oneOf,
  requiredText,
  seedRefs,
  slug,
  text,
  year,
  yearList,
} from './fields.ts';

/**
 * The zod schemas are the single source of truth for the raw tables: `z.input` is a CSV row
 * (all strings), `z.output` the normalized record the pipeline uses. data/README.md documents
 * the same columns for people, and the check refuses any column a schema does not name
 * (tests/unit/validate/hostile-inputs.test.ts), so a column cannot be added here alone.
 */

export const UNIT_TYPES = ['xã', 'phường', 'đặc khu'] as const;
export const TEXT_QUALITY = ['clean', 'ocr'] as const;
export const DOCUMENT_LEVELS = ['party-central', 'government', 'province-party', 'province', 'commune-party', 'commune'] as const;
export const TASK_KINDS = ['appendix-row', 'unit-assignment'] as const;

export const communeSchema = z.object({
  id: slug(),
  unit_code: digits(5, '26485'),
  name: requiredText(LIMITS.label),
  unit_type_at_plan: oneOf(UNIT_TYPES),
  unit_type_now: oneOf(UNIT_TYPES),
  unit_type_change: text(LIMITS.phrase),
  province: requiredText(LIMITS.label),
  province_code: digits(2, '75'),
  plan_number: requiredText(LIMITS.label),
  plan_date_raw: requiredText(LIMITS.label),
  plan_date: isoDateOrEmpty(),
  plan_year: year(),
  horizon_years: yearList(),
  title: requiredText(LIMITS.text),
  signer: text(LIMITS.label),
  signer_title: text(LIMITS.label),
  cited_documents: idList(),
  reporting_cadence: text(LIMITS.text),
  source_files: z
    .string()
    .max(LIMITS.list, { error: `at most ${LIMITS.list} characters` })
    .transform((v, ctx) => {
      const files = v.split(';').map((f) => f.trim());
      if (v === '' || files.some((f) => !/^[\w.-]+\.txt$/.test(f))) {
        ctx.addIssue({ code: 'custom', message: 'seed file names separated by ";", primary first' });
        return z.NEVER;
      }
      return files;
    }),
  source_lines: seedRefs({ allowResearch: false }),
  text_quality: oneOf(TEXT_QUALITY),
  notes: text(LIMITS.notes),
});

export const documentSchema = z.object({
  id: slug(),
  number: requiredText(LIMITS.label),
  date: isoDateOrEmpty(),
  issuer: requiredText(LIMITS.label),
  level: oneOf(DOCUMENT_LEVELS),
  province: text(LIMITS.label),
  title: requiredText(LIMITS.text),
  implements: idList(),
  source: seedRefs({ allowResearch: true }),
});

export const targetSchema = z.object({
  target_id: slug(),
  commune_id: slug(),
  section: requiredText(LIMITS.label),
  group: text(LIMITS.phrase),
  item: requiredText(LIMITS.label),
  text: requiredText(LIMITS.text),
  unit_raw: text(LIMITS.label),
  target_raw: text(LIMITS.label),
  target_year: year(),
  lead_units: text(LIMITS.phrase),
  cooperating_units: text(LIMITS.phrase),
  deadline_raw: text(LIMITS.label),
  seed_file: fileName(),
  seed_lines: lineRefs({ required: true }),
  seed_text: requiredText(LIMITS.phrase),
  alt_seed_file: fileNameOrEmpty(),
  alt_seed_lines: lineRefs({ required: false }),
  alt_seed_text: text(LIMITS.phrase),
  notes: text(LIMITS.notes),
});

export const taskSchema = z.object({
  task_id: slug(),
  commune_id: slug(),
  kind: oneOf(TASK_KINDS),
  section: requiredText(LIMITS.label),
  group: text(LIMITS.phrase),
  item: text(LIMITS.label),
  text: requiredText(LIMITS.text),
  presiding_unit: text(LIMITS.phrase),
  lead_units: text(LIMITS.phrase),
  cooperating_units: text(LIMITS.phrase),
  deadline_raw: text(LIMITS.label),
  target_ids: idList(),
  seed_file: fileName(),
  seed_lines: lineRefs({ required: true }),
  notes: text(LIMITS.notes),
});

export const SOURCE_KINDS = ['ocr', 'clean'] as const;

/** data/sources/sources.csv: the plan texts every citation points into, one row per file. */
export const sourceSchema = z.object({
  seed_file: fileName(),
  commune_id: z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, {
    error: 'the id of the commune whose plan this is, or empty for a text that is no one commune’s',
  }),
  plan: requiredText(LIMITS.label),
  kind: oneOf(SOURCE_KINDS),
  obtained: requiredText(LIMITS.text),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'the file’s SHA-256 as 64 lower-case hex digits (sha256sum prints it)' }),
  notes: text(LIMITS.notes),
});

/** What a finding is also about, where it is a fact of the plan the commune page shows: its signer, its source texts. */
export const FINDING_FACTS = ['', 'signer', 'sources'] as const;

/**
 * data/findings/findings.csv: what reading the plans found and the data cannot show (a heading
 * that miscounts, a date written two ways), one row per finding, in both languages. Counts the
 * data can give are placeholders the site fills: {targets}, {groups}, {lead:<text>}.
 */
export const findingSchema = z.object({
  finding_id: slug(),
  commune_id: slug(),
  fact: oneOf(FINDING_FACTS),
  short_vi: requiredText(LIMITS.phrase),
  short_en: requiredText(LIMITS.phrase),
  text_vi: requiredText(LIMITS.text),
  text_en: requiredText(LIMITS.text),
});

/** data/findings/quotes.csv: the characters that show each finding, exactly as they stand at the cited lines. */
export const findingQuoteSchema = z.object({
  finding_id: slug(),
  seed_file: fileName(),
  seed_lines: lineRefs({ required: true }),
  quote: requiredText(LIMITS.phrase),
});

export type Finding = z.output<typeof findingSchema>;
export type FindingQuote = z.output<typeof findingQuoteSchema>;

export type Commune = z.output<typeof communeSchema>;
export type DocumentRecord = z.output<typeof documentSchema>;
export type Target = z.output<typeof targetSchema>;
export type Task = z.output<typeof taskSchema>;
export type SourceRecord = z.output<typeof sourceSchema>;

/** Where a record came from in data/, for messages and for provenance columns. */
export interface Located {
  file: string;
  line: number;
}
