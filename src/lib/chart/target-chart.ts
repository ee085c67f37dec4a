import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { IndicatorComparison } from '../compare/compare-indicator.ts';
import type { Lang } from '../site/i18n.ts';
import { formatNumber, formatTarget } from '../site/format.ts';
import type { NationalReference } from '../validate/rule-schemas.ts';

export interface ChartInput {
  comparison: IndicatorComparison;
  communes: { id: string; name: string }[];
  unit: 'percent' | 'count' | 'index' | 'boolean' | 'text';
  references: NationalReference[];
  lang: Lang;
  title: string;
  /** The year most targets are for; other years are labelled on the mark. */
  mainYear: number;
  idPrefix: string;
}

interface Datum {
  commune: string;
  value: number;
  valueMax: number | null;
  label: string;
  strict: boolean;
  related: boolean;
  otherYear: boolean;
}

const T = {
  noTarget: { vi: 'không đặt chỉ tiêu', en: 'no target' },
  related: { vi: 'liên quan', en: 'related' },
  qualitative: { vi: 'định tính', en: 'qualitative' },
  yes: { vi: 'có', en: 'yes' },
};

/**
 * The side-by-side chart of one indicator, rendered to SVG at build time with Observable Plot
 * (linkedom provides the document). One row per commune: a filled dot for "≥" (or a bare
 * figure), a hollow dot for a strict ">", a bar for a range; other target years labelled on the
 * mark; related rows faded; yes/no and qualitative targets and missing targets as words. The
 * national reference, where there is one, is a labelled vertical rule.
 *
 * Returns SVG markup that is accessible on its own: role="img", a <title> and a <desc> that state
 * the data in words. Plot's aria-label on <g> elements is removed (axe: aria-prohibited-attr).
 */
export function renderTargetChart(input: ChartInput): string {
  const { comparison, communes, unit, references, lang, title, mainYear, idPrefix } = input;
  const names = new Map(communes.map((c) => [c.id, c.name]));
  const numeric = comparison.rows.filter((r) => r.value !== null && ['>=', '>', '=', 'between'].includes(r.comparator));
  const data: Datum[] = numeric.map((r) => ({
    commune: names.get(r.communeId) ?? r.communeId,
    value: r.value ?? 0,
    valueMax: r.valueMax,
    label: `${formatTarget(r, lang)}${r.targetYear !== mainYear ? ` (${r.targetYear})` : ''}${r.match === 'related' ? ` · ${T.related[lang]}` : ''}`,
    strict: r.comparator === '>' && !r.ceiling,
    related: r.match === 'related',
    otherYear: r.targetYear !== mainYear,
  }));
  const words = communes
    .filter((c) => !numeric.some((r) => r.communeId === c.id))
    .map((c) => {
      const rows = comparison.rows.filter((r) => r.communeId === c.id);
      const label =
        rows.length === 0
          ? T.noTarget[lang]
          : rows
              .map(
                (r) =>
                  `${r.comparator === 'yes' ? T.yes[lang] : T.qualitative[lang]}${r.match === 'related' ? ` · ${T.related[lang]}` : ''}${r.targetYear !== mainYear ? ` (${r.targetYear})` : ''}`,
              )
              .join('; ');
      return { commune: c.name, label };
    });
  const refs = references.filter(
    (r): r is NationalReference & { value: number } => r.unit === unit && r.kind === 'target' && r.value !== null,
  );
  const maxValue = Math.max(
    ...data.map((d) => d.valueMax ?? d.value),
    ...refs.map((r) => r.value),
    unit === 'percent' ? 100 : unit === 'index' ? 1 : 1,
  );
  const domainMax = unit === 'percent' ? 100 : unit === 'index' ? 1 : Math.ceil(maxValue * 1.15);
  const fmt = (v: number) => `${formatNumber(v, lang)}${unit === 'percent' ? '%' : ''}`;

  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({
    document: document as unknown as Document,
    width: 640,
    height: 60 + 44 * communes.length,
    marginLeft: 110,
    marginRight: 150,
    marginTop: 28,
    style: { fontSize: '13px', background: 'transparent', color: 'currentColor' },
    x: { domain: [0, domainMax], grid: true, label: null, tickFormat: fmt, ticks: unit === 'count' ? Math.min(domainMax, 5) : 5 },
    y: { type: 'band', domain: communes.map((c) => c.name), label: null },
    marks: [
      Plot.ruleX([0]),
      ...refs.map((r) => Plot.ruleX([r.value], { stroke: 'currentColor', strokeDasharray: '4,3', strokeOpacity: 0.7 })),
      ...refs.map((r) =>
        Plot.text([r.value], {
          x: (d: number) => d,
          frameAnchor: 'top',
          dy: -18,
          text: () => `${lang === 'vi' ? 'NQ 57 / quốc gia' : 'national'}: ${r.comparator === '>' ? '>' : '≥'} ${fmt(r.value)} (${r.year})`,
          fill: 'currentColor',
          fontSize: 11,
        }),
      ),
      Plot.barX(
        data.filter((d) => d.valueMax !== null),
        { x1: 'value', x2: 'valueMax', y: 'commune', fill: 'currentColor', fillOpacity: 0.55, insetTop: 12, insetBottom: 12 },
      ),
      Plot.dot(
        data.filter((d) => d.valueMax === null),
        {
          x: 'value',
          y: 'commune',
          r: 7,
          stroke: 'currentColor',
          strokeWidth: 2,
          fill: (d: Datum) => (d.strict ? 'none' : 'currentColor'),
          fillOpacity: (d: Datum) => (d.related ? 0.35 : 1),
          strokeOpacity: (d: Datum) => (d.related ? 0.5 : 1),
          symbol: (d: Datum) => (d.otherYear ? 'diamond' : 'circle'),
        },
      ),
      Plot.text(data, {
        x: (d: Datum) => d.valueMax ?? d.value,
        y: 'commune',
        text: 'label',
        dx: 12,
        textAnchor: 'start',
        fill: 'currentColor',
        fontWeight: 'bold',
      }),
      Plot.text(words, { x: 0, y: 'commune', text: 'label', dx: 8, textAnchor: 'start', fill: 'currentColor', fontStyle: 'italic' }),
    ],
  }) as unknown as HTMLElement;

  // Scales for string channels are explicit above; fail loudly if Plot still wrote a warning.
  const html = svg.outerHTML;
  if (/warning/i.test(svg.textContent ?? '')) throw new Error(`Plot warning in chart "${title}": ${svg.textContent}`);
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const description = describe(input, data, words);
  return (
    html
      .replace(/<g([^>]*?) aria-label="[^"]*"/g, '<g$1')
      // Plot writes font-variant="tabular-nums", which is not a valid SVG attribute value.
      .replace(/ font-variant="tabular-nums"/g, '')
      .replace(/<g([^>]*?) aria-description="[^"]*"/g, '<g$1')
      .replace(
        /^<svg([^>]*)>/,
        (_m, attrs: string) =>
          `<svg${attrs.replace(/ role="[^"]*"/, '')} role="img" aria-labelledby="${titleId} ${descId}"><title id="${titleId}">${esc(title)}</title><desc id="${descId}">${esc(description)}</desc>`,
      )
      .replace(/ width="640"/, ' width="640" preserveAspectRatio="xMinYMid meet"')
  );
}

function describe(input: ChartInput, data: Datum[], words: { commune: string; label: string }[]): string {
  const parts = [...data.map((d) => `${d.commune}: ${d.label}`), ...words.map((w) => `${w.commune}: ${w.label}`)];
  return parts.join('; ') + '.';
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
