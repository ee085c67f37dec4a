/**
 * The plan texts in the product: every figure's source link opens its text at the cited lines,
 * highlighted, from the commune page and from the indicator page, in both languages and under a
 * sub-path; without JavaScript the link lands on the first cited line; the page reads on a phone
 * and passes axe; the plan texts can be searched.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from '../support/axe.ts';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { BASE_BUILD, ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: ROOT_BUILD, based: BASE_BUILD });

/** The highlighted lines of a source page: their numbers and text. */
const highlighted = (page: Page) =>
  page
    .locator('.src-text .l.hl')
    .evaluateAll((ls) => ls.map((l) => ({ n: Number(l.id.slice(1)), text: l.querySelector('.t')!.textContent ?? '' })));

/** Whether an element is (at least partly) on screen. */
const onScreen = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.bottom > 0 && r.top < window.innerHeight;
    });

describe.each([
  ['vi', ''],
  ['en', 'en/'],
] as const)('a figure’s source link (%s)', (lang, prefix) => {
  it.each([
    ['the commune page', 'communes/nhon-trach/', '#t-nhon-trach-01 .t-src a[href*="/sources/"]', '≥ 60%', 'L107-L108'],
    ['the indicator page', 'indicators/5g-coverage/', '#r-xuan-thanh-15 a[href*="/sources/"]', '> 65%', 'L95'],
  ])('opens the plan text from %s at the cited lines, highlighted and in view', async (_from, path, link, figure, hash) => {
    const w = await openPage(f.browser, [f.site.origin], { width: 1280, height: 900 });
    await w.page.goto(f.site.url(`${prefix}${path}`));
    const a = w.page.locator(link).first();
    expect(await a.getAttribute('href')).toMatch(new RegExp(`^/${prefix}sources/\\d{3}-[0-9a-f]+/#${hash}$`));
    expect(await a.innerText()).toMatch(lang === 'vi' ? /^Kế hoạch .+, dòng / : /^Plan .+, lines? /);
    await a.click();
    await w.page.waitForURL(new RegExp(`#${hash}$`));
    const lines = await highlighted(w.page);
    const [from, to = from] = hash.slice(1).split('-L').map(Number) as [number, number?];
    expect(lines.map((l) => l.n)).toEqual(Array.from({ length: to - from + 1 }, (_, k) => from + k));
    expect(lines.map((l) => l.text).join(' ')).toContain(figure);
    expect(await onScreen(w.page, '.src-text .l.hl')).toBe(true);
    expect(w.errors).toEqual([]);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });
});

