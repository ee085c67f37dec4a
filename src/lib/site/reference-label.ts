/**
 * How the site writes a national or provincial reference figure: the same words on the chart's
 * rule, in the indicator's table and in the lists ("Quốc gia 2026: ≥ 70% dân số"). Pure.
 */
import type { Reference } from '../validate/reference-schema.ts';
import { formatNumber } from './format.ts';
import type { Lang } from './i18n.ts';
import { SR } from './strings-references.ts';

const SIGN: Record<string, string> = { '>=': '≥ ', '>': '> ', '<=': '≤ ', '<': '< ', '=': '', between: '' };

/**
 * The figure as the site writes it, with the share's base where the reference states one:
 * "≥ 70% dân số" (the commune plans write the commune area), "25–30%" (one sign for the range, as the plans write it), "0,7955".
 */
export function referenceFigure(r: Reference, lang: Lang): string {
  const suffix = r.unit === 'percent' ? '%' : '';
  const num = (v: number) => `${formatNumber(v, lang)}${suffix}`;
  const figure =
    r.comparator === 'between' && r.value_max !== null
      ? `${formatNumber(r.value, lang)}–${num(r.value_max)}`
      : `${SIGN[r.comparator]}${num(r.value)}`;
  const base = denominatorNote(r, lang).split(';')[0]!.trim();
  return r.unit === 'percent' && base.startsWith('%') ? `${figure} ${base.slice(1).trim()}` : figure;
}

/** The column that holds the denominator note in each language (references.csv names the Vietnamese one without a suffix). */
const NOTE_COLUMN = { vi: 'denominator_note', en: 'denominator_note_en' } as const satisfies Record<Lang, keyof Reference>;

/** What a reference's figure is a share of, where it differs from what the communes write; '' when it does not. */
export function denominatorNote(r: Pick<Reference, 'denominator_note' | 'denominator_note_en'>, lang: Lang): string {
  return r[NOTE_COLUMN[lang]];
}

/** "Quốc gia" / "National", or the province's name. */
export function referenceWhere(r: Reference, lang: Lang): string {
  return r.level === 'national' ? SR.national[lang] : r.scope;
}

/** "Quốc gia 2026: ≥ 70% dân số" — the label of a chart's rule and of a table's line. */
export function referenceLabel(r: Reference, lang: Lang): string {
  return `${r.kind === 'context' ? `${SR.context[lang]} · ` : ''}${referenceWhere(r, lang)} ${r.year}: ${referenceFigure(r, lang)}`;
}
