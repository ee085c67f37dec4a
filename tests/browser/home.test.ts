import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { HOSTILE_BUILD, ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: ROOT_BUILD, based: HOSTILE_BUILD });
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('the overview chart at the top of the home page', () => {
  it.each([
    ['', 'vi', 'Mục tiêu của các xã theo từng chỉ tiêu, chênh lệch lớn nhất trước', 'Bảng số liệu của biểu đồ'],
    ['en/', 'en', 'Each commune’s target per indicator, largest gap first', 'The chart’s figures as a table'],
  ])('comes first, fits a 360 px phone and names itself (%s)', async (path, lang, title, summary) => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url(path));
    // The first section after the introduction.
    expect(await w.page.locator('main section').first().getAttribute('class')).toContain('overview');
    const chart = w.page.locator('.ov-narrow svg');
    expect(await chart.isVisible()).toBe(true);
    expect(await w.page.locator('.ov-wide svg').isVisible()).toBe(false);
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await w.page.getByRole('img', { name: title }).count()).toBe(1);
    expect(await chart.locator('desc').textContent()).toMatch(
      lang === 'vi' ? /^Thang đo: phần trăm, 0–100%\. \d+ chỉ tiêu/ : /^Scale: percent, 0–100%\. \d+ indicators/,
    );
    const box = (await chart.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    // The same figures as a table, behind a summary, with the same links.
    const table = w.page.locator('.ov-table');
    expect(await table.locator('summary').innerText()).toContain(summary);
    const links = w.page.locator('.ov-narrow .ov-links a');
    const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(1);
    expect(await table.locator('tbody tr').count()).toBe(hrefs.length);
    expect(await table.locator('tbody th a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual(hrefs);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('links each row to its indicator page: tapping the first row, the largest gap, opens it', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url('en/'));
    const first = w.page.getByRole('link', { name: 'Officials trained in basic digital skills' }).first();
    expect(await first.getAttribute('href')).toBe('/en/indicators/staff-basic-digital-skills/');
    // The link lies over the row's name and strip in the chart, and takes the tap there.
    await first.scrollIntoViewIfNeeded();
    const chart = (await w.page.locator('.ov-narrow svg').boundingBox())!;
    const row = (await first.boundingBox())!;
    expect(row.width).toBeCloseTo(chart.width, 0);
    expect(row.y).toBeGreaterThanOrEqual(chart.y);
    expect(row.height).toBeGreaterThanOrEqual(24);
    await first.click();
    await w.page.waitForURL(/\/en\/indicators\/staff-basic-digital-skills\/$/);
    expect(await w.page.locator('h1').innerText()).toBe('Officials trained in basic digital skills');
    await w.context.close();
  });

  it('reaches every row’s link from the keyboard, and the same links in the table', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url(''));
    expect(await w.page.locator('.ov-wide svg a').count()).toBe(0);
    await w.page.locator('.ov-wide .ov-links a').first().focus();
    expect(await w.page.evaluate(() => document.activeElement?.textContent)).toBe('Cán bộ, công chức được bồi dưỡng kỹ năng số cơ bản');
    await w.page.keyboard.press('Tab');
    expect(await w.page.evaluate(() => document.activeElement?.getAttribute('data-indicator'))).toBe(
      await w.page.locator('.ov-wide .ov-links a').nth(1).getAttribute('data-indicator'),
    );
    await w.page.locator('.ov-table summary').click();
    const link = w.page.locator('.ov-table tbody tr[data-indicator="5g-coverage"] th a');
    expect(await link.innerText()).toBe('Tỷ lệ phủ sóng 5G');
    expect(await w.page.locator('.ov-table tbody tr[data-indicator="5g-coverage"]').innerText()).toContain('Quốc gia 2026: ≥ 70% dân số');
    expect(await axeViolations(w.page)).toEqual([]);
    await screenshot(w.page, 'home-overview-table-vi-1280');
    await w.context.close();
  });

  it('shows the wide layout on a wide screen and the chart without JavaScript', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280, javaScriptEnabled: false });
    await w.page.goto(f.site.url('en/'));
    expect(await w.page.locator('.ov-wide svg').isVisible()).toBe(true);
    expect(await w.page.locator('.ov-narrow svg').isVisible()).toBe(false);
    expect(await w.page.locator('.ov-wide svg g[data-commune]').count()).toBeGreaterThan(1);
    expect(await w.page.locator('.ov-communes li').allInnerTexts()).toEqual(['Nhơn Trạch', 'Xuân Thành', 'Phước An']);
    await w.page.emulateMedia({ media: 'print' });
    expect(await w.page.locator('.ov-wide svg').isVisible()).toBe(true);
    await w.context.close();
  });
});

