import { describe, expect, it } from 'vitest';
import { emitTables } from '../../../src/lib/emit/emit-tables.ts';
import { communeSubsets, compareSubset } from '../../../src/lib/view/compare.ts';
import { fromPublished, liveTable, marksAmong, type LiveCatalogue, type PublishedTarget } from '../../../src/lib/view/compare-live.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();
const IDS = ds.raw.communes.map((c) => c.id);
const indicatorIds = ds.rules.indicators.map((i) => i.id);

/** What the browser gets: the published data/communes/<id>.json files, parsed. */
const published = emitTables(ds)
  .filter((f) => /^communes\/[^/]+\.json$/.test(f.path) && !/-(source|tasks)\.json$/.test(f.path))
  .flatMap((f) => JSON.parse(new TextDecoder().decode(f.bytes)) as PublishedTarget[]);
const fromFiles = published.map(fromPublished);

const catalogue: LiveCatalogue = {
  pillars: ds.rules.pillars.map((p) => ({ id: p.id, name: p.name_vi })),
  indicators: ds.rules.indicators.map((i) => ({ id: i.id, pillar: i.pillar, name: i.name_vi, unit: i.unit })),
};
const columns = (ids: string[]) => ids.map((id) => ({ id, name: ds.raw.communes.find((c) => c.id === id)!.name }));

describe('the compare view computed in the browser', () => {
  it('reads every target back from the published per-commune files', () => {
    expect(fromFiles).toHaveLength(ds.targets.length);
    const nt = fromFiles.find((t) => t.targetId === 'nhon-trach-01')!;
    expect(nt).toMatchObject({
      communeId: 'nhon-trach',
      indicatorId: '5g-coverage',
      comparator: '>=',
      value: 60,
      valueMax: null,
      unit: 'percent',
      targetYear: 2026,
    });
  });

  it('gives every choice of communes the same marks as the build-time comparison', () => {
    for (const chosen of communeSubsets(IDS)) {
      const expected = compareSubset(ds, chosen).marks;
      const live = marksAmong(fromFiles, indicatorIds, chosen);
      expect(Object.fromEntries(live), chosen.join(',')).toEqual(Object.fromEntries(expected));
    }
  });

  it('ranks VNeID among the chosen only: Xuân Thành (≥ 65%) is lower than Nhơn Trạch (≥ 80%)', () => {
    const vneid = (chosen: string[]) => {
      const t = liveTable(fromFiles, catalogue, columns(chosen), 'vi');
      return t.sections.flatMap((s) => s.rows).find((r) => r.id === 'vneid-account');
    };
    const row = vneid(['nhon-trach', 'xuan-thanh'])!;
    expect(row.cells.map((c) => c.entries.map((e) => `${e.value} ${e.mark}`))).toEqual([['≥ 80% above'], ['≥ 65% below']]);
    expect(row.cells.map((c) => c.tone)).toEqual(['more', 'less']);
  });

  it('keeps only the indicators the chosen communes set, with "set by X only" when one of them did', () => {
    const t = liveTable(fromFiles, catalogue, columns(['nhon-trach', 'nghia-dan']), 'en');
    const ids = t.sections.flatMap((s) => s.rows.map((r) => r.id));
    const expected = new Set(
      ds.targets
        .filter((x) => ['nhon-trach', 'nghia-dan'].includes(x.communeId) && x.indicatorId && x.match !== 'unmapped')
        .map((x) => x.indicatorId),
    );
    expect(new Set(ids)).toEqual(expected);
    expect(t.rowCount).toBe(expected.size);
    for (const r of t.sections.flatMap((s) => s.rows)) {
      const setters = r.cells.filter((c) => c.entries.some((e) => !e.related)).map((c) => c.communeId);
      if (r.onlyBy) expect(setters).toHaveLength(1);
    }
  });

  it('shows the wording as written only where it differs from the normalized figure', () => {
    const t = liveTable(fromFiles, catalogue, columns(['nhon-trach', 'xuan-thanh']), 'vi');
    const entries = t.sections.flatMap((s) => s.rows.flatMap((r) => r.cells.flatMap((c) => c.entries)));
    const xt5g = entries.find((e) => e.targetId.startsWith('xuan-thanh') && e.source === 'ocr-symbol');
    expect(xt5g?.raw).toMatch(/^>/);
    for (const e of entries) expect(e.raw).not.toBe(e.value);
  });
});
