import * as d3 from 'd3';
import { parseHTML } from 'linkedom';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../validate/check-dataset.ts';

/** Columns of the chain, from the Politburo down to the commune plans. */
const LEVELS = [
  { ids: ['party-central'], vi: 'Trung ương', en: 'Central Party' },
  { ids: ['government'], vi: 'Chính phủ', en: 'Government' },
  { ids: ['province-party', 'province'], vi: 'Tỉnh', en: 'Province' },
  { ids: ['commune-party'], vi: 'Đảng ủy xã', en: 'Commune Party' },
  { ids: ['plan'], vi: 'Kế hoạch của xã', en: 'Commune plan' },
] as const;

export interface ChainNode {
  id: string;
  label: string;
  sub: string;
  level: number;
}

export interface Chain {
  nodes: ChainNode[];
  links: { source: string; target: string }[];
}

/**
 * The documents the given communes' plans cite, with everything those documents implement in
 * turn (the transitive closure over documents.csv "implements"), plus the plans themselves.
 */
export function documentChain(ds: Dataset, communeIds: string[]): Chain {
  const docs = new Map(ds.raw.documents.map((d) => [d.id, d]));
  const keep = new Set<string>();
  const visit = (id: string) => {
    if (keep.has(id) || !docs.has(id)) return;
    keep.add(id);
    for (const up of docs.get(id)!.implements) visit(up);
  };
  const communes = ds.raw.communes.filter((c) => communeIds.includes(c.id));
  for (const c of communes) for (const id of c.cited_documents) visit(id);
  const levelOf = (level: string) => LEVELS.findIndex((l) => (l.ids as readonly string[]).includes(level));
  const nodes: ChainNode[] = [
    ...[...keep].map((id) => {
      const d = docs.get(id)!;
      return { id, label: d.number, sub: d.issuer, level: levelOf(d.level) };
    }),
    ...communes.map((c) => ({ id: `plan:${c.id}`, label: c.plan_number, sub: c.name, level: LEVELS.length - 1 })),
  ].sort((a, b) => a.level - b.level || a.id.localeCompare(b.id));
  const links = [
    ...[...keep].flatMap((id) =>
      docs
        .get(id)!
        .implements.filter((up) => keep.has(up))
        .map((up) => ({ source: up, target: id })),
    ),
    ...communes.flatMap((c) => c.cited_documents.filter((id) => keep.has(id)).map((id) => ({ source: id, target: `plan:${c.id}` }))),
  ];
  return { nodes, links };
}

/**
 * The chain as SVG, laid out in columns by level and drawn with d3 at build time (linkedom
 * provides the document). role="img" with a title; the caller puts the same chain next to it
 * as a list (the text alternative).
 */
export function renderDocumentChain(chain: Chain, lang: Lang, title: string, idPrefix: string): string {
  const colWidth = 190;
  const nodeW = 160;
  const nodeH = 40;
  const gap = 14;
  const byLevel = d3.group(chain.nodes, (n) => n.level);
  const rows = Math.max(...[...byLevel.values()].map((v) => v.length));
  const height = 34 + rows * (nodeH + gap);
  const width = LEVELS.length * colWidth;
  const pos = new Map<string, { x: number; y: number }>();
  for (const [level, nodes] of byLevel) {
    const offset = ((rows - nodes.length) * (nodeH + gap)) / 2;
    nodes.forEach((n, i) => pos.set(n.id, { x: level * colWidth + 10, y: 30 + offset + i * (nodeH + gap) }));
  }

  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = d3
    .select(document.body as unknown as HTMLElement)
    .append('svg')
    .attr('viewBox', `0 0 ${width} ${height}`)
    .attr('width', width)
    .attr('height', height)
    .attr('role', 'img')
    .attr('aria-labelledby', `${idPrefix}-title`)
    .attr('font-family', 'system-ui, sans-serif')
    .attr('font-size', 12)
    .attr('class', 'doc-chain');
  svg.append('title').attr('id', `${idPrefix}-title`).text(title);
  svg
    .append('g')
    .selectAll('text')
    .data(LEVELS)
    .join('text')
    .attr('x', (_d, i) => i * colWidth + 10)
    .attr('y', 16)
    .attr('font-weight', 'bold')
    .attr('fill', 'currentColor')
    .text((d) => d[lang]);
  const link = d3
    .linkHorizontal<{ source: [number, number]; target: [number, number] }, [number, number]>()
    .source((d) => d.source)
    .target((d) => d.target);
  svg
    .append('g')
    .attr('fill', 'none')
    .attr('stroke', 'currentColor')
    .attr('stroke-opacity', 0.45)
    .selectAll('path')
    .data(chain.links.filter((l) => pos.has(l.source) && pos.has(l.target)))
    .join('path')
    .attr('d', (l) => {
      const s = pos.get(l.source)!;
      const t = pos.get(l.target)!;
      return link({ source: [s.x + nodeW, s.y + nodeH / 2], target: [t.x, t.y + nodeH / 2] });
    });
  const node = svg
    .append('g')
    .selectAll('g')
    .data(chain.nodes)
    .join('g')
    .attr('transform', (n) => `translate(${pos.get(n.id)!.x},${pos.get(n.id)!.y})`);
  node
    .append('rect')
    .attr('width', nodeW)
    .attr('height', nodeH)
    .attr('rx', 5)
    .attr('fill', 'var(--bg, #fff)')
    .attr('stroke', 'currentColor')
    .attr('stroke-width', (n) => (n.id.startsWith('plan:') ? 2 : 1));
  node
    .append('text')
    .attr('x', 8)
    .attr('y', 16)
    .attr('font-weight', 'bold')
    .attr('fill', 'currentColor')
    .text((n) => n.label);
  node
    .append('text')
    .attr('x', 8)
    .attr('y', 31)
    .attr('font-size', 10.5)
    .attr('fill', 'currentColor')
    .text((n) => (n.sub.length > 28 ? `${n.sub.slice(0, 27)}…` : n.sub));
  return (document.body as unknown as HTMLElement).innerHTML;
}
