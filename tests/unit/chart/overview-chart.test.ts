import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  COMMUNE_SYMBOLS,
  describeOverview,
  OVERVIEW_LAYOUT,
  overviewChartModel,
  renderOverviewChart,
  type OverviewLayout,
} from '../../../src/lib/chart/overview-chart.ts';
import { textWidthEm } from '../../../src/lib/chart/wrap-text.ts';
import type { Lang } from '../../../src/lib/site/i18n.ts';
import { overviewView } from '../../../src/lib/view/overview.ts';
import { realDataset } from '../support/real-dataset.ts';
import { scaledDataset } from '../support/scaled-dataset.ts';

const ds = await realDataset();
const scaled = await scaledDataset();
const hrefOf = (id: string) => `/base/indicators/${id}/`;

function render(layout: OverviewLayout, lang: Lang, data = ds) {
  return renderOverviewChart(overviewView(data, lang), { layout, lang, hrefOf, idPrefix: `ov-${layout}` });
}

/** The chart's SVG as a DOM, to assert on its structure. */
function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg')!;
}

/** One tag per line: a snapshot diff then shows which mark changed. */
function pretty(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}

describe('the overview chart (SVG snapshots)', () => {
  it.each([
    ['narrow', 'vi'],
    ['wide', 'en'],
  ] as const)('draws the real plans, %s layout (%s), as in its stored snapshot', async (layout, lang) => {
    await expect(pretty(render(layout, lang).svg)).toMatchFileSnapshot(`__snapshots__/overview.${layout}.${lang}.svg`);
  });

  it('draws the scaled synthetic plans as box plots, as in its stored snapshot', async () => {
    await expect(pretty(render('narrow', 'en', scaled).svg)).toMatchFileSnapshot('__snapshots__/overview.scoped.narrow.en.svg');
  });
});

