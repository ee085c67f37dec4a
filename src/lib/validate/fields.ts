import { z } from 'zod';

/**
 * Cell-level building blocks for the table schemas. Every cell arrives as a string; each
 * builder says, in its error message, the form it expects — that message is what a person
 * fixing the CSV reads. Empty cells stay '' (never coerced: z.coerce.number('') is 0).
 */

export const EXPECT_REQUIRED = 'a value (this cell is required)';

/**
 * The longest value of each kind of cell, in characters (data/README.md, "Limits"). Far above
 * what the plans need (the longest target text is under 300 characters, the longest note under
 * 900), low enough that a pasted document or a runaway cell is refused instead of being inlined
 * into hundreds of pages; every cell is also held to Excel's 32,767 (validate-table.ts).
 */
export const LIMITS = {
  /** ids, codes */
  id: 64,
  /** names, units, figures as written, deadlines, sections */
  label: 200,
  /** group headings, unit cells, short explanations */
  phrase: 500,
  /** a target's or task's text, titles, definitions */
  text: 2000,
  /** notes and evidence */
  notes: 4000,
  /** ";"-separated lists of ids, files or line references */
  list: 2000,
  /** the longest run of characters without a space in text: a longer one widens every page that shows it */
  word: 60,
} as const;

const tooLong = (max: number) => `at most ${max.toLocaleString('en')} characters (see data/README.md, "Limits")`;

// Only from a word's start (the look-behind): tried at every character, the match would scan each
// word again from each of its letters.
const LONG_WORD = new RegExp(`(?<!\\S)\\S{${LIMITS.word + 1},}`, 'u');
/** The first run of non-space characters longer than LIMITS.word, or null. */
export function longWord(v: string): string | null {
  // Code points (with /u), as the limit counts them; a text no longer than the limit has no such run.
  return v.length <= LIMITS.word ? null : (LONG_WORD.exec(v)?.[0] ?? null);
}

/** Free text of at most `max` characters, no word longer than LIMITS.word. */
export const text = (max: number = LIMITS.label) =>
  z
    .string()
    .max(max, { error: tooLong(max) })
    .refine((v) => v.length > max || longWord(v) === null, {
      error: `words of at most ${LIMITS.word} characters: a longer run without a space cannot wrap and widens every page that shows it`,
    });

export const requiredText = (max: number = LIMITS.label) => text(max).refine((v) => v !== '', { error: EXPECT_REQUIRED });

/** A web address (references' sources): no spaces, at most LIMITS.list characters; no word limit (an address is one word). */
export const url = () =>
  z
    .string()
    .max(LIMITS.list, { error: tooLong(LIMITS.list) })
    .refine((v) => v !== '', { error: EXPECT_REQUIRED });

export const slug = () =>
  z
    .string()
    .max(LIMITS.id, { error: tooLong(LIMITS.id) })
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'a lower-case id of letters, digits and single hyphens, e.g. "nhon-trach"' });

export const digits = (n: number, example: string) =>
  z.string().regex(new RegExp(`^\\d{${n}}$`), { error: `exactly ${n} digits, kept as text (e.g. "${example}")` });

export const oneOf = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: `one of ${values.map((v) => `"${v}"`).join(', ')}` });

const YEAR = /^(\d{4})$/;
const EXPECT_YEAR = 'a four-digit year between 2000 and 2100, e.g. "2026"';

export const year = () =>
  z.string().transform((v, ctx) => {
    const m = YEAR.exec(v);
    const n = m ? Number(m[1]) : NaN;
    if (!(n >= 2000 && n <= 2100)) {
      ctx.addIssue({ code: 'custom', message: v === '' ? EXPECT_REQUIRED : EXPECT_YEAR });
      return z.NEVER;
    }
    return n;
  });

export const yearList = () =>
  z.string().transform((v, ctx) => {
    const parts = v.split(';').map((p) => p.trim());
    const years = parts.map((p) => (YEAR.test(p) ? Number(p) : NaN));
    if (v === '' || years.some((y) => !(y >= 2000 && y <= 2100))) {
      ctx.addIssue({ code: 'custom', message: 'years separated by ";", e.g. "2030;2045"' });
      return z.NEVER;
    }
    return years;
  });

export const isoDateOrEmpty = () =>
  z.string().refine((v) => v === '' || isCalendarDate(v), {
    error: 'a real calendar date as YYYY-MM-DD, or empty when the date is not fully legible',
  });

