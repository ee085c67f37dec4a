import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { drawJob } from '../../../src/lib/chart/chart-drawer.ts';
import {
  DIST_LAYOUT,
  distributionChartModel,
  dotsPath,
  fitStack,
  renderDistributionChart,
  stackLevels,
} from '../../../src/lib/chart/distribution-chart.ts';
import type { Lang } from '../../../src/lib/site/i18n.ts';
import { distributionView } from '../../../src/lib/view/distribution.ts';
import { provincesOf, scopeDataset } from '../../../src/lib/dataset/scope.ts';
import { scaledDataset } from '../support/scaled-dataset.ts';

const all = await scaledDataset();
const dongNai = provincesOf(all).find((p) => p.slug === 'dong-nai')!;
const ds = scopeDataset(all, dongNai.communeIds);
const view = (id: string, lang: Lang = 'vi') => distributionView(ds, id, dongNai, lang)!;

function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg')!;
}

function pretty(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}

describe('the province distribution chart (SVG snapshots)', () => {
  it.each([
    ['5g-coverage', 'vi'],
    ['staff-basic-digital-skills', 'en'],
  ] as const)('draws %s in Đồng Nai (%s) as in its stored snapshot', async (id, lang) => {
    const { svg } = renderDistributionChart(view(id, lang), lang, `dist-${id}`);
    await expect(pretty(svg)).toMatchFileSnapshot(`__snapshots__/distribution.${id}.${lang}.svg`);
  });
});

describe('the province distribution chart (structure)', () => {
  it('draws one dot per ranked target of the province, strip by strip', () => {
    const v = view('staff-basic-digital-skills');
    const svg = parse(renderDistributionChart(v, 'vi', 'd').svg);
    // One path per strip, one zero-length segment ("M x y h0") per dot.
    const strips = [...svg.querySelectorAll('g.dist-dots > path.dist-dot')].map(
      (p) => (p.getAttribute('d') ?? '').match(/M/g)?.length ?? 0,
    );
    expect(strips).toEqual(v.groups.map((g) => g.dots.length));
    const ranked = ds.comparisonByIndicator.get('staff-basic-digital-skills')!.groups.flatMap((g) => g.entries);
    expect(strips.reduce((a, b) => a + b, 0)).toBe(ranked.length);
  });

  it('is an image named by its title and described with computed counts, lowest, median and highest', () => {
    const v = view('5g-coverage');
    const svg = parse(renderDistributionChart(v, 'vi', 'd5g').svg);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')!.textContent).toBe('Tỷ lệ phủ sóng 5G: phân bố mục tiêu của các xã Đồng Nai');
    const g = v.groups[0]!;
    const pct = (x: number) => `${String(x).replace('.', ',')}%`;
    expect(svg.querySelector('desc')!.textContent).toContain(
      `thấp nhất ${pct(g.stats.min)}, trung vị ${pct(g.stats.median)}, cao nhất ${pct(g.stats.max)}`,
    );
    expect(svg.querySelector('desc')!.textContent).toContain(
      `Quốc gia 2026: ≥ 70% dân số: ${g.goals[0]!.reached} trong ${g.dots.length} chỉ tiêu đạt hoặc cao hơn`,
    );
  });

  it('draws each goal of the strip’s year as a dashed rule with its label', () => {
    const v = view('5g-coverage', 'en');
    const svg = parse(renderDistributionChart(v, 'en', 'd').svg);
    const goals = v.groups.flatMap((g) => g.goals.map((x) => x.label));
    expect(svg.querySelectorAll('g.dist-goals > line')).toHaveLength(goals.length);
    expect([...svg.querySelectorAll('g.dist-goal-labels text')].map((t) => t.textContent).sort()).toEqual([...goals].sort());
  });

  it('stacks dots at one figure into a column whose height counts them, never on top of each other', () => {
    const model = distributionChartModel(view('staff-basic-digital-skills'), 'vi');
    for (const s of model.strips) {
      for (let i = 0; i < s.dots.length; i++) {
        for (let j = i + 1; j < s.dots.length; j++) {
          const [a, b] = [s.dots[i]!, s.dots[j]!];
          expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(2 * s.radius);
        }
      }
      expect(s.dots.every((d) => d.y < s.baseline && d.y > s.top)).toBe(true);
    }
  });

  it('is drawn the same on the chart thread’s path (drawJob) as inline', () => {
    const v = view('5g-coverage');
    const { svg, model, options } = renderDistributionChart(v, 'vi', 'dj');
    expect(drawJob({ kind: 'distribution', model, options })).toBe(svg);
  });
});

describe('drawing dots', () => {
  it('writes each dot as a zero-length segment, drawn as a disc by round caps, with a halo under stacked dots', () => {
    expect(
      dotsPath([
        { x: 10.04, y: 20 },
        { x: 30, y: 19.96 },
      ]),
    ).toBe('M10 20h0M30 20h0');
    const model = distributionChartModel(view('5g-coverage'), 'vi');
    const svg = parse(renderDistributionChart(view('5g-coverage'), 'vi', 'h').svg);
    const strip = svg.querySelector('g.dist-dots')!;
    expect(strip.getAttribute('stroke-linecap')).toBe('round');
    expect(strip.querySelector('path.dist-dot')!.getAttribute('stroke-width')).toBe(String(2 * model.strips[0]!.radius));
    expect(strip.querySelector('path.dist-halo')).not.toBeNull();
  });
});

describe('stacking dots', () => {
  it('puts dots far apart on the line and stacks dots that would touch', () => {
    expect(stackLevels([10, 50, 90], 4, 0.6)).toEqual([0, 0, 0]);
    expect(stackLevels([50, 50, 50, 53, 70], 4, 0.6)).toEqual([0, 1, 2, 3, 0]);
  });

  it('makes dots smaller when a stack would be taller than the chart allows, never below the smallest size', () => {
    const many = Array.from({ length: 60 }, () => 100);
    const { radius, levels } = fitStack(many);
    expect(radius).toBeLessThan(DIST_LAYOUT.radius);
    expect(radius).toBeGreaterThanOrEqual(DIST_LAYOUT.minRadius);
    expect(Math.max(...levels)).toBe(59);
    expect(fitStack([10, 50]).radius).toBe(DIST_LAYOUT.radius);
  });
});