describe('the home page', () => {
  it('presents the four plans as written, with honest gaps', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url(''));
    const card = (id: string) => w.page.locator(`.plans [data-commune="${id}"]`);
    expect(await card('nhon-trach').locator('h3').innerText()).toBe('Phường Nhơn Trạch');
    expect(await card('nhon-trach').innerText()).toContain('237/NQ-UBTVQH16');
    expect(await card('xuan-thanh').innerText()).toContain('68/KH-UBND, ngày ../02/2026 (ngày không đọc được trong bản OCR)');
    expect(await card('phuoc-an').innerText()).toContain('/KH-UBND (số kế hoạch để trống trong văn bản)');
    expect(await card('nghia-dan').innerText()).toContain('2030, 2045');
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('leads with the biggest differences, each linking to its indicator page', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/'));
    const first = w.page.locator('[data-headlines="ambition"] li').first();
    expect(plain(await first.innerText())).toBe(
      'Officials trained in basic digital skills: Nhơn Trạch and Phước An aim for ≥ 100%, Xuân Thành for ≥ 80% (20 percentage points apart, 2026).',
    );
    const vneid = w.page.locator('.headlines li[data-indicator="vneid-account"]').first();
    expect(plain(await vneid.innerText())).toContain('Nhơn Trạch and Phước An aim for ≥ 80%, Xuân Thành for ≥ 65%');
    // The 5G line is behind "show more".
    const fiveG = w.page.locator('.headlines details li[data-indicator="5g-coverage"]');
    expect(await fiveG.isVisible()).toBe(false);
    await w.page.getByText(/Show \d+ more differences/).click();
    expect(plain(await fiveG.innerText())).toContain('Xuân Thành aims for ≥ 65%, Nhơn Trạch and Phước An for ≥ 60%');
    await fiveG.getByRole('link').click();
    expect(new URL(w.page.url()).pathname).toBe('/en/indicators/5g-coverage/');
    await w.context.close();
  });

  it('names the largest gaps to the national goals, largest first, each linking to the goals on its indicator page', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url(''));
    const lines = w.page.locator('[data-headlines="gaps"] > li');
    expect(await lines.count()).toBeGreaterThan(0);
    const gaps = await lines.evaluateAll((lis) => lis.map((li) => Number((li as HTMLElement).dataset.gap)));
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
    const fiveG = lines.filter({ has: w.page.locator('a[href="/indicators/5g-coverage/#references"]') });
    expect(await fiveG.innerText()).toContain('mục tiêu quốc gia ≥ 70% dân số');
    await fiveG.locator('a').click();
    await w.page.waitForURL(/5g-coverage\/#references$/);
    expect(await w.page.locator('#references').isVisible()).toBe(true);
    await w.context.close();
  });

  it('says which indicators only one commune set and which targets are for another year', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url(''));
    const pa = w.page.locator('[data-headlines="only-one"] > li[data-commune="phuoc-an"]');
    expect(await pa.locator('strong').innerText()).toMatch(/^Chỉ Phước An đặt \d+ chỉ tiêu:$/);
    expect(await pa.getByRole('link', { name: 'Truy cập băng rộng cố định trên 1 Gb/s' }).getAttribute('href')).toBe(
      '/indicators/fixed-broadband-1gbps/',
    );
    const years = w.page.locator('[data-headlines="years"] li[data-indicator="online-service-usage"]');
    expect(plain(await years.innerText())).toContain('Phước An ≥ 80% (năm 2026); Nghĩa Đàn > 90% (năm 2030)');
    expect(await w.page.locator('main').innerText()).toContain('Nghĩa Đàn đặt chỉ tiêu cho năm 2030');
    await w.context.close();
  });

  it('offers the entry points: matrix, indicators, communes, compare, methodology, downloads', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/'));
    const hrefs = await w.page.locator('.entries h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/en/matrix/', '/en/indicators/', '/en/communes/', '/en/compare/', '/en/methodology/', '/en/downloads/']);
    expect(await w.page.getByRole('link', { name: 'Every indicator by spread, in the matrix' }).getAttribute('href')).toBe(
      '/en/matrix/?sort=spread',
    );
    await w.context.close();
  });

  it('has no WCAG 2.2 AA violations, wide and narrow, in either language (screenshots saved)', async () => {
    for (const [path, name] of [
      ['', 'home-vi'],
      ['en/', 'home-en'],
    ]) {
      for (const width of [1280, 360]) {
        const w = await openPage(f.browser, [f.site.origin], { width, height: 900 });
        await w.page.goto(f.site.url(path));
        expect(await axeViolations(w.page), `${path} at ${width}`).toEqual([]);
        const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}`).toBeLessThanOrEqual(0);
        await screenshot(w.page, `${name}-${width}`);
        await w.context.close();
      }
    }
  });

  it('shows an indicator name with markup in it as text, in a headline, and runs none of it', async () => {
    const w = await openPage(f.browser, [f.based.origin]);
    await w.page.goto(f.based.url(''));
    await w.page.waitForLoadState('load');
    expect(await w.page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(await w.page.locator('img[src="x"]').count()).toBe(0);
    // In every list that names it (the differences, the gaps to national goals…), as text.
    const lines = await w.page.locator('.headlines li[data-indicator="5g-coverage"]').allTextContents();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toContain('<script>window.__xss=1</script>');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });
});
