import type { IndicatorComparison, RankGroup } from '../compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { communeName, formatNumber, formatTarget, UNIT_LABEL } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../validate/check-dataset.ts';
import type { Indicator, NationalReference, Pillar } from '../validate/rule-schemas.ts';

export interface IndicatorView {
  indicator: Indicator;
  pillar: Pillar | undefined;
  comparison: IndicatorComparison;
  rows: HarmonizedTarget[];
  /** Sentences on who is most and least ambitious, one per rank group. */
  ranking: string[];
  /** Plain-words notes on comparability (years, > vs ≥, scope, OCR, implied, related). */
  notes: string[];
  missing: string[];
  references: NationalReference[];
  mainYear: number;
}

const list = (names: string[], lang: Lang) =>
  names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${names[names.length - 1]}`;

export function indicatorView(ds: Dataset, id: string, lang: Lang): IndicatorView {
  const indicator = ds.rules.indicators.find((i) => i.id === id);
  const comparison = ds.comparisons.find((c) => c.indicatorId === id);
  if (!indicator || !comparison) throw new Error(`unknown indicator ${id}`);
  const name = (c: string) => communeName(ds, c);
  const years = comparison.rows.map((r) => r.targetYear);
  const mainYear = mode(years) ?? ds.raw.communes[0]?.horizon_years[0] ?? 2026;

  const ranking = comparison.groups.map((g) => groupSentence(g, comparison, lang, name));
  const notes: string[] = [];
  if (comparison.flags.yearsDiffer) {
    notes.push(
      lang === 'vi'
        ? `Các chỉ tiêu đặt cho những năm khác nhau (${[...new Set(years)].sort().join(', ')}): mỗi năm được so sánh riêng, không xếp hạng chung.`
        : `Targets are set for different years (${[...new Set(years)].sort().join(', ')}): each year is compared separately, never ranked together.`,
    );
  }
  if (comparison.groups.some((g) => g.flags.strictAndInclusive)) {
    notes.push(
      lang === 'vi'
        ? 'Có xã ghi “trên” (lớn hơn hẳn, >) và có xã ghi “tối thiểu” (≥): cùng con số thì “trên” đòi hỏi cao hơn một chút.'
        : 'Some communes write “above” (strictly >) and others “at least” (≥): at the same figure, “above” asks slightly more.',
    );
  }
  for (const r of comparison.rows.filter((x) => x.match !== 'same')) {
    notes.push(`${name(r.communeId)}: ${lang === 'vi' ? r.matchNoteVi : r.matchNoteEn}`);
  }
  const ocr = comparison.rows.filter((r) => r.comparatorSource === 'ocr-symbol');
  if (ocr.length > 0) {
    notes.push(
      lang === 'vi'
        ? `${list([...new Set(ocr.map((r) => name(r.communeId)))], lang)}: văn bản là bản OCR, dấu “>” được đọc là “≥” theo quy tắc OCR (xem Phương pháp).`
        : `${list([...new Set(ocr.map((r) => name(r.communeId)))], lang)}: the text is an OCR copy; its “>” is read as “≥” under the OCR rule (see Methodology).`,
    );
  }
  const implied = comparison.rows.filter((r) => r.comparatorSource === 'implied');
  if (implied.length > 0) {
    notes.push(
      lang === 'vi'
        ? `${list([...new Set(implied.map((r) => name(r.communeId)))], lang)}: ghi con số không kèm dấu so sánh; được hiểu là mức tối thiểu cần đạt.`
        : `${list([...new Set(implied.map((r) => name(r.communeId)))], lang)}: the figure has no comparator; it is read as a minimum to reach.`,
    );
  }
  return {
    indicator,
    pillar: ds.rules.pillars.find((p) => p.id === indicator.pillar),
    comparison,
    rows: comparison.rows,
    ranking,
    notes,
    missing: comparison.communesWithout.map(name),
    references: ds.rules.references.filter((r) => r.indicator_id === id),
    mainYear,
  };
}

function groupSentence(g: RankGroup, c: IndicatorComparison, lang: Lang, name: (id: string) => string): string {
  const fig = (communeId: string) => {
    const row = c.rows.find((r) => r.communeId === communeId && g.entries.some((e) => e.targetId === r.targetId));
    return row ? formatTarget(row, lang) : '';
  };
  const head = lang === 'vi' ? `Năm ${g.targetYear} (${UNIT_LABEL[g.unit].vi})` : `${g.targetYear} (${UNIT_LABEL[g.unit].en})`;
  const communes = [...new Set(g.entries.map((e) => e.communeId))];
  if (communes.length === 1) {
    return lang === 'vi'
      ? `${head}: chỉ ${name(communes[0]!)} đặt chỉ tiêu (${fig(communes[0]!)}).`
      : `${head}: only ${name(communes[0]!)} sets a target (${fig(communes[0]!)}).`;
  }
  if (g.most.length === 0) {
    return lang === 'vi'
      ? `${head}: ${list(communes.map(name), lang)} đặt mức như nhau (${fig(communes[0]!)}).`
      : `${head}: ${list(communes.map(name), lang)} set the same level (${fig(communes[0]!)}).`;
  }
  const most = `${list(g.most.map(name), lang)} (${fig(g.most[0]!)})`;
  const least = `${list(g.least.map(name), lang)} (${fig(g.least[0]!)})`;
  const spread =
    g.spread !== null
      ? `${formatNumber(g.spread, lang)}${g.unit === 'percent' ? (lang === 'vi' ? ' điểm phần trăm' : ' percentage points') : ''}`
      : '';
  return lang === 'vi'
    ? `${head}: cao nhất là ${most}; thấp nhất là ${least}; chênh lệch ${spread}.`
    : `${head}: most ambitious ${most}; least ambitious ${least}; spread ${spread}.`;
}

function mode(xs: number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
}
