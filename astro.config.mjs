// @ts-check
import { defineConfig } from 'astro/config';

// The site can live at the root of a host or under a commune portal's sub-path.
// SITE_URL: absolute origin the pages are served from (used for canonical links).
// BASE_PATH: the sub-path, e.g. "/chuyen-doi-so/chi-tieu/" (leading and trailing slash).
// OUT_DIR: where the build writes; scripts/build.ts points it at a temporary folder and
//          swaps it into place only when everything succeeded (no half-written dist/).
const site = process.env.SITE_URL || 'https://example.invalid';
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
  // concurrency 2: while one page is being written to disk the next one renders (at 3,321
  // communes, one page at a time left the CPU idle ~12% of the page stage).
  build: { format: 'directory', inlineStylesheets: 'always', concurrency: 2 },
  i18n: {
    defaultLocale: 'vi',
    locales: ['vi', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
  vite: { server: { hmr: false } },
});
