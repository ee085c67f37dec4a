import { describe, expect, it } from 'vitest';
import { compareLiveView } from '../../../src/lib/view/compare-live-config.ts';
import { liveTable } from '../../../src/lib/view/compare-live.ts';
import { scaledDataset } from '../support/scaled-dataset.ts';

// The scaled build's data: 14 communes in two provinces, the site the live compare view is made for.
const ds = await scaledDataset();

describe('what the live compare view is given at build time', () => {
  it('has every indicator of the catalogue once, in the catalogue’s order, each under one of its pillars', () => {
    const { catalogue } = compareLiveView(ds, 'vi');
    expect(catalogue.indicators.map((i) => i.id)).toEqual(ds.rules.indicators.map((i) => i.id));
    const pillars = new Set(catalogue.pillars.map((p) => p.id));
    for (const i of catalogue.indicators) expect(pillars.has(i.pillar), i.id).toBe(true);
  });

  it('lists every pillar once, in the order the rules give them', () => {
    const { catalogue } = compareLiveView(ds, 'vi');
    expect(new Set(catalogue.pillars.map((p) => p.id))).toEqual(new Set(ds.rules.pillars.map((p) => p.id)));
    const order = new Map(ds.rules.pillars.map((p) => [p.id, p.order]));
    const orders = catalogue.pillars.map((p) => order.get(p.id)!);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });

  it('names pillars and indicators in the page’s language', () => {
    const en = compareLiveView(ds, 'en').catalogue;
    const vi = compareLiveView(ds, 'vi').catalogue;
    expect(en.indicators.map((i) => i.name)).toEqual(ds.rules.indicators.map((i) => i.name_en));
    expect(vi.indicators.map((i) => i.name)).toEqual(ds.rules.indicators.map((i) => i.name_vi));
    expect(en.pillars.map((p) => p.name)).not.toEqual(vi.pillars.map((p) => p.name));
  });

  it('offers each province with plans once, with its URL segment from provinces.csv', () => {
    const { provinces } = compareLiveView(ds, 'vi');
    const slugOf = new Map(ds.rules.provinces.map((p) => [p.name, p.slug]));
    expect(provinces.map((p) => p.name)).toEqual([...new Set(ds.raw.communes.map((c) => c.province))]);
    for (const p of provinces) expect(p.slug).toBe(slugOf.get(p.name));
  });

  it('lays the browser’s table out in pillar order', () => {
    const { catalogue } = compareLiveView(ds, 'en');
    const columns = ds.raw.communes.slice(0, 4).map((c) => ({ id: c.id, name: c.name }));
    const sections = liveTable(ds.targets, catalogue, columns, 'en').sections.map((s) => s.id);
    expect(sections.length).toBeGreaterThan(1);
    const pillars = catalogue.pillars.map((p) => p.id);
    expect(sections).toEqual(pillars.filter((p) => sections.includes(p)));
  });
});
