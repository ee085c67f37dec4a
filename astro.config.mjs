// @ts-check
import { defineConfig } from 'astro/config';

// The site can live at the root of a host or under a commune portal's sub-path.
// SITE_URL: absolute origin the pages are served from (used for canonical links).
// BASE_PATH: the sub-path, e.g. "/chuyen-doi-so/chi-tieu/" (leading and trailing slash).
// OUT_DIR: where the build writes; scripts/build.ts points it at a temporary folder and
//          swaps it into place only when everything succeeded (no half-written dist/).
// Without SITE_URL the build knows no host: citations and embed snippets then give root-relative
// paths and the pages carry no canonical or hreflang links (a made-up host would lead nowhere).
const site = process.env.SITE_URL || undefined;
const base = normalizeBase(process.env.BASE_PATH || '/');

/** @param {string} b */
function normalizeBase(b) {
  const trimmed = b.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export default defineConfig({
  site,
  base,
  outDir: process.env.OUT_DIR || './dist',
  trailingSlash: 'always',
  // concurrency 4: while some pages wait (for their file to be written, or for their chart from
  // the chart thread, src/lib/chart/chart-drawer.ts) others render. At 3,321 communes, with 2 the
  // main thread still sat idle 10–25 % of the indicator pages' stretch, waiting for charts; pages
  // stage 89.8 and 106 s with 2, 85.4 and 84.1 s with 4, 86.9 s with 8, alternated, same memory.
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 4 },
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
  vite: { server: { hmr: false } },
});
