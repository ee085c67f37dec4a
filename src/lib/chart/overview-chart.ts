import * as Plot from '@observablehq/plot';
import * as d3 from 'd3';
import { parseHTML } from 'linkedom';
import { formatNumber } from '../site/format.ts';
import { plural, type Lang } from '../site/i18n.ts';
import { fill } from '../site/fill.ts';
import { SO } from '../site/strings-overview.ts';
import type { OverviewRow, OverviewView } from '../view/overview.ts';
import { plotWarning } from './plot-warning.ts';
import { accessibleSvg } from './svg-a11y.ts';
import { scaleFor } from './target-chart-model.ts';
import { wrapText } from './wrap-text.ts';

/**
 * The home page's overview: one row per indicator (src/lib/view/overview.ts), each commune's
 * target on one percent scale, drawn at build time with Plot into linkedom (no script; it shows
 * with JavaScript off and in print).
 *
 * Encoding, so that nothing rests on colour alone:
 * - each commune has a shape (COMMUNE_SYMBOLS, named in the legend beside the chart) and a lane
 *   of its own within every row, so that two communes at the same figure never hide each other
 *   and one commune can be followed down the chart at the same height;
 * - past a dozen communes (view.scoped) a row is a box plot instead: a line from the lowest to
 *   the highest target, a box over the middle half, a bold tick at the median;
 * - each national goal of the row's year is a small dashed tick across its strip.
 *
 * Two layouts of the same rows: `narrow` (360 wide, the indicator's name above its strip, the
 * strip the full width: a 360 px phone) and `wide` (760 wide, names in a column on the left:
 * screens and A4 print). The page shows one of them by CSS. Each row links to its indicator's
 * page, but not from inside the SVG: a link inside role="img" is hidden from screen readers yet
 * focusable (axe: nested-interactive). The page lays a real HTML link over each row instead, at
 * the row's box (`OverviewChartRow.y1`/`y2`, as a share of the height), named by the indicator.
 */

export type OverviewLayout = 'narrow' | 'wide';

/** A commune's mark: a Plot/d3 symbol, filled or hollow. Twelve, for the twelve columns a page shows at most. */
export interface CommuneSymbol {
  symbol: 'circle' | 'square' | 'triangle' | 'diamond' | 'star' | 'cross' | 'wye' | 'times' | 'plus';
  filled: boolean;
}

export const COMMUNE_SYMBOLS: readonly CommuneSymbol[] = [
  { symbol: 'circle', filled: true },
  { symbol: 'square', filled: true },
  { symbol: 'triangle', filled: true },
  { symbol: 'diamond', filled: true },
  { symbol: 'circle', filled: false },
  { symbol: 'square', filled: false },
  { symbol: 'triangle', filled: false },
  { symbol: 'diamond', filled: false },
  { symbol: 'star', filled: true },
  { symbol: 'cross', filled: true },
  { symbol: 'times', filled: false },
  { symbol: 'plus', filled: false },
];

/** Geometry, in px of the viewBox. */
export const OVERVIEW_LAYOUT = {
  narrow: { width: 360, nameX: 6, nameWidth: 346, x0: 14, x1: 344 },
  wide: { width: 760, nameX: 6, nameWidth: 296, x0: 326, x1: 742 },
  fontSize: 13,
  lineHeight: 16,
  /** Height of one commune's lane within a strip. */
  lane: 6.5,
  stripPad: 4.5,
  /** Height of a scoped row's strip (the box plot). */
  summaryStrip: 20,
  rowGap: 10,
  /** Above the first row and below the last: the scale's labels. */
  axis: 20,
  dotRadius: 4.2,
  maxNameLines: 3,
} as const;

export interface OverviewMark {
  communeId: string;
  targetId: string;
  lane: number;
  x: number;
  y: number;
}

export interface OverviewChartRow {
  indicatorId: string;
  href: string;
  /** The name (and year, and count when scoped) cut into lines that fit. */
  lines: string[];
  /** Top of the name block. */
  nameY: number;
  stripTop: number;
  stripHeight: number;
  marks: OverviewMark[];
  /** The row's box, name and strip: where the page lays the row's link. */
  y1: number;
  y2: number;
  /** Scoped rows: the box plot, in px. */
  box: { min: number; q1: number; median: number; q3: number; max: number } | null;
  goals: { x: number; label: string }[];
}

