import { describe, expect, it } from 'vitest';
import {
  choiceQuery,
  communeSubsets,
  compareData,
  compareSubset,
  compareView,
  MARK_CODE,
  parseChoice,
  subsetSummary,
} from '../../../src/lib/view/compare.ts';
import { matrixView } from '../../../src/lib/view/matrix.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();
const IDS = ['nhon-trach', 'xuan-thanh', 'phuoc-an', 'nghia-dan'];
const mark = (chosen: string[], targetId: string) => compareSubset(ds, chosen).marks.get(targetId);

describe('choices of communes', () => {
  it('lists every choice of 2 to 4 communes once, each in communes.csv order', () => {
    const subsets = communeSubsets(IDS);
    expect(subsets).toHaveLength(6 + 4 + 1);
    expect(subsets.filter((s) => s.length === 2)).toHaveLength(6);
    expect(subsets).toContainEqual(['xuan-thanh', 'phuoc-an']);
    expect(subsets).toContainEqual(IDS);
    for (const s of subsets) expect(s).toEqual(IDS.filter((id) => s.includes(id)));
    expect(new Set(subsets.map((s) => s.join(','))).size).toBe(subsets.length);
  });

  it('reads ?c= in communes.csv order, ignores unknown ids and says when fewer than 2 are left', () => {
    expect(parseChoice(null, IDS)).toEqual({ chosen: IDS, problem: null });
    expect(parseChoice('phuoc-an,xuan-thanh', IDS)).toEqual({ chosen: ['xuan-thanh', 'phuoc-an'], problem: null });
    expect(parseChoice('phuoc-an,hanoi', IDS)).toEqual({ chosen: ['phuoc-an'], problem: 'few' });
    expect(parseChoice('', IDS)).toEqual({ chosen: [], problem: 'few' });
    expect(parseChoice('a,b,c,d,e', ['a', 'b', 'c', 'd', 'e'])).toEqual({ chosen: ['a', 'b', 'c', 'd', 'e'], problem: 'many' });
  });

  it('writes the choice into the query, and nothing for every commune (the default view)', () => {
    expect(choiceQuery(['phuoc-an', 'xuan-thanh'], IDS)).toBe('?c=xuan-thanh,phuoc-an');
    expect(choiceQuery(IDS, IDS)).toBe('');
    expect(choiceQuery(['nghia-dan'], IDS)).toBe('?c=nghia-dan');
    for (const s of communeSubsets(IDS)) expect(parseChoice(new URLSearchParams(choiceQuery(s, IDS)).get('c'), IDS).chosen).toEqual(s);
  });
});

