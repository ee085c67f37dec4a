import { listWords } from '../site/words.ts';
import type { IndicatorComparison } from '../compare/compare-indicator.ts';
import { communeName } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import { fill, MARK, SCP } from '../site/strings-matrix.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { rankAmong } from './compare-live.ts';
import type { Mark } from '../compare/commune-profile.ts';
import { matrixView, type MatrixView } from './matrix.ts';

/**
 * View model of the compare view: 2 to 4 communes side by side, with standings recomputed
 * among the chosen communes only — by compareIndicator and communeProfile on the chosen
 * communes' rows, the very rules of the full comparison (no second ranking). The page is static:
 * every choice is computed at build time and shipped as a compact table the browser reads.
 */

export const MIN_CHOSEN = 2;
export const MAX_CHOSEN = 4;

/** Every choice of MIN_CHOSEN to `max` communes, each keeping the order of `ids`. */
export function communeSubsets(ids: string[], max = MAX_CHOSEN): string[][] {
  const out: string[][] = [];
  const walk = (start: number, chosen: string[]) => {
    if (chosen.length >= MIN_CHOSEN) out.push(chosen);
    if (chosen.length === max) return;
    for (let i = start; i < ids.length; i++) walk(i + 1, [...chosen, ids[i]!]);
  };
  walk(0, []);
  return out;
}

export interface SubsetComparison {
  communes: string[];
  comparisons: IndicatorComparison[];
  /** Mark of every target of the chosen communes, by target id. */
  marks: Map<string, Mark>;
}

/** The comparison among the chosen communes only (ids in communes.csv order). */
export function compareSubset(ds: Dataset, chosen: string[]): SubsetComparison {
  const order = ds.raw.communes.map((c) => c.id).filter((id) => chosen.includes(id));
  const { comparisons, marks } = rankAmong(
    ds.targets,
    ds.rules.indicators.map((i) => i.id),
    order,
  );
  return { communes: order, comparisons, marks };
}

/** The summary of a choice: how many indicators, shared by all, and each commune's standings. */
export function subsetSummary(ds: Dataset, sub: SubsetComparison, lang: Lang): string[] {
  const present = sub.comparisons.filter((c) => c.rows.length > 0);
  const shared = sub.comparisons.filter((c) => c.communesWithTarget.length === sub.communes.length).length;
  const overall = fill(SCP.overall[lang], { rows: present.length, shared, n: sub.communes.length });
  const perCommune = sub.communes.map((id) => {
    const withMark = (mark: Mark) =>
      present.filter((c) => c.rows.some((r) => r.communeId === id && sub.marks.get(r.targetId) === mark)).length;
    return fill(SCP.perCommune[lang], {
      name: communeName(ds, id),
      set: sub.comparisons.filter((c) => c.communesWithTarget.includes(id)).length,
      above: withMark('above'),
      below: withMark('below'),
      only: sub.comparisons.filter((c) => c.communesWithTarget.length === 1 && c.communesWithTarget[0] === id).length,
    });
  });
  return [overall, ...perCommune];
}

/** One letter per mark, so that every choice's marks fit in a short string. */
export const MARK_CODE: Record<Mark, string> = {
  above: 'a',
  below: 'b',
  equal: 'e',
  between: 'm',
  only: 'o',
  solo: 's',
  unranked: 'u',
};

export interface CompareData {
  /** Target ids in table order: position i of every `marks` string is target i. */
  order: string[];
  /** By choice ("a,b" in communes.csv order): marks ('-' for a target of a commune not chosen), status line, summary. */
  subsets: Record<string, { marks: string; status: string; summary: string[] }>;
  /** Shape, words and CSS class of each mark letter, in the page's language. */
  labels: Record<string, { mark: Mark; shape: string; label: string; css: string }>;
}

/** Everything the browser needs to show any choice, computed at build time. */
export function compareData(ds: Dataset, lang: Lang, order: string[]): CompareData {
  const ids = ds.raw.communes.map((c) => c.id);
  const subsets: CompareData['subsets'] = {};
  for (const chosen of communeSubsets(ids)) {
    const sub = compareSubset(ds, chosen);
    const rows = sub.comparisons.filter((c) => c.rows.length > 0).length;
    subsets[chosen.join(',')] = {
      marks: order
        .map((t) => {
          const m = sub.marks.get(t);
          return m ? MARK_CODE[m] : '-';
        })
        .join(''),
      status: fill(SCP.status[lang], { communes: choiceNames(ds, chosen, lang), rows }),
      summary: subsetSummary(ds, sub, lang),
    };
  }
  const labels = Object.fromEntries(
    (Object.keys(MARK_CODE) as Mark[]).map((m) => [
      MARK_CODE[m],
      { mark: m, shape: MARK[m].shape, label: MARK[m].label[lang], css: MARK[m].css },
    ]),
  );
  return { order, subsets, labels };
}

/** The static table: the matrix rows that carry any target, marks among all communes. */
export function compareView(ds: Dataset, lang: Lang): MatrixView & { data: CompareData; pairs: { ids: string[]; label: string }[] } {
  const view = matrixView(ds, lang);
  const sections = view.sections
    .map((s) => ({ ...s, rows: s.rows.filter((r) => r.cells.some((c) => c.entries.length > 0)) }))
    .filter((s) => s.rows.length > 0);
  const order = sections.flatMap((s) => s.rows.flatMap((r) => r.cells.flatMap((c) => c.entries.map((e) => e.target.targetId))));
  const ids = ds.raw.communes.map((c) => c.id);
  return {
    ...view,
    sections,
    data: compareData(ds, lang, order),
    pairs: communeSubsets(ids, 2).map((pair) => ({ ids: pair, label: pair.map((id) => communeName(ds, id)).join(' – ') })),
  };
}

export interface Choice {
  chosen: string[];
  problem: 'few' | 'many' | null;
}

/**
 * Reads ?c=a,b: the known ids it names, in communes.csv order. No `c` means all communes
 * (up to MAX_CHOSEN). Fewer than 2 or more than 4 is a choice with a problem to tell the reader.
 */
export function parseChoice(query: string | null, ids: string[]): Choice {
  const chosen =
    query === null
      ? ids.slice(0, MAX_CHOSEN)
      : ids.filter((id) =>
          query
            .split(',')
            .map((s) => s.trim())
            .includes(id),
        );
  const problem = chosen.length < MIN_CHOSEN ? 'few' : chosen.length > MAX_CHOSEN ? 'many' : null;
  return { chosen, problem };
}

/** The query string that reproduces a choice: '' when it is every commune (the default). */
export function choiceQuery(chosen: string[], ids: string[]): string {
  const ordered = ids.filter((id) => chosen.includes(id));
  return ordered.length === ids.length && ids.length <= MAX_CHOSEN ? '' : `?c=${ordered.join(',')}`;
}

/** "Xuân Thành và Phước An" — the chosen communes named (site/words.ts loads in the browser too). */
export function choiceNames(ds: Dataset, chosen: string[], lang: Lang): string {
  return listWords(
    chosen.map((id) => communeName(ds, id)),
    lang,
  );
}
