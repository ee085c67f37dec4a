import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';
import { REAL_EXAMPLES } from '../../scripts/lib/page-types.ts';

const f = useSites({ site: ROOT_BUILD });

/** One page of each type (scripts/lib/page-types.ts), as [id, path]. */
const PAGE_TYPES = REAL_EXAMPLES.map((t): [string, string] => [t.id, t.example]);

describe('the comparison matrix', () => {
  it('shows the 5G row with 60 / 65 / 60 and Nghĩa Đàn’s qualitative aim marked related', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('matrix/'));
    const row = w.page.locator('tr[data-indicator="5g-coverage"]');
    const cell = (c: string) => row.locator(`td[data-commune="${c}"]`).innerText();
    expect(await cell('nhon-trach')).toContain('≥ 60%');
    expect(await cell('xuan-thanh')).toContain('≥ 65%');
    expect(await cell('phuoc-an')).toContain('≥ 60%');
    expect(await row.locator('td[data-commune="nghia-dan"] .tv-related').count()).toBe(1);
    expect(await row.locator('td[data-commune="xuan-thanh"] .visually-hidden').first().textContent()).toContain('cao hơn');
    await w.context.close();
  });

  it('filters by pillar, keeps the filter in the URL and restores it on reload', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('matrix/'));
    // The filters are folded into one line: unfold them by their summary first.
    await w.page.locator('details[data-filters] > summary').click();
    await w.page.selectOption('select[name=pillar]', 'digital-society');
    expect(new URL(w.page.url()).search).toBe('?pillar=digital-society');
    expect(await w.page.locator('tbody[data-pillar="digital-infrastructure"]').isHidden()).toBe(true);
    expect(await w.page.locator('tr[data-indicator="vneid-account"]').isVisible()).toBe(true);
    await w.page.reload();
    expect(await w.page.locator('select[name=pillar]').inputValue()).toBe('digital-society');
    expect(await w.page.locator('tr[data-indicator="5g-coverage"]').isHidden()).toBe(true);
    await w.page.locator('details[data-filters] > summary').click();
    await w.page.selectOption('select[name=sort]', 'spread');
    const first = await w.page.locator('tbody[data-pillar="digital-society"] tr[data-indicator]').first().getAttribute('data-indicator');
    expect(first).toBe('vneid-account');
    await w.context.close();
  });
});

describe('an indicator page', () => {
  it('shows VNeID 65 vs 80 and marks Xuân Thành least ambitious, in words and in the table', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/indicators/vneid-account/'));
    const ranking = await w.page.locator('.ranking').innerText();
    expect(ranking).toContain('most ambitious Nhơn Trạch and Phước An (≥ 80%)');
    expect(ranking).toContain('least ambitious Xuân Thành (≥ 65%)');
    const xt = w.page.locator('tr[data-commune="xuan-thanh"]');
    expect(await xt.innerText()).toContain('≥ 65%');
    expect(await xt.locator('.visually-hidden').first().textContent()).toContain('below the others');
    const svg = w.page.locator('.chart svg[role="img"]');
    expect(await svg.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await svg.locator('desc').textContent()).toContain('Xuân Thành: ≥ 65%');
    await w.context.close();
  });
});

describe('every page type', () => {
  it.each(PAGE_TYPES)('%s: no WCAG 2.2 AA violation, no request elsewhere, no script error (vi and en)', async (_name, path) => {
    for (const p of [path, `en/${path}`]) {
      const w = await openPage(f.browser, [f.site.origin]);
      await w.page.goto(f.site.url(p));
      expect(await axeViolations(w.page), p).toEqual([]);
      expect(w.foreignRequests, p).toEqual([]);
      expect(w.errors, p).toEqual([]);
      await w.context.close();
    }
  });

  it.each(PAGE_TYPES)(
    '%s: readable at 360 and 1280 px without horizontal page scroll, axe-clean at 360 (screenshots saved)',
    async (name, path) => {
      for (const width of [360, 1280]) {
        const w = await openPage(f.browser, [f.site.origin], { width, height: 800 });
        await w.page.goto(f.site.url(path));
        const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path} at ${width}`).toBeLessThanOrEqual(0);
        // Narrow screens turn tables and charts into scroll regions: axe again at this width.
        if (width === 360) expect(await axeViolations(w.page), `${path} at 360`).toEqual([]);
        await screenshot(w.page, `${name}-${width}`);
        await w.context.close();
      }
    },
  );

  it.each(PAGE_TYPES.filter(([n]) => !n.startsWith('embed')))('%s: the language switch keeps the page', async (_name, path) => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url(path));
    await w.page.click('[data-lang-switch]');
    expect(new URL(w.page.url()).pathname).toBe(`/en/${path}`);
    await w.page.click('[data-lang-switch]');
    expect(new URL(w.page.url()).pathname).toBe(`/${path}`);
    await w.context.close();
  });

  it.each(PAGE_TYPES)('%s: shows its data with JavaScript off', async (_name, path) => {
    const w = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await w.page.goto(f.site.url(path));
    const text = await w.page.locator('main').innerText();
    expect(text.length).toBeGreaterThan(200);
    await w.context.close();
  });
});
