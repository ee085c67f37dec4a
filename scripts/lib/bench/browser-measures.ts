/**
 * Measurements that need a browser (Debian's Chromium through playwright-core) or another tool:
 * the finder's query time, the search report, Lighthouse.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import type { StaticSite } from '../static-server.ts';

/** Runs a command; resolves with its exit code and output (never rejects). */
export function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<{ code: number | null; out: string; err: string; ms: number }> {
  return new Promise((ok) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs) : undefined;
    child.on('error', (e) => (err += String(e)));
    child.on('close', (code) => {
      clearTimeout(timer);
      ok({ code, out, err, ms: performance.now() - t0 });
    });
  });
}

export interface FinderTiming {
  page: string;
  listBytes: number;
  listGz: number;
  /** ms from the input event to the suggestions in the DOM (Fuse search + DOM), per query. */
  queries: { q: string; ms: number | null; ms4x: number | null; hits: number }[];
}

export const FINDER_QUERIES = ['phu song', 'dinh danh', 'chu ky so', 'thanh toan', 'mau 0001', 'nghia dan'];

/** Median of a list of times; null (never answered) counts as slowest. */
export function median(xs: (number | null)[]): number | null {
  const sorted = [...xs].sort((a, b) => (a ?? Infinity) - (b ?? Infinity));
  return sorted.length === 0 ? null : sorted[Math.floor((sorted.length - 1) / 2)]!;
}

async function timesOf(
  once: () => Promise<{ ms: number | null; hits: number }>,
  runs: number,
): Promise<{ ms: number | null; hits: number }> {
  const all: { ms: number | null; hits: number }[] = [];
  for (let i = 0; i < runs; i++) all.push(await once());
  return { ms: median(all.map((r) => r.ms)), hits: all[0]!.hits };
}

/**
 * Times the instant finder (src/components/IndicatorFinder.astro) in Chromium: loads a page with
 * it, focuses the input (which loads the list and Fuse.js), then for each query measures from the
 * input event to the list's DOM update — median of 5 runs at full speed, of 3 with the CPU slowed
 * 4× (a cheap phone). Returns null when no built page carries the finder.
 */
export async function timeFinder(browser: Browser, site: StaticSite, root: string): Promise<FinderTiming | null> {
  for (const path of ['indicators/', 'search/', '', 'matrix/']) {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    const page = await context.newPage();
    try {
      const res = await page.goto(site.url(path));
      if (!res?.ok()) continue;
      const input = page.locator('form[data-finder] input.finder-input').first();
      if ((await input.count()) === 0) continue;
      await input.focus();
      await page.waitForSelector('form[data-finder][data-loaded]', { timeout: 15000 });
      const listUrl = await page.locator('form[data-finder]').first().getAttribute('data-index');
      let listBytes = 0;
      let listGz = 0;
      if (listUrl) {
        const file = join(root, new URL(listUrl, site.url()).pathname.slice(new URL(site.url()).pathname.length));
        if (existsSync(file)) {
          const b = await readFile(file);
          listBytes = b.length;
          listGz = gzipSync(b, { level: 9 }).length;
        }
      }
      const cdp = await context.newCDPSession(page);
      const queries: FinderTiming['queries'] = [];
      for (const q of FINDER_QUERIES) {
        const timeOnce = async (): Promise<{ ms: number | null; hits: number }> =>
          page.evaluate(async (query) => {
            const input = document.querySelector<HTMLInputElement>('form[data-finder] input.finder-input')!;
            const list = document.getElementById(input.dataset.list ?? '')!;
            input.value = '';
            input.dispatchEvent(new Event('input', { bubbles: true }));
            await new Promise((r) => setTimeout(r, 50));
            const ms = await new Promise<number | null>((resolve) => {
              let t0 = 0;
              const mo = new MutationObserver(() => {
                mo.disconnect();
                resolve(performance.now() - t0);
              });
              mo.observe(list, { childList: true, attributes: true, attributeFilter: ['hidden'] });
              setTimeout(() => {
                mo.disconnect();
                resolve(null);
              }, 3000);
              input.value = query;
              t0 = performance.now();
              input.dispatchEvent(new Event('input', { bubbles: true }));
            });
            return { ms, hits: list.querySelectorAll('[role="option"]').length };
          }, q);
        // Warm once (JIT), then the median of several runs: on a shared 2-core machine one run
        // can land on a descheduled moment (a 60 ms outlier next to 3 ms with the CPU slowed 4×).
        await timeOnce();
        const fast = await timesOf(timeOnce, 5);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
        const slow = await timesOf(timeOnce, 3);
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        queries.push({ q, ms: fast.ms, ms4x: slow.ms, hits: fast.hits });
      }
      return { page: path || '/', listBytes, listGz, queries };
    } finally {
      await context.close();
    }
  }
  return null;
}

/** Pagefind bytes of one query: as served (index chunks and fragments come gzipped from Pagefind)
 * and as a gzipping server would send them (the runtime JS and wasm shrink). */
export interface SearchRow {
  label: string;
  pfBytes: number;
  pfGz: number;
  totalBytes: number;
  ms: number;
}

