/**
 * The chain of documents behind one or more plans, as the commune and methodology pages show it:
 * the chain for the chart (drawn at build time from this view), its summary for the chart's
 * description, and the same chain as nested lists, its text alternative, with each place a plan
 * mentions a document resolved to a link to that line.
 */
import type { Dataset } from '../dataset/check-dataset.ts';
import { provincesOf } from '../dataset/scope.ts';
import type { Lang } from '../site/i18n.ts';
import {
  chainSummary,
  chainTree,
  chainTreeOf,
  documentChain,
  provinceChain,
  provinceNodeId,
  type ChainNode,
  type ChainTreeItem,
  type DocumentChain,
} from './documents.ts';
import { numberedCitation, type CitationLink } from './sources.ts';

/** A list item of the chain, with the line where the plan mentions the document as a link. */
export interface ChainListItem extends Omit<ChainTreeItem, 'children'> {
  /** The mention's line as a link; null when the item is not a mention or its text is not there. */
  refLink: CitationLink | null;
  children: ChainListItem[];
}

export interface ChainView {
  chain: DocumentChain;
  /** The chain in one paragraph, for the chart's description. */
  description: string;
  /** One box per province (past a dozen plans) instead of one per plan. */
  byProvince: boolean;
  /** Whether any plan only mentions a document (the chart draws it dashed). */
  hasMentions: boolean;
  /** A tree per plan (or per province's plans), in the order asked. */
  trees: ChainListItem[];
  /** By province: every document, column by column, with the numbers of those it implements. */
  documents: { node: ChainNode; implements: string }[];
}

/** The plans whose chain is drawn: some communes', or all of them one box per province. */
export type ChainPlans = { communeIds: string[] } | { byProvince: true };

export function chainView(ds: Dataset, plans: ChainPlans, lang: Lang): ChainView {
  const byProvince = 'byProvince' in plans;
  const chain = byProvince ? provinceChain(ds, lang) : documentChain(ds, plans.communeIds);
  const roots = byProvince
    ? provincesOf(ds).map((p) => chainTreeOf(chain, provinceNodeId(p.slug)))
    : plans.communeIds.map((id) => chainTree(chain, id));
  const numberOf = new Map(chain.nodes.map((n) => [n.id, n.number]));
  return {
    chain,
    description: chainSummary(chain, lang),
    byProvince,
    hasMentions: chain.links.some((l) => l.kind === 'mentions'),
    trees: roots.filter((t) => t !== null).map((t) => listItem(ds, t, lang)),
    documents: byProvince
      ? chain.nodes
          .filter((n) => n.kind === 'document')
          .sort((a, b) => a.column - b.column || a.row - b.row)
          .map((node) => ({
            node,
            implements: chain.links
              .filter((l) => l.to === node.id && l.kind === 'implements')
              .map((l) => numberOf.get(l.from)!)
              .join(', '),
          }))
      : [],
  };
}

function listItem(ds: Dataset, item: ChainTreeItem, lang: Lang): ChainListItem {
  return { ...item, refLink: item.ref ? refCitation(ds, item.ref, lang) : null, children: item.children.map((c) => listItem(ds, c, lang)) };
}

/** "002:204" (a mention's line in a plan text) as a link to it. */
function refCitation(ds: Dataset, ref: string, lang: Lang): CitationLink | null {
  const m = /^(\d{3}):(\d+)(?:-(\d+))?$/.exec(ref);
  return m ? numberedCitation(ds, m[1]!, { from: Number(m[2]), to: Number(m[3] ?? m[2]) }, lang) : null;
}