export interface OverviewChartModel {
  layout: OverviewLayout;
  width: number;
  height: number;
  scoped: boolean;
  /** Pixel ends of the scale. */
  x0: number;
  x1: number;
  domain: [number, number];
  ticks: { x: number; label: string }[];
  /** Baselines of the scale's labels above the first row and below the last. */
  axisTop: number;
  axisBottom: number;
  rows: OverviewChartRow[];
  /** The lanes of a row, one per commune, in legend order (empty when scoped). */
  lanes: { communeId: string; name: string; mark: CommuneSymbol }[];
}

export interface OverviewChartOptions {
  layout: OverviewLayout;
  lang: Lang;
  /** The indicator's page (site/paths.ts pageHref). */
  hrefOf: (indicatorId: string) => string;
}

/** The words of a row's name: "Tỷ lệ phủ sóng 5G", with the year when it is not the main one and the count when scoped. */
export function rowLabel(row: OverviewRow, view: Pick<OverviewView, 'mainYear' | 'scoped'>, lang: Lang): string {
  const year = row.year !== view.mainYear ? ` (${fill(SO.year[lang], { year: row.year })})` : '';
  const count = view.scoped ? ` · ${plural(SO.communesN, row.communes, lang)}` : '';
  return `${row.name}${year}${count}`;
}

/** The chart as geometry: where every name, strip, mark and tick goes. Pure, no DOM. */
export function overviewChartModel(view: OverviewView, opts: OverviewChartOptions): OverviewChartModel {
  const L = OVERVIEW_LAYOUT;
  const geo = L[opts.layout];
  const lanes = view.communes.map((c, i) => ({ communeId: c.id, name: c.name, mark: COMMUNE_SYMBOLS[i % COMMUNE_SYMBOLS.length]! }));
  const laneOf = new Map(lanes.map((l, i) => [l.communeId, i]));
  const values = view.charted.flatMap((r) => [...r.entries.map((e) => e.value), ...r.goals.map((g) => g.value)]);
  const { domain, ticks } = scaleFor('percent', values);
  const px = (v: number) => geo.x0 + ((v - domain[0]) / (domain[1] - domain[0] || 1)) * (geo.x1 - geo.x0);
  const stripHeight = view.scoped ? L.summaryStrip : Math.max(1, lanes.length) * L.lane + 2 * L.stripPad;
  const maxEm = geo.nameWidth / L.fontSize;

  let y = L.axis;
  const rows = view.charted.map((row): OverviewChartRow => {
    const lines = wrapText(rowLabel(row, view, opts.lang), maxEm, L.maxNameLines);
    const nameHeight = lines.length * L.lineHeight;
    const top = y;
    // Narrow: the strip under the name. Wide: beside it, level with its first line.
    const stripTop = opts.layout === 'narrow' ? top + nameHeight + 2 : top + 1;
    const bottom = opts.layout === 'narrow' ? stripTop + stripHeight : top + Math.max(nameHeight, stripHeight + 1);
    y = bottom + L.rowGap;
    const marks = view.scoped
      ? []
      : row.entries.map((e) => {
          const lane = laneOf.get(e.communeId) ?? 0;
          return {
            communeId: e.communeId,
            targetId: e.targetId,
            lane,
            x: px(e.value),
            y: stripTop + L.stripPad + lane * L.lane + L.lane / 2,
          };
        });
    const s = row.stats;
    return {
      indicatorId: row.indicatorId,
      href: opts.hrefOf(row.indicatorId),
      lines,
      nameY: top,
      stripTop,
      stripHeight,
      marks,
      y1: top - L.rowGap / 2,
      y2: bottom + L.rowGap / 2,
      box: view.scoped ? { min: px(s.min), q1: px(s.q1), median: px(s.median), q3: px(s.q3), max: px(s.max) } : null,
      goals: row.goals.map((g) => ({ x: px(g.value), label: g.label })),
    };
  });
  const axisBottom = y - L.rowGap + L.axis - 6;
  return {
    layout: opts.layout,
    width: geo.width,
    height: axisBottom + 6,
    scoped: view.scoped,
    x0: geo.x0,
    x1: geo.x1,
    domain,
    ticks: ticks.map((t) => ({ x: px(t), label: `${formatNumber(t, opts.lang)}%` })),
    axisTop: L.axis - 7,
    axisBottom,
    rows,
    lanes,
  };
}

