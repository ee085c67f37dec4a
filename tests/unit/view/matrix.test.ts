import { describe, expect, it } from 'vitest';
import { cellTone, matrixQuery, matrixView, parseMatrixQuery, sortRows, spreadText, type MatrixRow } from '../../../src/lib/view/matrix.ts';
import { mainYearOf } from '../../../src/lib/compare/main-year.ts';
import { markOf } from '../../../src/lib/compare/commune-profile.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();
const vi = matrixView(ds, 'vi');
const en = matrixView(ds, 'en');
const rows = vi.sections.flatMap((s) => s.rows);
const row = (id: string, view = vi) => view.sections.flatMap((s) => s.rows).find((r) => r.indicator.id === id)!;
const cellOf = (r: MatrixRow, commune: string) => r.cells.find((c) => c.communeId === commune)!;

describe('the matrix view model', () => {
  it('groups every catalogue indicator once, by pillar in pillars.csv order, catalogue order within', () => {
    expect(vi.sections.map((s) => s.pillar.id)).toEqual([
      'digital-infrastructure',
      'human-resources',
      'science-technology-innovation',
      'digital-government',
      'digital-economy',
      'digital-society',
    ]);
    expect(rows.map((r) => r.indicator.id).sort()).toEqual(ds.rules.indicators.map((i) => i.id).sort());
    for (const s of vi.sections) {
      expect(s.rows.every((r) => r.indicator.pillar === s.pillar.id)).toBe(true);
      expect(s.rows.map((r) => r.order)).toEqual([...s.rows.map((r) => r.order)].sort((a, b) => a - b));
    }
    expect(vi.sections[0]!.name).toBe('Hạ tầng số');
    expect(en.sections[0]!.name).toBe('Digital infrastructure');
  });

  it('has one column per commune, in communes.csv order, each with the year its targets are for', () => {
    expect(vi.columns.map((c) => [c.id, c.year])).toEqual([
      ['nhon-trach', 2026],
      ['xuan-thanh', 2026],
      ['phuoc-an', 2026],
      ['nghia-dan', 2030],
    ]);
    expect(vi.mainYear).toBe(2026);
    for (const r of rows) expect(r.cells.map((c) => c.communeId)).toEqual(vi.columns.map((c) => c.id));
  });

  it('shows 5G as 60 / 65 / 60 with Xuân Thành above, the two others below, Nghĩa Đàn related', () => {
    const r = row('5g-coverage');
    const fig = (c: string) => cellOf(r, c).entries.map((e) => [e.target.value, e.mark]);
    expect(fig('nhon-trach')).toEqual([[60, 'below']]);
    expect(fig('xuan-thanh')).toEqual([[65, 'above']]);
    expect(fig('phuoc-an')).toEqual([[60, 'below']]);
    expect(cellOf(r, 'nghia-dan').entries.map((e) => [e.related, e.mark])).toEqual([[true, 'unranked']]);
    expect(r.cells.map((c) => c.tone)).toEqual(['less', 'more', 'less', 'plain']);
    expect(r.spread).toBe(5);
    expect(r.spreadText).toBe('chênh 5 điểm %');
    expect(row('5g-coverage', en).spreadText).toBe('spread 5 pts');
    expect(r.counted).toEqual(['nhon-trach', 'xuan-thanh', 'phuoc-an']);
    expect(r.setByText).toBe('3/4 xã đặt');
  });

  it('shows both of Phước An’s VNeID rows, the ranked 80% before the related 100%', () => {
    const entries = cellOf(row('vneid-account'), 'phuoc-an').entries;
    expect(entries.map((e) => [e.target.value, e.target.match, e.mark])).toEqual([
      [80, 'same', 'above'],
      [100, 'related', 'unranked'],
    ]);
    expect(cellOf(row('vneid-account'), 'phuoc-an').tone).toBe('more');
  });

  it('flags a target for another year and never calls it "only this commune" when others set it for 2026', () => {
    const nd = cellOf(row('dossier-digitization'), 'nghia-dan').entries[0]!;
    expect(nd.otherYear).toBe(true);
    expect(nd.mark).toBe('solo');
    // Set by Nghĩa Đàn alone: "only" is true.
    expect(cellOf(row('sti-budget-share'), 'nghia-dan').entries[0]!.mark).toBe('only');
    expect(cellOf(row('public-wifi'), 'xuan-thanh')).toEqual({ communeId: 'xuan-thanh', entries: [], tone: 'none' });
  });

  it('gives 5G the national goal for 2026 beside it, lists 2030 as another year, and marks the three 2026 targets below it', () => {
    const r = row('5g-coverage');
    expect(r.goals.shown.map((g) => [g.label, g.otherYear])).toEqual([['Quốc gia 2026: ≥\u00a070% dân số', false]]);
    expect(r.goals.otherYears).toEqual([2030]);
    expect(row('5g-coverage', en).goals.shown[0]!.label).toBe('National 2026: ≥\u00a070% of the population');
    // 60 and 65 (% of the commune area) are below ≥ 70% (of the population) by the comparison rules; Nghĩa Đàn's row is related.
    const below = (c: string) => cellOf(r, c).entries.map((e) => e.belowGoal);
    expect(below('nhon-trach')).toEqual(['Quốc gia 2026: ≥ 70% dân số']);
    expect(below('xuan-thanh')).toEqual(['Quốc gia 2026: ≥ 70% dân số']);
    expect(below('nghia-dan')).toEqual([null]);
    expect(r.below).toBe(true);
  });

  it('flags as below exactly the rows with a target under a national goal of its year', () => {
    const flagged = rows.filter((r) => r.below).map((r) => r.indicator.id);
    expect(flagged).toEqual(['5g-coverage', 'staff-basic-digital-skills', 'innovative-enterprises']);
    for (const r of rows) expect(r.below).toBe(r.cells.some((c) => c.entries.some((e) => e.belowGoal !== null)));
    // VNeID has no national goal: nothing to be below, nothing in the column.
    expect(row('vneid-account').goals).toEqual({ shown: [], otherYears: [] });
  });

  it('shows a goal of another year, flagged, where a row has none for its own years', () => {
    // Fixed broadband: Phước An's target is for 2026, the national goal for 2030.
    expect(row('fixed-broadband-1gbps').goals).toEqual({
      shown: [{ level: 'national', year: 2030, label: 'Quốc gia 2030: ≥\u00a0100%', otherYear: true }],
      otherYears: [],
    });
  });

  it('reads the provinces’ goals of the matrix’s communes, not others', () => {
    // Đồng Nai and Nghệ An both state 2030 goals for the digital economy; the communes' targets are for 2026.
    const grdp = row('digital-economy-grdp');
    expect(grdp.goals.shown.map((g) => g.label)).toEqual(['Quốc gia 2026: ≥\u00a014,5%']);
    expect(grdp.goals.otherYears).toEqual([2025, 2030]);
  });
});

