import { z } from 'zod';
import {
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
 * the same columns for people; tests/unit/validate/codebook.test.ts keeps the two in step.
 */

export const UNIT_TYPES = ['xã', 'phường', 'đặc khu'] as const;
export const TEXT_QUALITY = ['clean', 'ocr'] as const;
export const DOCUMENT_LEVELS = ['party-central', 'government', 'province-party', 'province', 'commune-party', 'commune'] as const;
export const TASK_KINDS = ['appendix-row', 'unit-assignment'] as const;

export const communeSchema = z.object({
  id: slug(),
  unit_code: digits(5, '26485'),
  name: requiredText(),
  unit_type_at_plan: oneOf(UNIT_TYPES),
  unit_type_now: oneOf(UNIT_TYPES),
  unit_type_change: text(),
  province: requiredText(),
  province_code: digits(2, '75'),
  plan_number: requiredText(),
  plan_date_raw: requiredText(),
  plan_date: isoDateOrEmpty(),
  plan_year: year(),
  horizon_years: yearList(),
  title: requiredText(),
  signer: text(),
  signer_title: text(),
  cited_documents: idList(),
  reporting_cadence: text(),
  source_files: z.string().transform((v, ctx) => {
    const files = v.split(';').map((f) => f.trim());
    if (v === '' || files.some((f) => !/^[\w.-]+\.txt$/.test(f))) {
      ctx.addIssue({ code: 'custom', message: 'seed file names separated by ";", primary first' });
      return z.NEVER;
    }
    return files;
  }),
  source_lines: seedRefs({ allowResearch: false }),
  text_quality: oneOf(TEXT_QUALITY),
  notes: text(),
});

export const documentSchema = z.object({
  id: slug(),
  number: requiredText(),
  date: isoDateOrEmpty(),
  issuer: requiredText(),
  level: oneOf(DOCUMENT_LEVELS),
  province: text(),
  title: requiredText(),
  implements: idList(),
  source: seedRefs({ allowResearch: true }),
});

export const targetSchema = z.object({
  target_id: slug(),
  commune_id: slug(),
  section: requiredText(),
  group: text(),
  item: requiredText(),
  text: requiredText(),
  unit_raw: text(),
  target_raw: text(),
  target_year: year(),
  lead_units: text(),
  cooperating_units: text(),
  deadline_raw: text(),
  seed_file: fileName(),
  seed_lines: lineRefs({ required: true }),
  seed_text: requiredText(),
  alt_seed_file: fileNameOrEmpty(),
  alt_seed_lines: lineRefs({ required: false }),
  alt_seed_text: text(),
  notes: text(),
});

export const taskSchema = z.object({
  task_id: slug(),
  commune_id: slug(),
  kind: oneOf(TASK_KINDS),
  section: requiredText(),
  group: text(),
  item: text(),
  text: requiredText(),
  presiding_unit: text(),
  lead_units: text(),
  cooperating_units: text(),
  deadline_raw: text(),
  target_ids: idList(),
  seed_file: fileName(),
  seed_lines: lineRefs({ required: true }),
  notes: text(),
});

export type CommuneRaw = z.input<typeof communeSchema>;
export type Commune = z.output<typeof communeSchema>;
export type DocumentRecord = z.output<typeof documentSchema>;
export type TargetRaw = z.input<typeof targetSchema>;
export type Target = z.output<typeof targetSchema>;
export type Task = z.output<typeof taskSchema>;

/** Where a record came from in data/, for messages and for provenance columns. */
export interface Located {
  file: string;
  line: number;
}
