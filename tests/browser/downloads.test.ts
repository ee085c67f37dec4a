import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { BASE_BUILD, ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: ROOT_BUILD, based: BASE_BUILD });

describe('the downloads page', () => {
  it('shows targets.csv with its 103 rows and sizes, and serves the file it links', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('downloads/'));
    expect(await w.page.locator('h1').innerText()).toBe('Tải dữ liệu');
    expect(await w.page.locator('.release').textContent()).toMatch(
      /^\s*Phiên bản dữ liệu [0-9a-f]{10}, tạo ngày \d\d\/\d\d\/\d{4}\. Phiên bản là mã băm/,
    );
    const row = w.page.locator('li[data-file="targets.csv"]');
    expect(await row.locator('.dl-what').innerText()).toContain('Chỉ tiêu đã chuẩn hóa, tất cả các xã');
    expect((await row.locator('[data-rows]').innerText()).trim()).toBe('103');
    expect(await row.locator('.dl-meta').innerText()).toBe('targets.csv · 103 dòng');
    expect(await row.locator('a').first().textContent()).toMatch(/^CSV \d+ KB — Chỉ tiêu đã chuẩn hóa, tất cả các xã$/);
    expect(await row.locator('a .dl-size').first().innerText()).toMatch(/^\d+ KB$/);
    const href = await row.locator('a').first().getAttribute('href');
    const res = await w.page.request.get(new URL(href!, f.site.origin).href);
    expect(res.status()).toBe(200);
    expect((await res.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('groups the files and offers the zip, the workbook and datapackage.json first', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/downloads/'));
    const headings = await w.page.locator('main h2').allInnerTexts();
    expect(headings).toEqual([
      'Everything at once',
      'Format',
      'Tables for all communes',
      'Plan texts',
      'Per commune',
      'Per indicator',
      'Licence',
      'Cite this',
    ]);
    const bundles = await w.page.locator('[data-group="bundles"] a[download]').allInnerTexts();
    expect(bundles.map((t) => t.split(' ')[0])).toEqual(['chi-tieu-xa.zip', 'chi-tieu-xa.xlsx', 'datapackage.json']);
    expect(await w.page.locator('li[data-file="communes/nhon-trach.csv"] .dl-what').innerText()).toContain('Nhơn Trạch');
    expect(await w.page.locator('li[data-file="indicators/5g-coverage.csv"] [data-rows]').innerText()).toMatch(/^\d+$/);
    await w.context.close();
  });

  it('copies the BibTeX entry with its button, which only appears with JavaScript', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: f.site.origin });
    await w.page.goto(f.site.url('en/downloads/'));
    const button = w.page.locator('button[data-copy="cite-bib"]');
    await button.click();
    // The label changes once the clipboard has taken the text (a promise), and back after 2 s: wait for it, do not sample it.
    await w.page.waitForFunction(() => document.querySelector('button[data-copy="cite-bib"]')?.textContent === 'Copied', null, {
      timeout: 1500,
    });
    const copied = await w.page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await w.page.locator('#cite-bib').textContent());
    expect(copied).toMatch(/^@misc\{chitieuxa-[0-9a-f]{10},/);
    await w.context.close();

    const off = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await off.page.goto(f.site.url('en/downloads/'));
    expect(await off.page.locator('button[data-copy]').first().isVisible()).toBe(false);
    expect(await off.page.locator('#cite-bib').isVisible()).toBe(true);
    await off.context.close();
  });

  it('fits a 360 px phone without sideways scrolling of the page', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url('downloads/'));
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(w.page, 'downloads-vi-360');
    await w.page.goto(f.site.url('en/downloads/'));
    await screenshot(w.page, 'downloads-en-360');
    await w.context.close();
    const wide = await openPage(f.browser, [f.site.origin], { width: 1280, height: 900 });
    await wide.page.goto(f.site.url('downloads/'));
    await screenshot(wide.page, 'downloads-vi-1280');
    await wide.context.close();
  });

  it('links files under the portal sub-path that the server delivers', async () => {
    const w = await openPage(f.browser, [f.based.origin]);
    await w.page.goto(f.based.url('downloads/'));
    const hrefs = await w.page.locator('[data-group="bundles"] a[download]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of hrefs) {
      expect(href.startsWith(`${BASE_BUILD.base}data/`)).toBe(true);
      expect((await w.page.request.get(new URL(href, f.based.origin).href)).status(), href).toBe(200);
    }
    await w.context.close();
  });

  it('has no WCAG 2.2 AA violations in either language', async () => {
    for (const path of ['downloads/', 'en/downloads/']) {
      const w = await openPage(f.browser, [f.site.origin]);
      await w.page.goto(f.site.url(path));
      expect(await axeViolations(w.page), path).toEqual([]);
      await w.context.close();
    }
  });
});
