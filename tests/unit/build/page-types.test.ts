/**
 * The table of page types (scripts/lib/page-types.ts) is what the page-weight report, the bench
 * and the browser tests go by: a route it does not list would be weighed, timed and tested by none.
 */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnPage, PAGE_TYPES, pageTypeOf } from '../../../scripts/lib/page-types.ts';
import { pageLabelOf } from '../../../scripts/lib/bench/run-build.ts';
import { REPO_ROOT } from '../../fixtures/dataset.ts';

const PAGES = join(REPO_ROOT, 'src/pages');
const routes = (readdirSync(PAGES, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
  .filter((e) => e.isFile() && /\.(astro|ts)$/.test(e.name))
  .map((e) => relative(PAGES, join(e.parentPath, e.name)))
  .sort();

describe('the table of page types', () => {
  it('has a row for every route file under src/pages, and no row for a route that is gone', () => {
    expect(routes.length).toBeGreaterThan(0);
    expect([...PAGE_TYPES.map((t) => t.route)].sort()).toEqual(routes);
  });

  it('gives each type its own id', () => {
    expect(new Set(PAGE_TYPES.map((t) => t.id)).size).toBe(PAGE_TYPES.length);
  });

  it('finds each example page under its own type, in both languages', () => {
    for (const t of PAGE_TYPES.filter((x) => x.example !== null)) {
      expect(pageTypeOf(`/${t.example}index.html`)?.id, t.example!).toBe(t.id);
      expect(pageTypeOf(`/en/${t.example}index.html`)?.id, `en/${t.example}`).toBe(t.id);
    }
  });
});

describe('the page type of a built file', () => {
  it('groups vi and en pages, detail pages and indexes', () => {
    expect(pageLabelOf('/index.html')).toBe('home');
    expect(pageLabelOf('/en/index.html')).toBe('home');
    expect(pageLabelOf('/communes/synthetic-0001/index.html')).toBe('commune');
    expect(pageLabelOf('/en/communes/index.html')).toBe('communes (index)');
    expect(pageLabelOf('/indicators/5g-coverage/index.html')).toBe('indicator');
    expect(pageLabelOf('/en/embed/indicators/5g-coverage/index.html')).toBe('embed (indicator)');
    expect(pageLabelOf('/matrix/index.html')).toBe('matrix');
  });

  it('counts a province’s scope with its page type', () => {
    expect(pageTypeOf('/en/matrix/tuyen-quang/6/index.html')?.id).toBe('matrix');
    expect(pageTypeOf('/indicators/online-dossier-rate/vinh-long/index.html')?.id).toBe('indicator');
  });

  it('tells the data files the pages fetch from the pages', () => {
    expect(pageTypeOf('/search-index/vi.json')?.id).toBe('finder-list');
    expect(pageTypeOf('/search-index/communes.json')?.id).toBe('communes-list');
    expect(pageTypeOf('/compare-data/dong-nai.json')?.html).toBe(false);
  });

  it('tells a type’s own pages, which the page-weight report weighs, from its other scopes', () => {
    const matrix = PAGE_TYPES.find((t) => t.id === 'matrix')!;
    expect(isOwnPage('matrix/', matrix)).toBe(true);
    expect(isOwnPage('en/matrix/', matrix)).toBe(true);
    expect(isOwnPage('matrix/tuyen-quang/6/', matrix)).toBe(false);
    expect(pageTypeOf('/matrix/tuyen-quang/6/index.html')).toBe(matrix);
    const indicator = PAGE_TYPES.find((t) => t.id === 'indicator')!;
    expect(isOwnPage('indicators/5g-coverage/', indicator)).toBe(true);
    expect(isOwnPage('indicators/5g-coverage/vinh-long/', indicator)).toBe(false);
    expect(isOwnPage('indicators/', indicator)).toBe(false);
  });

  it('gives no type to a file no route makes', () => {
    expect(pageTypeOf('/_astro/index.css')).toBeNull();
    expect(pageLabelOf('/data/targets.csv')).toBe('other');
  });
});
