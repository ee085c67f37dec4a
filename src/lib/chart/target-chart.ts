import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { UnitKind } from '../validate/rule-schemas.ts';
import { formatNumber, formatTarget, UNIT_LABEL } from '../site/format.ts';
import type { Bilingual, Lang } from '../site/i18n.ts';
import type { Reference } from '../validate/reference-schema.ts';
import { referenceFigure, referenceLabel } from '../site/reference-label.ts';
import { plotWarning } from './plot-warning.ts';
import { accessibleSvg } from './svg-a11y.ts';

/**
 * The side-by-side chart of one indicator, drawn at build time: Observable Plot renders into a
 * linkedom document and the SVG markup is inlined in the page (no script, works with JS off).
 *
 * Encoding, chosen so that no cue rests on colour alone:
 * - one block per commune (all of them, in communes.csv order), its name on a line of its own
 *   so that the scale gets the full width of a 360 px phone; one line per target under it;
 * - a filled dot for "≥" (and a bare figure, read as "≥"), a hollow dot for a strict ">";
 *   an interval bar for a range ("15–17%"); a diamond for a target set for another year than
 *   most, with the year in its label; related targets faded and labelled "liên quan";
 * - yes/no and qualitative targets, figures in another unit, and a commune that set no target
 *   are written as words on the line, never placed on the scale;
 * - each national or provincial reference (data/harmonize/references.csv) is a dashed vertical
 *   rule labelled above the plot ("Quốc gia 2026: ≥ 70% dân số"), a range a band; a context figure
 *   (a published DTI score) is dotted.
 * The scale is the indicator's unit: percent 0–100, index 0–1, counts from 0.
 *
 * The result is one fixed viewBox (360 wide) that CSS scales with width: 100%. It has role="img"
 * and is named by a <title> and a <desc> that state every figure in words.
 */

export interface ChartInput {
  /** Every row mapped to the indicator (IndicatorComparison.rows). */
  rows: HarmonizedTarget[];
  /** All communes, in display order: each gets a block, with or without a target. */
  communes: { id: string; name: string }[];
  /** The indicator's unit: the scale of the chart. */
  unit: UnitKind;
  /** The references to draw (the indicator's, national and of the communes' provinces), in display order. */
  references: Reference[];
  lang: Lang;
  /** The chart's accessible name (the indicator's name). */
  title: string;
  /** The year most targets are for; a mark for any other year is a diamond labelled with it. */
  mainYear: number;
  /** Prefix for the ids of <title> and <desc>; unique on the page. */
  idPrefix: string;
}

export type LineKind = 'point' | 'range' | 'words' | 'none';

export interface ChartLine {
  communeId: string;
  commune: string;
  targetId: string | null;
  kind: LineKind;
  /** Position on the scale (point, range start); null for words and none. */
  x: number | null;
  /** End of a range. */
  x2: number | null;
  /** A strict ">" (or "<"): a hollow mark. */
  hollow: boolean;
  related: boolean;
  otherYear: boolean;
  /** The words written next to the mark (or instead of one). */
  label: string;
  /** The same line as a phrase for the text alternative. */
  spoken: string;
  /** Top of the line, in px from the top of the plot area. */
  y: number;
}

export interface ChartBlock {
  communeId: string;
  name: string;
  /** Baseline of the name, in px from the top of the plot area. */
  y: number;
  /** Top edge of the block (for the separator rule). */
  top: number;
}

export interface ChartReference {
  x: number;
  x2: number | null;
  kind: 'target' | 'context';
  label: string;
  spoken: string;
}

export interface ChartModel {
  blocks: ChartBlock[];
  lines: ChartLine[];
  references: ChartReference[];
  /** False when the indicator is yes/no or qualitative: no scale, words only. */
  scaled: boolean;
  domain: [number, number];
  ticks: number[];
  /** Height of the plot area in px (the sum of the blocks). */
  plotHeight: number;
}

const T = {
  noTarget: { vi: 'không đặt chỉ tiêu', en: 'no target' },
  related: { vi: 'liên quan', en: 'related' },
  relatedSpoken: { vi: 'chỉ tiêu liên quan, không xếp hạng', en: 'related target, not ranked' },
  year: { vi: 'năm', en: 'for' },
  nationalSpoken: { vi: 'Mục tiêu quốc gia', en: 'National target' },
  provinceSpoken: { vi: 'Mục tiêu của', en: 'Target of' },
  contextSpoken: { vi: 'Số liệu tham khảo', en: 'Context figure' },
  scale: { vi: 'Thang đo', en: 'Scale' },
} satisfies Record<string, Bilingual>;

/** Vertical rhythm of the plot area, in px of the 360-wide viewBox. */
export const LAYOUT = {
  width: 360,
  fontSize: 13,
  nameLine: 18,
  markLine: 23,
  blockGap: 9,
  marginLeft: 10,
  marginRight: 14,
  /** Above the plot: one line per reference label, plus this. */
  marginTop: 8,
  refLine: 16,
  marginBottom: 26,
  dotRadius: 5.5,
} as const;

const SCALED_UNITS: UnitKind[] = ['percent', 'count', 'index'];
const ON_SCALE = new Set(['>=', '>', '=', '<=', '<', 'between']);

