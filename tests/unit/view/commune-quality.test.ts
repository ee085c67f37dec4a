import { describe, expect, it } from 'vitest';
import { communeQualityView } from '../../../src/lib/view/commune-quality.ts';
import { KIND_TITLE, QUALITY_KINDS } from '../../../src/lib/view/quality-summary.ts';
import { communeQuality, dataQuality, type CommuneQuality } from '../../../src/lib/view/data-quality.ts';
import { refLink } from '../../../src/lib/view/sources.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();

describe('a plan’s data-quality section', () => {
  it('shows the lists that have items, in the order of the kinds, each item with one link per source', () => {
    for (const lang of ['vi', 'en'] as const) {
      for (const q of dataQuality(ds, lang)) {
        const view = communeQualityView(ds, q, lang);
        const expected = QUALITY_KINDS.filter((k) => k !== 'documented' && k !== 'years' && q[k].length > 0);
        expect(view.lists.map((l) => l.kind)).toEqual(expected);
        for (const l of view.lists) {
          expect(l.title).toBe(KIND_TITLE[l.kind][lang]);
          expect(l.items.map((it) => it.id)).toEqual(q[l.kind].map((it) => it.id));
          for (const it of l.items) expect(it.links).toEqual(it.sources.map((r) => refLink(ds, r, lang)));
        }
      }
    }
  });

  it('covers every list of a plan’s quality, each under its own key', () => {
    const q = communeQuality(ds, ds.raw.communes[0]!.id, 'vi')!;
    const listFields = Object.entries(q)
      .filter(([k, v]) => Array.isArray(v) && k !== 'documented')
      .map(([k]) => k);
    const kinds = QUALITY_KINDS.filter((k) => k !== 'documented' && k !== 'years');
    // Every list given one item: each must come out under a key of its own.
    const anyItem = dataQuality(ds, 'vi').flatMap((x) => x.implied)[0]!;
    expect([...kinds].sort()).toEqual(listFields.sort());
    const full = Object.fromEntries(Object.entries(q).map(([k, v]) => [k, Array.isArray(v) && k !== 'documented' ? [anyItem] : v]));
    const keys = communeQualityView(ds, full as unknown as CommuneQuality, 'vi').lists.map((l) => l.key);
    expect(keys).toHaveLength(kinds.length);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('marks as quoted the lists whose labels are plan text as written: the header and the spellings', () => {
    const lists = dataQuality(ds, 'en').flatMap((q) => communeQualityView(ds, q, 'en').lists);
    for (const l of lists) expect(l.quoted, l.kind).toBe(l.kind === 'header' || l.kind === 'spellings');
    expect(lists.some((l) => l.quoted)).toBe(true);
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
