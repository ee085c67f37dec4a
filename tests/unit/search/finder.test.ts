import { describe, expect, it } from 'vitest';
import Fuse from 'fuse.js/basic';
import { realDataset } from '../support/real-dataset.ts';
import {
  communeMatcher,
  createFinder,
  FINDER_LIMIT,
  FINDER_MAX_WORDINGS,
  finderCommunes,
  finderEntries,
  type FinderCommunes,
} from '../../../src/lib/search/finder.ts';
import type { Lang } from '../../../src/lib/site/i18n.ts';

async function find(q: string, lang: Lang = 'vi') {
  const ds = await realDataset();
  return createFinder(Fuse, finderEntries(ds, lang, '/'), { list: finderCommunes(ds), lang, base: '/' })(q);
}
const first = async (q: string, lang: Lang = 'vi') => (await find(q, lang))[0]?.entry.url;

describe('finderEntries', () => {
  it('lists every indicator, and every commune in a shared list, linking to pages in the current language under the base', async () => {
    const ds = await realDataset();
    const entries = finderEntries(ds, 'en', '/portal/');
    expect(entries).toHaveLength(ds.rules.indicators.length);
    expect(entries.find((e) => e.url === '/portal/en/indicators/adult-digital-signature/')?.title).toBe(
      'Adults with a personal digital signature',
    );
    const list = finderCommunes(ds);
    expect(list.communes).toHaveLength(ds.raw.communes.length);
    const s = createFinder(Fuse, entries, { list, lang: 'en', base: '/portal/' })('nghia dan');
    expect(s[0]?.entry).toMatchObject({ kind: 'commune', title: 'Nghĩa Đàn', url: '/portal/en/communes/nghia-dan/' });
    expect(s[0]?.entry.detail).toMatch(/^(Commune|Ward|Special zone) · Nghệ An$/);
  });

  it('keeps the other language name, the related terms and each plan wording of an indicator', async () => {
    const entry = finderEntries(await realDataset(), 'vi', '/').find((e) => e.url === '/indicators/adult-digital-signature/')!;
    expect(entry.names).toContain('Adults with a personal digital signature');
    expect(entry.names).toContain('chữ ký số');
    expect(entry.wordings.length).toBeGreaterThan(0);
    expect(entry.wordings.length).toBeLessThanOrEqual(FINDER_MAX_WORDINGS);
    expect(entry.detail).toBe('Xã hội số');
  });
});

describe('finding the indicators a national or provincial document sets', () => {
  it.each([
    ['03/NQ-CP', 'vi'],
    ['411/QĐ-TTg', 'vi'],
    ['411/QD-TTg', 'en'],
  ] as const)('finds with “%s” (%s) an indicator that document sets a goal for', async (q, lang) => {
    const ds = await realDataset();
    const number = q.replace('QD', 'QĐ');
    const set = new Set(ds.rules.references.filter((r) => r.document.includes(number)).map((r) => r.indicator_id));
    expect(set.size).toBeGreaterThan(0);
    const hits = (await find(q, lang)).filter((h) => h.entry.kind === 'indicator');
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits.slice(0, 3)) expect(set.has(h.entry.url.split('/').filter(Boolean).pop()!)).toBe(true);
  });
});

describe('the commune matcher (many communes, folded word prefixes)', () => {
  const list: FinderCommunes = {
    provinces: ['Đồng Nai', 'Nghệ An'],
    communes: [
      ['xuan-thanh', 'Xuân Thành', 0, 'xã'],
      ['xuan-thanh-2', 'Xuân Thành', 1, 'xã'],
      ['thanh-xuan', 'Thanh Xuân', 1, 'phường'],
      ['xuan-thanh-dong', 'Xuân Thành Đông', 0, 'xã'],
      ...Array.from({ length: 3300 }, (_, i): FinderCommunes['communes'][number] => [`c${i}`, `Mẫu ${i}`, i % 2, 'xã']),
    ],
  };
  const match = communeMatcher(list);
  const ids = (q: string) => match(q, 8).map(([i]) => list.communes[i]![0]);

  it('ranks the whole name, then its beginning, then its words in any order', () => {
    expect(ids('xuan thanh')).toEqual(['xuan-thanh', 'xuan-thanh-2', 'xuan-thanh-dong', 'thanh-xuan']);
    expect(ids('xuan th')).toEqual(['xuan-thanh', 'xuan-thanh-2', 'xuan-thanh-dong', 'thanh-xuan']);
  });

  it('folds đ and marks, and takes the unit type and the province as extra words only', () => {
    expect(ids('thanh dong')).toEqual(['xuan-thanh-dong', 'xuan-thanh']);
    expect(ids('xa xuan thanh nghe an')).toEqual(['xuan-thanh-2', 'thanh-xuan']);
    expect(ids('nghe an')).toEqual([]);
    expect(ids('xa')).toEqual([]);
  });

  it('answers a query over 3,300 communes well within a keystroke', () => {
    match('mau 12', 8);
    const t0 = performance.now();
    for (let i = 0; i < 10; i++) match(`mau ${i}`, 8);
    expect((performance.now() - t0) / 10).toBeLessThan(50);
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
