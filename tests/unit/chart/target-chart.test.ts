import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { chartModel, scaleFor } from '../../../src/lib/chart/target-chart-model.ts';
import { renderTargetChart } from '../../../src/lib/chart/target-chart.ts';
import type { HarmonizedTarget } from '../../../src/lib/harmonize/harmonize-targets.ts';
import { chartInput as input } from '../support/chart-input.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();

/** The chart's SVG as a DOM, to assert on its structure. */
function parse(svg: string) {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  return document.querySelector('svg')!;
}

/** One tag per line: a snapshot diff then shows which mark changed. */
function pretty(svg: string): string {
  return `${svg.replace(/></g, '>\n<')}\n`;
}

describe('the indicator chart (SVG snapshots)', () => {
  it.each([
    ['5g-coverage', 'vi'],
    ['digital-economy-grdp', 'vi'],
    ['vneid-account', 'en'],
  ] as const)('draws %s (%s) as in its stored snapshot', async (id, lang) => {
    const { svg } = renderTargetChart(input(ds, id, lang));
    await expect(pretty(svg)).toMatchFileSnapshot(`__snapshots__/${id}.${lang}.svg`);
  });
});

describe('the indicator chart (structure)', () => {
  it('draws one dot per ranked VNeID target, and the related Phước An target as a fainter extra dot', () => {
    const { svg } = renderTargetChart(input(ds, 'vneid-account', 'vi'));
    const dots = [...parse(svg).querySelectorAll('g.tc-dots > path')];
    const ranked = ds.comparisons.find((c) => c.indicatorId === 'vneid-account')!.groups.flatMap((g) => g.entries);
    expect(ranked).toHaveLength(3);
    expect(dots.filter((d) => d.getAttribute('fill-opacity') === '1')).toHaveLength(3);
    expect(dots.filter((d) => d.getAttribute('fill-opacity') === '0.45')).toHaveLength(1);
  });

  it('draws a strict “>” as a hollow dot and “≥” as a filled one', () => {
    const model = chartModel(input(ds, 'service-satisfaction', 'en'));
    const { svg } = renderTargetChart(input(ds, 'service-satisfaction', 'en'));
    const points = model.lines.filter((l) => l.kind === 'point');
    const fills = [...parse(svg).querySelectorAll('g.tc-dots > path')].map((p) => p.getAttribute('fill'));
    expect(points.map((p) => [p.commune, p.hollow])).toEqual([
      ['Nhơn Trạch', false],
      ['Xuân Thành', true],
    ]);
    expect(fills).toEqual(['var(--accent, #0b5394)', 'var(--bg, #ffffff)']);
  });

  it('reads an OCR “>” as “≥”: Xuân Thành’s 5G dot is filled', () => {
    const model = chartModel(input(ds, '5g-coverage', 'vi'));
    const xt = model.lines.find((l) => l.communeId === 'xuan-thanh')!;
    expect(xt).toMatchObject({ kind: 'point', x: 65, hollow: false, label: '≥ 65%' });
  });

  it('draws a range as a bar from 15 to 17, with its two end ticks', () => {
    const { svg, model } = renderTargetChart(input(ds, 'digital-economy-grdp', 'vi'));
    expect(model.lines.find((l) => l.communeId === 'phuoc-an')).toMatchObject({ kind: 'range', x: 15, x2: 17, label: '15–17%' });
    const dom = parse(svg);
    expect(dom.querySelectorAll('g.tc-ranges > rect')).toHaveLength(1);
    expect(dom.querySelectorAll('g.tc-range-ends > line')).toHaveLength(2);
    expect(dom.querySelectorAll('g.tc-dots > path')).toHaveLength(0);
  });

  it('gives every commune a row: “no target” in words where a commune set none', () => {
    const model = chartModel(input(ds, 'vneid-account', 'en'));
    expect(model.blocks.map((b) => b.name)).toEqual(['Nhơn Trạch', 'Xuân Thành', 'Phước An', 'Nghĩa Đàn']);
    expect(model.lines.filter((l) => l.kind === 'none').map((l) => [l.commune, l.label])).toEqual([['Nghĩa Đàn', 'no target']]);
  });

  it('writes Nghĩa Đàn’s related, qualitative 5G aim as words, labelled related and with its year', () => {
    const model = chartModel(input(ds, '5g-coverage', 'en'));
    const nd = model.lines.filter((l) => l.communeId === 'nghia-dan');
    expect(nd).toHaveLength(1);
    expect(nd[0]).toMatchObject({ kind: 'words', related: true, otherYear: true, x: null });
    expect(nd[0]!.label).toBe('Qualitative (for 2030) · related');
  });

  it('marks a target for another year with a diamond and the year', () => {
    const { svg, model } = renderTargetChart(input(ds, 'online-service-usage', 'vi'));
    const nd = model.lines.find((l) => l.communeId === 'nghia-dan')!;
    expect(nd).toMatchObject({ kind: 'point', otherYear: true, hollow: true, label: '> 90% (năm 2030)' });
    const paths = [...parse(svg).querySelectorAll('g.tc-dots > path')].map((p) => p.getAttribute('d') ?? '');
    // Plot draws a circle with arcs and a diamond with straight lines.
    expect(paths.filter((d) => d.includes('A'))).toHaveLength(1);
    expect(paths.filter((d) => !d.includes('A'))).toHaveLength(1);
  });

  it('draws each national goal as a dashed rule labelled with its year and base, and a context figure dotted', () => {
    const fiveG = parse(renderTargetChart(input(ds, '5g-coverage', 'vi')).svg);
    expect([...fiveG.querySelectorAll('g.tc-reference-target')].map((g) => g.getAttribute('stroke-dasharray'))).toEqual(['5,3', '5,3']);
    expect([...fiveG.querySelectorAll('g.tc-reference-label text')].map((t) => t.textContent)).toEqual([
      'Quốc gia 2026: ≥ 70% dân số',
      'Quốc gia 2030: ≥ 99% dân số',
    ]);
    const dti = parse(renderTargetChart(input(ds, 'commune-dti', 'en')).svg);
    expect(dti.querySelector('g.tc-reference-context')?.getAttribute('stroke-dasharray')).toBe('1.5,3');
    expect(dti.querySelector('g.tc-reference-label text')?.textContent).toBe('Context · National 2024: 0.7955');
  });

  it('draws a provincial range as a band, and names the province on its label', () => {
    const model = chartModel(input(ds, 'digital-economy-grdp', 'vi'));
    const band = model.references.find((r) => r.label.startsWith('Đồng Nai 2030'))!;
    expect(band).toMatchObject({ x: 35, x2: 37 });
  });

  it('writes yes/no targets as words on an unscaled chart', () => {
    const { svg, model } = renderTargetChart(input(ds, 'tech-application-deployment', 'vi'));
    expect(model.scaled).toBe(false);
    expect(model.lines.filter((l) => l.kind === 'words').map((l) => l.label)).toEqual(['Có', 'Có']);
    expect(parse(svg).querySelector('g.tc-axis')).toBeNull();
  });
});

