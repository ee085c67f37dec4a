import { mkdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, screenshot, SCREENSHOT_DIR } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { BASE_BUILD, ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { accessibleRoles, sidewaysScrollers } from '../support/layout.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: ROOT_BUILD, based: BASE_BUILD });

const row = (page: Page, target: string) => page.locator(`tr[data-target="${target}"]`);
const noTargetRow = (page: Page, commune: string) => page.locator(`tr.no-target[data-commune="${commune}"]`);

describe('the VNeID indicator page', () => {
  it('shows 65 vs 80 and says in words that Xuân Thành is least ambitious (vi)', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('indicators/vneid-account/'));
    expect(await w.page.locator('h1').innerText()).toBe('Người dân có tài khoản định danh điện tử (VNeID)');
    expect(await w.page.locator('.ranking').innerText()).toContain(
      'cao nhất là Nhơn Trạch và Phước An (≥ 80%); thấp nhất là Xuân Thành (≥ 65%); chênh lệch 15 điểm phần trăm',
    );
    expect(await w.page.locator('.missing').innerText()).toBe('Không đặt chỉ tiêu này: Nghĩa Đàn.');
    // The table says it too, in words beside the figure.
    expect(await row(w.page, 'xuan-thanh-22').locator('.tv-value').innerText()).toBe('≥ 65%');
    expect(await row(w.page, 'xuan-thanh-22').locator('.versus').innerText()).toContain('Thấp nhất');
    expect(await row(w.page, 'nhon-trach-20').locator('.versus').innerText()).toContain('Cao nhất');
    expect(await row(w.page, 'phuoc-an-30').locator('.versus').innerText()).toContain('Cao nhất');
    expect(await row(w.page, 'phuoc-an-38').locator('.versus').innerText()).toContain('Không xếp hạng (liên quan)');
    expect(await noTargetRow(w.page, 'nghia-dan').innerText()).toContain('Không đặt chỉ tiêu này');
    // How the OCR figure was read, and where it is written.
    const xt = await row(w.page, 'xuan-thanh-22').innerText();
    expect(xt).toContain('ghi là “> 65%”');
    expect(xt).toContain('Kế hoạch 68/KH-UBND, mục I.2.c, gạch đầu dòng 8');
    expect(xt).toContain('Kế hoạch 68/KH-UBND, dòng 111');
    expect(await w.page.locator('.cmp-notes').innerText()).toContain('Xuân Thành: văn bản là bản OCR và ghi “> 65%”');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('shows the same in English, with responsible units by standard name', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/indicators/vneid-account/'));
    const ranking = await w.page.locator('.ranking').innerText();
    expect(ranking).toContain('most ambitious Nhơn Trạch and Phước An (≥ 80%)');
    expect(ranking).toContain('least ambitious Xuân Thành (≥ 65%)');
    expect(await row(w.page, 'xuan-thanh-22').locator('.versus').innerText()).toContain('Least ambitious');
    expect(await row(w.page, 'xuan-thanh-22').locator('.visually-hidden').first().textContent()).toContain('below the others');
    const resp = await w.page.locator('.resp [data-commune="xuan-thanh"]').innerText();
    expect(resp).toContain('Lead: Commune Police');
    expect(resp).toContain('“Trưởng ấp các ấp”');
    await w.context.close();
  });
});

