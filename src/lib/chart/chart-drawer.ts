import type { DocumentChain } from '../view/documents.ts';
import { drawDistributionChart, type DistributionChartModel, type DistributionDrawOptions } from './distribution-chart.ts';
import { renderDocumentChain, type ChainChartOptions } from './document-chain.ts';
import { drawTargetChart } from './target-chart.ts';
import type { ChartModel, DrawOptions } from './target-chart-model.ts';

/**
 * Where the pages' charts get drawn. A chart is Plot or d3 drawing into a linkedom DOM: about
 * 3 ms for a province's indicator chart, 0.4 ms for a plan's document chain. At 3,321 communes
 * the pages draw 3,468 of the first and 6,642 of the second, some 14 s on the one thread that
 * renders every page. So the build (scripts/lib/build-site.ts) registers a drawer that hands
 * each job to a worker thread on the machine's other core (scripts/lib/chart-thread.ts), and the
 * page renders its other parts meanwhile (measured in alternation with the thread switched off:
 * pages stage 93.7 → 90.4 s, for 160 MB more memory — the other core is also where the garbage
 * collector works, so the gain is a quarter of the work moved). Anywhere else — astro dev,
 * tests — no drawer is registered and charts are drawn here, inline. The markup is the same either way
 * (tests/unit/chart/chart-thread.test.ts compares the two).
 *
 * A job is plain data (it is copied to the thread): the chart's model, not the dataset.
 */
export type ChartJob =
  | { kind: 'target'; model: ChartModel; options: DrawOptions }
  | { kind: 'chain'; chain: DocumentChain; options: ChainChartOptions }
  | { kind: 'distribution'; model: DistributionChartModel; options: DistributionDrawOptions };

export interface ChartDrawer {
  draw(job: ChartJob): Promise<string>;
}

/** The SVG markup of a job, drawn on this thread. */
export function drawJob(job: ChartJob): string {
  if (job.kind === 'target') return drawTargetChart(job.model, job.options);
  if (job.kind === 'distribution') return drawDistributionChart(job.model, job.options);
  return renderDocumentChain(job.chain, job.options);
}

/** On globalThis: Astro renders the pages from its own bundle of this module (as in load/site-data.ts). */
const DRAWER = Symbol.for('chi-tieu-xa.chart-drawer');
const slot = globalThis as { [DRAWER]?: ChartDrawer };

/** Registers the drawer the pages use from now on; undefined goes back to drawing inline. */
export function setChartDrawer(drawer: ChartDrawer | undefined): void {
  slot[DRAWER] = drawer;
}

/** The chart's SVG markup, drawn by the registered drawer or else inline. */
export function drawChart(job: ChartJob): Promise<string> {
  const drawer = slot[DRAWER];
  if (drawer) return drawer.draw(job);
  try {
    return Promise.resolve(drawJob(job));
  } catch (err) {
    return Promise.reject(err as Error);
  }
}
