import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { SCALED_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

/**
 * The province-scoped pages, on a build from SYNTHETIC data for 14 communes in several provinces
 * (scripts/test-browser.ts): past a dozen communes no page puts every commune side by side.
 */
const f = useSites({ site: SCALED_BUILD });

describe('the site past a dozen communes', () => {
  it('lists provinces on the matrix page, and a province page shows its communes only', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url('matrix/'));
    expect(await w.page.locator('#matrix').count()).toBe(0);
    const provinces = w.page.locator('table.scope-index tbody th a');
    expect(await provinces.count()).toBeGreaterThan(1);
    const name = await provinces.first().innerText();
    const href = (await provinces.first().getAttribute('href'))!;
    expect(href).toMatch(/^\/matrix\/[a-z-]+\/$/);
    await provinces.first().click();
    await w.page.waitForURL(new RegExp(`${href}$`));
    const columns = await w.page.$$eval('#matrix thead th[data-commune]', (ths) => ths.map((th) => th.textContent ?? ''));
    expect(columns.length).toBeGreaterThan(0);
    expect(columns.length).toBeLessThanOrEqual(12);
    expect(columns.every((c) => c.includes(name))).toBe(true);
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('summarizes an indicator by province and compares each province on its own page', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url('en/indicators/5g-coverage/'));
    const rows = w.page.locator('.ind-provinces tbody tr');
    expect(await rows.count()).toBeGreaterThan(1);
    expect(await w.page.locator('.ind-provinces').innerText()).toMatch(/\d+ of 14 communes set this indicator/);
    const link = rows.first().locator('a');
    const province = await link.innerText();
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/en\/indicators\/5g-coverage\/[a-z-]+\/$/);
    await link.click();
    await w.page.waitForURL(new RegExp(`${href}$`));
    expect(await w.page.locator('h1').innerText()).toBe(`5G coverage – ${province}`);
    // "Compared among the 5 communes of …", or for a province with one plan, "The only commune of …".
    expect(await w.page.locator('.lead').first().innerText()).toMatch(
      new RegExp(`^(Compared among the ([2-9]|\\d\\d+) communes of ${province}\\.|The only commune of ${province} on this site: .+)$`),
    );
    expect(await axeViolations(w.page)).toEqual([]);
    await screenshot(w.page, 'scale-indicator-province-en-360');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('compares communes chosen from different provinces, ranked among them in the browser', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url('compare/'));
    // Before any choice: the static default (what shows without JavaScript) and the picker.
    expect(await w.page.locator('#compare-static #compare-table').isVisible()).toBe(true);
    const chosen = w.page.locator('#live-chosen li');
    expect(await chosen.count()).toBe(4);
    // Remove two, add one from another province.
    await chosen.nth(0).getByRole('button').click();
    await chosen.nth(0).getByRole('button').click();
    // The last province: none of its communes is among the first four (the defaults).
    const last = (await w.page.locator('#live-province option').count()) - 1;
    const before = await w.page.$eval('#live-commune', (s) => (s as HTMLSelectElement).options[0]?.value ?? '');
    await w.page.selectOption('#live-province', { index: last });
    await w.page.waitForFunction((prev) => {
      const first = (document.getElementById('live-commune') as HTMLSelectElement).options[0];
      return first !== undefined && first.value !== prev;
    }, before);
    const added = await w.page.$eval('#live-commune', (s) => (s as HTMLSelectElement).value);
    await w.page.getByRole('button', { name: 'Thêm vào so sánh' }).click();
    await w.page.waitForFunction(() => !document.getElementById('live-wrap')!.hidden);
    const ids = await w.page.$$eval('#live-wrap tbody tr:not(.pillar-row)', (trs) => trs.length);
    expect(ids).toBeGreaterThan(10);
    expect(await w.page.$$eval('#live-wrap thead th.commune-col', (ths) => ths.length)).toBe(3);
    expect(new URL(w.page.url()).searchParams.get('c')?.split(',')).toHaveLength(3);
    expect(new URL(w.page.url()).searchParams.get('c')).toContain(added);
    expect(await w.page.locator('#compare-static').isHidden()).toBe(true);
    expect(await w.page.locator('#live-status').innerText()).toMatch(/^Đang so sánh .+: \d+ chỉ tiêu\.$/);
    // Every cell says its standing in words, never by colour alone.
    const entries = w.page.locator('#live-wrap .entry');
    expect(await entries.count()).toBeGreaterThan(10);
    expect(await entries.first().locator('.visually-hidden').innerText()).not.toBe('');
    expect(await axeViolations(w.page)).toEqual([]);
    await screenshot(w.page, 'scale-compare-live-1280');

    // The link reproduces the choice.
    const url = w.page.url();
    const again = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await again.page.goto(url);
    await again.page.waitForFunction(() => !document.getElementById('live-wrap')!.hidden);
    const heads = await again.page.$$eval('#live-wrap thead th.commune-col', (ths) => ths.map((th) => th.textContent ?? ''));
    expect(heads).toHaveLength(3);
    // Named, not by id, though the link carries only ids.
    for (const h of heads) expect(h).toMatch(/^Mẫu \d{4} \(dữ liệu giả lập\)$/);
    expect(again.errors).toEqual([]);
    await again.context.close();

    // One commune is not a comparison.
    await chosen.nth(0).getByRole('button').click();
    await chosen.nth(0).getByRole('button').click();
    expect(await w.page.locator('#live-status').innerText()).toBe('Hãy chọn ít nhất 2 xã để so sánh.');
    expect(await w.page.locator('#live-wrap').isHidden()).toBe(true);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('shows the default comparison without JavaScript', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280, javaScriptEnabled: false });
    await w.page.goto(f.site.url('compare/'));
    expect(await w.page.locator('#live-form').isHidden()).toBe(true);
    expect(await w.page.locator('#compare-table tbody tr[data-indicator]').count()).toBeGreaterThan(10);
    expect(await w.page.locator('#compare-static a[href$="/matrix/"]').count()).toBe(1);
    await w.context.close();
  });
  it('filters search results by province, not by each of the communes, and keeps it in the URL', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url('search/?q=mau'));
    expect(await w.page.locator('#search-commune').count()).toBe(0);
    const options = (await w.page.locator('#search-province option').allInnerTexts()).slice(1);
    expect(options.length).toBeGreaterThan(1);
    await w.page.waitForFunction(() => (document.querySelector('[data-status]')?.textContent ?? '') !== '');
    const province = options[0]!;
    await w.page.selectOption('#search-province', province);
    await w.page.waitForFunction((p) => new URL(location.href).searchParams.get('province') === p, province);
    // Commune results (kind "Xã", upper-cased by CSS) are then all in that province.
    const communeMetas = () =>
      w.page
        .locator('[data-results] .result-meta')
        .evaluateAll((ps) => ps.map((p) => p.textContent ?? '').filter((t) => t.startsWith('Xã')));
    await expect
      .poll(async () => (await communeMetas()).length > 0 && (await communeMetas()).every((m) => m.includes(province)))
      .toBe(true);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});
