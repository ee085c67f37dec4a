import { describe, expect, it } from 'vitest';
import { chainView, type ChainListItem } from '../../../src/lib/view/chain-view.ts';
import { chainSummary, documentChain, provinceChain } from '../../../src/lib/view/documents.ts';
import { provincesOf } from '../../../src/lib/dataset/scope.ts';
import { realDataset } from '../support/real-dataset.ts';
import { scaledDataset } from '../support/scaled-dataset.ts';

const ds = await realDataset();
const ALL = ds.raw.communes.map((c) => c.id);
const flatten = (item: ChainListItem): ChainListItem[] => [item, ...item.children.flatMap(flatten)];

describe('the chain of documents as a page shows it', () => {
  it('gives one tree per plan asked for, in that order, with the chart’s chain and its summary', () => {
    const ids = [...ALL].reverse();
    const view = chainView(ds, { communeIds: ids }, 'vi');
    expect(view.chain).toEqual(documentChain(ds, ids));
    expect(view.description).toBe(chainSummary(view.chain, 'vi'));
    expect(view.trees.map((t) => t.node.communeId)).toEqual(ids);
    expect(view.byProvince).toBe(false);
    expect(view.documents).toEqual([]);
  });

  it('links every mention that names a line of a plan text to that line, and nothing else', () => {
    const items = chainView(ds, { communeIds: ALL }, 'en').trees.flatMap(flatten);
    const mentions = items.filter((i) => i.relation === 'mentions' && i.ref);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) {
      expect(m.refLink, m.ref!).not.toBeNull();
      expect(m.refLink!.page).toMatch(new RegExp(`^sources/${m.ref!.slice(0, 3)}`));
    }
    expect(items.filter((i) => !i.ref).every((i) => i.refLink === null)).toBe(true);
  });

  it('says whether any plan only mentions a document', () => {
    for (const id of ALL) {
      const view = chainView(ds, { communeIds: [id] }, 'vi');
      expect(view.hasMentions, id).toBe(view.chain.links.some((l) => l.kind === 'mentions'));
    }
  });
});

describe('the chain of all plans by province (synthetic, past a dozen plans)', async () => {
  const syn = await scaledDataset();
  const view = chainView(syn, { byProvince: true }, 'vi');

  it('gives one tree per province and lists every document once, column by column', () => {
    expect(view.chain).toEqual(provinceChain(syn, 'vi'));
    expect(view.trees.map((t) => t.node.number)).toEqual(provincesOf(syn).map((p) => p.name));
    const docs = view.chain.nodes.filter((n) => n.kind === 'document');
    expect(view.documents.map((d) => d.node.id).sort()).toEqual(docs.map((n) => n.id).sort());
    const columns = view.documents.map((d) => d.node.column);
    expect(columns).toEqual([...columns].sort((a, b) => a - b));
  });

  it('says for each document the numbers of the documents it implements', () => {
    const numberOf = new Map(view.chain.nodes.map((n) => [n.id, n.number]));
    for (const d of view.documents) {
      const higher = view.chain.links.filter((l) => l.to === d.node.id && l.kind === 'implements').map((l) => numberOf.get(l.from));
      expect(d.implements).toBe(higher.join(', '));
    }
    expect(view.documents.some((d) => d.implements !== '')).toBe(true);
  });
});