describe('the indicator chart (accessibility and safety)', () => {
  const all = ds.rules.indicators.flatMap((i) => (['vi', 'en'] as const).map((lang) => renderTargetChart(input(ds, i.id, lang)).svg));

  it('is an image named by its title and described in words, on every indicator page', () => {
    for (const svg of all) {
      const dom = parse(svg);
      expect(dom.getAttribute('role')).toBe('img');
      const [titleId, descId] = (dom.getAttribute('aria-labelledby') ?? '').split(' ');
      expect(dom.querySelector(`title#${titleId}`)?.textContent).toBeTruthy();
      expect(dom.querySelector(`desc#${descId}`)?.textContent).toBeTruthy();
    }
  });

  it('says every commune’s figure in its description', () => {
    const desc = parse(renderTargetChart(input(ds, 'vneid-account', 'en')).svg).querySelector('desc')!.textContent;
    expect(desc).toBe(
      'Scale: percent, 0–100%. Nhơn Trạch: ≥ 80%; Xuân Thành: ≥ 65%; Phước An: ≥ 80%; ' +
        'Phước An: ≥ 100% (related target, not ranked); Nghĩa Đàn: no target.',
    );
  });

  it('carries no aria-label on a <g>, no Plot warning and no font-variant attribute', () => {
    for (const svg of all) {
      expect(svg).not.toMatch(/<g\b[^>]*aria-(label|description)=/);
      expect(svg).not.toMatch(/\u26a0|warning/i);
      expect(svg).not.toContain('font-variant=');
    }
  });

  it('draws a commune whose name says "warning": only Plot\'s own warning mark fails the build', () => {
    const base = input(ds, '5g-coverage', 'en');
    const communes = base.communes.map((c, i) => (i === 0 ? { ...c, name: 'Early warning ward' } : c));
    expect(renderTargetChart({ ...base, communes }).svg).toContain('Early warning ward');
  });

  it('escapes markup in data text instead of writing it into the page', () => {
    const base = input(ds, '5g-coverage', 'vi');
    const evil = '<script>alert(1)</script><img src=x onerror="alert(2)">';
    const rows: HarmonizedTarget[] = base.rows.map((r) => ({ ...r, targetRaw: r.comparator === 'text' ? evil : r.targetRaw }));
    const nd = rows.find((r) => r.communeId === 'nghia-dan')!;
    Object.assign(nd, { comparator: 'text', value: null });
    const { svg } = renderTargetChart({
      ...base,
      rows,
      title: `${evil} title`,
      communes: base.communes.map((c) => (c.id === 'nhon-trach' ? { ...c, name: `${evil}NT` } : c)),
    });
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;script&gt;');
  });

  it('renders a chart in a few milliseconds', () => {
    const ids = ds.rules.indicators.map((i) => i.id);
    const t0 = performance.now();
    for (const id of ids) renderTargetChart(input(ds, id, 'vi'));
    const each = (performance.now() - t0) / ids.length;
    expect(each).toBeLessThan(25);
  });
});

describe('the chart’s scale', () => {
  it('runs 0–100 for percent, 0–1 for an index and from 0 in whole steps for counts', () => {
    expect(scaleFor('percent', [60, 65])).toEqual({ domain: [0, 100], ticks: [0, 20, 40, 60, 80, 100] });
    expect(scaleFor('index', [0.8, 0.7955])).toEqual({ domain: [0, 1], ticks: [0, 0.2, 0.4, 0.6, 0.8, 1] });
    expect(scaleFor('count', [1])).toEqual({ domain: [0, 2], ticks: [0, 1, 2] });
    expect(scaleFor('count', [12]).ticks.every(Number.isInteger)).toBe(true);
    expect(scaleFor('count', [12]).domain[1]).toBeGreaterThanOrEqual(12);
  });

  it('extends past 100% only for a growth rate above it', () => {
    expect(scaleFor('percent', [130]).domain).toEqual([0, 140]);
  });
});
