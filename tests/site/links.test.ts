import { describe, expect, it } from 'vitest';
import { BASE_BUILD, ROOT_BUILD, SCALED_BUILD, requireBuild } from '../support/built-site.ts';
import { checkLinks } from '../support/links.ts';

describe.each([ROOT_BUILD, BASE_BUILD, SCALED_BUILD])('the build in $dir (base $base)', ({ dir, base }) => {
  it('has no broken internal link and no link to another host', async () => {
    requireBuild(dir);
    const { checked, broken } = await checkLinks(dir, base);
    expect(checked).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });
});

describe('a build under a sub-path', () => {
  it('prefixes every root-relative link with the base', async () => {
    requireBuild(BASE_BUILD.dir);
    const { readFile } = await import('node:fs/promises');
    const html = await readFile(`${BASE_BUILD.dir}/index.html`, 'utf8');
    const rootRelative = [...html.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1]!);
    expect(rootRelative.length).toBeGreaterThan(5);
    expect(rootRelative.filter((u) => !u.startsWith(BASE_BUILD.base))).toEqual([]);
  });
});
