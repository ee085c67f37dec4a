import type { IndicatorComparison, RankGroup } from '../compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { communeName, formatNumber, formatTarget, indicatorName } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import { fill, SH } from '../site/strings-matrix.ts';
import type { Dataset } from '../validate/check-dataset.ts';
import { communeTitle, listWords, planDateReading, planNumberReading, UNIT_TYPE, unitTypeChange, type FactReading } from './commune.ts';
import { mainTargetYear } from './matrix.ts';

/**
 * View model of the home page: the four plans as written, and the headlines — what stands out
 * when the plans are put side by side — computed from ds.comparisons, never written by hand.
 */

// ---------------------------------------------------------------------------------------------
// The plans

export interface PlanFacts {
  id: string;
  name: string;
  /** "Phường Nhơn Trạch" / "Nhơn Trạch ward": the unit as it is now. */
  title: string;
  province: string;
  unitNow: string;
  /** How the unit type changed since the plan ("Trở thành phường từ ngày 30/4/2026 …"), or null. */
  unitChange: string | null;
  number: FactReading;
  date: FactReading;
  /** "68/KH-UBND, ngày ../02/2026 (ngày không đọc được trong bản OCR)": number and date as written, gaps said. */
  planText: string;
  years: number[];
  targets: number;
}

const lower = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/**
 * A figure inside a sentence: "≥\u00a060%" (a no-break space keeps the sign with its number)
 * and "định tính" / "có" in lower case.
 */
export function inlineFigure(t: Pick<HarmonizedTarget, 'comparator' | 'value' | 'valueMax' | 'unit'>, lang: Lang): string {
  const f = formatTarget(t, lang).replace(/^([≥≤<>=]) /, '$1\u00a0');
  return t.comparator === 'text' || t.comparator === 'yes' ? lower(f) : f;
}

export function planText(number: FactReading, date: FactReading, lang: Lang): string {
  const n = number.note ? `${number.asWritten} (${lower(number.note)})` : number.asWritten;
  const d = date.note ? `${date.asWritten} (${lower(date.note)})` : date.asWritten;
  return `${n}, ${SH.date[lang]} ${d}`;
}

export function planFacts(ds: Dataset, lang: Lang): PlanFacts[] {
  return ds.raw.communes.map((c) => {
    const number = planNumberReading(c, lang);
    const date = planDateReading(c, lang);
    return {
      id: c.id,
      name: c.name,
      title: communeTitle(c, lang),
      province: c.province,
      unitNow: UNIT_TYPE[c.unit_type_now][lang],
      unitChange: unitTypeChange(c, lang),
      number,
      date,
      planText: planText(number, date, lang),
      years: c.horizon_years,
      targets: ds.raw.targets.filter((t) => t.commune_id === c.id).length,
    };
  });
}

/** "4 kế hoạch · 103 chỉ tiêu chép nguyên văn · 51 chỉ tiêu trong danh mục chung · 83 nhiệm vụ". */
export function statsLine(ds: Dataset, lang: Lang): string {
  return fill(SH.stats[lang], {
    plans: ds.raw.communes.length,
    targets: ds.raw.targets.length,
    indicators: ds.rules.indicators.length,
    tasks: ds.raw.tasks.length,
  });
}

// ---------------------------------------------------------------------------------------------
// Headlines

export interface Headline {
  indicatorId: string;
  /** The indicator's name: the link text. */
  name: string;
  /** What follows the name: who asks what. */
  detail: string;
}

export interface AmbitionHeadline extends Headline {
  spread: number;
  year: number;
  /** The spread as a share of the unit's scale (percentage points / 100): the sort key. */
  score: number;
  communes: number;
}