describe('the overview chart (structure)', () => {
  it('is an image named by its title and described in words, with no aria-label left on a group', () => {
    const svg = parse(render('narrow', 'vi').svg);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-labelledby')).toBe('ov-narrow-title ov-narrow-desc');
    expect(svg.querySelector('title')!.textContent).toBe('Mục tiêu của các xã theo từng chỉ tiêu, chênh lệch lớn nhất trước');
    expect(svg.querySelector('desc')!.textContent).toContain(
      '10. Tỷ lệ phủ sóng 5G: Xuân Thành ≥ 65%, Nhơn Trạch ≥ 60%, Phước An ≥ 60%; chênh 5 điểm phần trăm; Quốc gia 2026: ≥ 70% dân số.',
    );
    expect(svg.querySelectorAll('g[aria-label]')).toHaveLength(0);
  });

  it('gives each row, in spread order, its indicator page and a box around its name and strip for the page’s link', () => {
    const view = overviewView(ds, 'en');
    const model = overviewChartModel(view, { layout: 'wide', lang: 'en', hrefOf });
    expect(model.rows.map((r) => r.href)).toEqual(view.rows.map((r) => `/base/indicators/${r.indicatorId}/`));
    for (const r of model.rows) {
      expect(r.y1).toBeLessThan(r.nameY);
      expect(r.y2).toBeGreaterThan(r.stripTop + r.stripHeight);
    }
    model.rows.slice(1).forEach((r, i) => expect(r.y1).toBeGreaterThanOrEqual(model.rows[i]!.y2));
  });

  it('puts no link inside the image (a screen reader would never reach it): the page lays them over it', () => {
    const svg = parse(render('wide', 'en').svg);
    expect(svg.querySelectorAll('a')).toHaveLength(0);
    expect(svg.querySelector('g.ov-names text')!.textContent).toBe('Officials trained in basic digital skills');
  });

  it('draws one mark per target in its commune’s group and lane, each commune with its own shape', () => {
    const view = overviewView(ds, 'vi');
    const svg = parse(render('narrow', 'vi').svg);
    view.communes.forEach((c, i) => {
      const group = svg.querySelector(`g[data-commune="${c.id}"]`)!;
      const entries = view.rows.flatMap((r) => r.entries.filter((e) => e.communeId === c.id));
      expect(group.children).toHaveLength(entries.length);
      expect(COMMUNE_SYMBOLS[i]).toBeDefined();
    });
    expect(new Set(view.communes.map((_c, i) => JSON.stringify(COMMUNE_SYMBOLS[i])))).toHaveProperty('size', view.communes.length);
  });

  it('never lets two communes at one figure cover each other: the same x, different lanes', () => {
    const model = overviewChartModel(overviewView(ds, 'vi'), { layout: 'narrow', lang: 'vi', hrefOf });
    const health = model.rows.find((r) => r.indicatorId === 'e-health-record')!;
    expect(new Set(health.marks.map((m) => m.x)).size).toBe(1);
    expect(new Set(health.marks.map((m) => m.y)).size).toBe(health.marks.length);
  });

  it('draws a dashed tick for each national goal of the row’s year: three rows have one', () => {
    const svg = parse(render('narrow', 'en').svg);
    expect(svg.querySelectorAll('g.ov-goals > line')).toHaveLength(3);
  });

  it('places a commune’s mark on the scale at its figure: 60% is 60% of the way along', () => {
    const model = overviewChartModel(overviewView(ds, 'vi'), { layout: 'wide', lang: 'vi', hrefOf });
    const fiveG = model.rows.find((r) => r.indicatorId === '5g-coverage')!;
    const nt = fiveG.marks.find((m) => m.communeId === 'nhon-trach')!;
    expect(nt.x).toBeCloseTo(model.x0 + 0.6 * (model.x1 - model.x0));
    expect(fiveG.goals[0]!.x).toBeCloseTo(model.x0 + 0.7 * (model.x1 - model.x0));
  });

  it.each(['narrow', 'wide'] as const)('fits every name line in its column (%s), so a 360 px phone never scrolls sideways', (layout) => {
    for (const lang of ['vi', 'en'] as const) {
      const model = overviewChartModel(overviewView(ds, lang), { layout, lang, hrefOf });
      const widest = Math.max(...model.rows.flatMap((r) => r.lines.map((l) => textWidthEm(l) * OVERVIEW_LAYOUT.fontSize)));
      expect(widest).toBeLessThanOrEqual(OVERVIEW_LAYOUT[layout].nameWidth);
      expect(OVERVIEW_LAYOUT[layout].nameX + OVERVIEW_LAYOUT[layout].nameWidth).toBeLessThanOrEqual(model.width);
    }
  });

  it('stacks rows without overlap: each row starts below the one before', () => {
    const model = overviewChartModel(overviewView(ds, 'vi'), { layout: 'narrow', lang: 'vi', hrefOf });
    for (let i = 1; i < model.rows.length; i++) {
      const prev = model.rows[i - 1]!;
      expect(model.rows[i]!.nameY).toBeGreaterThan(prev.stripTop + prev.stripHeight);
    }
    expect(model.height).toBeGreaterThan(model.rows.at(-1)!.stripTop + model.rows.at(-1)!.stripHeight);
  });

  it('past a dozen communes, draws a box plot per row and no commune marks', () => {
    const view = overviewView(scaled, 'vi');
    const svg = parse(render('wide', 'vi', scaled).svg);
    expect(svg.querySelectorAll('g.ov-boxes > rect')).toHaveLength(view.charted.length);
    expect(svg.querySelectorAll('g.ov-medians > line')).toHaveLength(view.charted.length);
    expect(svg.querySelectorAll('g[data-commune]')).toHaveLength(0);
    expect(svg.querySelector('g.ov-names text')!.textContent).toMatch(/ · \d+ xã$/);
  });

  it('says in its description how many rows the scoped chart shows of how many', () => {
    const view = overviewView(scaled, 'en');
    const text = describeOverview(view, { domain: [0, 100] }, 'en');
    expect(text).toContain(`The ${view.charted.length} of ${view.rows.length} indicators with the largest gaps.`);
    expect(text).toMatch(/: \d+ communes, lowest \d+%, median [\d.]+%, highest \d+%;/);
  });
});
