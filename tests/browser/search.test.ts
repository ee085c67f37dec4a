import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { BASE_BUILD, ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: ROOT_BUILD, based: BASE_BUILD });

const results = (page: Page) => page.locator('[data-results] > li');
const status = (page: Page) => page.locator('[data-status]');
/** How many results the status line says were found (more than the first page shows). */
const foundCount = async (page: Page) => Number(/\d+/.exec(await status(page).innerText())?.[0] ?? 0);

/** Result titles and links, in order, once the status line says the search is done. */
async function pagefindResults(page: Page): Promise<{ title: string; href: string }[]> {
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-status]')?.textContent ?? '';
    return s !== '' && !document.querySelector('[data-results]')?.hasAttribute('aria-busy');
  });
  return results(page).evaluateAll((lis) =>
    lis.map((li) => {
      const a = li.querySelector('h3 a') as HTMLAnchorElement;
      return { title: a.textContent ?? '', href: a.getAttribute('href') ?? '' };
    }),
  );
}

/** Every result, pressing "more" until all are shown (the first page shows five). */
async function allResults(page: Page): Promise<string[]> {
  await pagefindResults(page);
  while (await page.locator('[data-more]').isVisible()) {
    const n = await results(page).count();
    await page.click('[data-more]');
    await page.waitForFunction((before) => document.querySelectorAll('[data-results] > li').length > before, n);
  }
  return results(page).evaluateAll((lis) => lis.map((li) => li.querySelector('h3 a')?.getAttribute('href') ?? ''));
}

async function searchFor(page: Page, q: string): Promise<{ title: string; href: string }[]> {
  const input = page.locator('#search-q');
  await input.fill(q);
  await input.press('Enter');
  await page.waitForFunction((want) => (document.querySelector('[data-status]')?.textContent ?? '').includes(want), q);
  return pagefindResults(page);
}

/** Types into the finder as a person would, and returns the suggestions once announced. */
async function finderSuggestions(page: Page, q: string): Promise<{ title: string; url: string; id: string }[]> {
  const input = page.locator('#search-finder');
  await input.click();
  await input.fill('');
  await input.pressSequentially(q, { delay: 20 });
  await page.waitForFunction(() => (document.querySelector('[data-finder-status]')?.textContent ?? '') !== '');
  return page.locator('#search-finder-list [role="option"]').evaluateAll((els) =>
    els.map((el) => ({
      title: el.querySelector('.finder-title')?.textContent ?? '',
      url: (el as HTMLElement).dataset.url ?? '',
      id: el.id,
    })),
  );
}

