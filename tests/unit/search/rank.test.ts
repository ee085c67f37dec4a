import { describe, expect, it } from 'vitest';
import { rankTiers, searchPlan } from '../../../src/lib/search/rank.ts';

const ids = (xs: { id: string }[]) => xs.map((x) => x.id);
const r = (...names: string[]) => names.map((id) => ({ id }));

describe('searchPlan', () => {
  it('adds a quoted phrase search for a query of several words', () => {
    expect(searchPlan('  chu  ky so ')).toEqual({ query: 'chu ky so', phrase: '"chu ky so"', exact: false });
  });

  it('asks for an exact-diacritics search when the query has marks', () => {
    expect(searchPlan('sổ')).toEqual({ query: 'sổ', phrase: null, exact: true });
    expect(searchPlan('Đồng Nai').exact).toBe(true);
  });

  it('leaves a query the reader quoted alone', () => {
    expect(searchPlan('"dich vu cong"').phrase).toBeNull();
  });
});

describe('rankTiers', () => {
  it('puts exact-marks hits first, then phrase hits, each in Pagefind order', () => {
    const all = r('a', 'b', 'c', 'd', 'e');
    expect(ids(rankTiers(all, ['d'], ['e', 'b']))).toEqual(['d', 'b', 'e', 'a', 'c']);
  });

  it('ranks a hit that is both exact and a phrase above an exact one', () => {
    expect(ids(rankTiers(r('a', 'b', 'c'), ['b', 'c'], ['c']))).toEqual(['c', 'b', 'a']);
  });

  it('keeps Pagefind order when there is nothing to promote', () => {
    expect(ids(rankTiers(r('a', 'b', 'c')))).toEqual(['a', 'b', 'c']);
  });
});