describe('the 5G indicator page', () => {
  it('shows 60 / 65 / 60 and Nghĩa Đàn as related, in the table and the chart (vi and en)', async () => {
    for (const [path, related, chartWords] of [
      ['indicators/5g-coverage/', 'Không xếp hạng (liên quan)', 'Nghĩa Đàn: Định tính (năm 2030) (chỉ tiêu liên quan, không xếp hạng)'],
      ['en/indicators/5g-coverage/', 'Not ranked (related)', 'Nghĩa Đàn: Qualitative (for 2030) (related target, not ranked)'],
    ] as const) {
      const w = await openPage(f.browser, [f.site.origin]);
      await w.page.goto(f.site.url(path));
      expect(await row(w.page, 'nhon-trach-01').locator('.tv-value').innerText()).toBe('≥ 60%');
      expect(await row(w.page, 'xuan-thanh-15').locator('.tv-value').innerText()).toBe('≥ 65%');
      expect(await row(w.page, 'phuoc-an-01').locator('.tv-value').innerText()).toBe('≥ 60%');
      const nd = w.page.locator('tr[data-commune="nghia-dan"]');
      expect(await nd.count()).toBe(1);
      expect(await nd.getAttribute('class')).toContain('related');
      expect(await nd.locator('.versus').innerText()).toContain(related);
      const desc = await w.page.locator('.chart svg desc').textContent();
      expect(desc).toContain(chartWords);
      expect(desc).toMatch(/Nhơn Trạch: ≥ 60%; Xuân Thành: ≥ 65%; Phước An: ≥ 60%/);
      await w.context.close();
    }
  });
});

describe('the table on a phone', () => {
  it.each([
    'indicators/5g-coverage/',
    'en/indicators/5g-coverage/',
    'indicators/vneid-account/',
    'en/indicators/online-service-usage/',
    'indicators/digital-economy-grdp/',
    'en/embed/indicators/5g-coverage/',
  ])('%s at 360 px: no element scrolls sideways or spills over its edge', async (path) => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 800 });
    await w.page.goto(f.site.url(path));
    expect(await sidewaysScrollers(w.page)).toEqual([]);
    await w.context.close();
  });

  it('makes each row a card that labels its fields at 360 px, and stays a table for screen readers', async () => {
    for (const [path, labels, year] of [
      ['indicators/5g-coverage/', ['Chỉ tiêu', 'Năm: ', 'So với các xã khác', 'So với mục tiêu cấp trên', 'Cách đọc'], 'Năm'],
      ['en/indicators/5g-coverage/', ['Target', 'Year: ', 'Versus the others', 'Against higher-level goals', 'Read as'], 'Year'],
    ] as const) {
      const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 800 });
      await w.page.goto(f.site.url(path));
      const card = row(w.page, 'xuan-thanh-15');
      const box = (await card.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(360);
      // The commune's name heads the card; its fields stack under their column's name.
      // Each label is drawn with an empty alternative text ("…" / ""): seen, not read twice.
      const drawn = await card.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
      expect(drawn.slice(0, 5)).toEqual(labels.map((l) => `"${l}" / ""`));
      expect(await card.innerText()).toMatch(/^Xuân Thành\n/);
      // The column headers are out of sight but not out of the accessibility tree: still a table.
      const roles = await accessibleRoles(w.page, '.ind-table', ['table', 'columnheader', 'rowheader', 'cell']);
      expect(roles.table).toHaveLength(1);
      expect(roles.columnheader).toContain(year);
      expect(roles.rowheader).toEqual(['Nhơn Trạch', 'Xuân Thành', 'Phước An', 'Nghĩa Đàn']);
      expect(roles.cell.length).toBeGreaterThanOrEqual(4 * 6);
      await w.context.close();
    }
  });

  it('is a plain table again on a wide screen, its header row in view', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280, height: 900 });
    await w.page.goto(f.site.url('indicators/5g-coverage/'));
    expect(await row(w.page, 'xuan-thanh-15').evaluate((tr) => getComputedStyle(tr).display)).toBe('table-row');
    expect(
      await w.page
        .locator('.ind-table thead th')
        .first()
        .evaluate((th) => th.getBoundingClientRect().height),
    ).toBeGreaterThan(10);
    await w.context.close();
  });
});