/** A group's communes from most to least ambitious: one level per rank, with its figure. */
export function levels(g: RankGroup, rows: HarmonizedTarget[], lang: Lang): { communes: string[]; figure: string }[] {
  const out: { rank: number; communes: string[]; figure: string }[] = [];
  for (const e of [...g.entries].sort((a, b) => a.rank - b.rank)) {
    const level = out.find((l) => l.rank === e.rank);
    if (level) {
      if (!level.communes.includes(e.communeId)) level.communes.push(e.communeId);
      continue;
    }
    const row = rows.find((r) => r.targetId === e.targetId);
    out.push({ rank: e.rank, communes: [e.communeId], figure: row ? inlineFigure(row, lang) : formatNumber(e.value, lang) });
  }
  return out.map(({ communes, figure }) => ({ communes, figure }));
}

const UNIT_WORDS: Partial<Record<RankGroup['unit'], { vi: string; en: [string, string] }>> = {
  percent: { vi: 'điểm phần trăm', en: ['percentage point', 'percentage points'] },
};

/** "chênh 5 điểm phần trăm" / "5 percentage points apart". */
function spreadWords(g: RankGroup, lang: Lang): string {
  const n = formatNumber(g.spread ?? 0, lang);
  const words = UNIT_WORDS[g.unit];
  if (lang === 'vi') return `chênh ${n}${words ? ` ${words.vi}` : ''}`;
  return `${n}${words ? ` ${words.en[g.spread === 1 ? 0 : 1]}` : ''} apart`;
}

/**
 * One rank group in a sentence: "Xuân Thành đặt ≥ 65%, Nhơn Trạch và Phước An đặt ≥ 60%
 * (chênh 5 điểm phần trăm, năm 2026)" / "Xuân Thành aims for ≥ 65%, Nhơn Trạch and Phước An
 * for ≥ 60% (5 percentage points apart, 2026)".
 */
export function ambitionDetail(ds: Dataset, g: RankGroup, rows: HarmonizedTarget[], lang: Lang): string {
  const parts = levels(g, rows, lang).map((l, i) => {
    const names = listWords(
      l.communes.map((id) => communeName(ds, id)),
      lang,
    );
    if (lang === 'vi') return `${names} đặt ${l.figure}`;
    return i === 0 ? `${names} ${l.communes.length > 1 ? 'aim' : 'aims'} for ${l.figure}` : `${names} for ${l.figure}`;
  });
  const scope = g.flags.scopesDiffer ? (lang === 'vi' ? '; phạm vi đo không hoàn toàn giống nhau' : '; the scopes differ slightly') : '';
  const year = lang === 'vi' ? `năm ${g.targetYear}` : String(g.targetYear);
  return `${parts.join(', ')} (${spreadWords(g, lang)}, ${year}${scope})`;
}

/** Spread on a common scale: percentage points / 100, an index as is, a count against its top figure. */
function score(g: RankGroup): number {
  const spread = g.spread ?? 0;
  if (g.unit === 'percent') return spread / 100;
  if (g.unit === 'count') return spread / Math.max(1, ...g.entries.map((e) => e.value));
  return spread;
}

/**
 * Every rank group where the communes ask different things, the largest difference first (on a
 * common scale, then the group with more communes, then catalogue order).
 */
export function ambitionHeadlines(ds: Dataset, lang: Lang): AmbitionHeadline[] {
  const order = new Map(ds.rules.indicators.map((i, n) => [i.id, n]));
  const out: (AmbitionHeadline & { order: number })[] = [];
  for (const c of ds.comparisons) {
    for (const g of c.groups) {
      if (g.spread === null || g.spread === 0) continue;
      out.push({
        indicatorId: c.indicatorId,
        name: indicatorName(ds, c.indicatorId, lang),
        detail: ambitionDetail(ds, g, c.rows, lang),
        spread: g.spread,
        year: g.targetYear,
        score: score(g),
        communes: new Set(g.entries.map((e) => e.communeId)).size,
        order: order.get(c.indicatorId) ?? 0,
      });
    }
  }
  return out.sort((a, b) => b.score - a.score || b.communes - a.communes || a.order - b.order).map(({ order: _order, ...h }) => h);
}