describe('standings among the chosen communes', () => {
  it('with every commune chosen, reproduces the marks of the matrix (the published standings)', () => {
    const all = compareSubset(ds, IDS);
    const matrix = new Map(
      matrixView(ds, 'vi').sections.flatMap((s) =>
        s.rows.flatMap((r) => r.cells.flatMap((c) => c.entries.map((e) => [e.target.targetId, e.mark] as const))),
      ),
    );
    expect(matrix.size).toBeGreaterThan(90);
    for (const [targetId, m] of matrix) expect(all.marks.get(targetId), targetId).toBe(m);
    expect(all.comparisons.map((c) => c.spread)).toEqual(ds.comparisons.map((c) => c.spread));
  });

  it('ranks VNeID 65 below 80 for Xuân Thành and Phước An, and 5G 65 above 60', () => {
    const xtPa = ['xuan-thanh', 'phuoc-an'];
    const vneid = compareSubset(ds, xtPa).comparisons.find((c) => c.indicatorId === 'vneid-account')!;
    expect(vneid.groups.map((g) => g.entries.map((e) => [e.communeId, e.value]))).toEqual([
      [
        ['phuoc-an', 80],
        ['xuan-thanh', 65],
      ],
    ]);
    expect(vneid.spread).toBe(15);
    const xtVneid = ds.targets.find((t) => t.communeId === 'xuan-thanh' && t.indicatorId === 'vneid-account')!.targetId;
    expect(mark(xtPa, xtVneid)).toBe('below');
    expect(mark(xtPa, 'phuoc-an-30')).toBe('above');
  });

  it('recomputes within the choice: Nhơn Trạch and Phước An both ask 60% for 5G, so they are equal', () => {
    const [nt, pa] = ['nhon-trach', 'phuoc-an'].map(
      (c) => ds.targets.find((t) => t.communeId === c && t.indicatorId === '5g-coverage')!.targetId,
    );
    expect(mark(IDS, nt!)).toBe('below');
    expect(mark(['nhon-trach', 'phuoc-an'], nt!)).toBe('equal');
    expect(mark(['nhon-trach', 'phuoc-an'], pa!)).toBe('equal');
    expect(compareSubset(ds, ['nhon-trach', 'phuoc-an']).comparisons.find((c) => c.indicatorId === '5g-coverage')!.spread).toBe(0);
  });

  it('calls a target "only" when no other chosen commune set the indicator, "solo" when one set it for another year', () => {
    // Online-service usage: Phước An for 2026, Nghĩa Đàn for 2030.
    expect(mark(['xuan-thanh', 'phuoc-an'], 'phuoc-an-18')).toBe('only');
    expect(mark(['phuoc-an', 'nghia-dan'], 'phuoc-an-18')).toBe('solo');
  });

  it('leaves out the targets of communes not chosen', () => {
    const sub = compareSubset(ds, ['xuan-thanh', 'phuoc-an']);
    expect(sub.communes).toEqual(['xuan-thanh', 'phuoc-an']);
    expect([...sub.marks.keys()].every((t) => t.startsWith('xuan-thanh-') || t.startsWith('phuoc-an-'))).toBe(true);
    expect(sub.comparisons.every((c) => c.rows.every((r) => sub.communes.includes(r.communeId)))).toBe(true);
  });

  it('sums a choice up in words', () => {
    const sub = compareSubset(ds, ['xuan-thanh', 'phuoc-an']);
    const [overall, xt, pa] = subsetSummary(ds, sub, 'en');
    const present = sub.comparisons.filter((c) => c.rows.length > 0).length;
    const shared = sub.comparisons.filter((c) => c.communesWithTarget.length === 2).length;
    expect(overall).toBe(`${present} indicators are set by at least one chosen commune; ${shared} by all 2.`);
    expect(xt).toMatch(/^Xuân Thành: sets \d+ indicators; above the others on \d+, below on \d+, the only one on \d+\.$/);
    expect(pa).toContain('Phước An: sets 39 indicators');
  });
});

describe('the data shipped to the browser', () => {
  const view = compareView(ds, 'vi');

  it('holds one mark letter per target for each of the 11 choices, "-" for communes not chosen', () => {
    const { order, subsets } = view.data;
    expect(Object.keys(subsets)).toHaveLength(11);
    expect(new Set(order).size).toBe(order.length);
    const xtPa = subsets['xuan-thanh,phuoc-an']!;
    expect(xtPa.marks).toHaveLength(order.length);
    const at = (t: string) => xtPa.marks[order.indexOf(t)];
    expect(at('phuoc-an-30')).toBe(MARK_CODE.above);
    expect(at('phuoc-an-18')).toBe(MARK_CODE.only);
    expect(at(order.find((t) => t.startsWith('nhon-trach-'))!)).toBe('-');
    expect(xtPa.status).toBe('Đang so sánh Xuân Thành và Phước An: 46 chỉ tiêu.');
    expect(view.data.labels[MARK_CODE.below]).toEqual({ mark: 'below', shape: '▼', label: 'thấp hơn các xã khác', css: 'less' });
  });

  it('orders targets as the table shows them, and every mark string decodes to the subset’s marks', () => {
    const shown = view.sections.flatMap((s) => s.rows.flatMap((r) => r.cells.flatMap((c) => c.entries.map((e) => e.target.targetId))));
    expect(view.data.order).toEqual(shown);
    const data = compareData(ds, 'en', shown);
    const decode = Object.fromEntries(Object.entries(MARK_CODE).map(([m, c]) => [c, m]));
    const sub = compareSubset(ds, ['nhon-trach', 'xuan-thanh', 'nghia-dan']);
    const marks = data.subsets['nhon-trach,xuan-thanh,nghia-dan']!.marks;
    shown.forEach((t, i) => expect(marks[i] === '-' ? undefined : decode[marks[i]!], t).toBe(sub.marks.get(t)));
  });

  it('keeps only the indicators some commune wrote something for, and offers the 6 pairs', () => {
    const rows = view.sections.flatMap((s) => s.rows);
    expect(rows.every((r) => r.cells.some((c) => c.entries.length > 0))).toBe(true);
    expect(rows.length).toBe(ds.comparisons.filter((c) => c.rows.length > 0).length);
    expect(view.pairs.map((p) => p.label)).toContain('Xuân Thành – Phước An');
    expect(view.pairs).toHaveLength(6);
  });
});
