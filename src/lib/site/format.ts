import { inLang, strings } from './i18n.ts';
import { fill } from './fill.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { Comparator, ComparatorSource } from '../harmonize/parse-target.ts';
import type { UnitKind } from '../validate/rule-schemas.ts';
import type { Standing } from '../compare/commune-profile.ts';
import type { Indicator } from '../validate/rule-schemas.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Match } from '../validate/rule-schemas.ts';
import type { Bilingual, Lang } from './i18n.ts';

/** Display helpers shared by pages, charts, embeds and search. Pure; no Astro. */

/** The words of the formats below, in each language. */
const SF = strings({
  /** Vietnamese writes decimals with a comma ("0,8"), English with a point. */
  decimal: { vi: ',', en: '.' },
  yes: { vi: 'Có', en: 'Yes' },
  qualitative: { vi: 'Định tính', en: 'Qualitative' },
  plan: { vi: 'Kế hoạch {number}', en: 'Plan {number}' },
  blankNumber: { vi: ' (số để trống)', en: ' (number left blank)' },
  bullet: { vi: 'gạch đầu dòng {n}', en: 'bullet {n}' },
  row: { vi: 'STT {n}', en: 'row {n}' },
  where: { vi: '{plan}, mục {section}, {item}', en: '{plan}, section {section}, {item}' },
});

/** The decimal mark of each language (formatNumber, and sizes on the downloads page). */
export const DECIMAL_MARK: Record<Lang, string> = SF.decimal;

/** A figure as the language writes it: "0,8" / "0.8" (no grouping: the plans' figures are small). */
export function formatNumber(n: number, lang: Lang): string {
  return String(n).replace('.', SF.decimal[lang]);
}

const SYMBOL: Record<Comparator, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<', between: '', yes: '', text: '' };

/** The normalized target, e.g. "≥ 60%", "> 90%", "15–17%", "≥ 1", "Có" / "Yes". */
export function formatTarget(t: Pick<HarmonizedTarget, 'comparator' | 'value' | 'valueMax' | 'unit'>, lang: Lang): string {
  const suffix = t.unit === 'percent' ? '%' : '';
  if (t.comparator === 'yes') return SF.yes[lang];
  if (t.comparator === 'text' || t.value === null) return SF.qualitative[lang];
  if (t.comparator === 'between') return `${formatNumber(t.value, lang)}–${formatNumber(t.valueMax ?? t.value, lang)}${suffix}`;
  return `${SYMBOL[t.comparator]} ${formatNumber(t.value, lang)}${suffix}`;
}

export const SOURCE_LABEL: Record<ComparatorSource, Bilingual> = {
  symbol: { vi: 'dấu ghi trong văn bản', en: 'symbol in the plan' },
  word: { vi: 'từ ngữ trong văn bản (“trên”, “tối thiểu”…)', en: 'word in the plan (“trên”, “tối thiểu”…)' },
  'ocr-symbol': { vi: 'dấu “>” của bản OCR, đọc là ≥ theo quy tắc OCR', en: 'OCR “>” read as ≥ under the OCR rule' },
  implied: { vi: 'số không kèm dấu, hiểu là mức tối thiểu', en: 'bare figure, read as a minimum' },
  none: { vi: 'không có dấu so sánh', en: 'no comparator' },
};

export const MATCH_LABEL: Record<Match, Bilingual> = {
  same: { vi: 'cùng thước đo', en: 'same measure' },
  comparable: { vi: 'so sánh được (khác phạm vi)', en: 'comparable (different scope)' },
  related: { vi: 'liên quan (không xếp hạng)', en: 'related (not ranked)' },
  unmapped: { vi: 'chưa ghép', en: 'unmapped' },
};

export const UNIT_LABEL: Record<UnitKind, Bilingual> = {
  percent: { vi: 'phần trăm', en: 'percent' },
  count: { vi: 'số lượng', en: 'count' },
  index: { vi: 'chỉ số (0–1)', en: 'index (0–1)' },
  boolean: { vi: 'có/không', en: 'yes/no' },
  text: { vi: 'định tính', en: 'qualitative' },
};

/** Standing labels with a shape cue, so the meaning never rests on colour alone. */
export const STANDING: Record<Standing, { label: Bilingual; shape: string; css: string }> = {
  above: { label: { vi: 'cao hơn các xã khác', en: 'above the others' }, shape: '▲', css: 'more' },
  below: { label: { vi: 'thấp hơn các xã khác', en: 'below the others' }, shape: '▼', css: 'less' },
  equal: { label: { vi: 'bằng các xã khác', en: 'equal to the others' }, shape: '=', css: 'same' },
  between: { label: { vi: 'ở giữa', en: 'in between' }, shape: '◆', css: 'mid' },
  only: { label: { vi: 'chỉ xã này đặt', en: 'only this commune' }, shape: '●', css: 'only' },
  unranked: { label: { vi: 'không xếp hạng', en: 'not ranked' }, shape: '○', css: 'unranked' },
};

export function communeName(ds: Pick<Dataset, 'communeById'>, id: string): string {
  return ds.communeById.get(id)?.name ?? id;
}

const indicatorsById = new WeakMap<object, Map<string, Indicator>>();

/** An indicator's name in a language, or its id when the catalogue lacks it (a map per catalogue, not a scan per call). */
export function indicatorName(ds: Pick<Dataset, 'rules'>, id: string, lang: Lang): string {
  let byId = indicatorsById.get(ds.rules.indicators);
  if (!byId) indicatorsById.set(ds.rules.indicators, (byId = new Map(ds.rules.indicators.map((i) => [i.id, i]))));
  const i = byId.get(id);
  return i ? inLang(i, 'name', lang) : id;
}

export function unitNames(ds: Dataset, ids: string[], lang: Lang): string[] {
  return ids.map((id) => {
    const u = ds.rules.units.find((x) => x.id === id);
    return u ? inLang(u, 'name', lang) : id;
  });
}

/** "Kế hoạch 57/KH-UBND, mục II.2, STT 1" — where in the plan a target stands. */
export function planCitation(ds: Dataset, t: Pick<HarmonizedTarget, 'communeId' | 'section' | 'item'>, lang: Lang): string {
  const c = ds.communeById.get(t.communeId);
  // Phước An's plan leaves its number blank ("Số: /KH-UBND"): kept as written, and said so.
  const blank = c?.plan_number.startsWith('/') ? SF.blankNumber[lang] : '';
  const plan = c ? fill(SF.plan[lang], { number: c.plan_number }) + blank : '';
  const item = t.item.startsWith('-') ? fill(SF.bullet[lang], { n: t.item.slice(1) }) : fill(SF.row[lang], { n: t.item });
  return fill(SF.where[lang], { plan, section: t.section, item });
}