export function isCalendarDate(v: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

export interface LineRange {
  from: number;
  to: number;
}

/** "108", "107-108" (or with another dash, "107–108" for reading): one range as the data write it. */
export const formatRange = (r: LineRange, dash = '-'): string => (r.from === r.to ? `${r.from}` : `${r.from}${dash}${r.to}`);

/** "94-95;107-108": ranges as the data write them (seed_lines), the inverse of lineRefs. */
export const formatRanges = (ranges: readonly LineRange[]): string => ranges.map((r) => formatRange(r)).join(';');

const EXPECT_LINES = 'line numbers or ranges separated by ";", e.g. "108" or "110-112;346"';

/** A figure written with digits and an optional "." decimal point, at most 15 significant digits ('' allowed when not required). */
export const decimal = (opts: { required: boolean }) =>
  z.string().transform((v, ctx): number | null => {
    if (v === '' && !opts.required) return null;
    const expected = 'a number written with digits and an optional "." decimal point, e.g. "80" or "0.7955"';
    if (!/^\d+(?:\.\d+)?$/.test(v)) {
      ctx.addIssue({ code: 'custom', message: v === '' ? EXPECT_REQUIRED : expected });
      return z.NEVER;
    }
    if (v.replace('.', '').replace(/^0+/, '').length > 15) {
      ctx.addIssue({ code: 'custom', message: `${expected}, with at most 15 significant digits` });
      return z.NEVER;
    }
    return Number(v);
  });

/** "110-112;346" → [{from:110,to:112},{from:346,to:346}] */
export const lineRefs = (opts: { required: boolean }) =>
  z
    .string()
    .max(LIMITS.list, { error: tooLong(LIMITS.list) })
    .transform((v, ctx): LineRange[] => {
      if (v === '' && !opts.required) return [];
      const ranges: LineRange[] = [];
      for (const part of v.split(';')) {
        const m = /^\s*(\d+)(?:\s*-\s*(\d+))?\s*$/.exec(part);
        const from = m ? Number(m[1]) : NaN;
        const to = m ? Number(m[2] ?? m[1]) : NaN;
        if (!(from >= 1 && to >= from)) {
          ctx.addIssue({ code: 'custom', message: v === '' ? EXPECT_REQUIRED : EXPECT_LINES });
          return z.NEVER;
        }
        ranges.push({ from, to });
      }
      return ranges;
    });

/** ";"-separated ids; each must be a slug. Empty → []. */
export const idList = () =>
  z
    .string()
    .max(LIMITS.list, { error: tooLong(LIMITS.list) })
    .transform((v, ctx) => {
      if (v.trim() === '') return [];
      const ids = v.split(';').map((p) => p.trim());
      if (ids.some((id) => !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id))) {
        ctx.addIssue({ code: 'custom', message: 'ids separated by ";", each lower-case letters, digits and hyphens' });
        return z.NEVER;
      }
      return ids;
    });

export const fileName = () =>
  z
    .string()
    .max(LIMITS.id, { error: tooLong(LIMITS.id) })
    .regex(/^[\w.-]+\.txt$/, { error: 'a seed file name such as "002_ba792d655f7fc0c8.txt"' });

export const fileNameOrEmpty = () =>
  z
    .string()
    .max(LIMITS.id, { error: tooLong(LIMITS.id) })
    .regex(/^(?:[\w.-]+\.txt)?$/, { error: 'a seed file name such as "000_aa4d0d6fc52ffda5.txt", or empty' });

/** A reference into the seed files: "000:4;002:554-556" (file number prefix : lines). */
export interface SeedRef {
  seed: string;
  lines: LineRange;
}

const EXPECT_SEED_REFS = 'seed references separated by ";", each "<3-digit file number>:<line or range>", e.g. "000:4;002:554-556"';

export const seedRefs = (opts: { allowResearch: boolean }) =>
  z
    .string()
    .max(LIMITS.list, { error: tooLong(LIMITS.list) })
    .transform((v, ctx): (SeedRef | 'research.md')[] => {
      const out: (SeedRef | 'research.md')[] = [];
      for (const part of v.split(';').map((p) => p.trim())) {
        if (opts.allowResearch && part === 'research.md') {
          out.push('research.md');
          continue;
        }
        const m = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(part);
        const from = m ? Number(m[2]) : NaN;
        const to = m ? Number(m[3] ?? m[2]) : NaN;
        if (!m || !(from >= 1 && to >= from)) {
          ctx.addIssue({
            code: 'custom',
            message: v === '' ? EXPECT_REQUIRED : opts.allowResearch ? `${EXPECT_SEED_REFS}, or "research.md"` : EXPECT_SEED_REFS,
          });
          return z.NEVER;
        }
        out.push({ seed: m[1]!, lines: { from, to } });
      }
      return out;
    });
