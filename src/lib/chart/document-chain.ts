import * as d3 from 'd3';
import { parseHTML } from 'linkedom';
import type { Lang } from '../site/i18n.ts';
import type { ChainNode, DocumentChain } from '../view/documents.ts';
import { accessibleSvg } from './svg-a11y.ts';

/**
 * The chain of documents as an inline SVG, drawn with d3 at build time into a linkedom
 * document (no script in the page; it shows with JavaScript off and in print).
 *
 * Layout: one column per level (Party Central → Government → province → commune), as in
 * src/lib/view/documents.ts; each node a box with the document's number, issuer and date;
 * a curve with an arrowhead from a document to each document or plan that implements or cites
 * it; a dashed curve for a document a plan only mentions. A document that implements another
 * of its own column hangs under it with a short vertical link.
 *
 * The SVG keeps its natural width (text stays legible): the page puts it in a scrolling
 * wrapper and always shows the same chain as a nested list beside it.
 */

export const NODE_W = 150;
export const NODE_H = 56;
const COL_GAP = 40;
const ROW_GAP = 22;
const TOP = 40;
const PAD = 6;
const SLOT = NODE_H + ROW_GAP;
/** Characters of the issuer that fit in a box at 11 px (system sans-serif, ~6 px a character). */
const ISSUER_CHARS = 24;

export interface ChainLayout {
  width: number;
  height: number;
  /** Top-left corner of each node's box. */
  positions: Map<string, { x: number; y: number; row: number }>;
  /** The SVG path of each link, in chain.links order. */
  paths: string[];
}

/**
 * Columns by level; every node on a grid row, in the model's order within its column, pulled
 * towards the nodes it links to. A link to the next column is one curve; a longer link bends into
 * the gap between two grid rows and runs along it (never through a box), then bends into its
 * target: links sharing a gap get lanes a few pixels apart.
 */
export function layoutChain(chain: DocumentChain): ChainLayout {
  const columns = chain.columns.map((_c, i) => chain.nodes.filter((n) => n.column === i).sort((a, b) => a.row - b.row));
  const maxRows = Math.max(1, ...columns.map((c) => c.length));
  const gridRow = new Map<string, number>();
  const neighbours = (id: string) => chain.links.flatMap((l) => (l.from === id ? [l.to] : l.to === id ? [l.from] : []));
  // Fullest columns first (ties: rightmost, the plans), so the others align to them.
  const order = columns.map((c, i) => ({ c, i })).sort((a, b) => b.c.length - a.c.length || b.i - a.i);
  for (const { c } of order) {
    const preferred = c.map((n, i) => {
      const placed = neighbours(n.id)
        .map((id) => gridRow.get(id))
        .filter((v): v is number => v !== undefined);
      return placed.length > 0 ? placed.reduce((s, v) => s + v, 0) / placed.length : i + (maxRows - c.length) / 2;
    });
    const rows: number[] = [];
    preferred.forEach((p, i) => (rows[i] = Math.max(Math.round(p), i === 0 ? 0 : rows[i - 1]! + 1)));
    for (let i = rows.length - 1; i >= 0; i--) rows[i] = Math.min(rows[i]!, i === rows.length - 1 ? maxRows - 1 : rows[i + 1]! - 1);
    c.forEach((n, i) => gridRow.set(n.id, Math.max(0, rows[i]!)));
  }
  const colX = (col: number) => PAD + col * (NODE_W + COL_GAP);
  const positions = new Map(
    chain.nodes.map((n) => {
      const row = gridRow.get(n.id)!;
      return [n.id, { x: colX(n.column), y: TOP + row * SLOT, row }];
    }),
  );
  const lanes = new Map<number, number>();
  const paths = chain.links.map((l) => {
    const s = positions.get(l.from)!;
    const t = positions.get(l.to)!;
    const from = chain.nodes.find((n) => n.id === l.from)!.column;
    const to = chain.nodes.find((n) => n.id === l.to)!.column;
    if (from === to) {
      const x = s.x + NODE_W / 2;
      return `M${x},${s.y + NODE_H}L${x},${t.y - 1}`;
    }
    const [x1, y1] = [s.x + NODE_W, s.y + NODE_H / 2];
    const [x2, y2] = [t.x - 1, t.y + NODE_H / 2];
    if (to === from + 1) return `M${x1},${y1}C${x1 + COL_GAP / 2},${y1} ${x2 - COL_GAP / 2},${y2} ${x2},${y2}`;
    // The gap above the target's row when coming from above (or level), else the gap below it.
    const gap = s.row <= t.row ? t.row : t.row + 1;
    const lane = lanes.get(gap) ?? 0;
    lanes.set(gap, lane + 1);
    const yc = TOP + gap * SLOT - ROW_GAP / 2 + (lane % 4) * 4 - 6;
    const a = x1 + COL_GAP / 2;
    const b = x2 - COL_GAP / 2;
    return `M${x1},${y1}C${a},${y1} ${a},${yc} ${x1 + COL_GAP},${yc}` + `L${x2 - COL_GAP},${yc}C${b},${yc} ${b},${y2} ${x2},${y2}`;
  });
  return {
    width: PAD * 2 + chain.columns.length * NODE_W + (chain.columns.length - 1) * COL_GAP,
    height: TOP + maxRows * SLOT + PAD,
    positions,
    paths,
  };
}

