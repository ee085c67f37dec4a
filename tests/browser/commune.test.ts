import { describe, expect, it } from 'vitest';
import { openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { BASE_BUILD, ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { accessibleRoles, sidewaysScrollers } from '../support/layout.ts';
import { useSites } from '../support/site-fixture.ts';

const f = useSites({ site: ROOT_BUILD, based: BASE_BUILD });

describe('a commune page', () => {
  it('shows Xuân Thành’s 5G target above the others, with their figures in words (vi)', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('communes/xuan-thanh/'));
    expect(await w.page.locator('h1').innerText()).toContain('Xã Xuân Thành');
    const fiveG = w.page.locator('#targets-h ~ section li[data-indicator="5g-coverage"]');
    expect(await fiveG.getAttribute('data-standing')).toBe('above');
    const text = await fiveG.innerText();
    expect(text).toContain('≥ 65%');
    expect(text).toContain('Cao hơn các xã khác');
    expect(text).toContain('Nhơn Trạch ≥ 60% (thấp hơn), Phước An ≥ 60% (thấp hơn)');
    expect(text).toContain('ghi là “> 65%”');
    expect(await fiveG.locator('.tv .visually-hidden').first().textContent()).toContain('cao hơn các xã khác');
    expect(w.foreignRequests).toEqual([]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('shows the same standing in English, and the plan’s facts with honest notes', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/communes/xuan-thanh/'));
    const text = await w.page.locator('#targets-h ~ section li[data-indicator="5g-coverage"]').first().innerText();
    expect(text).toContain('Above the others');
    expect(text).toContain('Nhơn Trạch ≥ 60% (lower), Phước An ≥ 60% (lower)');
    expect(await w.page.locator('dd[data-fact="date"]').innerText()).toContain('../02/2026');
    expect(await w.page.locator('dd[data-fact="date"]').innerText()).toContain('The day is not legible in the OCR copy');
    await w.context.close();
  });

  it('lists the indicators the others set that it did not, linking to their pages', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('communes/xuan-thanh/'));
    const wifi = w.page.locator('section[aria-labelledby="missing-h"] li[data-indicator="public-wifi"]');
    expect(await wifi.innerText()).toContain('Nhơn Trạch ≥ 100%');
    await wifi.locator('a').click();
    expect(new URL(w.page.url()).pathname).toBe('/indicators/public-wifi/');
    await w.context.close();
  });

  it('lists its tasks with units as written and canonical, and who leads what', async () => {
    for (const [path, lead, deadline] of [
      ['communes/xuan-thanh/', 'Công an xã', 'Thường xuyên'],
      ['en/communes/xuan-thanh/', 'Commune Police', 'Thường xuyên'],
    ] as const) {
      const w = await openPage(f.browser, [f.site.origin]);
      await w.page.goto(f.site.url(path));
      const task = w.page.locator('li[data-task="xuan-thanh-task-27"]');
      const text = await task.innerText();
      expect(text).toContain('> 65% người dân có tài khoản định danh điện tử (VNeID)');
      expect(text).toContain(deadline);
      expect(text).toContain('Trưởng ấp các ấp');
      expect(await w.page.locator('table.who tr[data-unit="cong-an-xa"] th').innerText()).toBe(lead);
      expect(await w.page.locator('[data-task]').count()).toBe(27);
      await w.context.close();
    }
  });

  it('never guesses: Nghĩa Đàn’s signer is “not legible”, Phước An’s number and date are blank', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('communes/nghia-dan/'));
    expect(await w.page.locator('dd[data-fact="signer"]').innerText()).toContain('Không đọc được');
    await w.page.goto(f.site.url('communes/phuoc-an/'));
    expect(await w.page.locator('dd[data-fact="number"]').innerText()).toContain('/KH-UBND');
    expect(await w.page.locator('dd[data-fact="number"]').innerText()).toContain('để trống');
    await w.page.goto(f.site.url('en/communes/nhon-trach/'));
    expect(await w.page.locator('h1').innerText()).toContain('Nhơn Trạch ward');
    expect(await w.page.locator('.facts').innerText()).toContain('became a ward (phường) on 30/4/2026');
    await w.context.close();
  });

  it('draws the chain of documents as an inline SVG with an accessible name, and the same chain as a list', async () => {
    for (const [path, name] of [
      ['communes/phuoc-an/', 'Chuỗi văn bản mà kế hoạch của Phước An căn cứ'],
      ['en/communes/phuoc-an/', 'The chain of documents Phước An’s plan builds on'],
    ] as const) {
      const w = await openPage(f.browser, [f.site.origin]);
      await w.page.goto(f.site.url(path));
      const chart = w.page.getByRole('img', { name });
      expect(await chart.count()).toBe(1);
      expect(await chart.evaluate((el) => el.tagName.toLowerCase())).toBe('svg');
      expect(await chart.locator('.dc-node').count()).toBe(9);
      const list = await w.page.locator('.dc-list').innerText();
      for (const n of ['57-NQ/TW', '03/NQ-CP', '71/NQ-CP', '11/NQ-CP', '469-KH/TU', '03-KH/BCĐ', '91/KH-UBND', '92/KH-UBND'])
        expect(list).toContain(n);
      // The mention outside the legal basis cites its line of the plan's text, as a link to it.
      expect(list).toMatch(/(dòng|line) 31/);
      expect(await w.page.locator('.dc-list a[href*="/sources/004-"][href$="#L31"]').count()).toBeGreaterThan(0);
      await w.context.close();
    }
  });

  it('links to its data slice and to indicator pages under a portal sub-path', async () => {
    const w = await openPage(f.browser, [f.based.origin]);
    await w.page.goto(f.based.url('communes/nhon-trach/'));
    expect(await w.page.locator('.download a').getAttribute('href')).toBe(`${BASE_BUILD.base}data/communes/nhon-trach.csv`);
    await w.page.locator('li[data-indicator="5g-coverage"] .t-head a').click();
    expect(new URL(w.page.url()).pathname).toBe(`${BASE_BUILD.base}indicators/5g-coverage/`);
    expect(w.foreignRequests).toEqual([]);
    await w.context.close();
  });

  it('reads with JavaScript off: facts, targets and tasks are in the HTML', async () => {
    const w = await openPage(f.browser, [f.site.origin], { javaScriptEnabled: false });
    await w.page.goto(f.site.url('communes/nghia-dan/'));
    const main = await w.page.locator('main').innerText();
    expect(main).toContain('10/KH-UBND');
    expect(main).toContain('chỉ xã này đặt cho năm 2030');
    expect(await w.page.locator('[data-task]').count()).toBe(25);
    await w.context.close();
  });
});

