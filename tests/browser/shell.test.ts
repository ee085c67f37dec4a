import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { BASE_BUILD, ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: ROOT_BUILD, based: BASE_BUILD });

describe('the site shell', () => {
  it('shows the Vietnamese home page with its heading, language and a working skip link', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url(''));
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
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url(''));
    await w.page.click('[data-lang-switch]');
    expect(new URL(w.page.url()).pathname).toBe('/en/');
    expect(await w.page.getAttribute('html', 'lang')).toBe('en');
    await screenshot(w.page, 'home-en-360');
    await w.page.click('[data-lang-switch]');
    expect(new URL(w.page.url()).pathname).toBe('/');
    await w.context.close();
  });

  it('works under a portal sub-path: links stay under the base', async () => {
    const w = await openPage(f.browser, [f.based.origin]);
    await w.page.goto(f.based.url(''));
    await w.page.click('[data-lang-switch]');
    expect(new URL(w.page.url()).pathname).toBe(`${BASE_BUILD.base}en/`);
    expect(f.based.log.filter((r) => r.status !== 200)).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('has no WCAG 2.2 AA violations on the home page in either language', async () => {
    for (const path of ['', 'en/']) {
      const w = await openPage(f.browser, [f.site.origin]);
      await w.page.goto(f.site.url(path));
      expect(await axeViolations(w.page)).toEqual([]);
      await w.context.close();
    }
  });
});