describe('marks and tones', () => {
  it('turns "only" into "solo" when another commune set the indicator, and keeps every other standing', () => {
    expect(markOf('only', { communesWithTarget: ['a'] })).toBe('only');
    expect(markOf('only', { communesWithTarget: ['a', 'b'] })).toBe('solo');
    expect(markOf('above', { communesWithTarget: ['a', 'b'] })).toBe('above');
    expect(markOf('unranked', undefined)).toBe('unranked');
  });

  it('colours a cell by its first ranked entry, neutral for related-only, hatched when empty', () => {
    expect(cellTone([])).toBe('none');
    expect(cellTone([{ mark: 'unranked', related: true }])).toBe('plain');
    expect(
      cellTone([
        { mark: 'unranked', related: true },
        { mark: 'below', related: false },
      ]),
    ).toBe('less');
    expect(cellTone([{ mark: 'equal', related: false }])).toBe('same');
    expect(cellTone([{ mark: 'between', related: false }])).toBe('plain');
  });

  it('takes the most frequent target year, the earliest on a tie', () => {
    expect(mainYearOf([{ targetYear: 2030 }, { targetYear: 2026 }, { targetYear: 2030 }])).toBe(2030);
    expect(mainYearOf([{ targetYear: 2030 }, { targetYear: 2026 }])).toBe(2026);
    expect(mainYearOf([], 2025)).toBe(2025);
  });

  it('writes the spread in points for percentages and plainly otherwise, with the Vietnamese decimal comma', () => {
    expect(spreadText(15, 'percent', 'vi')).toBe('chênh 15 điểm %');
    expect(spreadText(0.1, 'index', 'vi')).toBe('chênh 0,1');
    expect(spreadText(2, 'count', 'en')).toBe('spread 2');
    expect(spreadText(null, 'percent', 'en')).toBeNull();
  });
});

