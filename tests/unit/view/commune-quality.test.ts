import { describe, expect, it } from 'vitest';
import { communeQualityView, QUALITY_LISTS } from '../../../src/lib/view/commune-quality.ts';
import { communeQuality, dataQuality, type CommuneQuality } from '../../../src/lib/view/data-quality.ts';
import { refLink } from '../../../src/lib/view/sources.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();

describe('a plan’s data-quality section', () => {
  it('shows the lists that have items, in the section’s order, each item with one link per source', () => {
    for (const q of dataQuality(ds, 'vi')) {
      const view = communeQualityView(ds, q, 'vi');
      const expected = QUALITY_LISTS.filter(([, field]) => q[field].length > 0).map(([key]) => key);
      expect(view.lists.map((l) => l.key)).toEqual(expected);
      for (const l of view.lists) {
        const field = QUALITY_LISTS.find(([key]) => key === l.key)![1];
        expect(l.items.map((it) => it.id)).toEqual(q[field].map((it) => it.id));
        for (const it of l.items) expect(it.links).toEqual(it.sources.map((r) => refLink(ds, r, 'vi')));
      }
    }
  });

  it('names every list of the plan’s quality in its order of fields, once', () => {
    const fields = QUALITY_LISTS.map(([, field]) => field);
    expect(new Set(fields).size).toBe(fields.length);
    const q = communeQuality(ds, ds.raw.communes[0]!.id, 'vi')!;
    const listFields = Object.entries(q)
      .filter(([k, v]) => Array.isArray(v) && k !== 'documented')
      .map(([k]) => k);
    expect([...fields].sort()).toEqual(listFields.sort());
  });

  it('links each quote of a finding to its line in the plan text, and leaves a quote of a missing text unlinked', () => {
    const q = dataQuality(ds, 'en').find((x) => x.documented.length > 0)!;
    const view = communeQualityView(ds, q, 'en');
    const refs = view.documented.flatMap((i) => i.refs);
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.every((r) => r.link !== null && r.link.hash.length > 0)).toBe(true);
    const missing: CommuneQuality = {
      ...q,
      documented: [{ ...q.documented[0]!, refs: [{ seed: '999', lines: '1', quote: 'x' }] }],
    };
    expect(communeQualityView(ds, missing, 'en').documented[0]!.refs[0]!.link).toBeNull();
  });

  it('says nothing of a plan with nothing to note', () => {
    const q = dataQuality(ds, 'vi')[0]!;
    const empty = Object.fromEntries(Object.entries(q).map(([k, v]) => [k, Array.isArray(v) ? [] : v])) as unknown as CommuneQuality;
    const view = communeQualityView(ds, { ...empty, years: null }, 'vi');
    expect(view).toEqual({ communeId: q.communeId, documented: [], years: null, lists: [] });
  });
});