const figure = (v: number, lang: Lang) => `${formatNumber(v, lang)}%`;

/**
 * One row in words: "Tỷ lệ phủ sóng 5G: Xuân Thành ≥ 65%, …; chênh 5 điểm phần trăm; Quốc gia 2026: ≥ 70%
 * dân số". A row without a national goal of its year says nothing of one: the lead says where goals are drawn.
 */
export function describeRow(row: OverviewRow, view: Pick<OverviewView, 'mainYear' | 'scoped'>, lang: Lang): string {
  const who = view.scoped
    ? `${plural(SO.communesN, row.communes, lang)}, ${fill(SO.summarySpoken[lang], {
        min: figure(row.stats.min, lang),
        median: figure(row.stats.median, lang),
        max: figure(row.stats.max, lang),
      })}`
    : row.entries.map((e) => `${e.commune} ${e.figure}`).join(', ');
  const spread = row.spread === 0 ? SO.equalSpoken[lang] : fill(SO.spreadSpoken[lang], { value: formatNumber(row.spread, lang) });
  const goals = row.goals.map((g) => `; ${g.label}`).join('');
  return `${rowLabel(row, { ...view, scoped: false }, lang)}: ${who}; ${spread}${goals}`;
}

/** Words for the chart's <desc>: the scale, how many rows, then every row in order. */
export function describeOverview(view: OverviewView, model: Pick<OverviewChartModel, 'domain'>, lang: Lang): string {
  const scale = fill(SO.scale[lang], { from: formatNumber(model.domain[0], lang), to: formatNumber(model.domain[1], lang) });
  const count = view.scoped
    ? fill(SO.rowsSaidScoped[lang], { shown: view.charted.length, n: view.rows.length })
    : plural(SO.rowsSaid, view.rows.length, lang);
  return `${scale} ${count} ${view.charted.map((r, i) => `${i + 1}. ${describeRow(r, view, lang)}.`).join(' ')}`;
}

const COLOR = {
  fg: 'currentColor',
  link: 'var(--link, #0b5394)',
  soft: 'var(--fg-soft, #4a5360)',
  mark: 'var(--accent, #0b5394)',
  bg: 'var(--bg, #ffffff)',
} as const;

/** The path of a commune's symbol at a radius (the legend draws the same shape as the chart). */
export function symbolPath(mark: CommuneSymbol, r: number): string {
  const types = {
    circle: d3.symbolCircle,
    square: d3.symbolSquare,
    triangle: d3.symbolTriangle,
    diamond: d3.symbolDiamond,
    star: d3.symbolStar,
    cross: d3.symbolCross,
    wye: d3.symbolWye,
    times: d3.symbolTimes,
    plus: d3.symbolPlus,
  };
  return d3.symbol(types[mark.symbol], r * r * Math.PI)() ?? '';
}

