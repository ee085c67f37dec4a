import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { UnitKind } from '../validate/rule-schemas.ts';
import { formatNumber, formatTarget, UNIT_LABEL } from '../site/format.ts';
import { type Lang, strings } from '../site/i18n.ts';
import type { Reference } from '../validate/reference-schema.ts';
import { referenceFigure, referenceLabel } from '../site/reference-label.ts';

/**
 * The side-by-side chart of one indicator as data: which line each target is drawn on, with what
 * and where. Drawn at build time by target-chart.ts (Observable Plot into a linkedom document, the
 * SVG markup inlined in the page: no script, works with JS off).
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

const T = strings({
  noTarget: { vi: 'không đặt chỉ tiêu', en: 'no target' },
  related: { vi: 'liên quan', en: 'related' },
  relatedSpoken: { vi: 'chỉ tiêu liên quan, không xếp hạng', en: 'related target, not ranked' },
  year: { vi: 'năm', en: 'for' },
  nationalSpoken: { vi: 'Mục tiêu quốc gia', en: 'National target' },
  provinceSpoken: { vi: 'Mục tiêu của', en: 'Target of' },
  contextSpoken: { vi: 'Số liệu tham khảo', en: 'Context figure' },
  scale: { vi: 'Thang đo', en: 'Scale' },
});

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
