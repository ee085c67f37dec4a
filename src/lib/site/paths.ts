import { langSegment, type Lang } from './i18n.ts';

/**
 * Builds site URLs that respect the configured base (a portal sub-path) and the language
 * prefix. `base` is import.meta.env.BASE_URL in pages; it is a parameter so this stays pure.
 * Page paths get a trailing slash (trailingSlash: 'always'); file paths (with an extension)
 * do not, which Astro's own locale helpers get wrong for `.csv`.
 */
export function pageHref(base: string, lang: Lang, path = ''): string {
  const segment = langSegment(lang);
  const prefix = segment ? `${segment}/` : '';
  const clean = path.replace(/^\/+/, '').replace(/\/+$/, '');
  return joinBase(base, clean ? `${prefix}${clean}/` : prefix);
}

/** "002_ba792d655f7fc0c8.txt" → "002-ba792d655f7fc0c8": a plan text's page, as a URL segment. */
export function sourceSlug(file: string): string {
  // Asked for each of a page's citations, of a handful of files.
  let slug = slugs.get(file);
  if (slug === undefined) {
    slug = file
      .replace(/\.txt$/, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
    slugs.set(file, slug);
  }
  return slug;
}
const slugs = new Map<string, string>();

/** The page of a plan text, for pageHref: "sources/002-ba792d655f7fc0c8". */
export function sourcePath(file: string): string {
  return `sources/${sourceSlug(file)}`;
}

/** A page at one of its elements: "/base/en/sources/002-…/#L107-L108". */
export function anchorHref(base: string, lang: Lang, link: { page: string; hash: string | null }): string {
  return `${pageHref(base, lang, link.page)}${link.hash ? `#${link.hash}` : ''}`;
}

/** URL of a file (data download, script, image) under the base; never language-prefixed. */
export function fileHref(base: string, path: string): string {
  return joinBase(base, path.replace(/^\/+/, ''));
}

function joinBase(base: string, rest: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return `${b}${rest}`;
}

/** The same page in the other language: strips or adds the /en/ prefix after the base. */
export function switchLangHref(base: string, currentPath: string, to: Lang): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  let rest = currentPath.startsWith(b) ? currentPath.slice(b.length) : currentPath.replace(/^\/+/, '');
  if (rest === 'en' || rest.startsWith('en/')) rest = rest.slice(2).replace(/^\/+/, '');
  return pageHref(base, to, rest);
}

/**
 * The address a citation or an embed snippet gives for a page or file: absolute when the build
 * knows where it is deployed (SITE_URL, as Astro.site), else the root-relative path — a made-up
 * host would be a citation that leads nowhere. `absolute` says which, so the page can tell the
 * reader that the host comes from the deployment.
 */
export function publicAddress(site: URL | string | undefined, href: string): { href: string; absolute: boolean } {
  if (site === undefined || String(site) === '') return { href, absolute: false };
  return { href: new URL(href, site).href, absolute: true };
}
