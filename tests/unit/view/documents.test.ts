import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { layoutChain, NODE_H, NODE_W, renderDocumentChain, truncate } from '../../../src/lib/chart/document-chain.ts';
import { resolve } from 'node:path';
import {
  chainSummary,
  chainTree,
  chainTreeOf,
  displayDate,
  documentChain,
  provinceChain,
  provinceNodeId,
  type ChainTreeItem,
} from '../../../src/lib/view/documents.ts';
import { generateSynthetic } from '../../../scripts/lib/bench/synthetic.ts';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { provincesOf } from '../../../src/lib/dataset/scope.ts';

import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();
const ALL = ds.raw.communes.map((c) => c.id);

function flatten(item: ChainTreeItem): ChainTreeItem[] {
  return [item, ...item.children.flatMap(flatten)];
}

describe('the chain of documents', () => {
  it('reaches Resolution 57-NQ/TW from every plan, through what each plan cites and what those implement', () => {
    for (const id of ALL) {
      const chain = documentChain(ds, [id]);
      expect(chain.nodes.some((n) => n.id === 'nq-57-nq-tw')).toBe(true);
      for (const cited of ds.raw.communes.find((c) => c.id === id)!.cited_documents) {
        expect(chain.links).toContainEqual({ from: cited, to: `plan:${id}`, kind: 'cites', ref: null });
      }
    }
    const nt = documentChain(ds, ['nhon-trach']);
    expect(nt.links).toContainEqual({ from: 'nq-03-nq-cp', to: 'nq-71-nq-cp', kind: 'implements', ref: null });
  });

  it('adds 11/NQ-CP to Phước An’s chain as a document the plan mentions (004:31), not one it cites', () => {
    const pa = documentChain(ds, ['phuoc-an']);
    expect(pa.links.filter((l) => l.kind === 'mentions')).toEqual([
      { from: 'nq-11-nq-cp', to: 'plan:phuoc-an', kind: 'mentions', ref: '004:31' },
    ]);
    expect(documentChain(ds, ['xuan-thanh']).nodes.some((n) => n.id === 'nq-11-nq-cp')).toBe(false);
  });

  it('sets the columns out by level, leaving out levels a chain does not use', () => {
    expect(documentChain(ds, ALL).columns.map((c) => c.level)).toEqual([
      'party-central',
      'government',
      'province-party',
      'province',
      'commune-party',
      'commune',
    ]);
    expect(documentChain(ds, ['nhon-trach']).columns.map((c) => c.level)).toEqual(['party-central', 'government', 'province', 'commune']);
  });

  it('puts a document under the one of its own column it implements, and each province’s documents together', () => {
    const chain = documentChain(ds, ALL);
    const row = (id: string) => chain.nodes.find((n) => n.id === id)!.row;
    expect(row('nq-03-nq-cp')).toBeLessThan(row('nq-71-nq-cp'));
    expect(row('nq-71-nq-cp')).toBeLessThan(row('nq-11-nq-cp'));
    expect(row('kh-348-kh-ubnd-nghe-an')).toBeGreaterThan(row('kh-92-kh-ubnd-dong-nai'));
    expect(chain.nodes.filter((n) => n.kind === 'plan').map((n) => n.communeId)).toEqual(ALL);
  });

  it('shows a plan’s date and number as written, blanks included', () => {
    const plan = documentChain(ds, ['phuoc-an']).nodes.find((n) => n.kind === 'plan')!;
    expect(plan).toMatchObject({ number: '/KH-UBND', date: '../../2026', issuer: 'UBND xã Phước An' });
    expect(displayDate('2024-12-22')).toBe('22/12/2024');
    expect(displayDate('../02/2026')).toBe('../02/2026');
  });
});

describe('the chain as a nested list (the chart’s text alternative)', () => {
  it('starts from the plan, lists what it cites first, and expands each document once', () => {
    const chain = documentChain(ds, ['phuoc-an']);
    const tree = chainTree(chain, 'phuoc-an')!;
    expect(tree.node.id).toBe('plan:phuoc-an');
    expect(tree.children.map((c) => c.node.number)).toEqual(['57-NQ/TW', '469-KH/TU', '03-KH/BCĐ', '91/KH-UBND', '92/KH-UBND', '11/NQ-CP']);
    expect(tree.children.at(-1)).toMatchObject({ relation: 'mentions', ref: '004:31' });
    const items = flatten(tree);
    const expanded = items.filter((i) => !i.repeated).map((i) => i.node.id);
    expect(new Set(expanded).size).toBe(expanded.length);
    expect(items.filter((i) => i.repeated).every((i) => i.children.length === 0)).toBe(true);
  });

  it('names every node of the chart somewhere in the list', () => {
    const chain = documentChain(ds, ALL);
    const listed = new Set(ALL.flatMap((id) => flatten(chainTree(chain, id)!).map((i) => i.node.id)));
    expect([...listed].sort()).toEqual(chain.nodes.map((n) => n.id).sort());
  });

  it('summarises the chain in words for the chart’s description', () => {
    expect(chainSummary(documentChain(ds, ['nhon-trach']), 'vi')).toBe(
      '4 văn bản cấp trên, theo cột từ Trung ương đến xã. Kế hoạch 57/KH-UBND của UBND xã Nhơn Trạch căn cứ 57-NQ/TW, 71/NQ-CP, 91/KH-UBND.',
    );
  });
});