describe('a source page', () => {
  it('works under a sub-path: the link, the page and the highlight', async () => {
    const w = await openPage(f.browser, [f.based.origin]);
    await w.page.goto(f.based.url('communes/xuan-thanh/'));
    const a = w.page.locator('#t-xuan-thanh-15 .t-src a[href*="/sources/"]').first();
    expect(await a.getAttribute('href')).toMatch(new RegExp(`^${BASE_BUILD.base}sources/001-[0-9a-f]+/#L95$`));
    await a.click();
    await w.page.waitForURL(/#L95$/);
    expect((await highlighted(w.page)).map((l) => l.n)).toEqual([95]);
    await w.context.close();
  });

  it('lands on the first cited line without JavaScript, with the marks showing', async () => {
    const w = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await w.page.goto(f.site.url('sources/002-ba792d655f7fc0c8/#L107-L108'));
    const target = await w.page.evaluate(() => {
      const t = document.querySelector(':target');
      return t ? { id: t.id, line: t.closest('.l')?.id ?? null } : null;
    });
    expect(target).toEqual({ id: 'L107-L108', line: 'L107' });
    expect(await onScreen(w.page, '#L107')).toBe(true);
    expect(await w.page.locator('#L108').getAttribute('class')).toContain('main');
    expect(await w.page.locator('#L108 .cites').innerText()).toContain('Nhơn Trạch');
    await w.context.close();
  });

  it('shows beside an OCR line the reading the data uses, and links to the target on both pages', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('sources/001-5965a3c068454845/#L95'));
    const cites = w.page.locator('#L95 .cites');
    expect(await cites.innerText()).toContain('Dữ liệu đọc là: > 65% → ≥ 65%');
    const hrefs = await cites.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(['/communes/xuan-thanh/#t-xuan-thanh-15', '/indicators/5g-coverage/#r-xuan-thanh-15']);
    await w.context.close();
  });

  it.each([
    ['vi', 'sources/002-ba792d655f7fc0c8/'],
    ['en', 'en/sources/001-5965a3c068454845/'],
  ])('reads on a 360 px phone with nothing scrolling sideways (%s), and prints', async (lang, path) => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 740 });
    await w.page.goto(f.site.url(`${path}#L95`));
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // Line numbers stay in their column while long lines wrap.
    const left = await w.page
      .locator('.src-text .l .t')
      .evaluateAll((ts) => [...new Set(ts.slice(0, 120).map((t) => Math.round(t.getBoundingClientRect().left)))]);
    expect(left).toHaveLength(1);
    await screenshot(w.page, `source-${lang}-360`);
    await w.page.emulateMedia({ media: 'print' });
    expect(await w.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await w.context.close();
  });

  it('has no WCAG 2.2 AA violations, in either language, with a range highlighted', async () => {
    for (const path of ['sources/002-ba792d655f7fc0c8/#L107-L108', 'en/sources/003-61e0d19b87fa339e/', 'sources/']) {
      const w = await openPage(f.browser, [f.site.origin]);
      await w.page.goto(f.site.url(path));
      expect(await axeViolations(w.page), path).toEqual([]);
      await w.context.close();
    }
  });
});

describe('every commune page', () => {
  it('links each of its targets to its lines in a plan text', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    for (const id of ['nhon-trach', 'xuan-thanh', 'phuoc-an', 'nghia-dan']) {
      await w.page.goto(f.site.url(`communes/${id}/`));
      const targets = await w.page
        .locator('li[id^="t-"]')
        .evaluateAll((ls) =>
          ls.map((l) => ({ id: l.id, link: l.querySelector('.t-src a[href*="/sources/"]')?.getAttribute('href') ?? null })),
        );
      expect(targets.length, id).toBeGreaterThan(10);
      expect(
        targets.filter((t) => !t.link || !/#L\d+(-L\d+)?$/.test(t.link)),
        id,
      ).toEqual([]);
    }
    await w.context.close();
  });
});

describe('searching the plan texts', () => {
  it('finds “Bình dân học vụ số” in the plan that writes it and opens its text at the passage', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url(`search/?q=${encodeURIComponent('Bình dân học vụ số')}`));
    await w.page.locator('[data-plans-offer] button').click();
    await w.page.waitForFunction(
      () =>
        /kết quả/.test(document.querySelector('[data-status]')?.textContent ?? '') && !document.querySelector('[data-results][aria-busy]'),
    );
    const results = await w.page.locator('[data-results] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(results.length).toBeGreaterThan(0);
    for (const href of results) expect(href).toMatch(/^\/sources\/001-5965a3c068454845\/#L\d+$/);
    expect(new URL(w.page.url()).searchParams.get('type')).toBe('Văn bản kế hoạch');
    await w.page.locator('[data-results] h3 a').first().click();
    await w.page.waitForURL(/\/sources\/001-/);
    const line = Number(new URL(w.page.url()).hash.slice(2));
    const passage = await w.page.evaluate((from) => {
      let text = '';
      for (let n = from; n < from + 24; n++) text += ` ${document.getElementById(`L${n}`)?.textContent ?? ''}`;
      return text;
    }, line);
    expect(passage).toContain('Binh dan hoc vu');
    await w.context.close();
  });

  it('fetches the plan texts’ index only when they are searched', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    const fetched: string[] = [];
    w.page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await w.page.goto(f.site.url(`search/?q=${encodeURIComponent('chu ky so')}`));
    await w.page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(fetched.filter((p) => p.startsWith('/pagefind-plans/'))).toEqual([]);
    await w.context.close();
  });
});