describe('the citation', () => {
  it('names the address the page was served from with JavaScript, its path and a note without', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/indicators/5g-coverage/'));
    const url = f.site.url('en/indicators/5g-coverage/');
    expect(await w.page.locator('.cite-apa').innerText()).toMatch(/\[Data set\]\. http:\/\/[^ ]+$/);
    expect((await w.page.locator('.cite-apa').innerText()).endsWith(` ${url}`)).toBe(true);
    expect(await w.page.locator('.cite-bib').innerText()).toContain(`url = {${url}}`);
    expect(await w.page.locator('.cite-path-note').count()).toBe(0);
    await w.context.close();

    const off = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await off.page.goto(f.site.url('en/indicators/5g-coverage/'));
    expect(await off.page.locator('.cite-apa').innerText()).toMatch(/\[Data set\]\. \/en\/indicators\/5g-coverage\/$/);
    expect(await off.page.locator('.cite-path-note').innerText()).toContain('the full host name comes from the deployment');
    await off.context.close();
  });
});

describe('the chart', () => {
  it('is inline SVG, an image with an accessible name and description, drawn without JavaScript', async () => {
    const w = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await w.page.goto(f.site.url('indicators/vneid-account/'));
    const svg = w.page.locator('main .chart svg[role="img"]');
    expect(await svg.count()).toBe(1);
    expect(await svg.getAttribute('role')).toBe('img');
    const img = w.page.getByRole('img', { name: /^Người dân có tài khoản định danh điện tử \(VNeID\)/ });
    expect(await img.count()).toBe(1);
    expect(await svg.locator('desc').textContent()).toContain('Xuân Thành: ≥ 65%');
    expect(await svg.locator('g[aria-label]').count()).toBe(0);
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    await w.context.close();
  });

  it('fits a 360 px phone with its labels legible, and scales up on a wide screen', async () => {
    for (const [width, min, max] of [
      [360, 320, 360],
      [1280, 440, 500],
    ] as const) {
      const w = await openPage(f.browser, [f.site.origin], { width, height: 800 });
      await w.page.goto(f.site.url('en/indicators/online-service-usage/'));
      const svg = w.page.locator('.chart svg[role="img"]');
      const box = (await svg.boundingBox())!;
      expect(box.width, `${width}`).toBeGreaterThanOrEqual(min);
      expect(box.width, `${width}`).toBeLessThanOrEqual(max);
      // The rendered size of the 13 px labels: at least 11 px on a phone.
      const px = (13 * box.width) / 360;
      expect(px).toBeGreaterThanOrEqual(11);
      await w.context.close();
    }
  });
});

describe('the national and provincial goals on an indicator page', () => {
  it('draws the 5G goals for 2026 (70%) and 2030 (99%) as labelled rules, with the population caveat beside them', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('indicators/5g-coverage/'));
    expect(await w.page.locator('.chart svg .tc-reference-label text').allTextContents()).toEqual([
      'Quốc gia 2026: ≥ 70% dân số',
      'Quốc gia 2030: ≥ 99% dân số',
    ]);
    const refs = w.page.locator('#references .refs > li');
    expect(await refs.count()).toBe(2);
    for (const li of await refs.all()) {
      expect(await li.locator('.ref-note').innerText()).toContain('dân số');
      expect(await li.locator('a[rel~="external"]').getAttribute('href')).toMatch(/^https:\/\//);
    }
    // Xuân Thành's ≥ 65% (an OCR "> 65%" read as ≥) is below the 2026 goal, beside the 2030 one.
    const xt = w.page.locator('tr[data-commune="xuan-thanh"] .col-refs li');
    expect(await xt.evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.standing))).toEqual(['below', 'horizon']);
    expect(await xt.first().innerText()).toContain('thấp hơn');
    expect(await xt.first().innerText()).toContain('Quốc gia 2026: ≥ 70% dân số');
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('puts the communes’ digital-signature targets beside the national 2025 and 2030 goals as other horizons (en)', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/indicators/adult-digital-signature/'));
    const labels = await w.page.locator('#references .ref-figure').allInnerTexts();
    expect(labels).toContain('National 2025: > 50%');
    expect(labels).toContain('National 2030: ≥ 70%');
    const rows = w.page.locator('tbody tr[data-target]:not(.related)');
    expect(await rows.count()).toBeGreaterThanOrEqual(2);
    for (const r of await rows.all()) {
      const standings = await r.locator('.col-refs li').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.standing));
      expect(standings.length).toBeGreaterThan(0);
      expect(new Set(standings)).toEqual(new Set(['horizon']));
      expect(await r.locator('.col-refs').innerText()).toContain('another year, not ranked');
    }
    await w.context.close();
  });

  it('draws the provincial range of Đồng Nai as a band and keeps the Phước An range bar', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('indicators/digital-economy-grdp/'));
    expect(await w.page.locator('.chart svg .tc-reference-label text').allTextContents()).toContain('Đồng Nai 2030: 35–37%');
    expect(await w.page.locator('.chart svg .tc-reference-band').count()).toBeGreaterThan(0);
    expect(await w.page.locator('.chart svg .tc-ranges rect').count()).toBe(1);
    await w.context.close();
  });
});

