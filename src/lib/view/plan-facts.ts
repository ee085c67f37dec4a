import { plural, SOURCE_LANG, strings } from '../site/i18n.ts';
import { fill } from '../site/fill.ts';
import { UNIT_TYPE, capitalize, countTargets, listWords } from '../site/words.ts';
import { communeById, targetsOf } from '../dataset/dataset-index.ts';
import type { Bilingual, Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Commune } from '../validate/schemas.ts';

export interface FactReading {
  /** The value as the plan writes it ('' when it writes nothing). */
  asWritten: string;
  /** What is blank or unreadable, in words; null when the value is complete. */
  note: string | null;
}

/** The words of a plan's facts: what is blank or unreadable, and the plan's label. */
const SPF = strings({
  numberBlank: { vi: 'số kế hoạch để trống trong văn bản', en: 'the number is left blank in the text' },
  numberIllegible: { vi: 'số kế hoạch không đọc được trong bản OCR', en: 'the number is not legible in the OCR copy' },
  day: { vi: 'ngày', en: 'day' },
  month: { vi: 'tháng', en: 'month' },
  year: { vi: 'năm', en: 'year' },
  /** {parts}: the blank parts of the date; the count is how many. */
  dateBlank: {
    vi: { other: '{parts} để trống trong văn bản' },
    en: { one: 'the {parts} is left blank in the text', other: 'the {parts} are left blank in the text' },
  },
  dateIllegible: {
    vi: { other: '{parts} không đọc được trong bản OCR' },
    en: { one: 'the {parts} is not legible in the OCR copy', other: 'the {parts} are not legible in the OCR copy' },
  },
  signerIllegible: {
    vi: 'Không đọc được: chữ ký không rõ trong bản OCR',
    en: 'Not legible: the signature block is unreadable in the OCR copy',
  },
  signerNone: { vi: 'Văn bản không ghi người ký', en: 'The text names no signer' },
  planLabel: { vi: 'Kế hoạch số {number}, ngày {date}', en: 'Plan No. {number}, dated {date}' },
});

/** The plan number as written; "/KH-UBND" is a number left blank (a draft) or lost in the OCR. */
export function planNumberReading(c: Pick<Commune, 'plan_number' | 'text_quality'>, lang: Lang): FactReading {
  if (!c.plan_number.startsWith('/')) return { asWritten: c.plan_number, note: null };
  const note = c.text_quality === 'clean' ? SPF.numberBlank : SPF.numberIllegible;
  return { asWritten: c.plan_number, note: note[lang] };
}

/**
 * The date as written ("27/02/2026", "../02/2026", "../../2026"): `..` marks a part that is
 * blank (in a clean text) or unreadable (in an OCR copy); the note names which parts.
 */
export function planDateReading(c: Pick<Commune, 'plan_date_raw' | 'text_quality'>, lang: Lang): FactReading {
  const [day, month, year] = c.plan_date_raw.split('/');
  const missing = [day === '..' && SPF.day, month === '..' && SPF.month, year === '..' && SPF.year].filter((x): x is Bilingual =>
    Boolean(x),
  );
  if (missing.length === 0) return { asWritten: c.plan_date_raw, note: null };
  const parts = listWords(
    missing.map((m) => m[lang]),
    lang,
  );
  const note = plural(c.text_quality === 'clean' ? SPF.dateBlank : SPF.dateIllegible, missing.length, lang);
  return { asWritten: c.plan_date_raw, note: capitalize(fill(note, { parts })) };
}

/** "Chủ tịch Lư Thành Nam", or a note that the signature is not legible (never guessed). */
export function signerReading(c: Pick<Commune, 'signer' | 'signer_title' | 'text_quality'>, lang: Lang): FactReading {
  if (c.signer !== '') return { asWritten: [c.signer_title, c.signer].filter(Boolean).join(' '), note: null };
  const note = c.text_quality === 'ocr' ? SPF.signerIllegible : SPF.signerNone;
  return { asWritten: '', note: note[lang] };
}

/**
 * The change of unit type in English: "Trở thành phường từ ngày 30/4/2026 theo Nghị quyết số
 * 237/NQ-UBTVQH16" → "became a ward (phường) on 30/4/2026 under Resolution 237/NQ-UBTVQH16".
 * The Vietnamese text is returned as written.
 */
export function unitTypeChange(c: Pick<Commune, 'unit_type_now' | 'unit_type_at_plan' | 'unit_type_change'>, lang: Lang): string | null {
  if (c.unit_type_now === c.unit_type_at_plan && c.unit_type_change === '') return null;
  // communes.csv writes the change in Vietnamese only: other languages get it read from that text.
  if (lang === SOURCE_LANG) return c.unit_type_change || null;
  const date = /(\d{1,2}\/\d{1,2}\/\d{4})/.exec(c.unit_type_change)?.[1];
  const act = /(?:Nghị quyết|Quyết định) số ([^\s,;.]+)/.exec(c.unit_type_change);
  const kind = act?.[0].startsWith('Quyết') ? 'Decision' : 'Resolution';
  return (
    `became a ${UNIT_TYPE[c.unit_type_now].en} (${c.unit_type_now})` + (date ? ` on ${date}` : '') + (act ? ` under ${kind} ${act[1]}` : '')
  );
}

/** "Kế hoạch số 68/KH-UBND, ngày ../02/2026 (ngày không đọc được trong bản OCR)". */
export function planLabel(ds: Dataset, communeId: string, lang: Lang): string {
  const c = communeById(ds, communeId);
  const n = planNumberReading(c, lang);
  const d = planDateReading(c, lang);
  const number = n.note ? `${n.asWritten} (${n.note})` : n.asWritten;
  const date = d.note ? `${d.asWritten} (${d.note.charAt(0).toLowerCase()}${d.note.slice(1)})` : d.asWritten;
  return fill(SPF.planLabel[lang], { number, date });
}

/** "2026 (22 chỉ tiêu)" or "2030 (15 chỉ tiêu), 2045 (2 chỉ tiêu)": the years the targets are for. */
export function horizonText(ds: Dataset, communeId: string, lang: Lang): string {
  const c = communeById(ds, communeId);
  const rows = targetsOf(ds, communeId);
  return c.horizon_years
    .map((y) => {
      const n = rows.filter((t) => t.targetYear === y).length;
      return `${y} (${countTargets(n, lang)})`;
    })
    .join(', ');
}
