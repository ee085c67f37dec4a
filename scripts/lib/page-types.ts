/**
 * The site's page types, one row each: the route file that makes them, where their pages land in
 * the built site, and one page of the real build to stand for them. The page-weight report, the
 * bench (render time by type, page weight, Lighthouse) and the browser tests of every page type
 * read this table; tests/unit/build/page-types.test.ts fails when a route file has no row.
 *
 * Adding a page type: add its route under src/pages, then its row here (in reading order).
 */

export interface PageType {
  /** Short name: the browser tests' names and screenshot files. */
  id: string;
  /** Name in the reports. */
  label: string;
  /** The route file, relative to src/pages. */
  route: string;
  /**
   * Where its output lands, relative to the site root, without the "en/" of the English pages:
   * "/"-separated segments, where "*" stands for any part of one segment and "**" for one or more
   * segments; a page is a folder holding index.html, a data file is named with its extension.
   * The first pattern is the page type's own pages (the ones weighed); later ones are its other
   * scopes (a province's matrix, an indicator within a province).
   */
  paths: string[];
  /** A page of the real build, as a path from the site root ("indicators/5g-coverage/"); null when the real build has none. */
  example: string | null;
  /** An HTML page whose job is to show data: it must show it with no JavaScript. False for search and the data files. */
  content: boolean;
  /** An HTML page (false: a data file the pages' scripts fetch). */
  html: boolean;
}

const page = (row: Omit<PageType, 'html' | 'content'> & { content?: boolean }): PageType => ({ content: true, ...row, html: true });
const data = (row: Omit<PageType, 'html' | 'content' | 'example'>): PageType => ({ ...row, example: null, content: false, html: false });

export const PAGE_TYPES: readonly PageType[] = [
  page({ id: 'home', label: 'home', route: '[...lang]/index.astro', paths: [''], example: '' }),
  page({ id: 'matrix', label: 'matrix', route: '[...lang]/matrix/[...scope].astro', paths: ['matrix', 'matrix/**'], example: 'matrix/' }),
  page({
    id: 'indicators',
    label: 'indicators (index)',
    route: '[...lang]/indicators/index.astro',
    paths: ['indicators'],
    example: 'indicators/',
  }),
  page({
    id: 'indicator',
    label: 'indicator',
    route: '[...lang]/indicators/[id]/[...scope].astro',
    paths: ['indicators/*', 'indicators/*/**'],
    example: 'indicators/5g-coverage/',
  }),
  page({ id: 'communes', label: 'communes (index)', route: '[...lang]/communes/index.astro', paths: ['communes'], example: 'communes/' }),
  page({ id: 'commune', label: 'commune', route: '[...lang]/communes/[id].astro', paths: ['communes/*'], example: 'communes/xuan-thanh/' }),
  page({ id: 'province', label: 'province', route: '[...lang]/provinces/[slug].astro', paths: ['provinces/*'], example: null }),
  page({ id: 'compare', label: 'compare', route: '[...lang]/compare.astro', paths: ['compare'], example: 'compare/' }),
  page({ id: 'methodology', label: 'methodology', route: '[...lang]/methodology.astro', paths: ['methodology'], example: 'methodology/' }),
  page({
    id: 'data-quality',
    label: 'data quality',
    route: '[...lang]/data-quality.astro',
    paths: ['data-quality'],
    example: 'data-quality/',
  }),
  page({ id: 'downloads', label: 'downloads', route: '[...lang]/downloads.astro', paths: ['downloads'], example: 'downloads/' }),
  page({ id: 'sources', label: 'plan texts (index)', route: '[...lang]/sources/index.astro', paths: ['sources'], example: 'sources/' }),
  page({
    id: 'source',
    label: 'plan text',
    route: '[...lang]/sources/[id].astro',
    paths: ['sources/*'],
    example: 'sources/001-5965a3c068454845/',
  }),
  page({ id: 'search', label: 'search', route: '[...lang]/search.astro', paths: ['search'], example: 'search/', content: false }),
  page({
    id: 'embed-indicator',
    label: 'embed (indicator)',
    route: '[...lang]/embed/indicators/[id].astro',
    paths: ['embed/indicators/*'],
    example: 'embed/indicators/5g-coverage/',
  }),
  page({
    id: 'embed-commune',
    label: 'embed (commune)',
    route: '[...lang]/embed/communes/[id].astro',
    paths: ['embed/communes/*'],
    example: 'embed/communes/phuoc-an/',
  }),
  data({ id: 'communes-list', label: 'finder list (json)', route: 'search-index/communes.json.ts', paths: ['search-index/communes.json'] }),
  data({ id: 'finder-list', label: 'finder list (json)', route: 'search-index/[lang].json.ts', paths: ['search-index/*.json'] }),
  data({ id: 'compare-data', label: 'compare data (json)', route: 'compare-data/[province].json.ts', paths: ['compare-data/*.json'] }),
];

const matchers = PAGE_TYPES.map((t) => ({ t, res: t.paths.map(patternRegExp) }));

function patternRegExp(pattern: string): RegExp {
  const segment = (s: string) => (s === '**' ? '[^/]+(?:/[^/]+)*' : s.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+'));
  return new RegExp(`^${pattern === '' ? '' : pattern.split('/').map(segment).join('/')}$`);
}

/** A built file's path as the patterns read it: no leading "/", no "en/", no "index.html", no trailing "/". */
const patternPath = (path: string): string =>
  path
    .replace(/^\/+/, '')
    .replace(/^en(?:\/|$)/, '')
    .replace(/(?:^|\/)index\.html$/, '')
    .replace(/\/+$/, '');

/** The page type of a built file ("/en/communes/x/index.html", "search-index/vi.json"), or null for a file of no page type. */
export function pageTypeOf(path: string): PageType | null {
  const p = patternPath(path);
  return matchers.find(({ res }) => res.some((re) => re.test(p)))?.t ?? null;
}

/** Whether a built file is one of the type's own pages (its first pattern), not another scope of it: the pages weighed. */
export function isOwnPage(path: string, t: PageType): boolean {
  const own = matchers.find((m) => m.t === t)?.res[0] ?? patternRegExp(t.paths[0]!);
  return own.test(patternPath(path));
}

/** The page types with a page in the real build: the browser tests' pages. */
export const REAL_EXAMPLES: readonly (PageType & { example: string })[] = PAGE_TYPES.filter(
  (t): t is PageType & { example: string } => t.example !== null,
);