/** Draws the model with Plot into a linkedom document: the SVG markup, accessible on its own. */
export function drawOverviewChart(model: OverviewChartModel, opts: { idPrefix: string; title: string; description: string }): string {
  const L = OVERVIEW_LAYOUT;
  type Row = OverviewChartRow;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const marks: Plot.Markish[] = [];
  const stripEnd = (r: Row) => r.stripTop + r.stripHeight;

  // The scale's track in every row, with its gridlines.
  marks.push(
    Plot.rect(model.rows, {
      x1: () => model.x0,
      x2: () => model.x1,
      y1: 'stripTop',
      y2: stripEnd,
      fill: COLOR.fg,
      fillOpacity: 0.05,
      className: 'ov-strips',
    }),
  );
  const grid = model.rows.flatMap((r) => model.ticks.map((t) => ({ x: t.x, y1: r.stripTop, y2: stripEnd(r) })));
  marks.push(Plot.ruleX(grid, { x: 'x', y1: 'y1', y2: 'y2', stroke: COLOR.fg, strokeOpacity: 0.14, className: 'ov-grid' }));
  for (const y of [model.axisTop, model.axisBottom]) {
    marks.push(
      Plot.text(model.ticks, {
        x: 'x',
        y: () => y,
        text: 'label',
        fill: COLOR.soft,
        fontSize: 11,
        textAnchor: 'middle',
        className: 'ov-axis',
      }),
    );
  }
  // Indicator names, in the colour of links: the page's link over each row (see above) leads to its page.
  marks.push(
    Plot.text(model.rows, {
      x: () => L[model.layout].nameX,
      y: 'nameY',
      text: (r: Row) => r.lines.join('\n'),
      lineAnchor: 'top',
      lineHeight: L.lineHeight / L.fontSize,
      textAnchor: 'start',
      fill: COLOR.link,
      fontSize: L.fontSize,
      className: 'ov-names',
    }),
  );
  // National goals: a dashed tick across the strip.
  const goals = model.rows.flatMap((r) => r.goals.map((g) => ({ x: g.x, y1: r.stripTop - 3, y2: stripEnd(r) + 3 })));
  marks.push(
    Plot.ruleX(goals, { x: 'x', y1: 'y1', y2: 'y2', stroke: COLOR.fg, strokeWidth: 1.6, strokeDasharray: '3.5,2', className: 'ov-goals' }),
  );
  if (model.scoped) {
    const boxes = model.rows.filter((r) => r.box !== null);
    const mid = (r: Row) => r.stripTop + r.stripHeight / 2;
    marks.push(
      Plot.ruleY(boxes, {
        y: mid,
        x1: (r: Row) => r.box!.min,
        x2: (r: Row) => r.box!.max,
        stroke: COLOR.mark,
        strokeWidth: 1.5,
        className: 'ov-whiskers',
      }),
    );
    marks.push(
      Plot.rect(boxes, {
        x1: (r: Row) => r.box!.q1,
        x2: (r: Row) => r.box!.q3,
        y1: (r: Row) => mid(r) - 5,
        y2: (r: Row) => mid(r) + 5,
        fill: COLOR.mark,
        fillOpacity: 0.35,
        stroke: COLOR.mark,
        className: 'ov-boxes',
      }),
    );
    marks.push(
      Plot.ruleX(boxes, {
        x: (r: Row) => r.box!.median,
        y1: (r: Row) => mid(r) - 8,
        y2: (r: Row) => mid(r) + 8,
        stroke: COLOR.fg,
        strokeWidth: 3,
        className: 'ov-medians',
      }),
    );
  }
  // One mark per commune: its shape, in its lane (one Plot mark each, so a commune is one <g>).
  model.lanes.forEach((lane, i) => {
    const mine = model.rows.flatMap((r) => r.marks.filter((m) => m.lane === i));
    marks.push(
      Plot.dot(mine, {
        x: 'x',
        y: 'y',
        r: L.dotRadius,
        symbol: lane.mark.symbol,
        fill: lane.mark.filled ? COLOR.mark : COLOR.bg,
        stroke: lane.mark.filled ? COLOR.bg : COLOR.mark,
        strokeWidth: lane.mark.filled ? 0.8 : 1.6,
        className: `ov-lane-${i}`,
      }),
    );
  });

  const svg = Plot.plot({
    document: document as unknown as Document,
    className: 'overview-chart',
    width: model.width,
    height: model.height,
    margin: 0,
    style: { fontSize: `${L.fontSize}px`, background: 'transparent', color: 'currentColor', overflow: 'visible' },
    // Every position is computed in the model: identity scales, so Plot infers nothing.
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    color: { type: 'identity' },
    opacity: { type: 'identity' },
    marks,
  }) as unknown as HTMLElement;

  const warned = plotWarning(svg);
  if (warned) throw new Error(`Plot warned while drawing the overview chart (${warned}): see the warning printed above`);
  svg.setAttribute('data-layout', model.layout);
  model.lanes.forEach((lane, i) => svg.querySelector(`g.ov-lane-${i}`)?.setAttribute('data-commune', lane.communeId));
  return accessibleSvg(svg.outerHTML, opts);
}

/** The overview's SVG in one layout, and the model it was drawn from. */
export function renderOverviewChart(
  view: OverviewView,
  opts: OverviewChartOptions & { idPrefix: string },
): { svg: string; model: OverviewChartModel } {
  const model = overviewChartModel(view, opts);
  const title = (view.scoped ? SO.titleScoped : SO.title)[opts.lang];
  return {
    svg: drawOverviewChart(model, { idPrefix: opts.idPrefix, title, description: describeOverview(view, model, opts.lang) }),
    model,
  };
}