export function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

export interface ChainChartOptions {
  lang: Lang;
  /** The accessible name. */
  title: string;
  /** What the chart shows, in words (the nested list next to it has the whole chain). */
  description: string;
  /** Unique on the page: prefixes the ids of <title>, <desc> and the arrow marker. */
  idPrefix: string;
}

export function renderDocumentChain(chain: DocumentChain, opts: ChainChartOptions): string {
  const { width, height, positions, paths } = layoutChain(chain);
  const pos = (id: string) => positions.get(id)!;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const body = d3.select(document.body as unknown as HTMLElement);
  const svg = body
    .append('svg')
    .attr('xmlns', 'http://www.w3.org/2000/svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('class', 'dc-svg')
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 12);
  const arrow = `${opts.idPrefix}-arrow`;
  svg
    .append('defs')
    .append('marker')
    .attr('id', arrow)
    .attr('viewBox', '0 0 8 8')
    .attr('refX', 7)
    .attr('refY', 4)
    .attr('markerWidth', 7)
    .attr('markerHeight', 7)
    .attr('orient', 'auto')
    .append('path')
    .attr('d', 'M0,0 L8,4 L0,8 Z')
    .attr('class', 'dc-arrow')
    .attr('fill', '#4a5360');

  svg
    .append('g')
    .attr('class', 'dc-heads')
    .selectAll('text')
    .data(chain.columns)
    .join('text')
    .attr('x', (_c, i) => PAD + i * (NODE_W + COL_GAP))
    .attr('y', 16)
    .attr('font-weight', 700)
    .attr('fill', 'currentColor')
    .text((c) => c.label[opts.lang]);

  svg
    .append('g')
    .attr('class', 'dc-links')
    .attr('fill', 'none')
    .selectAll('path')
    .data(chain.links)
    .join('path')
    .attr('class', (l) => `dc-link dc-${l.kind}`)
    .attr('d', (_l, i) => paths[i]!)
    .attr('stroke', '#4a5360')
    .attr('stroke-width', 1.25)
    .attr('stroke-dasharray', (l) => (l.kind === 'mentions' ? '5,4' : null))
    .attr('marker-end', `url(#${arrow})`);

  const node = svg
    .append('g')
    .attr('class', 'dc-nodes')
    .selectAll('g')
    .data(chain.nodes)
    .join('g')
    .attr('class', (n) => `dc-node dc-${n.kind}`)
    .attr('transform', (n) => `translate(${pos(n.id).x},${pos(n.id).y})`);
  node
    .append('rect')
    .attr('width', NODE_W)
    .attr('height', NODE_H)
    .attr('rx', 6)
    .attr('fill', '#ffffff')
    .attr('stroke', (n) => (n.kind === 'plan' ? '#0b5394' : '#4a5360'))
    .attr('stroke-width', (n) => (n.kind === 'plan' ? 2 : 1));
  node
    .append('text')
    .attr('x', 8)
    .attr('y', 17)
    .attr('font-weight', 700)
    .attr('font-size', 12.5)
    .attr('fill', 'currentColor')
    .text((n) => n.number);
  node
    .append('text')
    .attr('x', 8)
    .attr('y', 33)
    .attr('font-size', 11)
    .attr('fill', 'currentColor')
    .text((n: ChainNode) => truncate(n.issuer, ISSUER_CHARS));
  node
    .append('text')
    .attr('x', 8)
    .attr('y', 48)
    .attr('font-size', 11)
    .attr('class', 'dc-date')
    .attr('fill', 'currentColor')
    .text((n) => n.date);

  const markup = (document.body as unknown as HTMLElement).innerHTML;
  return accessibleSvg(markup, { idPrefix: opts.idPrefix, title: opts.title, description: opts.description });
}