export interface SearchReport {
  ran: boolean;
  text: string;
  /** Per cold query: Pagefind bytes fetched (sum of the "pf …" groups, as served), and total. */
  cold: SearchRow[];
  warm: SearchRow[];
}

/**
 * Reads the figures out of scripts/search-report.ts's output (pure, tested): per query, ms to the
 * first result, all bytes fetched, and the "pf …" (Pagefind) groups summed, as served and gzip.
 */
export function parseSearchReport(out: string): { cold: SearchRow[]; warm: SearchRow[] } {
  const rows: SearchRow[] = [];
  let current: SearchRow | null = null;
  for (const line of out.split('\n')) {
    const head = /^ {2}(\S.*?)\s+(\d+) ms to first result .*?([\d.]+) KB fetched/.exec(line);
    if (head) {
      current = { label: head[1]!.trim(), ms: Number(head[2]), totalBytes: Number(head[3]) * 1024, pfBytes: 0, pfGz: 0 };
      rows.push(current);
      continue;
    }
    const group = /^ {6}(pf [^\d]+?)\s+\d+ files\s+([\d.]+) KB\s+\(gzip ([\d.]+) KB\)/.exec(line);
    if (group && current) {
      current.pfBytes += Number(group[2]) * 1024;
      current.pfGz += Number(group[3]) * 1024;
    }
  }
  return { cold: rows.filter((x) => x.label.startsWith('cold')), warm: rows.filter((x) => x.label.startsWith('warm')) };
}

/** Runs scripts/search-report.ts (another engineer's) on a built site and reads its figures. */
export async function searchReport(cwd: string, dist: string): Promise<SearchReport> {
  const script = join(cwd, 'scripts/search-report.ts');
  if (!existsSync(script)) return { ran: false, text: 'scripts/search-report.ts not present', cold: [], warm: [] };
  const r = await run(process.execPath, [script], { cwd, env: { ...process.env, DIST_DIR: dist }, timeoutMs: 600_000 });
  const text =
    r.code === 0
      ? r.out
      : `search-report.ts exited ${r.code ?? 'on a signal (time limit 600 s)'}: ${r.err.split('\n').find((l) => /Error|exceeded/.test(l)) ?? r.err.split('\n')[0]}`;
  return { ran: r.code === 0, text, ...parseSearchReport(r.out) };
}

export interface LighthouseRow {
  type: string;
  url: string;
  scores: Record<string, number | null> | null;
  /** Weighted audits that did not score 1, worst first ("hreflang 0"). */
  misses: string[];
  error: string;
}

export const LH_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

/** Lighthouse's CLI in the project's node_modules (a devDependency), or null. */
export function lighthouseCli(cwd: string): string | null {
  const cli = join(cwd, 'node_modules/lighthouse/cli/index.js');
  return existsSync(cli) ? cli : null;
}

export interface Lhr {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { score: number | null }>;
  runtimeError?: { message: string };
}

/** Weighted audits below a full score, worst first: what to fix to reach 100. */
export function lighthouseMisses(lhr: Lhr): string[] {
  const seen = new Map<string, number>();
  for (const c of Object.values(lhr.categories))
    for (const ref of c.auditRefs) {
      const score = lhr.audits[ref.id]?.score;
      if (ref.weight > 0 && typeof score === 'number' && score < 1) seen.set(ref.id, score);
    }
  return [...seen].sort((a, b) => a[1] - b[1]).map(([id, score]) => `${id} ${score.toFixed(2).replace(/\.?0+$/, '')}`);
}

/**
 * Lighthouse with its default config: mobile form factor (Moto G-class screen), simulated slow
 * 4G and 4× CPU slowdown, computed offline from one load — the site is served from 127.0.0.1 and
 * nothing needs the internet. Debian's Chromium, headless, --no-sandbox (no user namespaces here).
 * Run with this process's Node (24), not whatever "node" is on PATH.
 */
export async function lighthouse(cli: string, pages: { type: string; url: string }[]): Promise<LighthouseRow[]> {
  const out: LighthouseRow[] = [];
  for (const p of pages) {
    const r = await run(
      process.execPath,
      [
        cli,
        p.url,
        '--form-factor=mobile',
        '--output=json',
        '--output-path=stdout',
        '--quiet',
        `--only-categories=${LH_CATEGORIES.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      ],
      { env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium' }, timeoutMs: 180_000 },
    );
    try {
      const lhr = JSON.parse(r.out) as Lhr;
      const scores = Object.fromEntries(LH_CATEGORIES.map((c) => [c, lhr.categories[c]?.score ?? null]));
      out.push({ type: p.type, url: p.url, scores, misses: lighthouseMisses(lhr), error: lhr.runtimeError?.message ?? '' });
    } catch {
      const why = r.code === null ? 'killed after 180 s' : (r.err || r.out).split('\n').filter(Boolean).slice(-2).join(' ');
      out.push({ type: p.type, url: p.url, scores: null, misses: [], error: why.slice(0, 200) });
    }
  }
  return out;
}
