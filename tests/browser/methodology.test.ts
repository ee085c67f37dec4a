import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

/** The rows of a data/ file, every cell a string: the figures the pages must show, read from the data. */
function dataRows(rel: string): Record<string, string>[] {
  const text = readFileSync(`data/${rel}`, 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

const f = useSites({ site: ROOT_BUILD });
/** One chain per plan of communes.csv. */
const PLANS = dataRows('communes.csv').length;

describe('the methodology page', () => {
  it('shows the OCR rule’s evidence: Nhơn Trạch’s clean “≥” against its OCR “>” (vi)', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('methodology/'));
    expect(await w.page.locator('h1').innerText()).toBe('Phương pháp');
    const table = w.page.locator('table.evidence');
    expect(await table.locator('caption').innerText()).toContain('bản sạch (002) và bản OCR (000)');
    expect(await table.locator('tbody tr').count()).toBe(17);
    const first = await table.locator('tr[data-target="nhon-trach-01"]').innerText();
    expect(first).toContain('≥ 60%');
    expect(first).toContain('> 60%');
    expect(await w.page.locator('#ocr ~ p').first().innerText()).toContain('bản OCR cho thấy “>” ở 13 chỉ tiêu');
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('explains every form of target with counts and real examples, and the unit synonyms (en)', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/methodology/'));
    const bare = await w.page.locator('tr[data-form="bare"]').innerText();
    expect(bare).toContain('read as a minimum');
    expect(bare).toContain('30');
    expect(await w.page.locator('tr[data-form="word-strict"]').innerText()).toContain('Xuân Thành: “Trên 90%” → > 90%');
    const vhxxh = w.page.locator('table.spellings tr', { hasText: 'Phòng VHXXH' }).first();
    expect(await vhxxh.innerText()).toContain('Office of Culture and Social Affairs');
    const related = dataRows('harmonize/crosswalk.csv').filter((r) => r.match === 'related').length;
    expect(await w.page.locator('dt[data-match="related"]').innerText()).toContain(`${related} targets`);
    await w.context.close();
  });

  it('draws every plan’s chain in one inline SVG with an accessible name, the list beside it', async () => {
    for (const [path, name] of [
      ['methodology/', 'Từ Nghị quyết 57-NQ/TW đến các kế hoạch cấp xã'],
      ['en/methodology/', 'From Resolution 57-NQ/TW to the commune plans'],
    ] as const) {
      const w = await openPage(f.browser, [f.site.origin]);
      await w.page.goto(f.site.url(path));
      const chart = w.page.getByRole('img', { name });
      expect(await chart.count()).toBe(1);
      expect(await chart.locator('.dc-plan').count()).toBe(PLANS);
      expect(await chart.locator('desc').textContent()).toContain('57-NQ/TW');
      const list = w.page.locator('.dc-list');
      await list.locator('summary').click();
      expect(await list.locator('.dc-tree').count()).toBe(PLANS);
      await w.context.close();
    }
  });
});

describe('the methodology’s higher-level goals', () => {
  it('counts the goals from the data, lists every one with a link to its page, and names the bases that differ (en)', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/methodology/'));
    const section = w.page.locator('section[aria-labelledby="references"]');
    const items = section.locator('.ref-index li');
    const n = await items.count();
    expect(await section.innerText()).toContain(`In the data: ${n} figures from`);
    expect(await section.locator('.ref-index li a[rel~="external"]').count()).toBe(n);
    expect(await section.locator('.ref-caveats li[data-indicator="5g-coverage"]').innerText()).toContain('population');
    // The list is folded, and opens.
    expect(await items.first().isVisible()).toBe(false);
    await section.locator('.ref-index summary').click();
    expect(await items.first().isVisible()).toBe(true);
    await w.context.close();
  });
});

describe('the data-quality page', () => {
  it('sums each plan’s problems up and sources every point (vi)', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('data-quality/'));
    const xt = w.page.locator('table.summary tr[data-commune="xuan-thanh"]');
    expect(await xt.locator('td[data-count="withoutLead"]').innerText()).toBe(
      String(dataRows('targets/xuan-thanh.csv').filter((r) => r.lead_units === '').length),
    );
    expect(await xt.locator('td[data-count="ocrRead"]').innerText()).toBe('6');
    const heading = await w.page.locator('li[data-issue="phuoc-an-heading-count"]').innerText();
    expect(heading).toContain('54 chỉ tiêu');
    expect(heading).toContain('liệt kê 40');
    expect(heading).toContain('dòng 61');
    expect(await w.page.locator('li[data-issue="phuoc-an-heading-count"] a[href*="/sources/004-"][href$="#L61"]').count()).toBe(1);
    const ocop = await w.page.locator('li[data-issue="nghia-dan-district-wording"]').innerText();
    expect(ocop).toContain('100% sản phẩm OCOP của huyện');
    expect(ocop).toContain('Kế hoạch 10/KH-UBND, dòng 618');
    const twice = await w.page.locator('[data-quality="xuan-thanh"] [data-list="stated-twice"]').innerText();
    expect(twice).toContain('“Trén 90%” — “>90%”');
    expect(twice).toContain('Kế hoạch 68/KH-UBND, dòng 56–57');
    expect(twice).toContain('Kế hoạch 68/KH-UBND, dòng 325–326');
    await w.context.close();
  });

  it('says the same in English, with Nhơn Trạch’s 95% against 100%', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/data-quality/'));
    const nt = await w.page.locator('li[data-issue="nhon-trach-digitisation"]').innerText();
    expect(nt).toContain('“≥ 95%”');
    expect(nt).toContain('100% of dossiers are digitised');
    expect(nt).toContain('Plan 57/KH-UBND (clean copy), line 338');
    expect(await w.page.locator('[data-quality="nghia-dan"] [data-list="unmapped"] li').count()).toBe(4);
    await w.context.close();
  });
});

describe('methodology and data quality are accessible and fit a phone', () => {
  it.each(['methodology/', 'data-quality/'])(
    '%s: no WCAG 2.2 AA violation in either language, at 360 and 1280 px (screenshots saved)',
    async (path) => {
      for (const p of [path, `en/${path}`])
        for (const width of [360, 1280]) {
          const w = await openPage(f.browser, [f.site.origin], { width, height: 800 });
          await w.page.goto(f.site.url(p));
          expect(await axeViolations(w.page), `${p} at ${width}`).toEqual([]);
          const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${p} at ${width}`).toBeLessThanOrEqual(0);
          expect(w.errors).toEqual([]);
          await screenshot(w.page, `${p.replace(/\//g, '-')}${width}`.replace(/^-+/, ''));
          await w.context.close();
        }
    },
  );
});
