/**
 * Side-by-side with Observable Framework: the same 5G comparison chart (a Plot dot chart of the
 * 5G targets by commune) from the same CSV the site publishes (dist/data/targets.csv), built by
 * @observablehq/framework in a temporary project under /tmp (npm install there — never in the
 * repository), then both pages loaded in Chromium to count what they ship.
 *
 * Framework's implicit `Plot` and `FileAttachment(…).csv()` pull packages from cdn.jsdelivr.net
 * at build time; this machine reaches the npm registry but not jsDelivr, so the page imports
 * @observablehq/plot and d3-dsv as node packages (Framework bundles them from node_modules —
 * its documented "node imports"), which ships the same Plot and d3 code as the CDN would.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../static-server.ts';
import { run } from './browser-measures.ts';

export interface Shipped {
  url: string;
  /** gzip (level 9) bytes by resource type, and file counts. */
  js: number;
  /** JS bytes as they are on disk (uncompressed). */
  jsRaw: number;
  jsFiles: number;
  /** Inline <script> elements (counted in js and jsRaw). */
  jsInline: number;
  css: number;
  html: number;
  data: number;
  /** ms from navigation start until the chart's SVG is in the page (CHART_SELECTOR). */
  chartMs: number | null;
}

/** Our chart (SVG rendered at build time) and Plot's, rendered in the browser. */
export const CHART_SELECTOR = 'svg.target-chart, svg[class^="plot-"]';

/**
 * Loads a page and sums the JS it runs until the network is idle: script files fetched (gzip -9
 * per response, and raw) plus inline <script>s, which travel inside the HTML but are JS all the
 * same (Framework's page code is inline, and so are Astro's small islands). Requests that fail
 * (Framework's default theme asks Google Fonts; this machine is offline) are not counted.
 * chartMs: from navigation start to the chart being in the DOM, noted by the page itself.
 */
