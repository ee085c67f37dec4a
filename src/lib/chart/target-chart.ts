import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { formatNumber } from '../site/format.ts';
import { plotWarning } from './plot-warning.ts';
import { accessibleSvg } from './svg-a11y.ts';
import {
  chartModel,
  describeChart,
  drawOptions,
  LAYOUT,
  type ChartBlock,
  type ChartInput,
  type ChartLine,
  type ChartModel,
  type DrawOptions,
} from './target-chart-model.ts';

/**
 * Draws the side-by-side chart of one indicator (its model: target-chart-model.ts) with
 * Observable Plot into a linkedom document, for the SVG markup inlined in the page. The model is
 * plain data, so that the drawing can happen on another thread (chart-drawer.ts).
 */

const COLOR = {
  fg: 'currentColor',
  soft: 'var(--fg-soft, #4a5360)',
  mark: 'var(--accent, #0b5394)',
  bg: 'var(--bg, #ffffff)',
} as const;

/** The chart as inline SVG markup, with the model it was drawn from (for the key beside it). */
export function renderTargetChart(input: ChartInput): { svg: string; model: ChartModel } {
  const model = chartModel(input);
  return { svg: drawTargetChart(model, drawOptions(input)), model };
}

/** Draws a chart model with Plot into a linkedom document: the SVG markup, accessible on its own. */
export function drawTargetChart(model: ChartModel, { lang, unit, idPrefix, title }: DrawOptions): string {
  const L = LAYOUT;
  const [lo, hi] = model.domain;
  const refRows = model.references.length;
  const marginTop = L.marginTop + refRows * L.refLine + (refRows > 0 ? 4 : 0);
  const marginBottom = model.scaled ? L.marginBottom : 6;
  const height = marginTop + model.plotHeight + marginBottom;
  const frac = (v: number) => (v - lo) / (hi - lo || 1);
  const fmtTick = (v: number) => `${formatNumber(v, lang)}${unit === 'percent' ? '%' : ''}`;

  type Line = ChartLine;
  const mid = (l: Line) => l.y + L.markLine / 2;
  const points = model.lines.filter((l) => l.kind === 'point');
  const ranges = model.lines.filter((l) => l.kind === 'range');
  const marked = [...points, ...ranges];
  // A label goes right of its mark, or left of it when the mark is in the right part of the scale.
  const labelLeft = (l: Line) => frac(l.x2 ?? l.x ?? 0) > 0.58;
  const labelX = (l: Line) => (labelLeft(l) ? (l.x ?? 0) : (l.x2 ?? l.x ?? 0));
  const words = model.lines.filter((l) => l.kind === 'words' || l.kind === 'none');
  const opacity = (l: Line) => (l.related ? 0.45 : 1);

  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const marks: Plot.Markish[] = [];
  // Separators between commune blocks.
  marks.push(
    Plot.ruleY(model.blocks.slice(1), {
      y: (b: ChartBlock) => b.top - L.blockGap / 2,
      stroke: COLOR.fg,
      strokeOpacity: 0.15,
      className: 'tc-separators',
    }),
  );
  if (model.scaled) {
    marks.push(Plot.gridX(model.ticks, { stroke: COLOR.fg, strokeOpacity: 0.12, className: 'tc-grid' }));
    marks.push(Plot.ruleX([lo], { stroke: COLOR.fg, strokeOpacity: 0.5, className: 'tc-zero' }));
    marks.push(
      Plot.axisX(model.ticks, {
        anchor: 'bottom',
        tickFormat: fmtTick,
        label: null,
        fill: COLOR.fg,
        stroke: COLOR.fg,
        fontSize: 12,
        className: 'tc-axis',
      }),
    );
  }
  // National references: a band for a range, a rule for a figure; labels above the plot.
  model.references.forEach((r, i) => {
    const dash = r.kind === 'target' ? '5,3' : '1.5,3';
    if (r.x2 !== null) {
      marks.push(
        Plot.rectX([r], {
          x1: 'x',
          x2: 'x2',
          y1: 0,
          y2: model.plotHeight,
          fill: COLOR.fg,
          fillOpacity: 0.08,
          className: 'tc-reference-band',
        }),
      );
    }
    marks.push(
      Plot.ruleX([r], {
        x: 'x',
        y1: -(refRows - i) * L.refLine + 4,
        y2: model.plotHeight,
        stroke: COLOR.fg,
        strokeWidth: 1.5,
        strokeDasharray: dash,
        className: `tc-reference tc-reference-${r.kind}`,
      }),
    );
    const left = frac(r.x) > 0.5;
    marks.push(
      Plot.text([r], {
        x: 'x',
        y: -(refRows - i) * L.refLine + 2,
        text: 'label',
        textAnchor: left ? 'end' : 'start',
        dx: left ? -4 : 4,
        fill: COLOR.fg,
        fontSize: 12,
        fontWeight: 600,
        className: 'tc-reference-label',
      }),
    );
  });
  // Commune names.
  marks.push(
    Plot.text(model.blocks, {
      frameAnchor: 'left',
      y: 'y',
      dx: 3,
      text: 'name',
      textAnchor: 'start',
      fill: COLOR.fg,
      fontWeight: 700,
      fontSize: L.fontSize,
      stroke: COLOR.bg,
      strokeWidth: 4,
      className: 'tc-names',
    }),
  );
  // Ranges: a bar with end ticks.
  marks.push(
    Plot.rectX(ranges, {
      x1: 'x',
      x2: 'x2',
      y1: (l: Line) => mid(l) - 4,
      y2: (l: Line) => mid(l) + 4,
      fill: COLOR.mark,
      fillOpacity: (l: Line) => 0.75 * opacity(l),
      stroke: COLOR.mark,
      strokeOpacity: opacity,
      className: 'tc-ranges',
    }),
  );
  for (const end of ['x', 'x2'] as const) {
    marks.push(
      Plot.ruleX(ranges, {
        x: end,
        y1: (l: Line) => mid(l) - 7,
        y2: (l: Line) => mid(l) + 7,
        stroke: COLOR.mark,
        strokeWidth: 2,
        strokeOpacity: opacity,
        className: 'tc-range-ends',
      }),
    );
  }
  // Points: filled for ≥ (and a bare figure), hollow for a strict >; a diamond for another year.
  marks.push(
    Plot.dot(points, {
      x: 'x',
      y: mid,
      r: L.dotRadius,
      symbol: (l: Line) => (l.otherYear ? 'diamond' : 'circle'),
      fill: (l: Line) => (l.hollow ? COLOR.bg : COLOR.mark),
      stroke: COLOR.mark,
      strokeWidth: 2,
      fillOpacity: opacity,
      strokeOpacity: opacity,
      className: 'tc-dots',
    }),
  );
  // Figures beside their marks (Plot's text anchor and weight are constants: one mark per kind).
  for (const left of [false, true]) {
    for (const related of [false, true]) {
      marks.push(
        Plot.text(
          marked.filter((l) => labelLeft(l) === left && l.related === related),
          {
            x: labelX,
            y: mid,
            text: 'label',
            textAnchor: left ? 'end' : 'start',
            dx: left ? -(L.dotRadius + 5) : L.dotRadius + 5,
            fill: COLOR.fg,
            fillOpacity: related ? 0.8 : 1,
            fontWeight: related ? 400 : 600,
            fontSize: L.fontSize,
            stroke: COLOR.bg,
            strokeWidth: 4,
            className: 'tc-labels',
          },
        ),
      );
    }
  }
  // Words instead of a mark: yes/no, qualitative, another unit, no target.
  marks.push(
    Plot.text(words, {
      frameAnchor: 'left',
      y: mid,
      dx: 3,
      text: 'label',
      textAnchor: 'start',
      fill: (l: Line) => (l.kind === 'none' ? COLOR.soft : COLOR.fg),
      fillOpacity: (l: Line) => (l.related ? 0.8 : 1),
      fontStyle: 'italic',
      fontSize: L.fontSize,
      stroke: COLOR.bg,
      strokeWidth: 4,
      className: 'tc-words',
    }),
  );

  const svg = Plot.plot({
    document: document as unknown as Document,
    className: 'target-chart',
    width: L.width,
    height,
    marginLeft: L.marginLeft,
    marginRight: L.marginRight,
    marginTop,
    marginBottom,
    style: { fontSize: `${L.fontSize}px`, background: 'transparent', color: 'currentColor', overflow: 'visible' },
    x: { type: 'linear', domain: [lo, hi], axis: null },
    // String and opacity channels carry literal values: identity scales, so Plot infers nothing.
    color: { type: 'identity' },
    opacity: { type: 'identity' },
    symbol: { type: 'identity' },
    y: { type: 'linear', domain: [0, model.plotHeight], range: [marginTop, marginTop + model.plotHeight], axis: null },
    marks,
  }) as unknown as HTMLElement;

  const warned = plotWarning(svg);
  if (warned) throw new Error(`Plot warned while drawing the chart "${title}" (${warned}): see the warning printed above`);
  return accessibleSvg(svg.outerHTML, { idPrefix, title, description: describeChart(model, unit, lang) });
}