describe('a commune against the national goals', () => {
  it('sums up Xuân Thành against the national goals, lists 5G below, and marks the 5G target below the 2026 goal (vi)', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('communes/xuan-thanh/'));
    const section = w.page.locator('section[aria-labelledby="refs-h"]');
    const below = section.locator('.ref-below li');
    const counts = {
      below: await below.count(),
      at: await section.locator('.ref-at li').count(),
      above: await section.locator('.ref-above li').count(),
    };
    expect(await section.locator('.ref-sentence').innerText()).toContain(
      `thấp hơn ở ${counts.below} chỉ tiêu, bằng ở ${counts.at}, cao hơn ở ${counts.above}`,
    );
    const fiveG = below.filter({ has: w.page.locator('a', { hasText: 'Tỷ lệ phủ sóng 5G' }) });
    expect(await fiveG.innerText()).toContain('Quốc gia 2026: ≥ 70% dân số');
    // The list links to the target on the same page, which gives its standing against each goal.
    const href = (await fiveG.locator('a').getAttribute('href'))!;
    expect(href).toMatch(/^#t-xuan-thanh-/);
    const target = w.page.locator(href);
    expect(await target.locator('.t-ref').evaluateAll((xs) => xs.map((x) => (x as HTMLElement).dataset.standing))).toEqual([
      'below',
      'horizon',
    ]);
    expect(w.errors).toEqual([]);
    await w.context.close();
  });

  it('says the same in English', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('en/communes/xuan-thanh/'));
    expect(await w.page.locator('section[aria-labelledby="refs-h"] .ref-sentence').innerText()).toMatch(
      /^Against the national goals for the same year: below on \d+ indicators, at them on \d+, above on \d+\.$/,
    );
    expect(await w.page.locator('#refs-h').innerText()).toBe('Against the national goals');
    await w.context.close();
  });
});

describe('the communes index', () => {
  it('lists the four plans with their facts and links to their pages', async () => {
    const w = await openPage(f.browser, [f.site.origin]);
    await w.page.goto(f.site.url('communes/'));
    expect(await w.page.locator('.commune-cards > li').count()).toBe(4);
    const pa = await w.page.locator('li[data-commune="phuoc-an"]').innerText();
    expect(pa).toContain('/KH-UBND');
    expect(pa).toContain('40 chỉ tiêu');
    await w.page.locator('li[data-commune="nghia-dan"] h2 a').click();
    expect(new URL(w.page.url()).pathname).toBe('/communes/nghia-dan/');
    await w.context.close();
  });
});

