import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, openPage, screenshot } from '../../scripts/lib/browser.ts';
import { axeViolations } from '../support/axe.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { BASE_BUILD, requireBuild } from '../../scripts/lib/built-site.ts';

// The site is served under a portal sub-path on one port; a portal page on another port
// (another origin) embeds it with the documented snippet.
let browser: Browser;
let site: StaticSite;
let host: Server;
let hostOrigin: string;

function hostPage(embedSrc: string, script: 'plain' | 'none' | 'shadow'): string {
  const tag = {
    plain: `<script src="${site.url('embed.js')}" defer></script>`,
    none: '',
    // A script inside a shadow root has no document.currentScript: embed.js cannot tell its origin.
    shadow: `<div id="h"></div><script>const s = document.createElement('script'); s.src = ${JSON.stringify(site.url('embed.js'))}; document.getElementById('h').attachShadow({ mode: 'open' }).append(s);</script>`,
  }[script];
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng thông tin xã</title></head><body>
<h1>Cổng thông tin điện tử xã</h1>
<iframe id="f" src="${embedSrc}" title="Chỉ tiêu" width="100%" height="300" style="border:0"></iframe>
${tag}
<p>Chân trang</p></body></html>`;
}

/** A page of the portal's own origin, framed like an embed, that asks its parent for a height it should not get. */
const FORGED = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head><body><script>
setInterval(() => parent.postMessage({ type: 'chi-tieu-xa:height', height: 1234 }, '*'), 50);
</script></body></html>`;

beforeAll(async () => {
  requireBuild(BASE_BUILD.dir);
  browser = await launch();
  site = await serveStatic(BASE_BUILD.dir, BASE_BUILD.base);
  host = createServer((req, res) => {
    const u = new URL(req.url ?? '/', 'http://x');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    if (u.pathname === '/forged') return void res.end(FORGED);
    const script = u.searchParams.get('script');
    res.end(hostPage(u.searchParams.get('src') ?? '', script === '0' ? 'none' : script === 'shadow' ? 'shadow' : 'plain'));
  });
  await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  const a = host.address();
  hostOrigin = `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`;
});
afterAll(async () => {
  await browser?.close();
  await site?.close();
  await new Promise((ok) => host?.close(ok));
});

describe('embeds on a portal of another origin', () => {
  it('shows the commune’s 5G target and fits the iframe to its content within 10 px', async () => {
    const w = await openPage(browser, [site.origin, hostOrigin], { width: 800, height: 900 });
    const src = site.url('embed/communes/nhon-trach/');
    await w.page.goto(`${hostOrigin}/?src=${encodeURIComponent(src)}`);
    const frame = w.page.frameLocator('#f');
    await expect.poll(async () => frame.locator('tr[data-indicator="5g-coverage"]').innerText()).toContain('≥ 60%');
    const content = await frame.locator('html').evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
    await expect.poll(async () => w.page.locator('#f').evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(300);
    const height = await w.page.locator('#f').evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(height - content)).toBeLessThanOrEqual(10);
    await screenshot(w.page, 'embed-host-800');
    expect(w.foreignRequests).toEqual([]);
    expect(await w.context.cookies()).toEqual([]);
    await w.context.close();
  });

  it('still works at its fixed height without the resize script', async () => {
    const w = await openPage(browser, [site.origin, hostOrigin], { width: 360, height: 740 });
    await w.page.goto(`${hostOrigin}/?script=0&src=${encodeURIComponent(site.url('en/embed/indicators/vneid-account/'))}`);
    const frame = w.page.frameLocator('#f');
    await expect.poll(async () => frame.locator('h1').innerText()).toContain('VNeID');
    expect(await w.page.locator('#f').evaluate((el) => el.getBoundingClientRect().height)).toBe(300);
    await screenshot(w.page, 'embed-host-noscript-360');
    await w.context.close();
  });

  it.each(['plain', 'shadow'])('ignores a height asked by a frame of another origin (embed.js %s)', async (mode) => {
    const w = await openPage(browser, [site.origin, hostOrigin], { width: 800, height: 900 });
    await w.page.goto(`${hostOrigin}/?script=${mode}&src=${encodeURIComponent(`${hostOrigin}/forged`)}`);
    await w.page.waitForLoadState('networkidle');
    await w.page.waitForTimeout(400); // the forged frame has asked several times by now
    expect(await w.page.locator('#f').evaluate((el) => el.getBoundingClientRect().height)).toBe(300);
    await w.context.close();
  });

  it('links to the full page under the base, in a new tab', async () => {
    const w = await openPage(browser, [site.origin]);
    await w.page.goto(site.url('embed/indicators/5g-coverage/'));
    const link = w.page.locator('.embed-more a');
    expect(await link.getAttribute('href')).toBe(`${BASE_BUILD.base}indicators/5g-coverage/`);
    expect(await link.getAttribute('target')).toBe('_blank');
    await w.context.close();
  });

  it('has no WCAG 2.2 AA violations on embed pages', async () => {
    for (const path of ['embed/communes/xuan-thanh/', 'en/embed/indicators/5g-coverage/']) {
      const w = await openPage(browser, [site.origin]);
      await w.page.goto(site.url(path));
      expect(await axeViolations(w.page)).toEqual([]);
      await w.context.close();
    }
  });
});
