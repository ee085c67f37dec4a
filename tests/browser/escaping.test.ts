import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../support/browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { HOSTILE_BUILD, HOSTILE_TEXT, requireBuild } from '../support/built-site.ts';

let browser: Browser;
let site: StaticSite;
beforeAll(async () => {
  requireBuild(HOSTILE_BUILD.dir);
  browser = await launch();
  site = await serveStatic(HOSTILE_BUILD.dir, HOSTILE_BUILD.base);
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('text from data with markup in it', () => {
  it.each([
    'indicators/5g-coverage/',
    'matrix/',
    'communes/nhon-trach/',
    'compare/',
    'embed/indicators/5g-coverage/',
    'en/indicators/5g-coverage/',
  ])('is shown as text and never runs on %s', async (path) => {
    const w = await openPage(browser, [site.origin]);
    await w.page.goto(site.url(path));
    await w.page.waitForLoadState('load');
    expect(await w.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await w.page.locator('img[src="x"]').count()).toBe(0);
    expect(await w.page.locator('body').innerText()).toContain('<script>window.__xss=1</script>');
    expect(site.log.some((r) => r.path.endsWith('/x'))).toBe(false);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('is in the fixture as intended (the test cannot pass vacuously)', () => {
    expect(HOSTILE_TEXT).toContain('onerror');
  });
});
