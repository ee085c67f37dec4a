import { SHL } from '../site/strings-home.ts';
import { SIS } from '../site/strings-indicator-sentences.ts';
import { plural } from '../site/i18n.ts';
import { UNIT_TYPE, communeTitle, countCommunes, listWords, namesCapped } from '../site/words.ts';
import { fill } from '../site/fill.ts';
import type { IndicatorComparison, RankGroup } from '../compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { formatNumber, formatTarget, indicatorName } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import { SH } from '../site/strings-matrix.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { planDateReading, planNumberReading, unitTypeChange, type FactReading } from './plan-facts.ts';
import { mainYearOf } from '../compare/main-year.ts';
import { isScoped, provincesOf } from '../dataset/scope.ts';

/**
 * View model of the home page: the four plans as written, and the headlines — what stands out
 * when the plans are put side by side — computed from ds.comparisons, never written by hand.
 *
 * Past MAX_COLUMNS communes (isScoped) the page must not grow with the number of plans: the
 * plans are listed by province (counts and a link), and headlines name a few communes and count
 * the rest. Every function here makes one pass over the targets (ds.targetsByCommune),
 * never one scan per commune: 3,321 plans × 130,000 targets would be 430 million steps.
 */

/** How many rows of `rows` each key has: one pass. */
export function countBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const r of rows) out.set(key(r), (out.get(key(r)) ?? 0) + 1);
  return out;
}

/** Commune id → name, built once per dataset (communeName() scans the list on every call). */
const namesCache = new WeakMap<object, Map<string, string>>();
export function communeNames(ds: Pick<Dataset, 'raw'>): Map<string, string> {
  let names = namesCache.get(ds.raw);
  if (!names) namesCache.set(ds.raw, (names = new Map(ds.raw.communes.map((c) => [c.id, c.name]))));
  return names;
}

/** Names a scoped headline gives per level before counting the rest. */
const NAMES_PER_LEVEL = 3;

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
  const targets = countBy(ds.raw.targets, (t) => t.commune_id);
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
      targets: targets.get(c.id) ?? 0,
    };
  });
}

export interface ProvincePlans {
  slug: string;
  name: string;
  plans: number;
  targets: number;
  tasks: number;
  /** Plans whose text is an OCR reading (their figures may carry OCR symbols). */
  ocr: number;
  /** The years the plans' targets are for, with how many plans set each: [[2026, 80], [2030, 15]]. */
  years: [number, number][];
}

/**
 * The plans by province, for the home page past MAX_COLUMNS communes: one row per province
 * (34 at most), however many plans it has. Counts come from one pass over targets and tasks.
 */