describe('sorting rows', () => {
  const r = (order: number, spread: number | null) => ({ order, spread });

  it('puts the largest spread first, rows with nothing to compare last, ties in catalogue order', () => {
    const sorted = sortRows([r(0, 5), r(1, null), r(2, 20), r(3, 0), r(4, 20)], 'spread');
    expect(sorted.map((x) => x.order)).toEqual([2, 4, 0, 3, 1]);
  });

  it('restores catalogue order', () => {
    expect(sortRows([r(3, 1), r(0, 9), r(2, null)], 'catalogue').map((x) => x.order)).toEqual([0, 2, 3]);
  });

  it('sorts the digital-society pillar of the real data with VNeID (15 points) first', () => {
    const society = vi.sections.find((s) => s.pillar.id === 'digital-society')!;
    expect(sortRows(society.rows, 'spread').map((x) => [x.indicator.id, x.spread])).toEqual([
      ['vneid-account', 15],
      ['adult-digital-services-access', 10],
      ['adult-digital-signature', 10],
      ['e-health-record', 0],
      ['e-school-records', null],
    ]);
  });
});

describe('the filters in the URL', () => {
  const P = ['digital-infrastructure', 'digital-society'];
  const C = ['nhon-trach', 'xuan-thanh', 'phuoc-an', 'nghia-dan'];

  it('reads an empty query as the full table in catalogue order', () => {
    expect(parseMatrixQuery('', P, C)).toEqual({ pillar: null, communes: C, sort: 'catalogue', below: false });
    expect(matrixQuery({ pillar: null, communes: C, sort: 'catalogue', below: false }, C)).toBe('');
  });

  it('reads pillar, communes (in table order) and sort, ignoring unknown values', () => {
    expect(parseMatrixQuery('?pillar=digital-society&commune=phuoc-an,xuan-thanh,atlantis&sort=spread', P, C)).toEqual({
      pillar: 'digital-society',
      communes: ['xuan-thanh', 'phuoc-an'],
      sort: 'spread',
      below: false,
    });
    expect(parseMatrixQuery('?pillar=nowhere&sort=sideways&below=yes', P, C)).toEqual({
      pillar: null,
      communes: C,
      sort: 'catalogue',
      below: false,
    });
    expect(parseMatrixQuery('?below=national', P, C).below).toBe(true);
    expect(parseMatrixQuery('?commune=', P, C).communes).toEqual([]);
  });

  it('writes a query that reads back to the same state, with readable commas', () => {
    const state = { pillar: 'digital-society', communes: ['nghia-dan', 'nhon-trach'], sort: 'spread' as const, below: true };
    const q = matrixQuery(state, C);
    expect(q).toBe('?pillar=digital-society&commune=nhon-trach,nghia-dan&sort=spread&below=national');
    expect(parseMatrixQuery(q, P, C)).toEqual({ ...state, communes: ['nhon-trach', 'nghia-dan'] });
    expect(matrixQuery({ pillar: null, communes: [], sort: 'catalogue', below: false }, C)).toBe('?commune=');
  });
});
