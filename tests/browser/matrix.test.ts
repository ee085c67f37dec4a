import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: ROOT_BUILD });

const cell = (page: Page, indicator: string, commune: string) =>
  page.locator(`tr[data-indicator="${indicator}"] td[data-commune="${commune}"]`);

const visibleColumns = (page: Page) =>
  page.$$eval('#matrix thead th[data-commune]', (ths) =>
    ths.filter((th) => (th as HTMLElement).offsetParent !== null).map((th) => (th as HTMLElement).dataset.commune),
  );

describe('the comparison matrix', () => {
  it('shows the 5G row with 60 / 65 / 60, Xuân Thành marked higher in shape and words, Nghĩa Đàn related', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('matrix/'));
    expect(await cell(w.page, '5g-coverage', 'nhon-trach').innerText()).toContain('≥ 60%');
    expect(await cell(w.page, '5g-coverage', 'xuan-thanh').innerText()).toContain('≥ 65%');
    expect(await cell(w.page, '5g-coverage', 'phuoc-an').innerText()).toContain('≥ 60%');
    const xt = cell(w.page, '5g-coverage', 'xuan-thanh');
    expect(await xt.locator('.mk').innerText()).toBe('▲');
    expect(await xt.locator('.mk-label').textContent()).toBe('cao hơn các xã khác');
    expect(await xt.getAttribute('data-tone')).toBe('more');
    // The figure as written stays visible beside the normalized one.
    expect(await xt.innerText()).toContain('ghi là “> 65%”');
    const nd = cell(w.page, '5g-coverage', 'nghia-dan');
    expect(await nd.locator('.entry.is-related').count()).toBe(1);
    expect(await nd.innerText()).toContain('liên quan');
    expect(await nd.locator('.mk-label').textContent()).toContain('không xếp hạng');
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('marks a missing target, a related second row and a target for another year', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/matrix/'));
    const none = cell(w.page, 'public-wifi', 'xuan-thanh');
    expect(await none.getAttribute('data-tone')).toBe('none');
    expect(await none.locator('.mc-none').innerText()).toBe('—');
    expect(await none.locator('.visually-hidden').textContent()).toBe('no target');
    // Phước An states VNeID twice: 80% (same measure) and 100% "định danh số" (related).
    const vneid = cell(w.page, 'vneid-account', 'phuoc-an');
    expect(await vneid.locator('.entry').count()).toBe(2);
    expect(await vneid.locator('.entry').first().innerText()).toContain('≥ 80%');
    expect(await vneid.locator('.entry.is-related').innerText()).toContain('100%');
    // Nghĩa Đàn's 2030 target is never ranked with the 2026 ones: year chip, not "only this commune".
    const nd = cell(w.page, 'dossier-digitization', 'nghia-dan');
    expect(await nd.locator('.entry.is-other-year .tv-year').innerText()).toBe('year 2030');
    expect(await nd.locator('.entry').getAttribute('data-mark')).toBe('solo');
    expect(await w.page.locator('tr[data-indicator="vneid-account"] th').innerText()).toContain('spread 15 pts');
    await w.context.close();
  });

  it('filters by pillar, keeps the filter in the URL and restores it on reload', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('matrix/'));
    await w.page.selectOption('select[name=pillar]', 'digital-society');
    expect(new URL(w.page.url()).search).toBe('?pillar=digital-society');
    expect(await w.page.locator('tbody[data-pillar="digital-infrastructure"]').isHidden()).toBe(true);
    expect(await w.page.locator('tr[data-indicator="5g-coverage"]').isHidden()).toBe(true);
    expect(await w.page.locator('tr[data-indicator="vneid-account"]').isVisible()).toBe(true);
    expect(await w.page.locator('#matrix-status').innerText()).toBe('5 chỉ tiêu, 4 xã đang hiển thị.');
    await w.page.reload();
    expect(await w.page.locator('select[name=pillar]').inputValue()).toBe('digital-society');
    expect(await w.page.locator('tr[data-indicator="5g-coverage"]').isHidden()).toBe(true);
    await w.context.close();
  });

  it('sorts by spread within each pillar and hides communes, all reproducible from the URL', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url('en/matrix/'));
    await w.page.selectOption('select[name=sort]', 'spread');
    const order = () =>
      w.page.$$eval('tbody[data-pillar="human-resources"] tr[data-indicator]', (trs) =>
        trs.map((tr) => (tr as HTMLElement).dataset.indicator),
      );
    expect(await order()).toEqual(['staff-basic-digital-skills', 'staff-digital-mastery', 'pupils-digital-skills', 'community-tech-teams']);
    await w.page.getByRole('checkbox', { name: 'Nhơn Trạch' }).uncheck();
    await w.page.getByRole('checkbox', { name: 'Nghĩa Đàn' }).uncheck();
    expect(new URL(w.page.url()).search).toBe('?commune=xuan-thanh,phuoc-an&sort=spread');
    expect(await visibleColumns(w.page)).toEqual(['xuan-thanh', 'phuoc-an']);
    // A link reproduces the view.
    const again = await f.browser.newPage();
    await again.goto(f.site.url('en/matrix/?commune=xuan-thanh,phuoc-an&sort=spread'));
    expect(await visibleColumns(again)).toEqual(['xuan-thanh', 'phuoc-an']);
    expect(await again.locator('select[name=sort]').inputValue()).toBe('spread');
    await again.close();
    // "Show all" undoes everything, URL included.
    await w.page.getByRole('button', { name: 'Show all' }).click();
    expect(new URL(w.page.url()).search).toBe('');
    expect(await visibleColumns(w.page)).toEqual(['nhon-trach', 'xuan-thanh', 'phuoc-an', 'nghia-dan']);
    expect(await order()).toEqual(['staff-basic-digital-skills', 'staff-digital-mastery', 'pupils-digital-skills', 'community-tech-teams']);
    await w.context.close();
  });

  it('is operable from the keyboard', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('matrix/'));
    await w.page.locator('select[name=pillar]').focus();
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Space');
    await expect.poll(() => new URL(w.page.url()).search).toBe('?pillar=digital-infrastructure&commune=xuan-thanh,phuoc-an,nghia-dan');
    expect(await w.page.locator('#matrix thead th[data-commune="nhon-trach"]').isHidden()).toBe(true);
    await w.context.close();
  });

  it('shows the whole table with JavaScript off, and says the filters need it', async () => {
    const w = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await w.page.goto(f.site.url('matrix/?pillar=digital-society'));
    expect(await w.page.locator('#matrix-controls').isHidden()).toBe(true);
    expect(await w.page.locator('main').innerText()).toContain('Bộ lọc và sắp xếp cần JavaScript');
    expect(await w.page.locator('tr[data-indicator]').count()).toBe(51);
    expect(await w.page.locator('tr[data-indicator="5g-coverage"]').isVisible()).toBe(true);
    await w.context.close();
  });

  it('keeps the header row in view on desktop and the indicator column in view on a phone', async () => {
    const desk = await openPage(f.browser, [f.site.origin], { width: 1280, height: 800 });
    await desk.page.goto(f.site.url('matrix/'));
    await desk.page.locator('tr[data-indicator="vneid-account"]').scrollIntoViewIfNeeded();
    const head = await desk.page.locator('#matrix thead th').first().boundingBox();
    expect(head?.y).toBeGreaterThanOrEqual(-1);
    expect(head?.y).toBeLessThan(2);
    await desk.context.close();

    const phone = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await phone.page.goto(f.site.url('matrix/'));
    const overflow = await phone.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const first = phone.page.locator('tr[data-indicator="5g-coverage"] th');
    const before = await first.boundingBox();
    await phone.page.locator('.matrix-wrap').evaluate((el) => (el.scrollLeft = 400));
    const after = await first.boundingBox();
    expect(after?.x).toBeCloseTo(before?.x ?? 0, 0);
    // The last commune scrolled into view beside the pinned column.
    const nd = await cell(phone.page, '5g-coverage', 'nghia-dan').boundingBox();
    expect(nd!.x).toBeLessThan(360);
    // Scrolled down inside the frame, the commune names stay on top.
    const frame = await phone.page.locator('.matrix-wrap').boundingBox();
    await phone.page.locator('.matrix-wrap').evaluate((el) => (el.scrollTop = 1500));
    const pinned = await phone.page.locator('#matrix thead th[data-commune="nghia-dan"]').boundingBox();
    expect(Math.abs((pinned?.y ?? 0) - (frame?.y ?? 0))).toBeLessThan(3);
    await phone.page.locator('.matrix-wrap').evaluate((el) => ((el.scrollLeft = 0), (el.scrollTop = 0)));
    await screenshot(phone.page, 'matrix-vi-360');
    await phone.context.close();
  });

  it('has no WCAG 2.2 AA violations in either language, wide and narrow (screenshots saved)', async () => {
    for (const [path, name] of [
      ['matrix/', 'matrix-vi'],
      ['en/matrix/', 'matrix-en'],
    ]) {
      for (const width of [1280, 360]) {
        const w = await openPage(f.browser, [f.site.origin], { width, height: 900 });
        await w.page.goto(f.site.url(path));
        expect(await axeViolations(w.page), `${path} at ${width}`).toEqual([]);
        if (width === 1280 || name === 'matrix-en') await screenshot(w.page, `${name}-${width}`);
        await w.context.close();
      }
    }
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url('matrix/?pillar=digital-government&commune=nhon-trach,nghia-dan&sort=spread'));
    expect(await axeViolations(w.page)).toEqual([]);
    await screenshot(w.page, 'matrix-vi-filtered-1280');
    await w.context.close();
  });

  it('prints on A4 landscape: the whole table fits the page width', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url('matrix/'));
    await w.page.emulateMedia({ media: 'print' });
    // A4 landscape, 8 mm margins, at 96 px per inch: 281 mm ≈ 1062 px of printable width.
    await w.page.setViewportSize({ width: 1062, height: 750 });
    const width = await w.page.locator('#matrix').evaluate((t) => t.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(1062);
    expect(await w.page.locator('#matrix-controls').isHidden()).toBe(true);
    expect(await w.page.locator('.legend').isVisible()).toBe(true);
    await screenshot(w.page, 'matrix-vi-print');
    const pdf = await w.page.pdf({ preferCSSPageSize: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await w.context.close();
  });
});
