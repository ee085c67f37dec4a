import * as d3 from 'd3';
import { parseHTML } from 'linkedom';
import type { UnitKind } from '../validate/rule-schemas.ts';
import { fill } from '../site/fill.ts';
import { formatNumber, UNIT_LABEL } from '../site/format.ts';
import { plural, type Lang } from '../site/i18n.ts';
import { SO } from '../site/strings-overview.ts';
import { scaleFigure, type DistributionGroup, type DistributionView } from '../view/distribution.ts';
import { accessibleSvg } from './svg-a11y.ts';
import { scaleFor } from './target-chart-model.ts';

/**
 * A province's distribution chart (src/lib/view/distribution.ts): one dot per target of its
 * communes on the indicator's scale, stacked where they would overlap — targets are round
 * figures, so dots at one figure make a column whose height is how many communes set it. One
 * strip per target year; each goal of that year (national, the province's) a dashed rule
 * labelled above the strip, as on the indicator chart. Drawn at build time with d3 into
 * linkedom; in the build on the chart thread (chart-drawer.ts), since every indicator page of
 * a province past a dozen communes has one (3,468 at 3,321 communes).
 *
 * The dots are not told apart by commune (a province has up to 168): the table under the chart
 * names each commune with its target, and the <desc> gives counts, lowest, median, highest,
 * the levels and how many targets reach each goal.
 */

export const DIST_LAYOUT = {
  width: 360,
  x0: 14,
  x1: 344,
  fontSize: 13,
  /** The strip's heading ("Năm 2026: 13 xã"). */
  headLine: 20,
  goalLine: 16,
  /** Largest dot, and the gap between stacked dots. */
  radius: 4,
  minRadius: 1.2,
  gap: 0.6,
  /** A stack taller than this makes the dots smaller (down to minRadius). */
  maxStack: 150,
  axis: 22,
  stripGap: 16,
} as const;

export interface DistributionChartStrip {
  year: number;
  heading: string;
  headingY: number;
  goals: { x: number; labelY: number; label: string; level: string }[];
  /** Top of the goal rules and of the dots' area. */
  top: number;
  baseline: number;
  radius: number;
  dots: { x: number; y: number; communeId: string }[];
  axisY: number;
}

export interface DistributionChartModel {
  width: number;
  height: number;
  unit: UnitKind;
  domain: [number, number];
  ticks: { x: number; label: string }[];
  x0: number;
  x1: number;
  strips: DistributionChartStrip[];
}

/**
 * Stacks dots on a line: each dot, taken left to right, goes on the lowest level where it keeps
 * `2r + gap` from the dot before it on that level. Returns each dot's level (0 = on the line).
 * Deterministic: ties keep the input order.
 */
