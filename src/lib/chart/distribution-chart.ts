import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { UnitKind } from '../harmonize/parse-target.ts';
import { fill } from '../site/fill.ts';
import { formatNumber, UNIT_LABEL } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import { SO } from '../site/strings-overview.ts';
import { scaleFigure, type DistributionGroup, type DistributionView } from '../view/distribution.ts';
import { plotWarning } from './plot-warning.ts';
import { accessibleSvg } from './svg-a11y.ts';
import { scaleFor } from './target-chart.ts';

/**
 * A province's distribution chart (src/lib/view/distribution.ts): one dot per target of its
 * communes on the indicator's scale, stacked where they would overlap — targets are round
 * figures, so dots at one figure make a column whose height is how many communes set it. One
 * strip per target year; each goal of that year (national, the province's) a dashed rule
 * labelled above the strip, as on the indicator chart. Drawn at build time with Plot into
 * linkedom; in the build on the chart thread (chart-drawer.ts), since every indicator page of
 * every province has one (3,468 at 3,321 communes).
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
    ? fill(SO.distGroupSame[lang], { year: g.year, communes: g.communes })
    : fill(SO.distGroup[lang], { year: g.year, targets: g.dots.length, communes: g.communes });
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
    const goals = g.goals.map((x) => `; ${fill(SO.distGoal[lang], { label: x.label, reached: x.reached, n: g.dots.length })}`).join('');
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

/** Draws the model with Plot into a linkedom document: the SVG markup, accessible on its own. */
export function drawDistributionChart(model: DistributionChartModel, opts: DistributionDrawOptions): string {
  const L = DIST_LAYOUT;
  type Strip = DistributionChartStrip;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const marks: Plot.Markish[] = [];
  const grid = model.strips.flatMap((s) => model.ticks.map((t) => ({ x: t.x, y1: s.top, y2: s.baseline })));
  marks.push(Plot.ruleX(grid, { x: 'x', y1: 'y1', y2: 'y2', stroke: COLOR.fg, strokeOpacity: 0.12, className: 'dc-grid' }));
  marks.push(
    Plot.ruleY(model.strips, {
      y: 'baseline',
      x1: () => model.x0,
      x2: () => model.x1,
      stroke: COLOR.fg,
      strokeOpacity: 0.6,
      className: 'dc-baseline',
    }),
  );
  marks.push(
    Plot.text(model.strips, {
      x: () => 4,
      y: 'headingY',
      text: 'heading',
      textAnchor: 'start',
      fill: COLOR.fg,
      fontWeight: 700,
      fontSize: L.fontSize,
      className: 'dc-headings',
    }),
  );
  const ticks = model.strips.flatMap((s) => model.ticks.map((t) => ({ ...t, y: s.axisY })));
  marks.push(
    Plot.text(ticks, { x: 'x', y: 'y', text: 'label', fill: COLOR.soft, fontSize: 11, textAnchor: 'middle', className: 'dc-axis' }),
  );
  const goals = model.strips.flatMap((s: Strip) => s.goals.map((g) => ({ ...g, baseline: s.baseline })));
  marks.push(
    Plot.ruleX(goals, {
      x: 'x',
      y1: (g: (typeof goals)[number]) => g.labelY + 3,
      y2: 'baseline',
      stroke: COLOR.fg,
      strokeWidth: 1.5,
      strokeDasharray: '5,3',
      className: 'dc-goals',
    }),
  );
  // A label left of its rule when the rule is in the right part of the scale.
  for (const left of [false, true]) {
    marks.push(
      Plot.text(
        goals.filter((g) => g.x > model.x0 + (model.x1 - model.x0) * 0.5 === left),
        {
          x: 'x',
          y: 'labelY',
          text: 'label',
          textAnchor: left ? 'end' : 'start',
          dx: left ? -4 : 4,
          fill: COLOR.fg,
          fontSize: 12,
          fontWeight: 600,
          className: 'dc-goal-labels',
        },
      ),
    );
  }
  // Dots: one Plot mark per strip, since each strip has its own radius.
  for (const s of model.strips) {
    marks.push(
      Plot.dot(s.dots, {
        x: 'x',
        y: 'y',
        r: s.radius,
        fill: COLOR.mark,
        stroke: s.radius >= 2.5 ? COLOR.bg : 'none',
        strokeWidth: 0.6,
        className: 'dc-dots',
      }),
    );
  }
  const svg = Plot.plot({
    document: document as unknown as Document,
    className: 'distribution-chart',
    width: model.width,
    height: model.height,
    margin: 0,
    style: { fontSize: `${L.fontSize}px`, background: 'transparent', color: 'currentColor', overflow: 'visible' },
    // Every position is computed in the model: identity scales, so Plot infers nothing.
    x: { type: 'identity', axis: null },
    y: { type: 'identity', axis: null },
    marks,
  }) as unknown as HTMLElement;
  const warned = plotWarning(svg);
  if (warned)
    throw new Error(`Plot warned while drawing the distribution chart "${opts.title}" (${warned}): see the warning printed above`);
  return accessibleSvg(svg.outerHTML, opts);
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