export function provincePlans(ds: Dataset): ProvincePlans[] {
  const targets = countBy(ds.raw.targets, (t) => t.commune_id);
  const tasks = countBy(ds.raw.tasks, (t) => t.commune_id);
  const communes = new Map(ds.raw.communes.map((c) => [c.id, c]));
  return provincesOf(ds).map((p) => {
    const years = new Map<number, number>();
    let ocr = 0;
    for (const id of p.communeIds) {
      const c = communes.get(id)!;
      if (c.text_quality === 'ocr') ocr++;
      const y = mainYearOf(ds.targetsByCommune.get(id) ?? [], c.plan_year);
      years.set(y, (years.get(y) ?? 0) + 1);
    }
    const sum = (m: Map<string, number>) => p.communeIds.reduce((n, id) => n + (m.get(id) ?? 0), 0);
    return {
      slug: p.slug,
      name: p.name,
      plans: p.communeIds.length,
      targets: sum(targets),
      tasks: sum(tasks),
      ocr,
      years: [...years.entries()].sort((a, b) => a[0] - b[0]),
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
  const byRank = new Map<number, { communes: Set<string>; figure: string }>();
  const byTarget = new Map(rows.map((r) => [r.targetId, r]));
  for (const e of [...g.entries].sort((a, b) => a.rank - b.rank)) {
    const level = byRank.get(e.rank);
    if (level) {
      level.communes.add(e.communeId);
      continue;
    }
    const row = byTarget.get(e.targetId);
    byRank.set(e.rank, { communes: new Set([e.communeId]), figure: row ? inlineFigure(row, lang) : formatNumber(e.value, lang) });
  }
  return [...byRank.values()].map(({ communes, figure }) => ({ communes: [...communes], figure }));
}

/** "chênh 5 điểm phần trăm" / "5 percentage points apart". */
function spreadWords(g: RankGroup, lang: Lang): string {
  const spread = g.spread ?? 0;
  const amount = g.unit === 'percent' ? plural(SIS.points, spread, lang, formatNumber(spread, lang)) : formatNumber(spread, lang);
  return fill(SHL.apart[lang], { amount });
}

/**
 * One rank group in a sentence: "Xuân Thành đặt ≥ 65%, Nhơn Trạch và Phước An đặt ≥ 60%
 * (chênh 5 điểm phần trăm, năm 2026)" / "Xuân Thành aims for ≥ 65%, Nhơn Trạch and Phước An
 * for ≥ 60% (5 percentage points apart, 2026)".
 *
 * Scoped (hundreds of communes in a group): the highest and the lowest level only, each naming
 * NAMES_PER_LEVEL communes and counting the others, and the group's size — "A, B, C và 9 xã
 * khác đặt ≥ 95%, …, D và 4 xã khác đặt ≥ 50% (chênh 45 điểm phần trăm, năm 2026; 240 xã, 12
 * mức)". The indicator's page, one click away, has every commune.
 */
export function ambitionDetail(ds: Dataset, g: RankGroup, rows: HarmonizedTarget[], lang: Lang): string {
  const names = communeNames(ds);
  const scoped = isScoped(ds);
  const all = levels(g, rows, lang);
  const shown = scoped && all.length > 2 ? [all[0]!, all[all.length - 1]!] : all;
  const parts = shown.map((l, i) => {
    const ids = l.communes.map((id) => names.get(id) ?? id);
    const who = scoped ? namesCapped(ids, lang, NAMES_PER_LEVEL) : listWords(ids, lang);
    return fill((i === 0 ? SHL.levelFirst : SHL.level)[lang], { who, figure: l.figure, aim: plural(SHL.aim, l.communes.length, lang) });
  });
  const scope = g.flags.scopesDiffer ? SHL.scopesDiffer[lang] : '';
  const year = fill(SHL.year[lang], { year: g.targetYear });
  const size = scoped
    ? fill(SHL.size[lang], {
        communes: countCommunes(new Set(g.entries.map((e) => e.communeId)).size, lang),
        levels: plural(SHL.levels, all.length, lang),
      })
    : '';
  const joined = shown.length < all.length ? `${parts[0]}, …, ${parts[1]}` : parts.join(', ');
  return `${joined} (${spreadWords(g, lang)}, ${year}${scope}${size})`;
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
  const mainYear = mainYearOf(ds.targets);
  const figure = (r: HarmonizedTarget) =>
    `${inlineFigure(r, lang)}${r.targetYear !== mainYear ? fill(SHL.forYear[lang], { year: r.targetYear }) : ''}`;
  // One pass over the comparisons (a few dozen), then the communes that have any: never a scan
  // of the comparisons per commune.
  const only = new Map<string, IndicatorComparison[]>();
  for (const c of ds.comparisons) {
    if (c.communesWithTarget.length !== 1) continue;
    const id = c.communesWithTarget[0]!;
    only.set(id, [...(only.get(id) ?? []), c]);
  }
  return ds.raw.communes
    .filter((commune) => only.has(commune.id))
    .map((commune) => {
      const items = only.get(commune.id)!.map((c) => ({
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
  const scoped = isScoped(ds);
  const names = communeNames(ds);
  const byYear = new Map<number, string[]>();
  for (const c of ds.raw.communes) {
    const y = mainYearOf(ds.targetsByCommune.get(c.id) ?? [], c.plan_year);
    const list = byYear.get(y);
    if (list) list.push(c.name);
    else byYear.set(y, [c.name]);
  }
  const items: Headline[] = ds.comparisons
    .map((c) => {
      const rows = c.rows.filter((r) => r.match === 'same' || r.match === 'comparable');
      const years = [...new Set(rows.map((r) => r.targetYear))].sort((a, b) => a - b);
      if (years.length < 2) return null;
      const detail = years
        .map((y) => {
          const here = rows.filter((r) => r.targetYear === y);
          // Scoped: how many communes per year; the indicator's page lists them.
          const at = scoped
            ? countCommunes(new Set(here.map((r) => r.communeId)).size, lang)
            : here.map((r) => `${names.get(r.communeId) ?? r.communeId} ${inlineFigure(r, lang)}`).join(', ');
          return `${at} (${fill(SHL.year[lang], { year: y })})`;
        })
        .join('; ');
      return { indicatorId: c.indicatorId, name: indicatorName(ds, c.indicatorId, lang), detail };
    })
    .filter((h): h is Headline => h !== null);

  if (byYear.size < 2) return { summary: null, items };
  const groups = [...byYear.entries()].sort((a, b) => a[1].length - b[1].length || a[0] - b[0]);
  const said = groups.map(([y, plans], i) => {
    const who = scoped ? countCommunes(plans.length, lang) : listWords(plans, lang);
    return fill((i === 0 ? SHL.yearFirst : SHL.yearNext)[lang], { who, year: y, sets: plural(SHL.sets, plans.length, lang) });
  });
  const tail = fill(SHL.yearsTail[lang], { indicators: plural(SHL.indicators, items.length, lang) });
  return { summary: `${said.join('; ')}. ${tail}`, items };
}