/** The chart as data: which line each target is drawn on, with what, where. Pure, no DOM. */
export function chartModel(input: ChartInput): ChartModel {
  const { rows, communes, unit, lang, mainYear } = input;
  const scaled = SCALED_UNITS.includes(unit);
  const onScale = (r: HarmonizedTarget) => scaled && r.unit === unit && r.value !== null && ON_SCALE.has(r.comparator);

  const blocks: ChartBlock[] = [];
  const lines: ChartLine[] = [];
  let y = 0;
  for (const c of communes) {
    // Ranked kinds of match first, related ones under them.
    const mine = rows.filter((r) => r.communeId === c.id).sort((a, b) => Number(a.match === 'related') - Number(b.match === 'related'));
    const top = y;
    blocks.push({ communeId: c.id, name: c.name, y: y + LAYOUT.nameLine - 4, top });
    y += LAYOUT.nameLine;
    if (mine.length === 0) {
      lines.push({
        communeId: c.id,
        commune: c.name,
        targetId: null,
        kind: 'none',
        x: null,
        x2: null,
        hollow: false,
        related: false,
        otherYear: false,
        label: T.noTarget[lang],
        spoken: `${c.name}: ${T.noTarget[lang]}`,
        y,
      });
      y += LAYOUT.markLine;
    }
    for (const r of mine) {
      const related = r.match === 'related';
      const otherYear = r.targetYear !== mainYear;
      const placed = onScale(r);
      const kind: LineKind = !placed ? 'words' : r.comparator === 'between' ? 'range' : 'point';
      let figure = formatTarget(r, lang);
      if (kind === 'words' && r.comparator === 'text' && r.targetRaw.trim() !== '') figure += `: “${shorten(r.targetRaw.trim(), 30)}”`;
      if (kind === 'words' && r.value !== null && r.unit !== unit) figure += ` (${UNIT_LABEL[r.unit][lang]})`;
      const yearPart = otherYear ? ` (${T.year[lang]} ${r.targetYear})` : '';
      lines.push({
        communeId: c.id,
        commune: c.name,
        targetId: r.targetId,
        kind,
        x: placed ? r.value : null,
        x2: kind === 'range' ? r.valueMax : null,
        hollow: placed && (r.comparator === '>' || r.comparator === '<') && !r.ceiling,
        related,
        otherYear,
        label: `${figure}${yearPart}${related ? ` · ${T.related[lang]}` : ''}`,
        spoken: `${c.name}: ${figure}${yearPart}${related ? ` (${T.relatedSpoken[lang]})` : ''}`,
        y,
      });
      y += LAYOUT.markLine;
    }
    y += LAYOUT.blockGap;
  }
  const plotHeight = y - LAYOUT.blockGap;

  const refs = scaled ? input.references.filter((r) => r.unit === unit) : [];
  // Two documents may set the same figure for the same year (03/NQ-CP and 411/QĐ-TTg both ask
  // ≥ 30% for 2030): one rule says it, the list beside the chart names both documents.
  const seen = new Set<string>();
  const distinct = refs.filter((r) => {
    const key = referenceLabel(r, lang);
    return seen.has(key) ? false : (seen.add(key), true);
  });
  const references: ChartReference[] = distinct.map((r) => ({
    x: r.value,
    x2: r.comparator === 'between' ? r.value_max : null,
    kind: r.kind,
    label: referenceLabel(r, lang),
    spoken: `${r.kind === 'target' ? (r.level === 'national' ? T.nationalSpoken[lang] : `${T.provinceSpoken[lang]} ${r.scope}`) : T.contextSpoken[lang]} ${r.year}: ${referenceFigure(r, lang)}`,
  }));
  const values = [...lines.flatMap((l) => [l.x, l.x2]), ...references.flatMap((r) => [r.x, r.x2])].filter((v): v is number => v !== null);
  const { domain, ticks } = scaleFor(unit, values);
  return { blocks, lines, references, scaled, domain, ticks, plotHeight };
}

/** Percent 0–100 (further if a growth rate exceeds it), index 0–1, counts from 0 with whole ticks. */
export function scaleFor(unit: UnitKind, values: number[]): { domain: [number, number]; ticks: number[] } {
  const max = Math.max(0, ...values);
  if (unit === 'percent') {
    const top = max <= 100 ? 100 : Math.ceil(max / 20) * 20;
    return { domain: [0, top], ticks: range(0, top, top <= 100 ? 20 : top / 5) };
  }
  if (unit === 'index') {
    const top = max <= 1 ? 1 : Math.ceil(max);
    return { domain: [0, top], ticks: range(0, top, top / 5).map((t) => Math.round(t * 1e6) / 1e6) };
  }
  if (unit === 'count') {
    const top = max < 5 ? Math.floor(max) + 1 : Math.ceil((max * 1.2) / 5) * 5;
    const step = top <= 5 ? 1 : Math.ceil(top / 5);
    return { domain: [0, top], ticks: range(0, top, step) };
  }
  return { domain: [0, 1], ticks: [] };
}

function range(from: number, to: number, step: number): number[] {
  const out: number[] = [];
  for (let v = from; v <= to + step / 1e6; v += step) out.push(v);
  return out;
}

function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Words for the chart's <desc>: every line and reference, in order. */
export function describeChart(model: ChartModel, unit: UnitKind, lang: Lang): string {
  const scale = model.scaled
    ? `${T.scale[lang]}: ${UNIT_LABEL[unit][lang]}, ${formatNumber(model.domain[0], lang)}–${formatNumber(model.domain[1], lang)}${unit === 'percent' ? '%' : ''}. `
    : '';
  const parts = [...model.lines.map((l) => l.spoken), ...model.references.map((r) => r.spoken)];
  return `${scale}${parts.join('; ')}.`;
}

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

/** What drawing needs besides the model: plain data, so that a drawing can be done on another thread (chart-drawer.ts). */
export interface DrawOptions {
  lang: Lang;
  unit: UnitKind;
  idPrefix: string;
  title: string;
}

export function drawOptions({ lang, unit, idPrefix, title }: ChartInput): DrawOptions {
  return { lang, unit, idPrefix, title };
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
