import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: ROOT_BUILD });

const cell = (page: Page, indicator: string, commune: string) =>
  page.locator(`tr[data-indicator="${indicator}"] td[data-commune="${commune}"]`);

/** The filters are folded into one line: open them as a reader would, by their summary. */
const openFilters = (page: Page) => page.locator('details[data-filters] > summary').click();

/** The filters' folded line, as read. */
const summary = async (page: Page) => (await page.locator('details[data-filters] > summary').innerText()).replace(/\s+/g, ' ').trim();

const visibleRows = (page: Page) =>
  page.$$eval('#matrix tr[data-indicator]', (trs) =>
    trs.filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => (tr as HTMLElement).dataset.indicator),
  );

const BELOW = ['5g-coverage', 'staff-basic-digital-skills', 'innovative-enterprises'];

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
    await openFilters(w.page);
    await w.page.selectOption('select[name=pillar]', 'digital-society');
    expect(new URL(w.page.url()).search).toBe('?pillar=digital-society');
    expect(await w.page.locator('tbody[data-pillar="digital-infrastructure"]').isHidden()).toBe(true);
    expect(await w.page.locator('tr[data-indicator="5g-coverage"]').isHidden()).toBe(true);
    expect(await w.page.locator('tr[data-indicator="vneid-account"]').isVisible()).toBe(true);
    expect(await w.page.locator('#matrix-status').innerText()).toBe('5 chỉ tiêu, 4 xã đang hiển thị.');
    await w.page.reload();
    expect(await w.page.locator('select[name=pillar]').inputValue()).toBe('digital-society');
    expect(await w.page.locator('tr[data-indicator="5g-coverage"]').isHidden()).toBe(true);
    // Folded again after the reload, the summary still says what is shown.
    expect(await summary(w.page)).toBe('Lọc và sắp xếp — Xã hội số');
    await w.context.close();
  });

  it('sorts by spread within each pillar and hides communes, all reproducible from the URL', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url('en/matrix/'));
    await openFilters(w.page);
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
    await w.page.locator('details[data-filters] > summary').focus();
    await w.page.keyboard.press('Enter');
    await w.page.locator('select[name=pillar]').focus();
    await w.page.keyboard.press('ArrowDown');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Tab');
    await w.page.keyboard.press('Space');
    await expect.poll(() => new URL(w.page.url()).search).toBe('?pillar=digital-infrastructure&commune=xuan-thanh,phuoc-an,nghia-dan');
    expect(await w.page.locator('#matrix thead th[data-commune="nhon-trach"]').isHidden()).toBe(true);
    await w.context.close();
  });

  it('shows the whole table with JavaScript off, and says which filters need it', async () => {
    const w = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await w.page.goto(f.site.url('matrix/?pillar=digital-society'));
    expect(await w.page.locator('#matrix-controls').isHidden()).toBe(true);
    await openFilters(w.page);
    expect(await w.page.locator('details[data-filters]').innerText()).toContain('lọc theo trụ cột, theo xã và sắp xếp cần JavaScript');
    expect(await visibleRows(w.page)).toHaveLength(51);
    expect(await w.page.locator('tr[data-indicator="5g-coverage"]').isVisible()).toBe(true);
    // The pillars are links to their part of the table instead.
    await w.page.getByRole('link', { name: 'Xã hội số' }).click();
    expect(new URL(w.page.url()).hash).toBe('#p-digital-society');
    await w.context.close();
  });

  it('starts on its first screen: the 5G row within the first 900 px at 1280 × 900, data on a 360 px phone’s first screen', async () => {
    for (const path of ['matrix/', 'en/matrix/'])
      for (const javaScriptEnabled of [true, false]) {
        const desk = await openPage(f.browser, [f.site.origin], { width: 1280, height: 900, javaScriptEnabled });
        await desk.page.goto(f.site.url(path));
        const fiveG = (await desk.page.locator('tr[data-indicator="5g-coverage"]').boundingBox())!;
        expect(fiveG.y + fiveG.height, `${path} js=${javaScriptEnabled}`).toBeLessThanOrEqual(900);
        expect(await desk.page.evaluate(() => scrollY)).toBe(0);
        await desk.context.close();

        const phone = await openPage(f.browser, [f.site.origin], { width: 360, height: 740, javaScriptEnabled });
        await phone.page.goto(f.site.url(path));
        // The first row's name and its first figure are on the first screen.
        const name = (await phone.page.locator('tr[data-indicator="5g-coverage"] th a').boundingBox())!;
        const figure = (await cell(phone.page, '5g-coverage', 'nhon-trach').locator('.tv-value').boundingBox())!;
        expect(name.y + name.height, `${path} js=${javaScriptEnabled}`).toBeLessThanOrEqual(740);
        expect(figure.y + figure.height, `${path} js=${javaScriptEnabled}`).toBeLessThanOrEqual(740);
        await phone.context.close();
      }
  });

  it('shows the national goal of each row beside it, its other years as a link to the indicator’s goals', async () => {
    for (const [path, goal, more] of [
      ['matrix/', 'Quốc gia 2026: ≥\u00a070% dân số', 'Mục tiêu khác: 2030'],
      ['en/matrix/', 'National 2026: ≥\u00a070% of the population', 'More goals: 2030'],
    ] as const) {
      const w = await openPage(f.browser, [f.site.origin]);
      await w.page.goto(f.site.url(path));
      expect(await w.page.locator('#matrix thead th').nth(1).innerText()).toBe(
        path === 'matrix/' ? 'Mục tiêu cấp trên' : 'Higher-level goals',
      );
      const goals = w.page.locator('tr[data-indicator="5g-coverage"] td.goals-col');
      expect(await goals.locator('li').allInnerTexts()).toEqual([goal]);
      const link = goals.locator('a.goals-more');
      expect(await link.innerText()).toBe(more);
      expect(await link.getAttribute('href')).toBe(`/${path === 'matrix/' ? '' : 'en/'}indicators/5g-coverage/#references`);
      // A row whose goals are all for another year shows them, flagged ◇ with words.
      const broadband = w.page.locator('tr[data-indicator="fixed-broadband-1gbps"] td.goals-col li');
      expect(await broadband.getAttribute('data-other-year')).toBe('');
      expect(await broadband.textContent()).toMatch(/^◇ (mốc năm khác, không so|another year, not compared): /);
      // No goal in the data: a dash, and words for a screen reader.
      expect(await w.page.locator('tr[data-indicator="vneid-account"] td.goals-col').textContent()).toMatch(
        /—\s*(chưa có trong dữ liệu|none in the data)/,
      );
      await w.context.close();
    }
  });

  it('marks the targets below the national goal of their year with ▽ and words, never colour alone', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('matrix/'));
    const marked = w.page.locator('.entry[data-below-goal]');
    const targets = await marked.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.target));
    expect(targets).toContain('nhon-trach-01');
    expect(targets).toContain('xuan-thanh-15');
    expect(await visibleRows(w.page)).toEqual(expect.arrayContaining(BELOW));
    for (const entry of await marked.all()) {
      const tag = entry.locator('.below-goal');
      expect(await tag.innerText()).toMatch(/^▽ dưới mục tiêu QG\n/);
      expect(await tag.locator('.visually-hidden').textContent()).toMatch(/\(Quốc gia \d{4}: /);
    }
    // Nghĩa Đàn's 5G row is related: not compared, so not marked.
    expect(await cell(w.page, '5g-coverage', 'nghia-dan').locator('.below-goal').count()).toBe(0);
    await w.context.close();
  });

  it('filters the rows below a national goal with JavaScript, in the URL, and undoes it', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url('en/matrix/'));
    await openFilters(w.page);
    await w.page.getByRole('checkbox', { name: /below the national goal for its year/ }).check();
    expect(new URL(w.page.url()).search).toBe('?below=national');
    expect(await visibleRows(w.page)).toEqual(BELOW);
    expect(await w.page.locator('tbody[data-pillar="digital-society"]').isHidden()).toBe(true);
    expect(await w.page.locator('#matrix-status').innerText()).toBe('3 indicators and 4 communes shown.');
    expect(await summary(w.page)).toBe('Filter and sort · ▽ below national goal');
    // The cells it is about stand out by their outline too, not by colour alone.
    expect(
      await w.page
        .locator('.entry[data-below-goal]')
        .first()
        .evaluate((e) => getComputedStyle(e).outlineStyle),
    ).toBe('dashed');
    await w.page.reload();
    expect(await visibleRows(w.page)).toEqual(BELOW);
    // With another filter: nothing left, and the page says so.
    await w.page.goto(f.site.url('en/matrix/?pillar=digital-society&below=national'));
    expect(await visibleRows(w.page)).toEqual([]);
    expect(await w.page.locator('#matrix-empty').isVisible()).toBe(true);
    await openFilters(w.page);
    await w.page.getByRole('button', { name: 'Show all' }).click();
    expect(await visibleRows(w.page)).toHaveLength(51);
    expect(await w.page.locator('#matrix-empty').isHidden()).toBe(true);
    expect(new URL(w.page.url()).search).toBe('');
    // The link that filters without JavaScript does the same here, and becomes the query.
    await w.page.goto(f.site.url('en/matrix/#below-national'));
    expect(await visibleRows(w.page)).toEqual(BELOW);
    expect(new URL(w.page.url()).search).toBe('?below=national');
    await w.context.close();
  });

  it('filters the rows below a national goal with JavaScript off, by a link', async () => {
    const w = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await w.page.goto(f.site.url('matrix/'));
    await openFilters(w.page);
    await w.page.getByRole('link', { name: /Chỉ hiện chỉ tiêu có xã thấp hơn mục tiêu quốc gia/ }).click();
    expect(new URL(w.page.url()).hash).toBe('#below-national');
    expect(await visibleRows(w.page)).toEqual(BELOW);
    expect(await w.page.locator('tbody[data-pillar="digital-society"]').isHidden()).toBe(true);
    expect(await summary(w.page)).toBe('Lọc và sắp xếp · ▽ thấp hơn mục tiêu QG');
    await w.page.getByRole('link', { name: 'Hiện mọi chỉ tiêu' }).click();
    expect(await visibleRows(w.page)).toHaveLength(51);
    expect(await summary(w.page)).toBe('Lọc và sắp xếp — đang hiện tất cả');
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
    // Unfolded, filters and key included, and with the "below the national goal" filter on.
    for (const [path, width] of [
      ['matrix/?below=national', 1280],
      ['en/matrix/?below=national', 360],
    ] as const) {
      await w.page.setViewportSize({ width, height: 900 });
      await w.page.goto(f.site.url(path));
      await openFilters(w.page);
      await w.page.locator('details[data-legend] > summary').click();
      expect(await axeViolations(w.page), `${path} at ${width}`).toEqual([]);
      await screenshot(w.page, `matrix-${path.startsWith('en') ? 'en' : 'vi'}-below-open-${width}`);
    }
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
    expect(await w.page.locator('details[data-filters]').isHidden()).toBe(true);
    // The key prints unfolded, without JavaScript too (the print rule, not only the script).
    expect(await w.page.locator('.legend .legend-marks').isVisible()).toBe(true);
    await screenshot(w.page, 'matrix-vi-print');
    const pdf = await w.page.pdf({ preferCSSPageSize: true });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await w.context.close();
  });
});
