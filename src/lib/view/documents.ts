import { plural, strings } from '../site/i18n.ts';
import { fill } from '../site/fill.ts';
import type { Bilingual, Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { DOCUMENT_LEVELS } from '../validate/schemas.ts';
import { provincesOf } from '../dataset/scope.ts';
import { formatRange } from '../validate/fields.ts';
import { seedNumber } from '../site/source-names.ts';

/**
 * The chain of documents behind the commune plans: Resolution 57-NQ/TW, the Government's
 * programmes, the provinces' plans, and the commune plans that cite them. Built from
 * documents.csv (level, implements, source) and communes.csv (cited_documents). Pure.
 *
 * - A plan's chain is what it cites as its basis (Căn cứ / Thực hiện), and everything those
 *   documents implement in turn (the transitive closure over "implements").
 * - A document the plan names in its text without listing it as a basis (documents.csv
 *   `source` points into the plan's seed file) is added with a "mentions" link, but only when it
 *   would otherwise be missing from the chain (e.g. Phước An names 11/NQ-CP at 004:31).
 * - Past a dozen plans (provinceChain) the plans are drawn one box per province, counting its
 *   plans, and each link says how many of them cite the document: the chain of 3,321 plans is
 *   then as tall as the 34 provinces, not as the plans.
 */

export type DocumentLevel = (typeof DOCUMENT_LEVELS)[number];

/** Column headings, left (the Politburo) to right (the commune plans). */
export const LEVEL_LABEL: Record<DocumentLevel, Bilingual> = {
  'party-central': { vi: 'Trung ương Đảng', en: 'Party Central' },
  government: { vi: 'Chính phủ', en: 'Government' },
  'province-party': { vi: 'Tỉnh ủy, BCĐ tỉnh', en: 'Provincial Party' },
  province: { vi: 'UBND tỉnh', en: 'Provincial government' },
  'commune-party': { vi: 'Đảng ủy xã', en: 'Commune Party' },
  commune: { vi: 'Kế hoạch của xã', en: 'Commune plans' },
};

export interface ChainNode {
  /** A documents.csv id, `plan:<commune id>` for a commune plan, `plans:<province slug>` for a province's plans. */
  id: string;
  kind: 'document' | 'plan';
  level: DocumentLevel;
  /** Index of the node's column among the columns actually used. */
  column: number;
  /** Position within the column, from the top. */
  row: number;
  /** "57-NQ/TW", "68/KH-UBND", "/KH-UBND" (a blank number stays blank). */
  number: string;
  issuer: string;
  /** dd/mm/yyyy, or the plan's date as written ("../02/2026"). */
  date: string;
  title: string;
  communeId: string | null;
}

export interface ChainLink {
  /** The higher document. */
  from: string;
  /** The document or plan that implements, cites or mentions it. */
  to: string;
  kind: 'implements' | 'cites' | 'mentions';
  /** For "mentions": where the plan names it ("004:31"; the first plan's, for a province). */
  ref: string | null;
  /** To a province's plans: how many of them cite (or mention) the document. */
  plans?: number;
}

export interface DocumentChain {
  columns: { level: DocumentLevel; label: Bilingual }[];
  nodes: ChainNode[];
  links: ChainLink[];
}

/** "2024-12-22" → "22/12/2024"; anything else is returned as written. */
export function displayDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

export const planNodeId = (communeId: string): string => `plan:${communeId}`;
export const provinceNodeId = (slug: string): string => `plans:${slug}`;

type Communes = Dataset['raw']['communes'];

const orderCache = new WeakMap<object, Map<string, number>>();
/** Each commune's position in communes.csv. */
function communeOrder(ds: Dataset): Map<string, number> {
  let order = orderCache.get(ds.raw);
  if (!order) orderCache.set(ds.raw, (order = new Map(ds.raw.communes.map((c, i) => [c.id, i]))));
  return order;
}

/** The documents the plans cite, everything those implement, and the documents they only mention. */
function reach(ds: Dataset, communes: Communes) {
  const docs = new Map(ds.raw.documents.map((d) => [d.id, d]));
  const closure = new Set<string>();
  const visit = (id: string) => {
    if (closure.has(id) || !docs.has(id)) return;
    closure.add(id);
    for (const up of docs.get(id)!.implements) visit(up);
  };
  for (const c of communes) for (const id of c.cited_documents) visit(id);

  const mentions: { doc: string; communeId: string; ref: string }[] = [];
  for (const c of communes) {
    const seeds = new Set(c.source_files.map(seedNumber));
    for (const d of ds.raw.documents) {
      if (closure.has(d.id)) continue;
      const ref = d.source.find(
        (s): s is { seed: string; lines: { from: number; to: number } } => s !== 'research.md' && seeds.has(s.seed),
      );
      if (ref) mentions.push({ doc: d.id, communeId: c.id, ref: seedRef(ref.seed, ref.lines) });
    }
  }
  for (const m of mentions) visit(m.doc);
  const implementsLinks = [...closure].flatMap((id) =>
    docs
      .get(id)!
      .implements.filter((up) => closure.has(up))
      .map((up): ChainLink => ({ from: up, to: id, kind: 'implements', ref: null })),
  );
  const levels = new Set<DocumentLevel>([...closure].map((id) => docs.get(id)!.level));
  if (communes.length > 0) levels.add('commune');
  const usedLevels = DOCUMENT_LEVELS.filter((l) => levels.has(l));
  const column = (level: DocumentLevel) => usedLevels.indexOf(level);
  const docNodes = [...closure].map((id): ChainNode => {
    const d = docs.get(id)!;
    return {
      id,
      kind: 'document',
      level: d.level,
      column: column(d.level),
      row: 0,
      number: d.number,
      issuer: d.issuer,
      date: displayDate(d.date),
      title: d.title,
      communeId: null,
    };
  });
  return { closure, mentions, implementsLinks, usedLevels, column, docNodes };
}

export function documentChain(ds: Dataset, communeIds: string[]): DocumentChain {
  // In communes.csv order, by lookup: a commune page asks for one plan, out of up to 3,321.
  const order = communeOrder(ds);
  const communes = [...new Set(communeIds)]
    .filter((id) => ds.communeById.has(id))
    .sort((a, b) => order.get(a)! - order.get(b)!)
    .map((id) => ds.communeById.get(id)!);
  const { closure, mentions, implementsLinks, usedLevels, column, docNodes } = reach(ds, communes);
  const links: ChainLink[] = [
    ...implementsLinks,
    ...communes.flatMap((c) =>
      c.cited_documents
        .filter((id) => closure.has(id))
        .map((id): ChainLink => ({ from: id, to: planNodeId(c.id), kind: 'cites', ref: null })),
    ),
    ...mentions.map((m): ChainLink => ({ from: m.doc, to: planNodeId(m.communeId), kind: 'mentions', ref: m.ref })),
  ];
  const nodes: ChainNode[] = [
    ...docNodes,
    ...communes.map((c): ChainNode => ({
      id: planNodeId(c.id),
      kind: 'plan',
      level: 'commune',
      column: column('commune'),
      row: 0,
      number: c.plan_number,
      issuer: `UBND ${c.unit_type_at_plan} ${c.name}`,
      date: c.plan_date_raw,
      title: c.title,
      communeId: c.id,
    })),
  ];
  orderRows(nodes, links, ds.raw.documents, communes, new Map(communes.map((c, i) => [planNodeId(c.id), i])));
  return { columns: usedLevels.map((level) => ({ level, label: LEVEL_LABEL[level] })), nodes, links };
}

/**
 * The chain behind all plans with one box per province ("Đồng Nai — 95 kế hoạch xã") instead of
 * one per plan; a link from a document to a province's box counts the plans that cite it. One
 * pass over the plans: the size of the result depends on the documents and provinces only.
 */
export function provinceChain(ds: Dataset, lang: Lang): DocumentChain {
  const communes = ds.raw.communes;
  const { closure, mentions, implementsLinks, usedLevels, column, docNodes } = reach(ds, communes);
  const provinces = provincesOf(ds);
  const provinceOf = new Map(provinces.flatMap((p) => p.communeIds.map((id) => [id, p.slug] as const)));
  const cites = new Map<string, ChainLink>();
  const add = (from: string, communeId: string, kind: 'cites' | 'mentions', ref: string | null) => {
    const to = provinceNodeId(provinceOf.get(communeId)!);
    const key = `${kind} ${from} ${to}`;
    const link = cites.get(key);
    if (link) link.plans = (link.plans ?? 0) + 1;
    else cites.set(key, { from, to, kind, ref, plans: 1 });
  };
  for (const c of communes) for (const id of c.cited_documents) if (closure.has(id)) add(id, c.id, 'cites', null);
  for (const m of mentions) add(m.doc, m.communeId, 'mentions', m.ref);
  const links = [...implementsLinks, ...cites.values()];
  const nodes: ChainNode[] = [
    ...docNodes,
    ...provinces.map((p): ChainNode => {
      const n = p.communeIds.length;
      return {
        id: provinceNodeId(p.slug),
        kind: 'plan',
        level: 'commune',
        column: column('commune'),
        row: 0,
        number: p.name,
        issuer: plural(SDC.communePlans, n, lang),
        date: '',
        title: '',
        communeId: null,
      };
    }),
  ];
  orderRows(nodes, links, ds.raw.documents, communes, new Map(provinces.map((p, i) => [provinceNodeId(p.slug), i])));
  return { columns: usedLevels.map((level) => ({ level, label: LEVEL_LABEL[level] })), nodes, links };
}

function seedRef(seed: string, lines: { from: number; to: number }): string {
  return `${seed}:${formatRange(lines)}`;
}

/**
 * Rows within each column: documents that implement another document of the same column come
 * after it (03/NQ-CP above 71/NQ-CP above 11/NQ-CP); then national documents, then each
 * province's in the order of its first commune in communes.csv (as the plans are); then near the
 * mean row of the documents they implement (fewer crossings), then by date. Plans keep
 * communes.csv order.
 */
function orderRows(
  nodes: ChainNode[],
  links: ChainLink[],
  documents: Dataset['raw']['documents'],
  communes: Communes,
  planOrder: Map<string, number>,
): void {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const isoDate = new Map(documents.map((d) => [d.id, d.date]));
  const provinceOf = new Map(documents.map((d) => [d.id, d.province]));
  const provinces = [...new Set(communes.map((c) => c.province))];
  const provinceRank = (id: string) => {
    const p = provinceOf.get(id) ?? '';
    return p === '' ? -1 : provinces.includes(p) ? provinces.indexOf(p) : provinces.length;
  };
  const depth = new Map<string, number>();
  const sameColumnDepth = (id: string): number => {
    if (depth.has(id)) return depth.get(id)!;
    depth.set(id, 0);
    const n = byId.get(id)!;
    const ups = links.filter((l) => l.to === id && byId.get(l.from)?.column === n.column).map((l) => sameColumnDepth(l.from) + 1);
    const d = ups.length > 0 ? Math.max(...ups) : 0;
    depth.set(id, d);
    return d;
  };
  const columns = Math.max(...nodes.map((n) => n.column)) + 1;
  for (let col = 0; col < columns; col++) {
    const here = nodes.filter((n) => n.column === col);
    if (here.some((n) => n.kind === 'plan')) {
      const plans = here.filter((n) => n.kind === 'plan').sort((a, b) => planOrder.get(a.id)! - planOrder.get(b.id)!);
      const others = here.filter((n) => n.kind !== 'plan');
      [...others, ...plans].forEach((n, i) => (n.row = i));
      continue;
    }
    const centre = (n: ChainNode): number => {
      const ups = links.filter((l) => l.to === n.id).map((l) => byId.get(l.from)!);
      const before = ups.filter((u) => u.column < col);
      return before.length > 0 ? before.reduce((s, u) => s + u.row, 0) / before.length : 0;
    };
    here
      .sort(
        (a, b) =>
          sameColumnDepth(a.id) - sameColumnDepth(b.id) ||
          provinceRank(a.id) - provinceRank(b.id) ||
          centre(a) - centre(b) ||
          (isoDate.get(a.id) ?? '').localeCompare(isoDate.get(b.id) ?? '') ||
          a.id.localeCompare(b.id),
      )
      .forEach((n, i) => (n.row = i));
  }
}

export interface ChainTreeItem {
  node: ChainNode;
  /** How the parent item relates to this one: the plan cites it, or the parent document implements it. */
  relation: 'cites' | 'implements' | 'mentions';
  ref: string | null;
  /** For a province's plans: how many of them cite (or mention) the document; null for one plan. */
  plans: number | null;
  /** Already listed (with its own chain) earlier in the same plan's tree. */
  repeated: boolean;
  children: ChainTreeItem[];
}

/**
 * One plan's chain as a nested list, the text alternative of the chart: the plan, what it cites,
 * what each of those implements, and so on up to Resolution 57-NQ/TW. A document reached twice
 * is expanded once and marked `repeated` the next time.
 */
export function chainTree(chain: DocumentChain, communeId: string): ChainTreeItem | null {
  return chainTreeOf(chain, planNodeId(communeId));
}

/** The nested list from any plan node: a commune's plan or a province's plans. */
export function chainTreeOf(chain: DocumentChain, nodeId: string): ChainTreeItem | null {
  const byId = new Map(chain.nodes.map((n) => [n.id, n]));
  const root = byId.get(nodeId);
  if (!root) return null;
  const levelOrder = (id: string) => DOCUMENT_LEVELS.indexOf(byId.get(id)!.level);
  const linksTo = (id: string) =>
    chain.links
      .filter((l) => l.to === id)
      .sort(
        (a, b) =>
          kindOrder(a.kind) - kindOrder(b.kind) || levelOrder(a.from) - levelOrder(b.from) || byId.get(a.from)!.row - byId.get(b.from)!.row,
      );
  // What the plan cites itself is expanded where it is cited, at the first level of the list.
  const direct = linksTo(root.id);
  const seen = new Set(direct.map((l) => l.from));
  const expand = (id: string): ChainTreeItem[] =>
    linksTo(id).map((l) => {
      const repeated = seen.has(l.from);
      seen.add(l.from);
      return { node: byId.get(l.from)!, relation: l.kind, ref: l.ref, plans: null, repeated, children: repeated ? [] : expand(l.from) };
    });
  const children = direct.map((l): ChainTreeItem => ({
    node: byId.get(l.from)!,
    relation: l.kind,
    ref: l.ref,
    plans: l.plans ?? null,
    repeated: false,
    children: [],
  }));
  for (const c of children) c.children = expand(c.node.id);
  return { node: root, relation: 'cites', ref: null, plans: null, repeated: false, children };
}

function kindOrder(kind: ChainLink['kind']): number {
  return kind === 'mentions' ? 1 : 0;
}

/** The words of the chain's summary and of its province boxes. */
const SDC = strings({
  communePlans: { vi: { other: '{n} kế hoạch cấp xã' }, en: { one: '{n} commune plan', other: '{n} commune plans' } },
  provinceCites: { vi: '{number}: {issuer}, căn cứ {cites}', en: '{number}: {issuer}, citing {cites}' },
  planCites: { vi: 'Kế hoạch {number} của {issuer} căn cứ {cites}', en: 'Plan {number} of {issuer} cites {cites}' },
  higherDocuments: {
    vi: { other: '{n} văn bản cấp trên, theo cột từ Trung ương đến xã. ' },
    en: {
      one: '{n} higher document, in columns from the Party Central Committee down to the commune. ',
      other: '{n} higher documents, in columns from the Party Central Committee down to the commune. ',
    },
  },
});

/** A plain-language summary of one chain, for the chart's <desc>. */
export function chainSummary(chain: DocumentChain, lang: Lang): string {
  const plans = chain.nodes.filter((n) => n.kind === 'plan');
  const docs = chain.nodes.filter((n) => n.kind === 'document');
  const cites = (p: ChainNode) =>
    chain.links
      .filter((l) => l.to === p.id && l.kind === 'cites')
      .map((l) => chain.nodes.find((n) => n.id === l.from)!.number)
      .join(', ');
  const parts = plans.map((p) =>
    p.id.startsWith('plans:')
      ? fill(SDC.provinceCites[lang], { number: p.number, issuer: p.issuer, cites: cites(p) })
      : fill(SDC.planCites[lang], { number: p.number, issuer: p.issuer, cites: cites(p) }),
  );
  const head = plural(SDC.higherDocuments, docs.length, lang);
  return `${head}${parts.join('. ')}.`;
}
