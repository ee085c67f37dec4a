import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../../scripts/lib/bench/synthetic.ts';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { realDataset } from '../support/real-dataset.ts';
import { searchRecords } from '../../../src/lib/search/records.ts';
import { MAX_LISTED_COMMUNES, searchView } from '../../../src/lib/search/search-view.ts';

/** 20 SYNTHETIC communes over several provinces: past a dozen, so filtered by province. */
async function scaledDataset() {
  const files = generateSynthetic(await readDataFiles(resolve('data')), { n: 20 });
  const checked = checkDataset(new Map([...files].map(([k, v]) => [k, new TextEncoder().encode(v)])), 'synthetic');
  if (!checked.ok) throw new Error('synthetic data did not check');
  return checked.value;
}

describe('searchView', () => {
  it('offers as filter choices exactly the pillar and commune names the records are filtered by', async () => {
    const ds = await realDataset();
    for (const lang of ['vi', 'en'] as const) {
      const view = searchView(ds, lang, '/');
      const records = searchRecords(ds, '/').pages.filter((r) => r.language === lang);
      const pillars = new Set(records.flatMap((r) => r.filters.pillar ?? []));
      const communes = new Set(records.flatMap((r) => r.filters.commune ?? []));
      expect(new Set(view.pillars)).toEqual(pillars);
      expect(view.place.key).toBe('commune');
      expect(new Set(view.place.options)).toEqual(communes);
    }
  });

  it('filters by province past a dozen communes: the choices are exactly the provinces the records carry', async () => {
    const ds = await scaledDataset();
    for (const lang of ['vi', 'en'] as const) {
      const view = searchView(ds, lang, '/');
      const records = searchRecords(ds, '/').pages.filter((r) => r.language === lang);
      expect(records.some((r) => r.filters.commune)).toBe(false);
      const provinces = new Set(records.flatMap((r) => r.filters.province ?? []));
      expect(view.place.key).toBe('province');
      expect(new Set(view.place.options)).toEqual(provinces);
      expect(provinces).toEqual(new Set(ds.raw.communes.map((c) => c.province)));
    }
  });

  it('lists the pillars in their display order', async () => {
    const view = searchView(await realDataset(), 'en', '/');
    expect(view.pillars[0]).toBe('Digital infrastructure');
    expect(view.pillars.at(-1)).toBe('Digital society');
  });

  it('links to the matrix, the A–Z indicator list and every commune, under the base and in the language', async () => {
    const view = searchView(await realDataset(), 'en', '/portal/');
    expect(view.browse.map((b) => b.href)).toEqual([
      '/portal/en/matrix/',
      '/portal/en/indicators/',
      '/portal/en/communes/',
      '/portal/en/methodology/',
    ]);
    expect(view.communeLinks.map((c) => c.href)).toContain('/portal/en/communes/nghia-dan/');
    expect(view.communeLinks.find((c) => c.href.endsWith('/xuan-thanh/'))?.label).toBe('Xuân Thành (Đồng Nai)');
  });

  it('links to the communes index instead of listing them when there are many', async () => {
    const ds = await realDataset();
    const c = ds.raw.communes[0]!;
    const many = Array.from({ length: MAX_LISTED_COMMUNES + 1 }, (_, i) => ({ ...c, id: `${c.id}-${i}` }));
    const view = searchView({ ...ds, raw: { ...ds.raw, communes: many } }, 'vi', '/');
    expect(view.communeLinks).toEqual([]);
    expect(view.browse.map((b) => b.href)).toContain('/communes/');
  });
});