describe('full-text search (Pagefind) on /search/', () => {
  it('finds the 5G indicator first for "phu song", typed without diacritics, and marks "phủ sóng" in the excerpt', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('search/'));
    const found = await searchFor(w.page, 'phu song');
    expect(found[0]).toEqual({ title: 'Tỷ lệ phủ sóng 5G', href: '/indicators/5g-coverage/' });
    const first = results(w.page).first();
    expect(await first.locator('.result-meta').innerText()).toMatch(/Hạ tầng số/i);
    expect(await first.locator('.result-excerpt mark').allInnerTexts()).toContain('phủ sóng');
    expect(new URL(w.page.url()).search).toBe('?q=phu+song');
    await screenshot(w.page, 'search-vi-1280');
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('finds VNeID for "dinh danh", the digital signature for "chu ky so" and the Xuân Thành page for "xuan thanh"', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('search/'));
    expect((await searchFor(w.page, 'dinh danh'))[0]?.href).toBe('/indicators/vneid-account/');
    expect((await searchFor(w.page, 'chu ky so'))[0]?.href).toBe('/indicators/adult-digital-signature/');
    expect((await searchFor(w.page, 'xuan thanh'))[0]?.href).toBe('/communes/xuan-thanh/');
    expect(await results(w.page).first().locator('.result-meta').innerText()).toMatch(/Đồng Nai/);
    expect((await searchFor(w.page, 'nghia dan'))[0]?.href).toBe('/communes/nghia-dan/');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('finds the indicators a document sets goals for by its number: "03/NQ-CP", "411/QĐ-TTg"', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('search/'));
    for (const q of ['03/NQ-CP', '411/QĐ-TTg']) {
      const found = await searchFor(w.page, q);
      expect(found.length, q).toBeGreaterThan(0);
      expect(found[0]!.href, q).toMatch(/^\/indicators\//);
    }
    await w.context.close();
  });

  it('ranks exact-diacritic matches first: "sổ" finds the health record before the many pages saying "số"', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('search/?q=s%E1%BB%95'));
    const found = await pagefindResults(w.page);
    expect(found.length).toBe(5); // the first page
    expect(await foundCount(w.page)).toBeGreaterThan(5); // "số" pages are still found, after
    expect(found[0]?.href).toBe('/indicators/e-health-record/');
    const marks = await results(w.page).first().locator('.result-excerpt mark').allInnerTexts();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m.toLowerCase() === 'sổ')).toBe(true);
    await w.context.close();
  });

  it('reads ?q= from the header search box and builds the excerpt from text and <mark> elements only', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url(''));
    await w.page.fill('#site-search-q', 'dịch vụ công trực tuyến');
    await w.page.press('#site-search-q', 'Enter');
    await w.page.waitForURL(/\/search\/\?q=/);
    expect(await w.page.inputValue('#search-q')).toBe('dịch vụ công trực tuyến');
    const found = await pagefindResults(w.page);
    expect(found[0]?.href).toMatch(/^\/indicators\//);
    const foreign = await w.page
      .locator('.result-excerpt')
      .evaluateAll((ps) =>
        ps.flatMap((p) => [...p.childNodes].filter((n) => n.nodeType !== 3 && n.nodeName !== 'MARK').map((n) => n.nodeName)),
      );
    expect(foreign).toEqual([]);
    await w.context.close();
  });

  it('filters by pillar and by commune, and keeps the filters in the URL', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('search/?q=so'));
    await pagefindResults(w.page);
    const all = await foundCount(w.page);
    await w.page.selectOption('#search-pillar', 'Xã hội số');
    await w.page.waitForFunction(() => new URL(location.href).searchParams.get('pillar') === 'Xã hội số');
    const social = await pagefindResults(w.page);
    expect(social.length).toBeGreaterThan(0);
    expect(await foundCount(w.page)).toBeLessThan(all);
    for (const meta of await results(w.page).locator('.result-meta').allInnerTexts()) expect(meta).toMatch(/Xã hội số/);
    await w.page.selectOption('#search-pillar', '');
    await w.page.selectOption('#search-commune', 'Nghĩa Đàn');
    await w.page.waitForFunction(() => new URL(location.href).searchParams.get('commune') === 'Nghĩa Đàn');
    const nd = await allResults(w.page);
    expect(nd).toContain('/communes/nghia-dan/');
    expect(nd).not.toContain('/communes/xuan-thanh/');
    expect(nd).not.toContain('/indicators/vneid-account/'); // Nghĩa Đàn set no VNeID target
    await w.context.close();
  });

  it('shows a clear empty state for a nonsense query and points to the lists', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url('search/'));
    expect(await searchFor(w.page, 'xqzvt wplkj')).toEqual([]);
    expect(await status(w.page).innerText()).toBe('Không tìm thấy kết quả nào cho “xqzvt wplkj”.');
    expect(await w.page.locator('[data-empty]').isVisible()).toBe(true);
    expect(await w.page.locator('[data-more]').isVisible()).toBe(false);
    await screenshot(w.page, 'search-empty-vi-360');
    await w.context.close();
  });

  it('says a query that looks like a replacement pattern ("$&") as typed', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('search/'));
    expect(await searchFor(w.page, 'xq $& $1')).toEqual([]);
    expect(await status(w.page).innerText()).toBe('Không tìm thấy kết quả nào cho “xq $& $1”.');
    await w.context.close();
  });

  it('finds the digital signature for "digital signature" on /en/search/, linking to English pages', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url('en/search/'));
    const found = await searchFor(w.page, 'digital signature');
    expect(found[0]).toEqual({ title: 'Adults with a personal digital signature', href: '/en/indicators/adult-digital-signature/' });
    expect(found.every((r) => r.href.startsWith('/en/'))).toBe(true);
    expect(await status(w.page).innerText()).toMatch(/results? for “digital signature”/);
    expect((await searchFor(w.page, 'phu song'))[0]?.href).toBe('/en/indicators/5g-coverage/');
    expect((await searchFor(w.page, 'xuan thanh'))[0]?.href).toBe('/en/communes/xuan-thanh/');
    await screenshot(w.page, 'search-en-360');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('shows five results, then more on request, moving focus to the first new one', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('search/?q=so'));
    await pagefindResults(w.page);
    expect(await results(w.page).count()).toBe(5);
    await w.page.click('[data-more]');
    await w.page.waitForFunction(() => document.querySelectorAll('[data-results] > li').length > 5);
    expect(await w.page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-results] > li')[5])).toBe(
      true,
    );
    await w.context.close();
  });
});

