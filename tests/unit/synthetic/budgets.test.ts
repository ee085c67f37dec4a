import { describe, expect, it } from 'vitest';
import { BUDGET, evaluateBudgets, type SizeOutcome } from '../../../scripts/lib/bench/budgets.ts';

const GB = 1024 * 1024; // kB
const size = (n: number, over: Partial<SizeOutcome> = {}): SizeOutcome => ({
  n,
  real: false,
  status: 'ok',
  wallMs: 10_000,
  peakRssKb: GB,
  pagefindGzBytes: null,
  fuseWorstMs: null,
  ...over,
});
const verdict = (rows: ReturnType<typeof evaluateBudgets>, start: string) => rows.find((r) => r.budget.startsWith(start))?.verdict;

describe('budgets of issue #9', () => {
  it('passes a run within every limit, limits included', () => {
    const rows = evaluateBudgets([
      size(4, { real: true, wallMs: BUDGET.realBuildS * 1000, pagefindGzBytes: BUDGET.pagefindKbPerQuery * 1024, fuseWorstMs: 49.9 }),
      size(1000, { wallMs: 30_000 }),
      size(3321, { wallMs: 30_000 * BUDGET.ratio, peakRssKb: BUDGET.fullRssGb * GB }),
    ]);
    expect(rows.map((r) => r.verdict)).toEqual(['PASS', 'PASS', 'PASS', 'PASS', 'PASS', 'PASS']);
  });

  it('fails each limit just over it; the Fuse limit is strict', () => {
    const rows = evaluateBudgets([
      size(4, { real: true, wallMs: 20_001, pagefindGzBytes: 150 * 1024 + 1, fuseWorstMs: 50 }),
      size(1000, { wallMs: 40_000 }),
      size(3321, { wallMs: 120_001, peakRssKb: 2 * GB + 1 }),
    ]);
    expect(rows.map((r) => r.verdict)).toEqual(['FAIL', 'FAIL', 'FAIL', 'PASS', 'FAIL', 'FAIL']);
    expect(verdict(evaluateBudgets([size(1000, { wallMs: 30_000 }), size(3321, { wallMs: 108_001 })]), 'time(')).toBe('FAIL');
  });

  it('says "not run" for sizes the run left out instead of passing or failing them', () => {
    const rows = evaluateBudgets([size(4, { real: true }), size(100)]);
    expect(verdict(rows, 'real')).toBe('PASS');
    expect(rows.filter((r) => r.verdict === 'n/a').map((r) => r.budget.split(' ')[0])).toEqual([
      '3321',
      '3321',
      'time(3321)/time(1000)',
      'Pagefind',
      'Fuse',
    ]);
  });

  it('fails the time budgets of a build killed at the time limit and says so', () => {
    const rows = evaluateBudgets([size(1000), size(3321, { status: 'timeout', wallMs: 900_000, peakRssKb: GB })], { timeoutS: 900 });
    expect(verdict(rows, '3321 communes ≤ 120')).toBe('FAIL');
    expect(rows.find((r) => r.budget.startsWith('3321 communes ≤ 120'))?.measured).toBe('killed at the time limit (900 s)');
    expect(verdict(rows, 'time(')).toBe('FAIL');
    // a stopped build's memory below the limit proves nothing, above it is already a failure
    expect(verdict(rows, '3321 communes ≤ 2 GB')).toBe('FAIL');
    expect(rows.find((r) => r.budget.startsWith('3321 communes ≤ 2 GB'))?.measured).toMatch(/killed/);
  });

  it('judges search and finder per size, and a finder query that never answered fails', () => {
    const rows = evaluateBudgets([
      size(4, { real: true, pagefindGzBytes: 40 * 1024, fuseWorstMs: 3 }),
      size(100, { pagefindGzBytes: 200 * 1024, fuseWorstMs: Infinity }),
    ]);
    expect(rows.filter((r) => r.budget.startsWith('Pagefind')).map((r) => r.verdict)).toEqual(['PASS', 'FAIL']);
    const fuse = rows.filter((r) => r.budget.startsWith('Fuse'));
    expect(fuse.map((r) => r.verdict)).toEqual(['PASS', 'FAIL']);
    expect(fuse[1]!.measured).toMatch(/never/);
  });
});