describe('the indicator catalogue', () => {
  it('lists all 51 indicators by pillar and A–Z in Vietnamese order, each with how many communes set it', async () => {
    const w = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await w.page.goto(f.site.url('indicators/'));
    expect(await w.page.locator('.pillar .ind-list li').count()).toBe(51);
    const az = await w.page.locator('.az .ind-list a').allInnerTexts();
    expect(az).toHaveLength(51);
    expect(az).toEqual([...az].sort(new Intl.Collator('vi').compare));
    const letters = await w.page.locator('.letters a').allInnerTexts();
    expect(letters.indexOf('Đ')).toBe(letters.indexOf('D') + 1);
    const g5 = await w.page.locator('li[data-indicator="5g-coverage"]').innerText();
    expect(g5).toContain('3/4 xã đặt: Nhơn Trạch, Xuân Thành, Phước An');
    expect(g5).toContain('chỉ tiêu liên quan: Nghĩa Đàn');
    await w.page.locator('li[data-indicator="vneid-account"] a').click();
    expect(new URL(w.page.url()).pathname).toBe('/indicators/vneid-account/');
    await w.context.close();
  });

  it('links every indicator page in English too', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/indicators/'));
    const hrefs = await w.page.locator('.pillar .ind-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toHaveLength(51);
    expect(hrefs.every((h) => /^\/en\/indicators\/[a-z0-9-]+\/$/.test(h ?? ''))).toBe(true);
    expect(await w.page.locator('li[data-indicator="vneid-account"]').innerText()).toContain('set by 3 of 4 communes');
    await w.context.close();
  });
});

describe('links under a portal sub-path', () => {
  it('keeps the catalogue link, the pillar link and the CSV slice under the base', async () => {
    const w = await openPage(f.browser, [f.based.origin]);
    await w.page.goto(f.based.url('indicators/5g-coverage/'));
    const b = BASE_BUILD.base;
    expect(await w.page.locator('.crumbs a').first().getAttribute('href')).toBe(`${b}indicators/`);
    expect(await w.page.locator('.crumbs a').nth(1).getAttribute('href')).toBe(`${b}indicators/#p-digital-infrastructure`);
    // The slice is emitted by the data build (src/lib/emit); this page only links it.
    const csv = w.page.locator('.download a[download]');
    expect(await csv.getAttribute('href')).toBe(`${b}data/indicators/5g-coverage.csv`);
    const res = await w.page.request.get(f.based.origin + (await csv.getAttribute('href'))!);
    expect(res.status()).toBe(200);
    expect(f.based.log.filter((r) => r.status !== 200)).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});

describe('accessibility', () => {
  it.each([
    ['indicators/vneid-account/', 1280, 'light'],
    ['en/indicators/vneid-account/', 360, 'light'],
    ['indicators/5g-coverage/', 360, 'dark'],
    ['en/indicators/digital-economy-grdp/', 1280, 'dark'],
    ['indicators/', 1280, 'light'],
    ['en/indicators/', 360, 'dark'],
  ] as const)('%s at %i px (%s): no WCAG 2.2 AA violation', async (path, width, scheme) => {
    const w = await openPage(f.browser, [f.site.origin], { width, height: 800 });
    await w.page.emulateMedia({ colorScheme: scheme });
    await w.page.goto(f.site.url(path));
    expect(await axeViolations(w.page)).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('reaches the table’s scroll region and the note links with the keyboard', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 800 });
    await w.page.goto(f.site.url('indicators/vneid-account/'));
    const region = w.page.locator('.ind-table-wrap');
    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement)).toBe(true);
    await w.page.locator('a.note-link').first().click();
    expect(await w.page.locator('details.transcription').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await w.page.locator('#tn-vneid-account-1').isVisible()).toBe(true);
    await w.context.close();
  });
});

