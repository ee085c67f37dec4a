import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { htmlFiles } from '../../scripts/lib/built-site.ts';

export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/**
 * Checks every internal link (a[href], link[href], script[src], img[src], iframe[src],
 * form[action]) of a built site mounted under `base`: each must resolve to a file of the
 * build, and must stay under the base. Fragment targets (#id) are checked on the target page.
 * External absolute URLs are reported as broken too: the site must not depend on other hosts.
 * The one exception is a link a reader follows on purpose, `<a rel="external">` (a reference's
 * source page): it loads nothing, so it is listed in `external` for the caller to check instead.
 */
export async function checkLinks(
  dir: string,
  base: string,
): Promise<{ checked: number; broken: BrokenLink[]; external: { page: string; href: string }[] }> {
  const origin = 'http://site.test';
  const pages = await htmlFiles(dir);
  const idsCache = new Map<string, Set<string>>();
  const broken: BrokenLink[] = [];
  const external: { page: string; href: string }[] = [];
  let checked = 0;

  async function ids(file: string): Promise<Set<string>> {
    let s = idsCache.get(file);
    if (!s) {
      const { document } = parseHTML(await readFile(join(dir, file), 'utf8'));
      s = new Set([...document.querySelectorAll('[id]')].map((e) => e.getAttribute('id') ?? ''));
      idsCache.set(file, s);
    }
    return s;
  }

  for (const page of pages) {
    const pageUrl = new URL(base + page.replace(/index\.html$/, ''), origin);
    const { document } = parseHTML(await readFile(join(dir, page), 'utf8'));
    for (const a of document.querySelectorAll('a[href][rel~="external"]')) external.push({ page, href: a.getAttribute('href') ?? '' });
    const refs = [
      ...[...document.querySelectorAll('a[href]:not([rel~="external"]), link[href]')].map((e) => e.getAttribute('href') ?? ''),
      ...[...document.querySelectorAll('script[src], img[src], iframe[src]')].map((e) => e.getAttribute('src') ?? ''),
      ...[...document.querySelectorAll('form[action]')].map((e) => e.getAttribute('action') ?? ''),
    ];
    for (const href of refs) {
      if (href === '' || href.startsWith('mailto:') || href.startsWith('data:')) continue;
      checked++;
      const url = new URL(href, pageUrl);
      if (url.origin !== origin) {
        broken.push({ page, href, reason: 'points to another host' });
        continue;
      }
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, reason: `outside the base ${base}` });
        continue;
      }
      let rel = decodeURIComponent(url.pathname.slice(base.length));
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      try {
        const s = await stat(join(dir, rel));
        if (s.isDirectory()) throw new Error('directory');
      } catch {
        broken.push({ page, href, reason: `no file ${rel}` });
        continue;
      }
      if (url.hash && rel.endsWith('.html')) {
        const id = decodeURIComponent(url.hash.slice(1));
        if (!(await ids(rel)).has(id)) broken.push({ page, href, reason: `no element with id "${id}" in ${rel}` });
      }
    }
  }
  return { checked, broken, external };
}
