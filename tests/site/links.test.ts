import { describe, expect, it } from 'vitest';
import { BASE_BUILD, ROOT_BUILD, SCALED_BUILD, requireBuild } from '../../scripts/lib/built-site.ts';
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { checkLinks } from '../support/links.ts';

/** Every source_url of data/harmonize/references.csv. */
function referenceSources(): string[] {
  const text = readFileSync('data/harmonize/references.csv', 'utf8').replace(/^\uFEFF/, '');
  return Papa.parse<{ source_url: string }>(text, { header: true, skipEmptyLines: true }).data.map((r) => r.source_url);
}

describe.each([ROOT_BUILD, BASE_BUILD, SCALED_BUILD])('the build in $dir (base $base)', ({ dir, base }) => {
  it('has no broken internal link and no link to another host', async () => {
    requireBuild(dir);
    const { checked, broken } = await checkLinks(dir, base);
    expect(checked).toBeGreaterThan(10);
    expect(broken).toEqual([]);
  });

  it('links out only to the pages the references were read in, and to each of them', async () => {
    requireBuild(dir);
    const { external } = await checkLinks(dir, base);
    const sources = new Set(referenceSources());
    expect(external.filter((x) => !sources.has(x.href))).toEqual([]);
    const linked = new Set(external.map((x) => x.href));
    expect([...sources].filter((u) => !linked.has(u))).toEqual([]);
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