export interface OnlyOne {
  communeId: string;
  name: string;
  /** "Chỉ Phước An đặt 11 chỉ tiêu:" */
  lead: string;
  items: { indicatorId: string; name: string; figure: string }[];
}

const counted = (c: IndicatorComparison, communeId: string) =>
  c.rows.filter((r) => r.communeId === communeId && (r.match === 'same' || r.match === 'comparable'));

/** The indicators only one commune set (same/comparable), per commune, in catalogue order. */
export function onlyOneHeadlines(ds: Dataset, lang: Lang): OnlyOne[] {
  const mainYear = mainTargetYear(ds.targets);
  const figure = (r: HarmonizedTarget) =>
    `${inlineFigure(r, lang)}${r.targetYear !== mainYear ? (lang === 'vi' ? `, năm ${r.targetYear}` : `, for ${r.targetYear}`) : ''}`;
  return ds.raw.communes
    .map((commune) => {
      const items = ds.comparisons
        .filter((c) => c.communesWithTarget.length === 1 && c.communesWithTarget[0] === commune.id)
        .map((c) => ({
          indicatorId: c.indicatorId,
          name: indicatorName(ds, c.indicatorId, lang),
          figure: counted(c, commune.id).map(figure).join('; '),
        }));
      const template = items.length === 1 ? SH.onlyOneLineOne : SH.onlyOneLine;
      return { communeId: commune.id, name: commune.name, lead: fill(template[lang], { name: commune.name, n: items.length }), items };
    })
    .filter((o) => o.items.length > 0);
}

export interface YearHeadlines {
  /** Which commune sets its targets for which year; null when all plans share one year. */
  summary: string | null;
  /** Indicators set for different years by different communes: never ranked together. */
  items: Headline[];
}

/**
 * The plans' target years: "Nghĩa Đàn đặt chỉ tiêu cho năm 2030; Nhơn Trạch, Xuân Thành và
 * Phước An cho năm 2026. …", and each indicator whose targets carry more than one year.
 */
export function yearHeadlines(ds: Dataset, lang: Lang): YearHeadlines {
  const byYear = new Map<number, string[]>();
  for (const c of ds.raw.communes) {
    const y = mainTargetYear(
      ds.targets.filter((t) => t.communeId === c.id),
      c.plan_year,
    );
    byYear.set(y, [...(byYear.get(y) ?? []), c.name]);
  }
  const items: Headline[] = ds.comparisons
    .map((c) => {
      const rows = c.rows.filter((r) => r.match === 'same' || r.match === 'comparable');
      const years = [...new Set(rows.map((r) => r.targetYear))].sort((a, b) => a - b);
      if (years.length < 2) return null;
      const detail = years
        .map((y) => {
          const at = rows
            .filter((r) => r.targetYear === y)
            .map((r) => `${communeName(ds, r.communeId)} ${inlineFigure(r, lang)}`)
            .join(', ');
          return `${at} (${lang === 'vi' ? 'năm ' : ''}${y})`;
        })
        .join('; ');
      return { indicatorId: c.indicatorId, name: indicatorName(ds, c.indicatorId, lang), detail };
    })
    .filter((h): h is Headline => h !== null);

  if (byYear.size < 2) return { summary: null, items };
  const groups = [...byYear.entries()].sort((a, b) => a[1].length - b[1].length || a[0] - b[0]);
  const said = groups.map(([y, names], i) => {
    const who = listWords(names, lang);
    if (lang === 'vi') return i === 0 ? `${who} đặt chỉ tiêu cho năm ${y}` : `${who} cho năm ${y}`;
    return i === 0 ? `${who} ${names.length > 1 ? 'set their' : 'sets its'} targets for ${y}` : `${who} for ${y}`;
  });
  const tail =
    lang === 'vi'
      ? `Chỉ tiêu của các năm khác nhau không được xếp hạng chung; ${items.length} chỉ tiêu có mốc năm khác nhau giữa các xã:`
      : `Targets for different years are never ranked together; ${items.length} indicators carry different years:`;
  return { summary: `${said.join('; ')}. ${tail}`, items };
}
