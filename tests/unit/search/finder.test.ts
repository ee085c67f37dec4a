import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js/basic';
import { realDataset } from '../support/real-dataset.ts';
import { createFinder, FINDER_LIMIT, finderEntries } from '../../../src/lib/search/finder.ts';
import type { Lang } from '../../../src/lib/site/i18n.ts';

async function find(q: string, lang: Lang = 'vi') {
  return createFinder(Fuse, finderEntries(await realDataset(), lang, '/'))(q);
}
const first = async (q: string, lang: Lang = 'vi') => (await find(q, lang))[0]?.entry.url;

describe('finderEntries', () => {
  it('lists every indicator and every commune, linking to the page in the current language under the base', async () => {
    const ds = await realDataset();
    const entries = finderEntries(ds, 'en', '/portal/');
    expect(entries).toHaveLength(ds.rules.indicators.length + ds.raw.communes.length);
    expect(entries.find((e) => e.url === '/portal/en/indicators/adult-digital-signature/')?.title).toBe(
      'Adults with a personal digital signature',
    );
    expect(entries.find((e) => e.url === '/portal/en/communes/nghia-dan/')).toMatchObject({ kind: 'commune', title: 'Nghĩa Đàn' });
  });

  it('keeps the other language name, the related terms and each plan wording of an indicator', async () => {
    const entry = finderEntries(await realDataset(), 'vi', '/').find((e) => e.url === '/indicators/adult-digital-signature/')!;
    expect(entry.names).toContain('Adults with a personal digital signature');
    expect(entry.names).toContain('chữ ký số');
    expect(entry.wordings.length).toBeGreaterThan(0);
    expect(entry.detail).toBe('Xã hội số');
  });
});

describe('the finder with Fuse (what a reader types)', () => {
  it('finds the 5G indicator first for "phu song"', async () => {
    expect(await first('phu song')).toBe('/indicators/5g-coverage/');
  });

  it('finds VNeID first for "dinh danh" (đ folded to d)', async () => {
    expect(await first('dinh danh')).toBe('/indicators/vneid-account/');
  });

  it('finds the digital signature first for "chu ky so"', async () => {
    expect(await first('chu ky so')).toBe('/indicators/adult-digital-signature/');
  });

  it('finds the Xuân Thành commune page first for "xuan thanh", and Nghĩa Đàn for "nghia dan"', async () => {
    expect(await first('xuan thanh')).toBe('/communes/xuan-thanh/');
    expect(await first('nghia dan')).toBe('/communes/nghia-dan/');
  });

  it('finds the digital signature in English, and with a typo', async () => {
    expect(await first('digital signature', 'en')).toBe('/en/indicators/adult-digital-signature/');
    expect(await first('chu ki so')).toBe('/indicators/adult-digital-signature/');
  });

  it('finds an indicator by a plan wording alone, below name matches, and says which wording matched', async () => {
    const s = await find('san xuat nong nghiep');
    expect(s[0]?.entry.url).toBe('/indicators/tech-application-deployment/');
    expect(s[0]?.wording).toMatch(/sản xuất nông nghiệp/);
    const mixed = await find('dich vu cong');
    const firstWording = mixed.findIndex((x) => x.wording !== null);
    expect(mixed[0]?.wording).toBeNull();
    expect(firstWording).toBeGreaterThan(0);
    expect(mixed.slice(firstWording).every((x) => x.wording !== null)).toBe(true);
  });

  it('suggests nothing for nonsense, and never more than the limit', async () => {
    expect(await find('xyzzy qwrtp')).toEqual([]);
    expect(await find('x')).toEqual([]);
    expect((await find('so')).length).toBe(FINDER_LIMIT);
  });
});
