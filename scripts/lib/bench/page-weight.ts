/**
 * Page weight of a built site, per page type: HTML, CSS and JS bytes gzipped (node:zlib, level 9).
 *
 * JS counts what a page loads on load, found statically: <script src>, inline scripts, <link
 * rel="modulepreload">, and — followed recursively — the static `import … from "…"` / `import "…"`
 * / `export … from "…"` of every module loaded. Dynamic `import()` is NOT followed: it runs on a
 * reader's action (the finder loads Fuse.js on first focus), not on load. CSS counts inline
 * <style> and <link rel="stylesheet">. Content pages must need 0 KB of JS to show their data: the
 * "data in HTML" column counts the tables and SVG charts in the HTML (readable with JS off).
 *
 * For each type the table shows one representative page (the 5G indicator, the first commune)
 * and, across all built pages of that type, the largest HTML (gzip) and which page it is — at
 * 3,321 communes the worst page is what a phone on 3G has to swallow.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { isOwnPage, PAGE_TYPES, type PageType } from '../page-types.ts';

export const gz = (b: Buffer | string): number => gzipSync(b, { level: 9 }).length;

export interface PageWeight {
  type: string;
  /** Page path relative to the site root, e.g. "indicators/5g-coverage/". */
  page: string;
  content: boolean;
  htmlBytes: number;
  htmlGz: number;
  cssGz: number;
  /** CSS that is inline in the HTML (counted in htmlGz too). */
  cssInline: boolean;
  jsGz: number;
  jsFiles: string[];
  /** <table> and chart <svg> elements in the HTML. */
  tables: number;
  svgs: number;
  /** All pages of the type (vi and en). */
  count: number;
  maxHtmlGz: number;
  maxPage: string;
  totalHtmlBytes: number;
  /** The largest page's biggest parts: bytes of HTML under each <h2> (and before the first). */
  parts: { heading: string; bytes: number }[];
  /** Further <h2> parts of that page: how many, and their bytes together. */
  moreParts: { count: number; bytes: number };
}

/** HTML bytes per <h2> part of a page's <main>, largest first: what makes a page big. */
export function partSizes(html: string): { heading: string; bytes: number }[] {
  const start = html.indexOf('<main');
  const end = html.lastIndexOf('</main>');
  const main = start >= 0 && end > start ? html.slice(start, end) : html;
  const pieces = main.split(/(<h2[^>]*>[^]*?<\/h2>)/);
  const out = [{ heading: '(top of page)', bytes: Buffer.byteLength(pieces[0] ?? '') }];
  for (let i = 1; i < pieces.length; i += 2) {
    const heading = pieces[i]!.replace(/<[^>]+>/g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 48);
    out.push({ heading, bytes: Buffer.byteLength(pieces[i]!) + Buffer.byteLength(pieces[i + 1] ?? '') });
  }
  return out.sort((a, b) => b.bytes - a.bytes);
}

/** Every page of a built site (a folder holding index.html), relative to root ("", "en/", "communes/x/"), sorted. */
async function allPages(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name === 'index.html')
    .map((e) => {
      const dir = relative(root, e.parentPath).split(sep).join('/');
      return dir === '' ? '' : `${dir}/`;
    })
    .sort();
}

const IMPORT_RE =
  /(?:^|[^\w$.])(?:import\s*(?:[\w$*{}\s,]+?\s*from\s*)?|export\s*(?:\*(?:\s*as\s+[\w$]+)?|\{[^}]*\})\s*from\s*)["']([^"']+)["']/g;

/** Static module specifiers of a script (not dynamic import()). */
export function staticImports(code: string): string[] {
  return [...code.matchAll(IMPORT_RE)].map((m) => m[1]!);
}

