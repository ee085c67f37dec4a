import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/**
 * The two builds scripts/test-browser.ts makes: at the root, and under a portal sub-path.
 * TEST_DIST moves them (e.g. TEST_DIST=dist-mine → dist-mine/ and dist-mine-base/), so that
 * several people can run the browser tests on one machine without clobbering each other.
 */
const dist = process.env.TEST_DIST ?? 'dist';
export const ROOT_BUILD = { dir: dist, base: '/' };
export const BASE_BUILD = { dir: `${dist}-base`, base: '/cong-thong-tin/chi-tieu-57/' };
/** Built from data whose texts carry markup (see scripts/test-browser.ts). */
export const HOSTILE_BUILD = { dir: `${dist}-hostile`, base: '/' };
/**
 * Built from SYNTHETIC data for 14 communes (more than a table shows): the province-scoped pages.
 * 13 of them in the first province (Đồng Nai), so that one province has more communes than a
 * table shows too (its matrix in two pages, its indicator pages' distribution chart); one elsewhere.
 */
export const SCALED_BUILD = { dir: `${dist}-scaled`, base: '/', communes: 14, firstProvince: 13 };
/**
 * Built from the real data plus one SYNTHETIC commune in Đồng Nai (withSynthetic): every count of
 * the data changes, so a sentence of the real build that states one and reads the same here is
 * stale (tests/site/stale-counts.test.ts).
 */
export const PLUS_ONE_BUILD = { dir: `${dist}-plus-one`, base: '/', added: { n: 1, seed: 57, firstProvince: 1 } };
export const HOSTILE_TEXT = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">';

export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`${dir}/index.html is missing: run "npm run test:browser" (it builds the site first).`);
  }
}

/** Every .html file of a built site, as paths relative to it with "/" separators. */
export async function htmlFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (e.name.endsWith('.html')) out.push(relative(dir, full).split(sep).join('/'));
    }
  }
  await walk(dir);
  return out.sort();
}
