/**
 * Side-by-side with Observable Framework: the same 5G comparison chart (a Plot dot chart of the
 * 5G targets by commune) from the same CSV, built by @observablehq/framework in a temporary
 * project (npm install there — never in the repository), then both pages loaded in Chromium to
 * count what they ship.
 *
 * Framework's implicit `Plot` and `FileAttachment(…).csv()` pull packages from cdn.jsdelivr.net
 * at build time; this machine reaches the npm registry but not jsDelivr, so the page imports
 * @observablehq/plot and d3-dsv as node packages (Framework bundles them from node_modules —
 * its documented "node imports"). The JS shipped is the same Plot + d3 either way.
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { serveStatic } from '../../../tests/support/static-server.ts';
import { run } from './browser-measures.ts';

export interface Shipped {
  url: string;
  /** gzip (level 9) bytes by resource type, and file counts. */
  js: number;
  jsFiles: number;
  css: number;
  html: number;
  data: number;
  /** ms from navigation start until Plot's SVG (class "plot-…") is in the page. */
  chartMs: number | null;
}

/** Loads a page and sums what it fetches until the network is idle, gzipped per response. */
export async function shipped(browser: Browser, url: string): Promise<Shipped> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const seen: Promise<{ type: string; gz: number }>[] = [];
  page.on('response', (res) => {
    if (res.status() !== 200) return;
    seen.push(
      res
        .body()
        .then((b) => ({ type: res.request().resourceType(), gz: gzipSync(b, { level: 9 }).length }))
        .catch(() => ({ type: 'other', gz: 0 })),
    );
  });
  const t0 = Date.now();
  await page.goto(url);
  let chartMs: number | null = null;
  try {
    await page.waitForSelector('svg[class^="plot-"]', { timeout: 20000 });
    chartMs = Date.now() - t0;
  } catch {
    chartMs = null;
  }
  await page.waitForLoadState('networkidle');
  const rows = await Promise.all(seen);
  await context.close();
  const sum = (types: string[]) => rows.filter((r) => types.includes(r.type)).reduce((a, r) => a + r.gz, 0);
  return {
    url,
    js: sum(['script']),
    jsFiles: rows.filter((r) => r.type === 'script').length,
    css: sum(['stylesheet']),
    html: sum(['document']),
    data: sum(['fetch', 'xhr']),
    chartMs,
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
  buildMs: number;
  csvRows: number;
  error: string;
  framework: Shipped | null;
}

/** Installs (once per dir) and builds the Framework project; returns timings. */
export async function buildFramework(dir: string, csvFile: string): Promise<Omit<FrameworkResult, 'framework'>> {
  await mkdir(join(dir, 'src'), { recursive: true });
  let installMs = 0;
  if (!existsSync(join(dir, 'node_modules/@observablehq/framework'))) {
    await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'bench-framework', private: true, type: 'module' }, null, 2));
    const r = await run('npm', ['install', '--no-audit', '--no-fund', '@observablehq/framework', '@observablehq/plot', 'd3-dsv'], {
      cwd: dir,
      timeoutMs: 600_000,
    });
    installMs = r.ms;
    if (r.code !== 0)
      return {
        ok: false,
        dir,
        version: '',
        installMs,
        buildMs: 0,
        csvRows: 0,
        error: `npm install failed: ${r.err.split('\n').slice(-5).join(' ')}`,
      };
  }
  const version = (
    JSON.parse(await readFile(join(dir, 'node_modules/@observablehq/framework/package.json'), 'utf8')) as { version: string }
  ).version;
  await writeFile(
    join(dir, 'observablehq.config.js'),
    'export default { root: "src", title: "5G (bench)", pager: false, sidebar: false, search: false, footer: "" };\n',
  );
  await writeFile(join(dir, 'src/index.md'), PAGE);
  await copyFile(csvFile, join(dir, 'src/targets.csv'));
  const csvRows = (await readFile(csvFile, 'utf8')).split('\n').filter((l) => l.includes(',5g-coverage,')).length;
  const r = await run(join(dir, 'node_modules/.bin/observable'), ['build'], { cwd: dir, timeoutMs: 600_000 });
  if (r.code !== 0)
    return {
      ok: false,
      dir,
      version,
      installMs,
      buildMs: r.ms,
      csvRows,
      error: `observable build failed: ${r.err.split('\n').slice(-5).join(' ')}`,
    };
  return { ok: true, dir, version, installMs, buildMs: r.ms, csvRows, error: '' };
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