describe('commune pages are accessible and fit a phone', () => {
  const PAGES = ['communes/', 'communes/xuan-thanh/', 'communes/nghia-dan/', 'communes/phuoc-an/', 'communes/nhon-trach/'];
  it.each(PAGES)('%s: no WCAG 2.2 AA violation in either language, at 360 and 1280 px', async (path) => {
    for (const p of [path, `en/${path}`])
      for (const width of [360, 1280]) {
        const w = await openPage(f.browser, [f.site.origin], { width, height: 800 });
        await w.page.goto(f.site.url(p));
        expect(await axeViolations(w.page), `${p} at ${width}`).toEqual([]);
        const overflow = await w.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${p} at ${width}`).toBeLessThanOrEqual(0);
        expect(w.errors).toEqual([]);
        await w.context.close();
      }
  });

  it('saves screenshots of the index and a commune page at 360 and 1280 px', async () => {
    for (const [name, path] of [
      ['communes-index', 'communes/'],
      ['commune-xuan-thanh', 'communes/xuan-thanh/'],
      ['commune-nghia-dan-en', 'en/communes/nghia-dan/'],
    ] as const)
      for (const width of [360, 1280]) {
        const w = await openPage(f.browser, [f.site.origin], { width, height: 800 });
        await w.page.goto(f.site.url(path));
        expect(await screenshot(w.page, `${name}-${width}`)).toMatch(/\.png$/);
        await w.context.close();
      }
  });

  it.each(PAGES)('%s at 360 px, both languages: nothing scrolls sideways but a document chain’s diagram', async (path) => {
    for (const p of [path, `en/${path}`]) {
      const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 800 });
      await w.page.goto(f.site.url(p));
      // The one scroll region left: the chain's diagram keeps its drawing legible, and its full
      // content is the list beside it (open by default), so nothing is only reachable by scrolling.
      for (const list of await w.page.locator('.dc-list').all())
        expect(await list.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await sidewaysScrollers(w.page, ['.dc-scroll']), p).toEqual([]);
      await w.context.close();
    }
  });

  it('shows who leads what as one card per unit at 360 px, still a table for screen readers (vi and en)', async () => {
    for (const [path, unit, labels] of [
      ['communes/phuoc-an/', 'Phòng Văn hóa – Xã hội', ['Chủ trì chỉ tiêu: ', 'Chủ trì nhiệm vụ: ', 'Phối hợp: ']],
      ['en/communes/phuoc-an/', 'Office of Culture and Social Affairs', ['Leads targets: ', 'Leads tasks: ', 'Supports: ']],
    ] as const) {
      const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 800 });
      await w.page.goto(f.site.url(path));
      const card = w.page.locator('table.who tbody tr').first();
      expect(await card.locator('th').innerText()).toBe(unit);
      const name = (await card.locator('th').boundingBox())!;
      const counts = await card.locator('td').evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect()));
      // The unit's name spans the card; its three counts sit under it, not squeezed beside it.
      expect(name.width).toBeGreaterThan(300);
      for (const c of counts) expect(c.top).toBeGreaterThanOrEqual(name.y + name.height - 1);
      const drawn = await card.locator('td').evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
      expect(drawn).toEqual(labels.map((l) => `"${l}" / ""`));
      const roles = await accessibleRoles(w.page, 'table.who', ['table', 'columnheader', 'rowheader', 'cell']);
      expect(roles.table).toHaveLength(1);
      expect(roles.columnheader).toHaveLength(4);
      expect(roles.rowheader).toContain(unit);
      expect(roles.cell).toHaveLength(3 * roles.rowheader.length);
      await w.context.close();
    }
  });

  it('lets a keyboard user scroll the chart: its scroll region takes focus', async () => {
    const w = await openPage(f.browser, [f.site.origin], { width: 360, height: 800 });
    await w.page.goto(f.site.url('communes/xuan-thanh/'));
    const region = w.page.locator('.dc-scroll');
    await region.focus();
    expect(await region.evaluate((el) => el === document.activeElement && el.scrollWidth > el.clientWidth)).toBe(true);
    for (let i = 0; i < 5; i++) await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft), { timeout: 3000 }).toBeGreaterThan(0);
    await w.context.close();
  });
});
