import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: ROOT_BUILD });

const visibleColumns = (page: Page) =>
  page.$$eval('#compare-table thead th[data-commune]', (ths) =>
    ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => (th as HTMLElement).dataset.commune),
  );
const entry = (page: Page, target: string) => page.locator(`.entry[data-target="${target}"]`);
const search = (page: Page) => decodeURIComponent(new URL(page.url()).search);

describe('the compare view', () => {
  it('restores its selection from the URL and ranks within it: VNeID 65 vs 80', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url('compare/?c=xuan-thanh,phuoc-an'));
    expect(await visibleColumns(w.page)).toEqual(['xuan-thanh', 'phuoc-an']);
    expect(await w.page.getByRole('checkbox', { name: 'Nhơn Trạch' }).isChecked()).toBe(false);
    const row = w.page.locator('tr[data-indicator="vneid-account"]');
    const xt = row.locator('td[data-commune="xuan-thanh"]');
    expect(await xt.innerText()).toContain('≥ 65%');
    expect(await xt.locator('.entry').getAttribute('data-mark')).toBe('below');
    expect(await xt.locator('.mk-label').textContent()).toBe('thấp hơn các xã khác');
    expect(await xt.getAttribute('data-tone')).toBe('less');
    expect(await entry(w.page, 'phuoc-an-30').innerText()).toContain('≥ 80%');
    expect(await entry(w.page, 'phuoc-an-30').getAttribute('data-mark')).toBe('above');
    // Online-service usage: Phước An (2026) and Nghĩa Đàn (2030); without Nghĩa Đàn, Phước An is the only one.
    expect(await entry(w.page, 'phuoc-an-18').getAttribute('data-mark')).toBe('only');
    expect(await w.page.locator('tr[data-indicator="online-service-usage"] .only-by').innerText()).toBe('chỉ Phước An đặt');
    // Rows nobody chosen wrote anything for are gone: public wifi is Nhơn Trạch's alone.
    expect(await w.page.locator('tr[data-indicator="public-wifi"]').isHidden()).toBe(true);
    expect(await w.page.locator('#compare-status').innerText()).toBe('Đang so sánh Xuân Thành và Phước An: 46 chỉ tiêu.');
    await screenshot(w.page, 'compare-vi-1280');
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('recomputes standings for the choice: Nhơn Trạch and Phước An are equal on 5G, solo across years', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/compare/?c=nhon-trach,phuoc-an'));
    const fiveG = w.page.locator('tr[data-indicator="5g-coverage"] td:not([hidden]) .entry');
    expect(await fiveG.evaluateAll((es) => es.map((e) => (e as HTMLElement).dataset.mark))).toEqual(['equal', 'equal']);
    expect(await w.page.locator('tr[data-indicator="5g-coverage"] .mk-label').first().textContent()).toBe('equal to the others');
    await w.page.goto(f.site.url('en/compare/?c=phuoc-an,nghia-dan'));
    expect(await entry(w.page, 'phuoc-an-18').getAttribute('data-mark')).toBe('solo');
    expect(await w.page.locator('tr[data-indicator="online-service-usage"] .only-by').isHidden()).toBe(true);
    await w.context.close();
  });

  it('keeps a changed selection in the URL, so a link reproduces it, and says when fewer than 2 are chosen', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url('en/compare/'));
    expect(await visibleColumns(w.page)).toEqual(['nhon-trach', 'xuan-thanh', 'phuoc-an', 'nghia-dan']);
    await w.page.getByRole('checkbox', { name: 'Phước An' }).uncheck();
    await w.page.getByRole('checkbox', { name: 'Nghĩa Đàn' }).uncheck();
    expect(search(w.page)).toBe('?c=nhon-trach,xuan-thanh');
    await w.page.reload();
    expect(await visibleColumns(w.page)).toEqual(['nhon-trach', 'xuan-thanh']);
    await screenshot(w.page, 'compare-en-360');
    await w.page.getByRole('checkbox', { name: 'Xuân Thành' }).uncheck();
    expect(await w.page.locator('#compare-status').innerText()).toBe('Choose at least 2 communes to compare.');
    expect(await w.page.locator('#compare-table').isHidden()).toBe(true);
    expect(search(w.page)).toBe('?c=nhon-trach');
    await w.page.getByRole('checkbox', { name: 'Nghĩa Đàn' }).check();
    expect(await visibleColumns(w.page)).toEqual(['nhon-trach', 'nghia-dan']);
    await w.context.close();
  });

  it('opens a pair from its link, and Back returns to the previous choice', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('compare/'));
    await w.page.getByRole('link', { name: 'Xuân Thành – Nghĩa Đàn' }).click();
    expect(search(w.page)).toBe('?c=xuan-thanh,nghia-dan');
    expect(await visibleColumns(w.page)).toEqual(['xuan-thanh', 'nghia-dan']);
    await w.page.goBack();
    expect(search(w.page)).toBe('');
    expect(await visibleColumns(w.page)).toEqual(['nhon-trach', 'xuan-thanh', 'phuoc-an', 'nghia-dan']);
    await w.context.close();
  });

  it('is operable from the keyboard', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('compare/'));
    await w.page.getByRole('checkbox', { name: 'Nhơn Trạch' }).focus();
    await w.page.keyboard.press('Space');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Space');
    await expect.poll(() => search(w.page)).toBe('?c=xuan-thanh,nghia-dan');
    // Tab on to the pair links and open one with Enter.
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('Nhơn Trạch – Xuân Thành');
    await w.page.keyboard.press('Enter');
    await expect.poll(() => search(w.page)).toBe('?c=nhon-trach,xuan-thanh');
    await w.context.close();
  });

  it('shows the full table without JavaScript, with the ranking among all four', async () => {
    const w = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await w.page.goto(f.site.url('compare/?c=xuan-thanh,phuoc-an'));
    expect(await w.page.locator('#compare-table thead th[data-commune]').count()).toBe(4);
    expect(await w.page.locator('tr[data-indicator="5g-coverage"]').innerText()).toMatch(/≥ 60%[\s\S]*≥ 65%[\s\S]*≥ 60%/);
    expect(await w.page.locator('tr[data-indicator="5g-coverage"] td[data-commune="nhon-trach"] .entry').getAttribute('data-mark')).toBe(
      'below',
    );
    expect(await w.page.locator('main').innerText()).toContain('Việc chọn xã cần JavaScript');
    expect(await w.page.locator('#compare-status').innerText()).toContain('Nhơn Trạch, Xuân Thành, Phước An và Nghĩa Đàn');
    await w.context.close();
  });

  it('has no WCAG 2.2 AA violations, wide and narrow, in either language (screenshots saved)', async () => {
    for (const [path, name] of [
      ['compare/', 'compare-vi'],
      ['en/compare/?c=nhon-trach,nghia-dan', 'compare-en-pair'],
      ['compare/?c=xuan-thanh', 'compare-vi-too-few'],
    ]) {
      for (const width of [1280, 360]) {
        const w = await openPage(f.browser, [f.site.origin], { width, height: 900 });
        await w.page.goto(f.site.url(path));
        expect(await axeViolations(w.page), `${path} at ${width}`).toEqual([]);
        const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}`).toBeLessThanOrEqual(0);
        if (!(name === 'compare-vi' && width === 1280)) await screenshot(w.page, `${name}-${width}`);
        await w.context.close();
      }
    }
  });
});
