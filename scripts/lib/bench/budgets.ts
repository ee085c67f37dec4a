/**
 * The budgets of issue #9 and their evaluation: pure, so that what counts as PASS, FAIL or "not
 * measured" is decided in one place and tested (scripts/bench.ts only prints the rows).
 */

export const BUDGET = {
  /** Real build (data/), including the search index, in seconds. */
  realBuildS: 20,
  /** 3,321 synthetic communes, seconds and GB of RSS. */
  fullBuildS: 120,
  fullRssGb: 2,
  /** time(3321) / time(1000): 3.32 would be linear; 3.6 leaves ~8 % for superlinear parts. */
  ratio: 3.6,
  /** Pagefind bytes a first query fetches (gzip on the wire), KB. */
  pagefindKbPerQuery: 150,
  /** Instant finder (Fuse.js), worst query, ms; strictly below. */
  fuseMs: 50,
} as const;

export const FULL_N = 3321;
export const RATIO_BASE_N = 1000;

/** What the bench measured for one size, as far as the budgets need it. */
export interface SizeOutcome {
  n: number;
  real: boolean;
  /** 'ok', or why there is no time: killed at the time limit, or failed. */
  status: 'ok' | 'timeout' | 'failed';
  wallMs: number;
  /** Peak RSS in kB: the larger of the largest single process and the whole process tree. */
  peakRssKb: number | null;
  /** Worst first-query Pagefind bytes, gzip (null when the search report did not run). */
  pagefindGzBytes: number | null;
  /** Worst finder query in ms (null when not measured; Infinity when a query never updated the list). */
  fuseWorstMs: number | null;
}

export type Verdict = 'PASS' | 'FAIL' | 'n/a';

export interface BudgetRow {
  verdict: Verdict;
  budget: string;
  measured: string;
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const notBuilt = (o: SizeOutcome, limitS?: number) =>
  o.status === 'timeout' ? `killed at the time limit${limitS ? ` (${limitS} s)` : ''}` : 'build failed';

/**
 * One row per budget. A size not run gives "n/a"; a size whose build timed out or failed FAILS the
 * budgets it was needed for (it did not meet them), except the ratio, which needs both times.
 */
export function evaluateBudgets(sizes: SizeOutcome[], opts: { timeoutS?: number } = {}): BudgetRow[] {
  const rows: BudgetRow[] = [];
  const real = sizes.find((o) => o.real);
  const full = sizes.find((o) => !o.real && o.n === FULL_N);
  const base = sizes.find((o) => !o.real && o.n === RATIO_BASE_N);

  rows.push({
    budget: `real build ≤ ${BUDGET.realBuildS} s (incl. search index)`,
    ...(!real
      ? { verdict: 'n/a', measured: 'not run' }
      : real.status !== 'ok'
        ? { verdict: 'FAIL', measured: notBuilt(real, opts.timeoutS) }
        : { verdict: real.wallMs / 1000 <= BUDGET.realBuildS ? 'PASS' : 'FAIL', measured: s(real.wallMs) }),
  });
  rows.push({
    budget: `${FULL_N} communes ≤ ${BUDGET.fullBuildS} s`,
    ...(!full
      ? { verdict: 'n/a', measured: 'not run' }
      : full.status !== 'ok'
        ? { verdict: 'FAIL', measured: notBuilt(full, opts.timeoutS) }
        : { verdict: full.wallMs / 1000 <= BUDGET.fullBuildS ? 'PASS' : 'FAIL', measured: s(full.wallMs) }),
  });
  const gb = full?.peakRssKb !== undefined && full.peakRssKb !== null ? full.peakRssKb / 1024 / 1024 : null;
  rows.push({
    budget: `${FULL_N} communes ≤ ${BUDGET.fullRssGb} GB peak RSS`,
    ...(!full
      ? { verdict: 'n/a', measured: 'not run' }
      : full.status !== 'ok'
        ? // a build killed or failed on its way may not have reached its peak: no verdict on memory
          // unless it already went over.
          gb !== null && gb > BUDGET.fullRssGb
          ? { verdict: 'FAIL', measured: `${gb.toFixed(2)} GB before it stopped (${notBuilt(full, opts.timeoutS)})` }
          : { verdict: 'FAIL', measured: notBuilt(full, opts.timeoutS) }
        : gb === null
          ? { verdict: 'n/a', measured: 'RSS not readable' }
          : { verdict: gb <= BUDGET.fullRssGb ? 'PASS' : 'FAIL', measured: `${gb.toFixed(2)} GB` }),
  });
  const ratio = full?.status === 'ok' && base?.status === 'ok' ? full.wallMs / base.wallMs : null;
  rows.push({
    budget: `time(${FULL_N})/time(${RATIO_BASE_N}) ≤ ${BUDGET.ratio} (linear = ${(FULL_N / RATIO_BASE_N).toFixed(2)})`,
    ...(ratio !== null
      ? { verdict: ratio <= BUDGET.ratio ? 'PASS' : 'FAIL', measured: ratio.toFixed(2) }
      : !full || !base
        ? { verdict: 'n/a', measured: `needs both ${RATIO_BASE_N} and ${FULL_N}` }
        : {
            verdict: 'FAIL',
            measured: `no time for ${(full.status !== 'ok' ? full : base).n} (${notBuilt(full.status !== 'ok' ? full : base!)})`,
          }),
  });
  const label = (o: SizeOutcome) => (o.real ? `real (${o.n})` : `N = ${o.n}`);
  const searched = sizes.filter((o) => o.pagefindGzBytes !== null);
  if (searched.length === 0)
    rows.push({ verdict: 'n/a', budget: `Pagefind bytes per query ≤ ${BUDGET.pagefindKbPerQuery} KB`, measured: 'not measured' });
  for (const o of searched) {
    const kb = o.pagefindGzBytes! / 1024;
    rows.push({
      verdict: kb <= BUDGET.pagefindKbPerQuery ? 'PASS' : 'FAIL',
      budget: `Pagefind bytes per query ≤ ${BUDGET.pagefindKbPerQuery} KB, ${label(o)}`,
      measured: `${kb.toFixed(1)} KB (worst first query, gzip)`,
    });
  }
  const timed = sizes.filter((o) => o.fuseWorstMs !== null);
  if (timed.length === 0) rows.push({ verdict: 'n/a', budget: `Fuse query < ${BUDGET.fuseMs} ms`, measured: 'not measured' });
  for (const o of timed) {
    const ms = o.fuseWorstMs!;
    rows.push({
      verdict: ms < BUDGET.fuseMs ? 'PASS' : 'FAIL',
      budget: `Fuse query < ${BUDGET.fuseMs} ms, ${label(o)}`,
      measured: Number.isFinite(ms) ? `${ms.toFixed(1)} ms (worst query)` : 'a query never updated the list',
    });
  }
  return rows;
}
