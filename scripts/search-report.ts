/**
 * Search cost report: serves a built site, runs a few queries in Chromium and prints, per query,
 * the bytes fetched (from the static server's log, grouped: Pagefind runtime, index chunks,
 * fragments, filters; the finder's list and Fuse.js) and the time to the first result.
 *
 *   npx node scripts/search-report.ts            (serves DIST_DIR, default "dist", at BASE_PATH, default "/")
 *   PHONE=1 npx node scripts/search-report.ts    (also: 4× slower CPU and a 1.6 Mbit/s, 150 ms network)
 *   FINDER_ONLY=1 …                              (only the finder section)
 *
 * Bytes are as served; the gzip column is what a server that compresses would send (Pagefind's
 * index chunks and fragments are gzipped by Pagefind itself, so they do not shrink further).
 * "cold" = the first search on a freshly opened page (Pagefind itself is loaded then);
 * "warm" = a later search on the same page (only new index chunks and fragments are fetched).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch } from './lib/browser.ts';
import { serveStatic, type StaticSite } from './lib/static-server.ts';
import { normalizeBase } from '../src/lib/search/records.ts';

const dir = resolve(process.env.DIST_DIR ?? 'dist');
const base = normalizeBase(process.env.BASE_PATH);
const phone = process.env.PHONE === '1';
const finderOnly = process.env.FINDER_ONLY === '1';

const QUERIES: { path: string; q: string }[] = [
  { path: 'search/', q: 'phu song' },
  { path: 'search/', q: 'dinh danh' },
  { path: 'search/', q: 'chu ky so' },
  { path: 'search/', q: 'xuan thanh' },
  { path: 'search/', q: 'sổ sức khỏe' },
  { path: 'en/search/', q: 'digital signature' },
];

type Row = { label: string; ms: number; first: string; groups: Record<string, { n: number; bytes: number; gzip: number }> };

const gzipCache = new Map<string, number>();
async function gzipSize(urlPath: string): Promise<number> {
  const rel = urlPath.slice(base.length) + (urlPath.endsWith('/') ? 'index.html' : '');
  if (!gzipCache.has(rel)) gzipCache.set(rel, gzipSync(await readFile(join(dir, rel))).length);
  return gzipCache.get(rel)!;
}

function group(path: string): string {
  const p = path.slice(base.length);
  if (p.startsWith('pagefind/index/')) return 'pf index chunks';
  if (p.startsWith('pagefind/fragment/')) return 'pf fragments';
  if (p.startsWith('pagefind/filter/')) return 'pf filters';
  if (p.startsWith('pagefind/')) return 'pf runtime (js, wasm, meta)';
  if (p.startsWith('search-index/')) return 'finder list';
  if (/fuse/.test(p)) return 'fuse.js';
  if (p.endsWith('.html') || p.endsWith('/')) return 'page html';
  return 'page assets';
}

async function summarize(site: StaticSite): Promise<Row['groups']> {
  const out: Row['groups'] = {};
  for (const r of site.log.filter((x) => x.status === 200)) {
    const g = (out[group(r.path)] ??= { n: 0, bytes: 0, gzip: 0 });
    g.n++;
    g.bytes += r.bytes;
    g.gzip += await gzipSize(r.path);
  }
  return out;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
  const page = await context.newPage();
  if (phone) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
  }
  return page;
}

/** Runs a query through the page's own form and returns ms to the first rendered result. */
async function timedSearch(page: Page, q: string): Promise<{ ms: number; first: string }> {
  return page.evaluate(async (query) => {
    const list = document.querySelector('[data-results]')!;
    const input = document.querySelector<HTMLInputElement>('#search-q')!;
    const form = input.form!;
    const done = new Promise<number>((res) => {
      const t0 = performance.now();
      const mo = new MutationObserver(() => {
        const li = list.querySelector('li');
        if (li && !list.hasAttribute('aria-busy')) {
          mo.disconnect();
          res(performance.now() - t0);
        }
      });
      mo.observe(list, { childList: true, attributes: true });
      input.value = query;
      form.requestSubmit();
    });
    const ms = await done;
    return { ms, first: list.querySelector('li h3 a')?.textContent ?? '' };
  }, q);
}

/**
 * Types a query into the finder and returns the time the finder's own search took (its
 * "finder-query" performance measure: the cost of one keystroke, without the test driver's typing)
 * and the first suggestion. A query with no suggestion is a result too (it used to time out).
 */
async function timedFinder(page: Page, q: string): Promise<{ ms: number; first: string }> {
  const input = page.locator('#search-finder');
  await input.focus();
  await page.waitForFunction(() => document.querySelector('form[data-finder]')?.hasAttribute('data-loaded'), null, { timeout: 120_000 });
  await page.evaluate(() => performance.clearMeasures('finder-query'));
  await input.fill(q);
  await page.waitForFunction(() => performance.getEntriesByName('finder-query').length > 0, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => Math.max(...performance.getEntriesByName('finder-query').map((e) => e.duration)));
  const first = await page
    .locator('#search-finder-list .finder-title')
    .first()
    .textContent({ timeout: 1000 })
    .catch(() => '(none)');
  return { ms, first: first ?? '' };
}

/** A commune name from the built finder list (the last one: synthetic sites have no "Xuân Thành"). */
async function lastCommune(): Promise<string> {
  try {
    const list = JSON.parse(await readFile(join(dir, 'search-index/communes.json'), 'utf8')) as { communes: [string, string][] };
    return list.communes.at(-1)?.[1] ?? 'xuan thanh';
  } catch {
    return 'xuan thanh';
  }
}

