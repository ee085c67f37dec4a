import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { SCALED_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

/**
 * Province pictures on the SYNTHETIC scaled build (scripts/test-browser.ts: 14 communes, 13 in
 * Đồng Nai): a province past a dozen communes gets a distribution chart on its indicator pages,
 * the home page's overview summarises, and the communes index says which provinces have plans.
 */
const f = useSites({ site: SCALED_BUILD });

describe('a province past a dozen communes', () => {
  it.each([
    [
      'indicators/5g-coverage/dong-nai/',
      'Tỷ lệ phủ sóng 5G: phân bố mục tiêu của các xã Đồng Nai',
      /^Thang đo: phần trăm, 0–100%\. Năm 2026: /,
    ],
    [
      'en/indicators/5g-coverage/dong-nai/',
      '5G coverage: how the targets of Đồng Nai’s communes spread',
      /^Scale: percent, 0–100%\. 2026: /,
    ],
  ])('shows how its targets spread on %s, named, described and fitting 360 px', async (path, name, desc) => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url(path));
    const chart = w.page.locator('.dist-svg svg');
    expect(await chart.getAttribute('role')).toBe('img');
    expect(await w.page.getByRole('img', { name }).count()).toBe(1);
    expect(await chart.locator('desc').textContent()).toMatch(desc);
    const dots = await chart
      .locator('g.dist-dots > path.dist-dot')
      .evaluateAll((ps) => ps.map((p) => (p.getAttribute('d') ?? '').split('M').length - 1));
    expect(dots.reduce((a, b) => a + b, 0)).toBeGreaterThan(2);
    expect(await chart.locator('g.dist-goals > line').count()).toBeGreaterThan(0);
    // Before the chart of every commune, which has a block per commune.
    const order = await w.page.$$eval('main section', (ss) => ss.map((s) => s.className));
    expect(order.findIndex((c) => c.includes('distribution'))).toBeLessThan(order.findIndex((c) => c.includes('ind-compare')));
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(await axeViolations(w.page)).toEqual([]);
    await screenshot(w.page, `scale-distribution-${path.startsWith('en') ? 'en' : 'vi'}-360`);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('has no distribution chart in a province of one commune', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url('indicators/5g-coverage/'));
    const hrefs = await w.page.locator('.ind-provinces tbody tr a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    const other = hrefs.find((h) => !h.includes('/dong-nai/'))!;
    await w.page.goto(f.site.url(other.slice(1)));
    expect(await w.page.locator('.lead').first().innerText()).toMatch(/^Xã duy nhất của /);
    expect(await w.page.locator('.distribution').count()).toBe(0);
    await w.context.close();
  });
});

describe('the home page and the communes index past a dozen communes', () => {
  it('summarises each row of the overview as lowest, middle half, median and highest', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280 });
    await w.page.goto(f.site.url('en/'));
    const chart = w.page.locator('.ov-wide svg');
    const rows = await w.page.locator('.ov-wide .ov-links a').count();
    expect(rows).toBeGreaterThan(1);
    expect(await chart.locator('g.ov-boxes > rect').count()).toBe(rows);
    expect(await chart.locator('g[data-commune]').count()).toBe(0);
    expect(await w.page.locator('.ov-table tbody tr').count()).toBeGreaterThanOrEqual(rows);
    expect(await axeViolations(w.page)).toEqual([]);
    await screenshot(w.page, 'scale-home-en-1280');
    await w.context.close();
  });

  it('says how many provinces have a plan in the data and which have none', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url('en/communes/'));
    const listed = await w.page.locator('table.provinces tbody tr').count();
    const text = await w.page.locator('.coverage').innerText();
    expect(text).toMatch(new RegExp(`^${listed} of the 34 provinces and cities have commune plans in the data\\. None yet from .+\\.$`));
    expect(text).not.toContain('Đồng Nai');
    expect(await axeViolations(w.page)).toEqual([]);
    await w.context.close();
  });
});