export async function shipped(browser: Browser, url: string): Promise<Shipped> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.addInitScript((selector) => {
    const w = window as unknown as { __chartAt?: number };
    new MutationObserver((_m, mo) => {
      if (document.querySelector(selector)) {
        w.__chartAt = performance.now();
        mo.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, CHART_SELECTOR);
  const seen: Promise<{ type: string; gz: number; raw: number }>[] = [];
  page.on('response', (res) => {
    if (res.status() !== 200) return;
    seen.push(
      res
        .body()
        .then((b) => ({ type: res.request().resourceType(), gz: gzipSync(b, { level: 9 }).length, raw: b.length }))
        .catch(() => ({ type: 'other', gz: 0, raw: 0 })),
    );
  });
  await page.goto(url);
  let chartMs: number | null = null;
  try {
    await page.waitForSelector(CHART_SELECTOR, { timeout: 20000 });
    chartMs = await page.evaluate(() => (window as unknown as { __chartAt?: number }).__chartAt ?? null);
  } catch {
    chartMs = null;
  }
  await page.waitForLoadState('networkidle');
  const inline = await page.evaluate(() =>
    [...document.scripts].filter((x) => !x.src && /^(|module|text\/javascript)$/.test(x.type)).map((x) => x.text),
  );
  const rows = await Promise.all(seen);
  await context.close();
  const sum = (types: string[]) => rows.filter((r) => types.includes(r.type)).reduce((a, r) => a + r.gz, 0);
  const scripts = rows.filter((r) => r.type === 'script');
  return {
    url,
    js: sum(['script']) + inline.reduce((a, code) => a + gzipSync(code, { level: 9 }).length, 0),
    jsRaw: scripts.reduce((a, r) => a + r.raw, 0) + inline.reduce((a, code) => a + Buffer.byteLength(code), 0),
    jsFiles: scripts.length,
    jsInline: inline.length,
    css: sum(['stylesheet']),
    html: sum(['document']),
    data: sum(['fetch', 'xhr']),
    chartMs: chartMs === null ? null : Math.round(chartMs),
  };
}

const PAGE = `# Tỷ lệ phủ sóng 5G — 5G coverage targets by commune

\`\`\`js
import * as Plot from "@observablehq/plot";
import {csvParse, autoType} from "d3-dsv";
const targets = csvParse((await FileAttachment("targets.csv").text()).replace(/^\\uFEFF/, ""), autoType)
  .filter((d) => d.indicator_id === "5g-coverage");
\`\`\`

\`\`\`js
display(Plot.plot({
  marginLeft: 120,
  x: {domain: [0, 100], label: "Chỉ tiêu (%)", grid: true},
  y: {label: null},
  marks: [Plot.dot(targets, {x: "value", y: "commune_id", r: 5, fill: "currentColor", tip: true})]
}));
\`\`\`
`;

export interface FrameworkResult {
  ok: boolean;
  dir: string;
  version: string;
  installMs: number;
  /** Wall time of `observable build`, cold (its cache and dist removed first). */
  buildMs: number;
  csvRows: number;
  /** Why there is no figure (install or build failed), in a line or two. */
  error: string;
  framework: Shipped | null;
}

/** The informative lines of npm's or a CLI's error output, in one line ("npm error code E404 | …"). */
export function whyFailed(text: string, n = 2): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !/^npm (warn|error)\s*$/.test(l) && !/^npm warn/.test(l))
    .filter((l) => !/complete log of this run|behind a proxy|npm help config|^npm error (syscall|errno) /.test(l));
  return lines.slice(0, n).join(' | ');
}

/** Installs (once per dir) and builds the Framework project; returns timings. */
export async function buildFramework(dir: string, csvFile: string): Promise<Omit<FrameworkResult, 'framework'>> {
  await mkdir(join(dir, 'src'), { recursive: true });
  const fail = (part: Partial<FrameworkResult>) => ({
    ok: false,
    dir,
    version: '',
    installMs: 0,
    buildMs: 0,
    csvRows: 0,
    error: '',
    ...part,
  });
  let installMs = 0;
  const pkg = join(dir, 'node_modules/@observablehq/framework/package.json');
  if (!existsSync(pkg)) {
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'bench-framework', private: true, type: 'module' }, null, 2));
    const r = await run('npm', ['install', '--no-audit', '--no-fund', '@observablehq/framework', '@observablehq/plot', 'd3-dsv'], {
      cwd: dir,
      timeoutMs: 600_000,
    });
    installMs = r.ms;
    if (r.code !== 0 || !existsSync(pkg))
      return fail({
        installMs,
        error: `npm install @observablehq/framework failed (exit ${r.code ?? 'killed after 600 s'}): ${whyFailed(r.err || r.out)}`,
      });
  }
  const meta = JSON.parse(await readFile(pkg, 'utf8')) as { version: string; bin: Record<string, string> };
  const cli = join(dir, 'node_modules/@observablehq/framework', meta.bin.observable ?? 'dist/bin/observable.js');
  await writeFile(
    join(dir, 'observablehq.config.js'),
    'export default { root: "src", title: "5G (bench)", pager: false, sidebar: false, search: false, footer: "" };\n',
  );
  await writeFile(join(dir, 'src/index.md'), PAGE);
  await copyFile(csvFile, join(dir, 'src/targets.csv'));
  const csvRows = (await readFile(csvFile, 'utf8')).split('\n').filter((l) => l.includes(',5g-coverage,')).length;
  // Cold build, like ours: no cache of earlier runs.
  await rm(join(dir, 'src/.observablehq'), { recursive: true, force: true });
  await rm(join(dir, 'dist'), { recursive: true, force: true });
  const r = await run(process.execPath, [cli, 'build'], { cwd: dir, timeoutMs: 600_000 });
  if (r.code !== 0)
    return fail({
      version: meta.version,
      installMs,
      buildMs: r.ms,
      csvRows,
      error: `observable build failed (exit ${r.code ?? 'killed after 600 s'}): ${whyFailed(r.err || r.out)}`,
    });
  return { ok: true, dir, version: meta.version, installMs, buildMs: r.ms, csvRows, error: '' };
}

export async function compareFramework(browser: Browser, dir: string, csvFile: string): Promise<FrameworkResult> {
  const built = await buildFramework(dir, csvFile);
  if (!built.ok) return { ...built, framework: null };
  const site = await serveStatic(join(dir, 'dist'), '/');
  try {
    return { ...built, framework: await shipped(browser, site.url('')) };
  } finally {
    await site.close();
  }
}