function print(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  const groups = [...new Set(rows.flatMap((r) => Object.keys(r.groups)))].sort();
  const kb = (b: number) => (b / 1024).toFixed(1);
  for (const r of rows) {
    // Pagefind's files only (runtime, index, fragments, filters), or the finder's: the budgets are about these.
    const counted = Object.entries(r.groups).filter(([g]) => !g.startsWith('page '));
    const total = counted.reduce((a, [, g]) => ({ bytes: a.bytes + g.bytes, gzip: a.gzip + g.gzip }), { bytes: 0, gzip: 0 });
    console.log(
      `  ${r.label.padEnd(34)} ${r.ms.toFixed(0).padStart(5)} ms to first result (“${r.first.slice(0, 40)}”)  ` +
        `${kb(total.bytes).padStart(6)} KB fetched, ${kb(total.gzip).padStart(5)} KB gzipped`,
    );
    for (const g of groups) {
      const x = r.groups[g];
      if (x) console.log(`      ${g.padEnd(30)} ${String(x.n).padStart(3)} files ${kb(x.bytes).padStart(7)} KB  (gzip ${kb(x.gzip)} KB)`);
    }
  }
}

/** Sections 1–3: Pagefind, cold, warm and arriving with ?q=. */
async function fullText(browser: Browser, site: StaticSite): Promise<void> {
  // 1. Each query on a fresh page: what a reader pays for their first search.
  const cold: Row[] = [];
  for (const { path, q } of QUERIES) {
    const page = await newPage(browser);
    site.resetLog();
    await page.goto(site.url(path));
    await page.waitForLoadState('networkidle');
    const { ms, first } = await timedSearch(page, q);
    await page.waitForLoadState('networkidle');
    cold.push({ label: `cold  ${path === 'search/' ? 'vi' : 'en'} “${q}”`, ms, first, groups: await summarize(site) });
    await page.context().close();
  }
  print(
    'Full-text search, first query on a fresh page (Pagefind loaded on demand; the page’s own files listed, not in the Pagefind total):',
    cold,
  );

  // 2. Queries one after another on one page, after the reader focused the search box (which
  //    loads Pagefind's runtime): the marginal cost of each search.
  const warm: Row[] = [];
  const page = await newPage(browser);
  await page.goto(site.url('search/'));
  await page.waitForLoadState('networkidle');
  site.resetLog();
  await page.focus('#search-q');
  await page.waitForFunction(() => document.querySelector('[data-search]')?.hasAttribute('data-pagefind-loaded'));
  // Pagefind's worker fetches the wasm and the language meta; page networkidle does not see it.
  while (!site.log.some((r) => r.path.endsWith('.pf_meta')) || !site.log.some((r) => r.path.includes('/wasm.'))) {
    await page.waitForTimeout(50);
  }
  for (const { q } of QUERIES.filter((x) => x.path === 'search/')) {
    site.resetLog();
    const { ms, first } = await timedSearch(page, q);
    await page.waitForLoadState('networkidle');
    warm.push({ label: `warm  vi “${q}”`, ms, first, groups: await summarize(site) });
  }
  await page.context().close();
  print('Full-text search, queries in sequence on one page (runtime already loaded on focus):', warm);

  // 3. Arriving from the header search box: /search/?q=… from navigation start to the first result.
  const arrive: Row[] = [];
  for (const q of ['phu song', 'chu ky so']) {
    const p = await newPage(browser);
    // Note, in the page, the moment the first result is in the DOM.
    await p.addInitScript(() => {
      const w = window as unknown as { __firstResult?: number };
      new MutationObserver((_m, mo) => {
        if (document.querySelector('[data-results] li')) {
          w.__firstResult = performance.now();
          mo.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    site.resetLog();
    await p.goto(site.url(`search/?q=${encodeURIComponent(q)}`));
    await p.waitForSelector('[data-results] li');
    const ms = await p.evaluate(() => (window as unknown as { __firstResult: number }).__firstResult);
    await p.waitForLoadState('networkidle');
    const first = (await p.locator('[data-results] li h3 a').first().textContent()) ?? '';
    arrive.push({ label: `page  /search/?q=${q}`, ms, first, groups: await summarize(site) });
    await p.context().close();
  }
  print('Whole page with ?q= (HTML, scripts, Pagefind, results) from navigation start:', arrive);
}

const site = await serveStatic(dir, base);
const browser = await launch();
try {
  console.log(`Search report for ${dir} at ${base}${phone ? ' — phone profile: CPU ×4, 1.6 Mbit/s, 150 ms RTT' : ''}`);

  if (!finderOnly) await fullText(browser, site);

  // 4. The instant finder: first focus loads its list and Fuse.js; later queries cost nothing.
  const finder: Row[] = [];
  const fp = await newPage(browser);
  await fp.goto(site.url('search/'));
  await fp.waitForLoadState('networkidle');
  for (const q of ['phu song', 'dinh danh', 'xuan thanh', 'ky nang so', await lastCommune(), 'xqzvt wplkj']) {
    site.resetLog();
    const { ms, first } = await timedFinder(fp, q);
    finder.push({ label: `finder “${q}”`, ms, first, groups: await summarize(site) });
  }
  await fp.context().close();
  print('Instant finder (first query loads the lists; ms = the finder’s own search for the whole query, typed at once):', finder);
} finally {
  await browser.close();
  await site.close();
}