describe('the instant finder', () => {
  it('loads its list only on first focus, then suggests the 5G indicator for "phu song" and opens it with the keyboard', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    f.site.resetLog();
    await w.page.goto(f.site.url('search/'));
    await w.page.waitForLoadState('networkidle');
    const fetched = () => f.site.log.map((r) => r.path).filter((p) => p.includes('search-index') || p.includes('fuse'));
    expect(fetched()).toEqual([]);
    const input = w.page.locator('#search-finder');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('false');

    const found = await finderSuggestions(w.page, 'phu song');
    expect(fetched().some((p) => p.endsWith('/search-index/vi.json'))).toBe(true);
    expect(found[0]).toMatchObject({ title: 'Tỷ lệ phủ sóng 5G', url: '/indicators/5g-coverage/' });
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await w.page.locator('[data-finder-status]').innerText()).toMatch(/gợi ý/);

    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(found[0]!.id);
    expect(await w.page.locator(`#${found[0]!.id}`).getAttribute('aria-selected')).toBe('true');
    await screenshot(w.page, 'finder-open-vi-360');
    await input.press('Enter');
    await w.page.waitForURL(/\/indicators\/5g-coverage\/$/);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('suggests VNeID for "dinh danh", the digital signature for "chu ky so" and the commune for "xuan thanh"', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('search/'));
    expect((await finderSuggestions(w.page, 'dinh danh'))[0]?.url).toBe('/indicators/vneid-account/');
    expect((await finderSuggestions(w.page, 'chu ky so'))[0]?.url).toBe('/indicators/adult-digital-signature/');
    expect((await finderSuggestions(w.page, 'xuan thanh'))[0]?.url).toBe('/communes/xuan-thanh/');
    await w.context.close();
  });

  it('suggests an indicator for a document number, "411/QĐ-TTg"', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('search/'));
    expect((await finderSuggestions(w.page, '411/QĐ-TTg'))[0]?.url).toMatch(/^\/indicators\//);
    await w.context.close();
  });

  it('moves with the arrow keys, wraps, closes with Escape, and says when nothing matches', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('search/'));
    const input = w.page.locator('#search-finder');
    const found = await finderSuggestions(w.page, 'ky nang so');
    expect(found.length).toBeGreaterThan(1);
    await input.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(found.at(-1)!.id);
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(found[0]!.id);
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await w.page.locator('#search-finder-list').isVisible()).toBe(false);
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();

    expect(await finderSuggestions(w.page, 'xqzvt wplkj')).toEqual([]);
    expect(await w.page.locator('[data-finder-none]').isVisible()).toBe(true);
    expect(await w.page.locator('[data-finder-status]').innerText()).toMatch(/Không có gợi ý/);
    // Enter with nothing chosen runs the full-text search instead.
    await input.press('Enter');
    await w.page.waitForURL(/\/search\/\?q=xqzvt/);
    await w.page.waitForFunction(() => (document.querySelector('[data-status]')?.textContent ?? '').includes('xqzvt'));
    await w.context.close();
  });

  it('suggests the digital signature in English and links to the English page', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/search/'));
    const found = await finderSuggestions(w.page, 'digital signature');
    expect(found[0]).toMatchObject({ title: 'Adults with a personal digital signature', url: '/en/indicators/adult-digital-signature/' });
    await w.page.locator(`#${found[0]!.id}`).click();
    await w.page.waitForURL(/\/en\/indicators\/adult-digital-signature\/$/);
    await w.context.close();
  });
});

describe('search under a portal sub-path', () => {
  it('loads Pagefind and the finder list under the base and links results there', async () => {
    const w = await openPage(f.browser, [f.based.origin]);
    f.based.resetLog();
    await w.page.goto(f.based.url('search/?q=phu+song'));
    const found = await pagefindResults(w.page);
    expect(found[0]?.href).toBe(`${BASE_BUILD.base}indicators/5g-coverage/`);
    const suggested = await finderSuggestions(w.page, 'chu ky so');
    expect(suggested[0]?.url).toBe(`${BASE_BUILD.base}indicators/adult-digital-signature/`);
    expect(f.based.log.some((r) => r.path === `${BASE_BUILD.base}pagefind/pagefind.js`)).toBe(true);
    expect(f.based.log.filter((r) => r.status !== 200)).toEqual([]);
    await results(w.page).first().locator('a').click();
    await w.page.waitForURL(new RegExp(`${BASE_BUILD.base}indicators/5g-coverage/$`));
    expect(f.based.log.filter((r) => r.status !== 200)).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});

describe('the search page without JavaScript', () => {
  it('says search needs JavaScript and offers the matrix, the A–Z list and the communes', async () => {
    const w = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false, width: 360, height: 740 });
    await w.page.goto(f.site.url('search/?q=phu+song'));
    expect(await w.page.locator('.search-note').innerText()).toMatch(/cần JavaScript/);
    const hrefs = await w.page.locator('.browse a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/matrix/', '/indicators/', '/communes/', '/communes/xuan-thanh/']));
    await screenshot(w.page, 'search-nojs-vi-360');
    await w.context.close();
  });
});

describe('accessibility of the search page', () => {
  it('has no WCAG 2.2 AA violations with results shown and with the finder open, in both languages', async () => {
    for (const path of ['search/?q=chu+ky+so', 'en/search/?q=digital+signature']) {
      const w = await openPage(f.browser, [f.site.origin]);
      await w.page.goto(f.site.url(path));
      await pagefindResults(w.page);
      expect(await axeViolations(w.page)).toEqual([]);
      await finderSuggestions(w.page, 'so');
      await w.page.locator('#search-finder').press('ArrowDown');
      expect(await axeViolations(w.page)).toEqual([]);
      await w.context.close();
    }
  });

  it('keeps the controls in a sensible tab order: finder, its button, query, search, pillar, type, commune', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('search/'));
    await w.page.focus('#search-finder');
    const order: string[] = [];
    for (let i = 0; i < 6; i++) {
      await w.page.keyboard.press('Tab');
      order.push(await w.page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent?.trim() || ''));
    }
    expect(order).toEqual(['Tìm', 'search-q', 'Tìm', 'search-pillar', 'search-type', 'search-commune']);
    await w.context.close();
  });
});