/** URL path ("/_astro/x.js", "./x.js" from a page or module) → file in the built site, or null. */
function resolveFile(root: string, base: string, fromUrl: string, spec: string): { url: string; file: string } | null {
  if (/^[a-z]+:/i.test(spec) || spec.startsWith('//')) return null; // another origin: not ours to count
  const url = spec.startsWith('/')
    ? spec
    : posix.normalize(posix.join(posix.dirname(fromUrl.endsWith('/') ? `${fromUrl}x` : fromUrl), spec));
  const path = url.split(/[?#]/)[0]!;
  if (!path.startsWith(base)) return null;
  return { url: path, file: join(root, path.slice(base.length)) };
}

/** gzip bytes of every JS file a page loads on load (static closure), and their URLs. */
async function jsOnLoad(root: string, base: string, pageUrl: string, html: string): Promise<{ gz: number; files: string[] }> {
  const { document } = parseHTML(html);
  const seen = new Set<string>();
  let total = 0;
  const queue: { from: string; spec: string }[] = [];
  for (const s of document.querySelectorAll('script')) {
    const type = s.getAttribute('type') ?? '';
    if (type !== '' && type !== 'module' && !/javascript/.test(type)) continue; // JSON, templates
    const src = s.getAttribute('src');
    if (src) queue.push({ from: pageUrl, spec: src });
    else {
      const code = s.textContent ?? '';
      total += gz(code);
      for (const spec of staticImports(code)) queue.push({ from: pageUrl, spec });
    }
  }
  for (const l of document.querySelectorAll('link[rel=modulepreload]')) queue.push({ from: pageUrl, spec: l.getAttribute('href') ?? '' });
  while (queue.length > 0) {
    const { from, spec } = queue.shift()!;
    const r = resolveFile(root, base, from, spec);
    if (!r || seen.has(r.url)) continue;
    seen.add(r.url);
    let code: Buffer;
    try {
      code = await readFile(r.file);
    } catch {
      continue; // a broken reference is the link checker's business
    }
    total += gz(code);
    for (const s of staticImports(code.toString('utf8'))) queue.push({ from: r.url, spec: s });
  }
  return { gz: total, files: [...seen] };
}

async function cssOf(root: string, base: string, pageUrl: string, html: string): Promise<{ gz: number; inline: boolean }> {
  const { document } = parseHTML(html);
  const inline = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('');
  let total = inline === '' ? 0 : gz(inline);
  for (const l of document.querySelectorAll('link[rel=stylesheet]')) {
    const r = resolveFile(root, base, pageUrl, l.getAttribute('href') ?? '');
    if (r && existsSync(r.file)) total += gz(await readFile(r.file));
  }
  return { gz: total, inline: inline !== '' };
}

/** Page weights of one page per type in the built site at `root`, served under `base` ("/"). */
export async function pageWeights(
  root: string,
  base = '/',
  types: readonly PageType[] = PAGE_TYPES.filter((t) => t.html),
): Promise<PageWeight[]> {
  const out: PageWeight[] = [];
  const every = await allPages(root);
  for (const t of types) {
    // The type's own pages in both languages, as the table of page types tells them (not its other scopes).
    const pages = every.filter((p) => isOwnPage(p, t));
    if (pages.length === 0) continue;
    const vi = pages.filter((p) => !p.startsWith('en/'));
    const page = t.example !== null && vi.includes(t.example) ? t.example : (vi[0] ?? pages[0]!);
    const html = await readFile(join(root, page, 'index.html'), 'utf8');
    const pageUrl = `${base}${page}`;
    const { document } = parseHTML(html);
    const js = await jsOnLoad(root, base, pageUrl, html);
    const css = await cssOf(root, base, pageUrl, html);
    let maxHtmlGz = 0;
    let maxPage = page;
    let totalHtmlBytes = 0;
    for (const p of pages) {
      const file = join(root, p, 'index.html');
      const size = (await stat(file)).size;
      totalHtmlBytes += size;
      // gzip only pages that could be the largest: gzip is ≤ raw size.
      if (size <= maxHtmlGz) continue;
      const g = gz(await readFile(file));
      if (g > maxHtmlGz) {
        maxHtmlGz = g;
        maxPage = p;
      }
    }
    const largest = await readFile(join(root, maxPage, 'index.html'), 'utf8');
    out.push({
      type: t.label,
      page,
      content: t.content,
      htmlBytes: Buffer.byteLength(html),
      htmlGz: gz(html),
      cssGz: css.gz,
      cssInline: css.inline,
      jsGz: js.gz,
      jsFiles: js.files,
      tables: document.querySelectorAll('main table').length,
      svgs: document.querySelectorAll('main svg[role=img], main svg[aria-labelledby], main svg[aria-label], main figure svg').length,
      count: pages.length,
      maxHtmlGz,
      maxPage,
      totalHtmlBytes,
      ...(() => {
        const all = partSizes(largest);
        return {
          parts: all.slice(0, 3),
          moreParts: { count: all.length - 3 > 0 ? all.length - 3 : 0, bytes: all.slice(3).reduce((a, p) => a + p.bytes, 0) },
        };
      })(),
    });
  }
  return out;
}

const kb = (n: number) => (n / 1024).toFixed(1);

/** The page-weight table as text lines. */
export function formatPageWeights(rows: PageWeight[]): string[] {
  const lines = [
    'KB, gzip level 9. JS = every script loaded on load (script src, inline, modulepreload, static imports, followed).',
    'CSS gz includes inline <style> (also inside HTML gz). Data in HTML = <table>s / chart <svg>s in <main> (readable with JS off).',
    `${'page type'.padEnd(19)} ${'HTML'.padStart(8)} ${'HTML gz'.padStart(8)} ${'CSS gz'.padStart(7)} ${'JS gz'.padStart(7)}  ${'data in HTML'.padEnd(14)} ${'pages'.padStart(6)} ${'max HTML gz'.padStart(11)}  largest page`,
  ];
  for (const r of rows) {
    const flag = r.content && r.jsGz > 0 && r.tables + r.svgs === 0 ? '  ← content page with JS and no table/SVG' : '';
    lines.push(
      `${r.type.padEnd(19)} ${kb(r.htmlBytes).padStart(8)} ${kb(r.htmlGz).padStart(8)} ${kb(r.cssGz).padStart(7)} ${kb(r.jsGz).padStart(7)}  ` +
        `${`${r.tables} tbl ${r.svgs} svg`.padEnd(14)} ${String(r.count).padStart(6)} ${kb(r.maxHtmlGz).padStart(11)}  /${r.maxPage}${flag}`,
    );
  }
  lines.push('What fills the largest page of each type (raw HTML bytes under each <h2> of <main>, top 3):');
  for (const r of rows) {
    const more = r.moreParts.count > 0 ? ` · and ${r.moreParts.count} more parts, ${kb(r.moreParts.bytes)} KB` : '';
    lines.push(`  ${r.type.padEnd(19)} ${r.parts.map((p) => `${kb(p.bytes)} KB “${p.heading}”`).join(' · ')}${more}`);
  }
  return lines;
}
