import { z } from 'zod';
import { fileName, idList, oneOf, requiredText, slug, text, year } from './fields.ts';

/**
 * Schemas of the harmonization rules in data/harmonize/: the catalogue, the crosswalk from
 * each source target to it, responsible units and their spellings, national references and
 * the OCR reading rule. (comparator-words.csv and units.csv are read by
 * src/lib/harmonize/read-vocabulary.ts, which checks them row by row.)
 */

export const UNIT_KINDS = ['percent', 'count', 'index', 'boolean', 'text'] as const;
export const MATCHES = ['same', 'comparable', 'related', 'unmapped'] as const;
export const UNIT_ORG_KINDS = ['government', 'public-service', 'community', 'party-mass', 'external'] as const;

const EXPECT_NUMBER = 'a number written with digits and an optional "." decimal point, e.g. "80" or "0.7955"';
const numberCell = (opts: { required: boolean }) =>
  z.string().transform((v, ctx): number | null => {
    if (v === '' && !opts.required) return null;
    if (!/^-?\d+(?:\.\d+)?$/.test(v)) {
      ctx.addIssue({ code: 'custom', message: EXPECT_NUMBER });
      return z.NEVER;
    }
    return Number(v);
  });

export const pillarSchema = z.object({
  id: slug(),
  order: z.string().regex(/^\d+$/, { error: 'a whole number giving the display order' }).transform(Number),
  name_vi: requiredText(),
  name_en: requiredText(),
});

export const indicatorSchema = z.object({
  id: slug(),
  pillar: slug(),
  unit: oneOf(UNIT_KINDS),
  name_vi: requiredText(),
  name_en: requiredText(),
  definition_vi: requiredText(),
  definition_en: requiredText(),
  related_terms: text(),
  definition_source: text(),
});

export const crosswalkSchema = z
  .object({
    target_id: slug(),
    indicator_id: z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, { error: 'a catalogue id, or empty for an unmapped target' }),
    match: oneOf(MATCHES),
    note_vi: text(),
    note_en: text(),
  })
  .superRefine((r, ctx) => {
    if ((r.match === 'unmapped') !== (r.indicator_id === '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['indicator_id'],
        message: 'an indicator id for same/comparable/related, and an empty cell exactly when match is "unmapped"',
      });
    }
    if (r.match !== 'same') {
      if (r.note_vi === '')
        ctx.addIssue({
          code: 'custom',
          path: ['note_vi'],
          message: `a Vietnamese note saying how the target differs (required when match is "${r.match}")`,
        });
      if (r.note_en === '')
        ctx.addIssue({
          code: 'custom',
          path: ['note_en'],
          message: `an English note saying how the target differs (required when match is "${r.match}")`,
        });
    }
  });

export const responsibleUnitSchema = z.object({
  id: slug(),
  name_vi: requiredText(),
  name_en: requiredText(),
  kind: oneOf(UNIT_ORG_KINDS),
});

export const unitSpellingSchema = z.object({
  spelling: requiredText(),
  unit_ids: idList().refine((ids) => ids.length > 0, { error: 'one or more responsible-unit ids separated by ";"' }),
  note: text(),
});

export const nationalReferenceSchema = z.object({
  indicator_id: slug(),
  kind: oneOf(['target', 'context'] as const),
  comparator: oneOf(['>=', '>', '=', '<=', '<', 'between'] as const),
  value: numberCell({ required: true }),
  value_max: numberCell({ required: false }),
  unit: oneOf(UNIT_KINDS),
  year: year(),
  text_vi: requiredText(),
  text_en: requiredText(),
  document_id: text(),
  source: requiredText(),
});

export const ocrReadingSchema = z.object({
  seed_file: fileName(),
  symbol_as_read: oneOf(['>', '<'] as const),
  read_as: oneOf(['>=', '>', '<=', '<'] as const),
  evidence: requiredText(),
});

export type Pillar = z.output<typeof pillarSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type CrosswalkRow = z.output<typeof crosswalkSchema>;
export type ResponsibleUnit = z.output<typeof responsibleUnitSchema>;
export type UnitSpelling = z.output<typeof unitSpellingSchema>;
export type NationalReference = z.output<typeof nationalReferenceSchema>;
export type OcrReading = z.output<typeof ocrReadingSchema>;
export type Match = (typeof MATCHES)[number];