describe('the chart', () => {
  const chain = documentChain(ds, ALL);
  const svg = renderDocumentChain(chain, { lang: 'vi', title: 'Chuỗi <văn bản>', description: 'Mô tả & chi tiết', idPrefix: 'c1' });
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg')!;

  it('is an image named by its title and described by its desc, both escaped', () => {
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('aria-labelledby')).toBe('c1-title c1-desc');
    expect(document.getElementById('c1-title')!.textContent).toBe('Chuỗi <văn bản>');
    expect(document.getElementById('c1-desc')!.textContent).toBe('Mô tả & chi tiết');
    expect(svg).not.toContain('<văn bản>');
  });

  it('draws one box per document and plan, one path per link, the mention dashed', () => {
    expect(document.querySelectorAll('.dc-node rect')).toHaveLength(chain.nodes.length);
    expect(document.querySelectorAll('path.dc-link')).toHaveLength(chain.links.length);
    expect(document.querySelectorAll('path.dc-mentions')).toHaveLength(1);
    expect(document.querySelector('path.dc-mentions')!.getAttribute('stroke-dasharray')).toBe('5,4');
    const labels = [...document.querySelectorAll('.dc-node text')].map((t) => t.textContent);
    for (const n of chain.nodes) expect(labels).toContain(n.number);
  });

  it('never lets two boxes overlap, and routes long links between rows, not through boxes', () => {
    const { positions, paths, width } = layoutChain(chain);
    const boxes = [...positions.values()];
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b) expect(a.x + NODE_W <= b.x || b.x + NODE_W <= a.x || a.y + NODE_H <= b.y || b.y + NODE_H <= a.y).toBe(true);
    expect(Math.max(...boxes.map((b) => b.x + NODE_W))).toBeLessThanOrEqual(width);
    // The straight run of a long link ("L x,y") is a horizontal line: it must miss every box it passes.
    for (const p of paths) {
      const run = /C[^L]*? ([\d.]+),([\d.]+)L([\d.]+),([\d.]+)C/.exec(p);
      if (!run) continue;
      const [x1, y, x2] = [Number(run[1]), Number(run[2]), Number(run[3])];
      for (const b of boxes) {
        const crosses = b.x < x2 && b.x + NODE_W > x1 && y > b.y && y < b.y + NODE_H;
        expect(crosses, `${p} crosses a box at ${b.x},${b.y}`).toBe(false);
      }
    }
  });

  it('shortens a long issuer with an ellipsis and leaves a short one alone', () => {
    expect(truncate('Ban Thường vụ Tỉnh ủy Đồng Nai', 12)).toBe('Ban Thường…');
    expect(truncate('Chính phủ', 12)).toBe('Chính phủ');
  });
});

/** 40 synthetic communes in several provinces: more than fit side by side, so the page summarizes. */
async function syntheticDataset() {
  const files = generateSynthetic(await readDataFiles(resolve('data')), { n: 40, seed: 1 });
  const checked = checkDataset(new Map([...files].map(([k, v]) => [k, new TextEncoder().encode(v)])), 'synthetic');
  if (!checked.ok) throw new Error('synthetic data do not pass the checks');
  return checked.value;
}
const syn = await syntheticDataset();

describe('the chain of all plans past a dozen (40 synthetic communes)', () => {
  const chain = provinceChain(syn, 'vi');
  const provinces = provincesOf(syn);
  const plansBox = chain.nodes.filter((n) => n.kind === 'plan');

  it('draws the higher documents once and one box per province, not per plan', () => {
    expect(plansBox.map((n) => n.id)).toEqual(provinces.map((p) => provinceNodeId(p.slug)));
    expect(plansBox.length).toBeLessThan(40);
    expect(plansBox[0]!.number).toBe(provinces[0]!.name);
    expect(plansBox[0]!.issuer).toBe(`${provinces[0]!.communeIds.length} kế hoạch cấp xã`);
    const docs = chain.nodes.filter((n) => n.kind === 'document').map((n) => n.id);
    expect(new Set(docs).size).toBe(docs.length);
    expect(docs).toContain('nq-57-nq-tw');
    expect(provinceChain(syn, 'en').nodes.find((n) => n.kind === 'plan')!.issuer).toMatch(/^\d+ commune plans?$/);
  });

  it('counts on each link the plans of the province that cite the document', () => {
    const cites = chain.links.filter((l) => l.kind === 'cites');
    expect(cites.reduce((n, l) => n + l.plans!, 0)).toBe(
      syn.raw.communes.reduce((n, c) => n + c.cited_documents.filter((id) => chain.nodes.some((x) => x.id === id)).length, 0),
    );
    const p = provinces[0]!;
    const to57 = cites.find((l) => l.from === 'nq-57-nq-tw' && l.to === provinceNodeId(p.slug))!;
    expect(to57.plans).toBe(
      syn.raw.communes.filter((c) => p.communeIds.includes(c.id) && c.cited_documents.includes('nq-57-nq-tw')).length,
    );
  });

  it('gives each province a nested list with the counts, and a chart as tall as the provinces', () => {
    const tree = chainTreeOf(chain, provinceNodeId(provinces[0]!.slug))!;
    expect(tree.children.length).toBeGreaterThan(0);
    expect(tree.children.every((c) => c.plans !== null && c.plans > 0)).toBe(true);
    const layout = layoutChain(chain);
    expect(layout.height).toBeLessThanOrEqual(40 + Math.max(provinces.length, 12) * (NODE_H + 22) + 6);
    expect(chainSummary(chain, 'vi')).toContain(`${provinces[0]!.name}: ${provinces[0]!.communeIds.length} kế hoạch cấp xã, căn cứ`);
  });
});