describe('screenshots and print', () => {
  it.each([
    ['indicator-vneid-vi', 'indicators/vneid-account/'],
    ['indicator-5g-en', 'en/indicators/5g-coverage/'],
    ['indicator-osu-vi', 'indicators/online-service-usage/'],
    ['indicators-index-vi', 'indicators/'],
    ['indicators-index-en', 'en/indicators/'],
  ])('%s: no sideways page scroll at 360 and 1280 px (screenshots saved)', async (name, path) => {
    for (const width of [360, 1280]) {
      const w = await openPage(f.browser, [f.site.origin], { width, height: 800 });
      await w.page.goto(f.site.url(path));
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${path} at ${width}`).toBeLessThanOrEqual(0);
      await screenshot(w.page, `${name}-${width}`);
      await w.context.close();
    }
  });

  it('fits a 360 px phone on every indicator page, in both languages (no sideways page scroll)', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 800 });
    await w.page.goto(f.site.url('indicators/'));
    const paths = await w.page.locator('.pillar .ind-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(paths).toHaveLength(51);
    const wide: string[] = [];
    for (const path of paths.flatMap((p) => [p, `/en${p}`])) {
      await w.page.goto(f.site.origin + path);
      const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) wide.push(`${path} +${overflow}px`);
    }
    expect(wide).toEqual([]);
    await w.context.close();
  });

  it('prints on A4: chart and whole table on the page, no navigation, no embed or cite blocks', async () => {
    // 210 mm − 2 × 12 mm margins ≈ 703 CSS px of printable width.
    const w = await openPage(f.browser, [f.site.origin], { width: 703, height: 1000 });
    await w.page.goto(f.site.url('indicators/vneid-account/'));
    await w.page.emulateMedia({ media: 'print', colorScheme: 'light' });
    expect(await w.page.locator('.site-nav').isVisible()).toBe(false);
    expect(await w.page.locator('.header-tools').isVisible()).toBe(false);
    expect(await w.page.locator('.embed-this').isVisible()).toBe(false);
    expect(await w.page.locator('.cite').isVisible()).toBe(false);
    expect(await w.page.locator('.chart svg[role="img"]').isVisible()).toBe(true);
    const table = await w.page.locator('.ind-table').evaluate((t) => {
      const wrap = t.parentElement!;
      return { table: t.scrollWidth, wrap: wrap.clientWidth };
    });
    expect(table.table).toBeLessThanOrEqual(table.wrap);
    const svgWidth = (await w.page.locator('.chart svg[role="img"]').boundingBox())!.width;
    expect(svgWidth).toBeLessThanOrEqual(703);
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const pdf = await w.page.pdf({ path: `${SCREENSHOT_DIR}/indicator-vneid-vi-print.pdf`, format: 'A4', printBackground: true });
    // The comparison fits a few A4 pages; count them in the PDF.
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(4);
    await screenshot(w.page, 'indicator-vneid-vi-print');
    await w.context.close();
  });
});
