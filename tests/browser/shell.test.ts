import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { BASE_BUILD, ROOT_BUILD, requireBuild } from '../support/built-site.ts';

let browser: Browser;
let site: StaticSite;
let based: StaticSite;

beforeAll(async () => {
  requireBuild(ROOT_BUILD.dir);
  requireBuild(BASE_BUILD.dir);
  browser = await launch();
  site = await serveStatic(ROOT_BUILD.dir, ROOT_BUILD.base);
  based = await serveStatic(BASE_BUILD.dir, BASE_BUILD.base);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await based?.close();
});

describe('the site shell', () => {
  it('shows the Vietnamese home page with its heading, language and a working skip link', async () => {
    const w = await openPage(browser, [site.origin]);
    await w.page.goto(site.url(''));
    expect(await w.page.getAttribute('html', 'lang')).toBe('vi');
    expect(await w.page.locator('h1').innerText()).toContain('So sánh chỉ tiêu chuyển đổi số cấp xã');
    await w.page.keyboard.press('Tab');
    const skip = w.page.locator('.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await w.page.keyboard.press('Enter');
    expect(w.page.url()).toMatch(/#main$/);
    await screenshot(w.page, 'home-vi-1280');
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('switches to English and back on the same page', async () => {
    const w = await openPage(browser, [site.origin], { width: 360, height: 740 });
    await w.page.goto(site.url(''));
    await w.page.click('[data-lang-switch]');
    expect(new URL(w.page.url()).pathname).toBe('/en/');
    expect(await w.page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(w.page, 'home-en-360');
    await w.page.click('[data-lang-switch]');
    expect(new URL(w.page.url()).pathname).toBe('/');
    await w.context.close();
  });

  it('works under a portal sub-path: links stay under the base', async () => {
    const w = await openPage(browser, [based.origin]);
    await w.page.goto(based.url(''));
    await w.page.click('[data-lang-switch]');
    expect(new URL(w.page.url()).pathname).toBe(`${BASE_BUILD.base}en/`);
    expect(based.log.filter((r) => r.status !== 200)).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('has no WCAG 2.2 AA violations on the home page in either language', async () => {
    for (const path of ['', 'en/']) {
      const w = await openPage(browser, [site.origin]);
      await w.page.goto(site.url(path));
      expect(await axeViolations(w.page)).toEqual([]);
      await w.context.close();
    }
  });
});
