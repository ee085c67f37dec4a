import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from '../support/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { ROOT_BUILD } from '../support/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: ROOT_BUILD });

const visibleColumns = (page: import('playwright-core').Page) =>
  page.$$eval('#compare-table thead th[data-commune]', (ths) =>
    ths.filter((th) => !(th as HTMLElement).hidden).map((th) => (th as HTMLElement).dataset.commune),
  );

describe('the compare view', () => {
  it('restores its selection from the URL and ranks within it: VNeID 65 vs 80', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url('compare/?c=xuan-thanh,phuoc-an'));
    expect(await visibleColumns(w.page)).toEqual(['xuan-thanh', 'phuoc-an']);
    const row = w.page.locator('tr[data-indicator="vneid-account"]');
    expect(await row.locator('td[data-commune="xuan-thanh"]').innerText()).toContain('≥ 65%');
    expect(await row.locator('td[data-commune="phuoc-an"] .cell[data-target="phuoc-an-30"]').innerText()).toContain('≥ 80%');
    expect(await row.locator('td[data-commune="xuan-thanh"] .st').getAttribute('data-standing')).toBe('below');
    // Online-service usage is set by Phước An (2026) and Nghĩa Đàn (2030): with Phước An alone among the chosen, it is "only".
    expect(await w.page.locator('.cell[data-target="phuoc-an-18"] .st').getAttribute('data-standing')).toBe('only');
    await screenshot(w.page, 'compare-vi-1280');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('keeps a changed selection in the URL, so a link reproduces it', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url('en/compare/'));
    expect(await visibleColumns(w.page)).toEqual(['nhon-trach', 'xuan-thanh', 'phuoc-an', 'nghia-dan']);
    await w.page.getByLabel('Phước An').uncheck();
    await w.page.getByLabel('Nghĩa Đàn').uncheck();
    expect(new URL(w.page.url()).search).toBe('?c=nhon-trach,xuan-thanh');
    await w.page.reload();
    expect(await visibleColumns(w.page)).toEqual(['nhon-trach', 'xuan-thanh']);
    await w.page.getByLabel('Xuân Thành').uncheck();
    expect(await w.page.locator('#compare-status').innerText()).toContain('at least 2');
    await screenshot(w.page, 'compare-en-360');
    await w.context.close();
  });

  it('shows the full table without JavaScript', async () => {
    const w = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await w.page.goto(f.site.url('compare/?c=xuan-thanh,phuoc-an'));
    expect(await w.page.locator('#compare-table thead th[data-commune]').count()).toBe(4);
    expect(await w.page.locator('tr[data-indicator="5g-coverage"]').innerText()).toMatch(/≥ 60%[\s\S]*≥ 65%[\s\S]*≥ 60%/);
    await w.context.close();
  });

  it('has no WCAG 2.2 AA violations', async () => {
    for (const path of ['compare/', 'en/compare/?c=nhon-trach,nghia-dan']) {
      const w = await openPage(f.browser, [f.site.origin]);
      await w.page.goto(f.site.url(path));
      expect(await axeViolations(w.page)).toEqual([]);
      await w.context.close();
    }
  });
});
