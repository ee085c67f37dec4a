import { inLang } from './i18n.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { Comparator, ComparatorSource } from '../harmonize/parse-target.ts';
import type { UnitKind } from '../validate/rule-schemas.ts';
import type { Standing } from '../compare/commune-profile.ts';
import type { Indicator } from '../validate/rule-schemas.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Match } from '../validate/rule-schemas.ts';
import type { Bilingual, Lang } from './i18n.ts';

/** Display helpers shared by pages, charts, embeds and search. Pure; no Astro. */

/** Vietnamese writes decimals with a comma ("0,8"), English with a point. */
export function formatNumber(n: number, lang: Lang): string {
  const s = String(n);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

const SYMBOL: Record<Comparator, string> = { '>=': '≥', '>': '>', '=': '=', '<=': '≤', '<': '<', between: '', yes: '', text: '' };

/** The normalized target, e.g. "≥ 60%", "> 90%", "15–17%", "≥ 1", "Có" / "Yes". */
export function formatTarget(t: Pick<HarmonizedTarget, 'comparator' | 'value' | 'valueMax' | 'unit'>, lang: Lang): string {
  const suffix = t.unit === 'percent' ? '%' : '';
  if (t.comparator === 'yes') return lang === 'vi' ? 'Có' : 'Yes';
  if (t.comparator === 'text' || t.value === null) return lang === 'vi' ? 'Định tính' : 'Qualitative';
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
  const blank = c?.plan_number.startsWith('/') ? (lang === 'vi' ? ' (số để trống)' : ' (number left blank)') : '';
  const plan = c ? `${lang === 'vi' ? 'Kế hoạch' : 'Plan'} ${c.plan_number}${blank}` : '';
  const item = t.item.startsWith('-')
    ? lang === 'vi'
      ? `gạch đầu dòng ${t.item.slice(1)}`
      : `bullet ${t.item.slice(1)}`
    : lang === 'vi'
      ? `STT ${t.item}`
      : `row ${t.item}`;
  return `${plan}, ${lang === 'vi' ? 'mục' : 'section'} ${t.section}, ${item}`;
}