export function stackLevels(xs: readonly number[], r: number, gap: number): number[] {
  const order = xs.map((x, i) => [x, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const lastX: number[] = [];
  const levels = new Array<number>(xs.length).fill(0);
  for (const [x, i] of order) {
    let k = 0;
    while (k < lastX.length && x - lastX[k]! < 2 * r + gap) k++;
    lastX[k] = x;
    levels[i] = k;
  }
  return levels;
}

/** The radius at which the tallest stack fits in maxStack (never under minRadius), with the levels at it. */
export function fitStack(xs: readonly number[]): { radius: number; levels: number[] } {
  const L = DIST_LAYOUT;
  let radius: number = L.radius;
  let levels = stackLevels(xs, radius, L.gap);
  // Smaller dots also collide less often sideways, so the levels are worked out again at each size.
  for (let i = 0; i < 4; i++) {
    const tall = (Math.max(0, ...levels) + 1) * (2 * radius + L.gap);
    if (tall <= L.maxStack || radius <= L.minRadius) break;
    radius = Math.max(L.minRadius, (L.maxStack / (Math.max(0, ...levels) + 1) - L.gap) / 2);
    levels = stackLevels(xs, radius, L.gap);
  }
  return { radius, levels };
}

/** "Năm 2026: 16 chỉ tiêu của 13 xã", or "Năm 2026: 13 xã" when each commune set it once. */
export function stripHeading(g: DistributionGroup, lang: Lang): string {
  return g.dots.length === g.communes
    ? fill(SO.distGroupSame[lang], { year: g.year, communes: plural(SO.communesN, g.communes, lang) })
    : fill(SO.distGroup[lang], {
        year: g.year,
        targets: plural(SO.targetsN, g.dots.length, lang),
        communes: plural(SO.communesN, g.communes, lang),
      });
}

/** The chart as geometry. Pure, no DOM. */
export function distributionChartModel(view: DistributionView, lang: Lang): DistributionChartModel {
  const L = DIST_LAYOUT;
  const values = view.groups.flatMap((g) => [...g.dots.map((d) => d.value), ...g.goals.map((x) => x.value)]);
  const { domain, ticks } = scaleFor(view.unit, values);
  const px = (v: number) => L.x0 + ((v - domain[0]) / (domain[1] - domain[0] || 1)) * (L.x1 - L.x0);
  let y = 0;
  const strips = view.groups.map((g): DistributionChartStrip => {
    const headingY = y + 14;
    y += L.headLine;
    const goals = g.goals.map((goal, i) => ({ x: px(goal.value), labelY: y + i * L.goalLine + 12, label: goal.label, level: goal.level }));
    y += g.goals.length * L.goalLine + 4;
    const xs = g.dots.map((d) => px(d.value));
    const { radius, levels } = fitStack(xs);
    const step = 2 * radius + L.gap;
    const top = y;
    const baseline = top + (Math.max(0, ...levels) + 1) * step + 2;
    const dots = g.dots.map((d, i) => ({ x: xs[i]!, y: baseline - radius - 1 - levels[i]! * step, communeId: d.communeId }));
    const axisY = baseline + 15;
    y = baseline + L.axis + L.stripGap;
    return { year: g.year, heading: stripHeading(g, lang), headingY, goals, top, baseline, radius, dots, axisY };
  });
  return {
    width: L.width,
    height: y - L.stripGap,
    unit: view.unit,
    domain,
    ticks: ticks.map((t) => ({ x: px(t), label: scaleFigure(t, view.unit, lang) })),
    x0: L.x0,
    x1: L.x1,
    strips,
  };
}

/** Words for the chart's <desc>: the scale, then per year the counts, lowest, median, highest, levels and goals. */
export function describeDistribution(view: DistributionView, model: Pick<DistributionChartModel, 'domain'>, lang: Lang): string {
  const f = (v: number) => scaleFigure(v, view.unit, lang);
  const scale = fill(SO.distScale[lang], {
    unit: UNIT_LABEL[view.unit][lang],
    from: formatNumber(model.domain[0], lang),
    to: f(model.domain[1]),
  });
  const strips = view.groups.map((g) => {
    const stats = fill(SO.distStats[lang], { min: f(g.stats.min), median: f(g.stats.median), max: f(g.stats.max) });
    const levels = fill(SO.distLevels[lang], {
      levels: g.levels.map((l) => fill(SO.distLevel[lang], { figure: l.figure, n: l.communes })).join(', '),
    });
    const goals = g.goals
      .map((x) => `; ${fill(SO.distGoal[lang], { label: x.label, reached: x.reached, targets: plural(SO.targetsN, g.dots.length, lang) })}`)
      .join('');
    return `${stripHeading(g, lang)}; ${stats}; ${levels}${goals}.`;
  });
  return `${scale} ${strips.join(' ')}`;
}

export interface DistributionDrawOptions {
  idPrefix: string;
  title: string;
  description: string;
}

const COLOR = {
  fg: 'currentColor',
  soft: 'var(--fg-soft, #4a5360)',
  mark: 'var(--accent, #0b5394)',
  bg: 'var(--bg, #ffffff)',
} as const;

/**
 * Draws the model with d3 into a linkedom document: the SVG markup, accessible on its own. d3
 * rather than Plot, because every position is already in the model and a province has a chart
 * per indicator page (3,468 at 3,321 communes): for Hồ Chí Minh's 168 communes, Plot with a
 * <circle> per dot took 4.6–7.7 ms a chart and 8.6 KB, this 0.5–0.7 ms and 4.2 KB (same machine,
 * same minutes, linkedom patched as in the build).
 */
export function drawDistributionChart(model: DistributionChartModel, opts: DistributionDrawOptions): string {
  const L = DIST_LAYOUT;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = d3
    .select(document.body as unknown as HTMLElement)
    .append('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${model.width} ${r1(model.height)}`)
    .attr('width', model.width)
    .attr('height', r1(model.height))
    .attr('class', 'distribution-chart')
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', L.fontSize)
    .attr('fill', 'currentColor');
  const group = (cls: string, attrs: Record<string, string | number> = {}) => {
    const g = svg.append('g').attr('class', cls);
    for (const [k, v] of Object.entries(attrs)) g.attr(k, v);
    return g;
  };
  const grid = model.strips.flatMap((s) => model.ticks.map((t) => ({ x: t.x, y1: s.top, y2: s.baseline })));
  group('dist-grid', { stroke: COLOR.fg, 'stroke-opacity': 0.12 })
    .selectAll('line')
    .data(grid)
    .join('line')
    .attr('x1', (d) => r1(d.x))
    .attr('x2', (d) => r1(d.x))
    .attr('y1', (d) => r1(d.y1))
    .attr('y2', (d) => r1(d.y2));
  group('dist-baseline', { stroke: COLOR.fg, 'stroke-opacity': 0.6 })
    .selectAll('line')
    .data(model.strips)
    .join('line')
    .attr('x1', model.x0)
    .attr('x2', model.x1)
    .attr('y1', (s) => r1(s.baseline))
    .attr('y2', (s) => r1(s.baseline));
  group('dist-headings', { 'font-weight': 700 })
    .selectAll('text')
    .data(model.strips)
    .join('text')
    .attr('x', 4)
    .attr('y', (s) => r1(s.headingY))
    .text((s) => s.heading);
  const ticks = model.strips.flatMap((s) => model.ticks.map((t) => ({ ...t, y: s.axisY })));
  group('dist-axis', { fill: COLOR.soft, 'font-size': 11, 'text-anchor': 'middle' })
    .selectAll('text')
    .data(ticks)
    .join('text')
    .attr('x', (t) => r1(t.x))
    .attr('y', (t) => r1(t.y))
    .text((t) => t.label);
  const goals = model.strips.flatMap((s) => s.goals.map((g) => ({ ...g, baseline: s.baseline })));
  group('dist-goals', { stroke: COLOR.fg, 'stroke-width': 1.5, 'stroke-dasharray': '5,3' })
    .selectAll('line')
    .data(goals)
    .join('line')
    .attr('x1', (g) => r1(g.x))
    .attr('x2', (g) => r1(g.x))
    .attr('y1', (g) => r1(g.labelY + 3))
    .attr('y2', (g) => r1(g.baseline));
  // A label left of its rule when the rule is in the right part of the scale.
  const left = (g: { x: number }) => g.x > model.x0 + (model.x1 - model.x0) * 0.5;
  group('dist-goal-labels', { 'font-size': 12, 'font-weight': 600 })
    .selectAll('text')
    .data(goals)
    .join('text')
    .attr('x', (g) => r1(g.x + (left(g) ? -4 : 4)))
    .attr('y', (g) => r1(g.labelY))
    .attr('text-anchor', (g) => (left(g) ? 'end' : 'start'))
    .text((g) => g.label);
  // Dots: one path per strip, a zero-length stroke with round caps per dot — a disc of the
  // stroke's width. A province has up to 168 communes: a <circle> each would be that many DOM
  // nodes to build and serialise (most of the chart's time); the path is one attribute. Under
  // it, a wider path in the background colour keeps stacked dots apart.
  for (const s of model.strips) {
    const g = group('dist-dots', { fill: 'none', 'stroke-linecap': 'round' });
    const d = dotsPath(s.dots);
    if (s.radius >= 2.5)
      g.append('path')
        .attr('class', 'dist-halo')
        .attr('d', d)
        .attr('stroke', COLOR.bg)
        .attr('stroke-width', r1(2 * s.radius + 1.2));
    g.append('path')
      .attr('class', 'dist-dot')
      .attr('d', d)
      .attr('stroke', COLOR.mark)
      .attr('stroke-width', r1(2 * s.radius));
  }
  return accessibleSvg((svg.node() as unknown as Element).outerHTML, opts);
}

/** Dots as one path: a zero-length segment at each dot ("M12.3 45.6h0"), drawn with round caps. */
export function dotsPath(dots: readonly { x: number; y: number }[]): string {
  return dots.map((d) => `M${r1(d.x)} ${r1(d.y)}h0`).join('');
}

/** Coordinates to a tenth of a pixel: shorter markup, no float noise in snapshots. */
function r1(v: number): number {
  return Math.round(v * 10) / 10;
}

/** The chart's SVG, drawn here, and its model: for tests and for pages drawn without the chart thread. */
export function renderDistributionChart(
  view: DistributionView,
  lang: Lang,
  idPrefix: string,
): { svg: string; model: DistributionChartModel; options: DistributionDrawOptions } {
  const model = distributionChartModel(view, lang);
  const options = distributionDrawOptions(view, model, lang, idPrefix);
  return { svg: drawDistributionChart(model, options), model, options };
}

/** Title and description: plain strings, so that the drawing can be done on the chart thread. */
export function distributionDrawOptions(
  view: DistributionView,
  model: DistributionChartModel,
  lang: Lang,
  idPrefix: string,
): DistributionDrawOptions {
  return {
    idPrefix,
    title: fill(SO.distTitle[lang], { name: view.name, province: view.province.name }),
    description: describeDistribution(view, model, lang),
  };
}
