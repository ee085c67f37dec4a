/**
 * Page weight per page type: HTML, CSS and JS bytes, raw and gzip (level 9), of one page of
 * each type in a built site (default dist/). JS is split into what a page loads on its own
 * (module scripts and inline scripts) — content pages must need 0 KB of JS to show their data:
 * their tables and SVG charts are in the HTML.
 * Usage: npm run weight [-- <dist-dir>]
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';

const dist = process.argv[2] ?? 'dist';
const PAGES: [string, string][] = [
  ['home', 'index.html'],
  ['matrix', 'matrix/index.html'],
  ['indicators (index)', 'indicators/index.html'],
  ['indicator', 'indicators/vneid-account/index.html'],
  ['communes (index)', 'communes/index.html'],
  ['commune', 'communes/nhon-trach/index.html'],
  ['compare', 'compare/index.html'],
  ['methodology', 'methodology/index.html'],
  ['data quality', 'data-quality/index.html'],
  ['downloads', 'downloads/index.html'],
  ['search', 'search/index.html'],
  ['embed (commune)', 'embed/communes/nhon-trach/index.html'],
  ['embed (indicator)', 'embed/indicators/5g-coverage/index.html'],
];

const gz = (b: Buffer | string) => gzipSync(b, { level: 9 }).length;
const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);

console.log(`page weight of ${dist} (KB; gzip level 9)`);
console.log('CSS is inlined into each page: "CSS gz" is part of "HTML gz". JS gz is every script the page loads.');
console.log('Data readable with JS off is tested for every page type in tests/browser/pages.test.ts.');
console.log(`${'page type'.padEnd(20)} ${'HTML'.padStart(7)} ${'HTML gz'.padStart(7)} ${'CSS gz'.padStart(7)} ${'JS gz'.padStart(7)}`);
for (const [name, file] of PAGES) {
  let html: string;
  try {
    html = await readFile(join(dist, file), 'utf8');
  } catch {
    console.log(`${name.padEnd(20)} (not built)`);
    continue;
  }
  const { document } = parseHTML(html);
  const inlineCss = [...document.querySelectorAll('style')].map((s) => s.textContent ?? '').join('');
  let css = gz(inlineCss);
  for (const l of document.querySelectorAll('link[rel=stylesheet]'))
    css += gz(await readFile(join(dist, (l.getAttribute('href') ?? '').replace(/^\/[^]*?(?=_astro|[a-z])/, ''))));
  let js = 0;
  for (const s of document.querySelectorAll('script')) {
    if ((s.getAttribute('type') ?? '') === 'application/json') continue;
    const src = s.getAttribute('src');
    if (src) {
      const path = src.slice(src.indexOf('_astro') >= 0 ? src.indexOf('_astro') : 1);
      js += gz(await readFile(join(dist, path)));
    } else js += gz(s.textContent ?? '');
  }
  console.log(`${name.padEnd(20)} ${kb(Buffer.byteLength(html))} ${kb(gz(html))} ${kb(css)} ${kb(js)}`);
}
