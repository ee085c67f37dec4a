import { afterAll, describe, expect, it } from 'vitest';
import { drawChart, drawJob, setChartDrawer, type ChartJob } from '../../../src/lib/chart/chart-drawer.ts';
import { chartModel, drawOptions } from '../../../src/lib/chart/target-chart-model.ts';
import type { Lang } from '../../../src/lib/site/i18n.ts';
import { distributionChartModel, distributionDrawOptions } from '../../../src/lib/chart/distribution-chart.ts';
import { distributionView } from '../../../src/lib/view/distribution.ts';
import { chainSummary, documentChain, type DocumentChain } from '../../../src/lib/view/documents.ts';
import { provincesOf, scopeDataset } from '../../../src/lib/dataset/scope.ts';
import { startChartThread } from '../../../scripts/lib/chart-thread.ts';
import { chartInput } from '../support/chart-input.ts';
import { realDataset } from '../support/real-dataset.ts';
import { scaledDataset } from '../support/scaled-dataset.ts';

const ds = await realDataset();
const scaled = await scaledDataset();

function targetJob(id: string, lang: Lang): ChartJob {
  const input = chartInput(ds, id, lang);
  return { kind: 'target', model: chartModel(input), options: drawOptions(input) };
}

function chainJob(communeId: string, lang: Lang): ChartJob {
  const chain = documentChain(ds, [communeId]);
  return { kind: 'chain', chain, options: { lang, title: 'chain', description: chainSummary(chain, lang), idPrefix: 'chain' } };
}

function distributionJob(id: string, lang: Lang): ChartJob {
  const province = provincesOf(scaled)[0]!;
  const view = distributionView(scopeDataset(scaled, province.communeIds), id, province, lang)!;
  const model = distributionChartModel(view, lang);
  return { kind: 'distribution', model, options: distributionDrawOptions(view, model, lang, `dist-${id}`) };
}

const thread = startChartThread();
afterAll(async () => {
  setChartDrawer(undefined);
  await thread.close();
});

describe('the chart thread', () => {
  it('draws every indicator chart, every plan’s document chain and a province’s distributions exactly as they are drawn inline', async () => {
    const jobs = [
      ...ds.rules.indicators.flatMap((i) => (['vi', 'en'] as const).map((lang) => targetJob(i.id, lang))),
      ...ds.raw.communes.map((c) => chainJob(c.id, 'vi')),
      distributionJob('5g-coverage', 'vi'),
      distributionJob('staff-basic-digital-skills', 'en'),
    ];
    // All at once: answers come back by id, whatever order the thread finishes them in.
    const drawn = await Promise.all(jobs.map((job) => thread.draw(job)));
    expect(drawn).toEqual(jobs.map(drawJob));
    expect(drawn.every((svg) => svg.startsWith('<svg'))).toBe(true);
    expect(thread.drawn).toBeGreaterThanOrEqual(jobs.length);
  });

  it('says whether linkedom’s speed patch applied in the thread (it cannot here: vitest starts node without the --import)', async () => {
    expect(await thread.patched).toBe(false);
  });

  it('rejects a job that fails in the thread with the thread’s error, and goes on drawing the next ones', async () => {
    const broken = {
      kind: 'chain',
      chain: { columns: [], nodes: null, links: [] } as unknown as DocumentChain,
      options: chainJob('nhon-trach', 'vi').options,
    };
    await expect(thread.draw(broken as ChartJob)).rejects.toThrow(/^chart thread: TypeError/);
    const good = targetJob('5g-coverage', 'vi');
    expect(await thread.draw(good)).toBe(drawJob(good));
  });

  it('is what the pages draw with once registered, and drawing is inline again once it is not', async () => {
    const job = targetJob('vneid-account', 'en');
    const before = thread.drawn;
    setChartDrawer(thread);
    expect(await drawChart(job)).toBe(drawJob(job));
    expect(thread.drawn).toBe(before + 1);
    setChartDrawer(undefined);
    expect(await drawChart(job)).toBe(drawJob(job));
    expect(thread.drawn).toBe(before + 1);
  });
});

describe('a chart thread that has ended', () => {
  it('rejects every job, so that a page waiting for a chart fails instead of hanging', async () => {
    const ended = startChartThread();
    const inFlight = ended.draw(targetJob('5g-coverage', 'en'));
    await ended.close();
    await expect(inFlight).rejects.toThrow(/chart thread exited/);
    await expect(ended.draw(targetJob('5g-coverage', 'en'))).rejects.toThrow(/chart thread exited/);
  });
});
