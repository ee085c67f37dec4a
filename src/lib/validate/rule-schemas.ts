import { z } from 'zod';
import { fileName, idList, LIMITS, oneOf, requiredText, slug, text } from './fields.ts';

/**
 * Schemas of the harmonization rules in data/harmonize/: the catalogue, the crosswalk from
 * each source target to it, responsible units and their spellings (references.csv: reference-schema.ts), the OCR
 * reading rule, and the target parser's vocabulary (comparator-words.csv, units.csv; turned into
 * the parser's form by src/lib/validate/vocabulary.ts). Every file goes through the same
 * row machinery (validate-table.ts): each problem with its line and column, every row checked.
 */

export const UNIT_KINDS = ['percent', 'count', 'index', 'boolean', 'text'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];
export const MATCHES = ['same', 'comparable', 'related', 'unmapped'] as const;
export const UNIT_ORG_KINDS = ['government', 'public-service', 'community', 'party-mass', 'external'] as const;

export const pillarSchema = z.object({
  id: slug(),
  order: z
    .string()
    .regex(/^\d{1,6}$/, { error: 'a whole number giving the display order' })
    .transform(Number),
  name_vi: requiredText(),
  name_en: requiredText(),
});

export const indicatorSchema = z.object({
  id: slug(),
  pillar: slug(),
  unit: oneOf(UNIT_KINDS),
  name_vi: requiredText(),
  name_en: requiredText(),
  definition_vi: requiredText(LIMITS.text),
  definition_en: requiredText(LIMITS.text),
  related_terms: text(LIMITS.phrase),
  definition_source: text(LIMITS.phrase),
});

export const crosswalkSchema = z
  .object({
    target_id: slug(),
    indicator_id: z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, { error: 'a catalogue id, or empty for an unmapped target' }),
    match: oneOf(MATCHES),
    note_vi: text(LIMITS.text),
    note_en: text(LIMITS.text),
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
  spelling: requiredText(LIMITS.phrase),
  unit_ids: idList().refine((ids) => ids.length > 0, { error: 'one or more responsible-unit ids separated by ";"' }),
  note: text(LIMITS.text),
});

export const ocrReadingSchema = z.object({
  seed_file: fileName(),
  symbol_as_read: oneOf(['>', '<'] as const),
  read_as: oneOf(['>=', '>', '<=', '<'] as const),
  evidence: requiredText(LIMITS.notes),
});

/**
 * data/harmonize/plan-template.csv: the headings and column names of the provincial template that
 * tell the drafter (src/lib/draft/) where a plan's targets, unit assignments and appendix are.
 */
export const TEMPLATE_ROLES = ['targets-section', 'tasks-section', 'appendix', 'deadline-word'] as const;
export const planTemplateSchema = z.object({
  role: z.string().regex(new RegExp(`^(?:${TEMPLATE_ROLES.join('|')}|column-[a-z]+)$`), {
    error: `one of ${TEMPLATE_ROLES.map((r) => `"${r}"`).join(', ')}, or "column-<name>" (e.g. "column-text")`,
  }),
  phrase: requiredText(),
  note: text(LIMITS.text),
});

/** The 34 provinces and centrally-run cities since 1 July 2025, with their codes (data/harmonize/provinces.csv). */
export const provinceSchema = z.object({
  code: z.string().regex(/^\d{2}$/, { error: 'exactly 2 digits, kept as text (e.g. "75")' }),
  name: requiredText(),
  kind: oneOf(['tỉnh', 'thành phố'] as const),
  slug: slug(),
});

/** The parser's comparators and the kinds of comparator words (data/harmonize/comparator-words.csv). */
export const WORD_COMPARATORS = ['>=', '>', '=', '<=', '<'] as const;
export const WORD_KINDS = ['symbol', 'word', 'verb'] as const;
export const WORD_POSITIONS = ['prefix', 'suffix', 'around'] as const;
/** Marks where the figure goes in an `around` phrase ("từ … trở lên"). */
export const FIGURE_MARK = '…';

export const comparatorWordSchema = z
  .object({
    phrase: requiredText().refine((p) => p === p.normalize('NFC').toLowerCase(), {
      error: 'the phrase in lower case, as "trên" or "tối thiểu"',
    }),
    position: oneOf(WORD_POSITIONS),
    comparator: z.enum(['', ...WORD_COMPARATORS], { error: `one of ${WORD_COMPARATORS.join(' ')}, or empty for a verb` }),
    kind: oneOf(WORD_KINDS),
    meaning_vi: text(LIMITS.phrase),
    meaning_en: text(LIMITS.phrase),
  })
  .superRefine((r, ctx) => {
    if (r.kind === 'verb' ? r.comparator !== '' : r.comparator === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['comparator'],
        message:
          r.kind === 'verb'
            ? 'empty: a verb ("đạt") carries no comparator of its own'
            : `one of ${WORD_COMPARATORS.join(' ')} for a ${r.kind}`,
      });
    }
    const parts = r.phrase.split(FIGURE_MARK).map((p) => p.trim());
    if ((r.position === 'around') !== (parts.length === 2) || parts.some((p) => p === '')) {
      ctx.addIssue({
        code: 'custom',
        path: ['phrase'],
        message:
          r.position === 'around'
            ? `words on both sides of one "${FIGURE_MARK}" (where the figure goes), as "từ ${FIGURE_MARK} trở lên"`
            : `a phrase without "${FIGURE_MARK}" (only an "around" phrase marks where the figure goes)`,
      });
    }
    if (r.kind === 'verb' && r.position !== 'prefix')
      ctx.addIssue({ code: 'custom', path: ['position'], message: '"prefix": a verb stands before the figure' });
  });

export const unitRuleSchema = z.object({
  unit_raw: text(),
  unit: oneOf(UNIT_KINDS),
  label_vi: requiredText(),
  label_en: requiredText(),
});

export type Pillar = z.output<typeof pillarSchema>;
export type Indicator = z.output<typeof indicatorSchema>;
export type CrosswalkRow = z.output<typeof crosswalkSchema>;
export type ResponsibleUnit = z.output<typeof responsibleUnitSchema>;
export type UnitSpelling = z.output<typeof unitSpellingSchema>;
export type OcrReading = z.output<typeof ocrReadingSchema>;
export type Province = z.output<typeof provinceSchema>;
export type PlanTemplateRow = z.output<typeof planTemplateSchema>;
export type ComparatorWordRow = z.output<typeof comparatorWordSchema>;
export type UnitRuleRow = z.output<typeof unitRuleSchema>;
export type Match = (typeof MATCHES)[number];
