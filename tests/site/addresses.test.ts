import { parseHTML } from 'linkedom';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BASE_BUILD, ROOT_BUILD, requireBuild } from '../../scripts/lib/built-site.ts';

/**
 * The test builds have no SITE_URL, as a build made without reading the README would. Such a
 * build knows no host, so it must invent none: a citation or an embed snippet naming a made-up
 * host (it once was https://example.invalid) sends a reader nowhere. Every address is then the
 * root-relative path, and the page says the host comes from the deployment.
 */

/** Every text file of a build (pages, data, scripts, search index), relative paths with "/". */
async function textFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(d: string) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) await walk(full);
      else if (/\.(html|csv|json|js|txt|md|svg|xml)$/.test(e.name)) out.push(relative(dir, full).split(sep).join('/'));
    }
  }
  await walk(dir);
  return out.sort();
}

const page = async (dir: string, path: string) => parseHTML(await readFile(`${dir}/${path}index.html`, 'utf8')).document;

describe('addresses in a build without SITE_URL', () => {
  it.each([ROOT_BUILD, BASE_BUILD])('names no made-up host in any file ($dir)', async ({ dir }) => {
    requireBuild(dir);
    const files = await textFiles(dir);
    expect(files.length).toBeGreaterThan(200);
    const found: string[] = [];
    for (const f of files) if ((await readFile(join(dir, f), 'utf8')).includes('example.invalid')) found.push(f);
    expect(found).toEqual([]);
  });

  it('has no canonical or hreflang link, which must be absolute', async () => {
    for (const path of ['', 'en/matrix/', 'indicators/5g-coverage/', 'en/embed/communes/phuoc-an/']) {
      const document = await page(ROOT_BUILD.dir, path);
      expect(document.querySelectorAll('link[rel="canonical"], link[rel="alternate"][hreflang]').length, path).toBe(0);
    }
  });

  it.each([
    [ROOT_BUILD, 'indicators/5g-coverage/', '/indicators/5g-coverage/'],
    [ROOT_BUILD, 'en/communes/phuoc-an/', '/en/communes/phuoc-an/'],
    [ROOT_BUILD, 'downloads/', '/downloads/'],
    [BASE_BUILD, 'en/indicators/vneid-account/', '/cong-thong-tin/chi-tieu-57/en/indicators/vneid-account/'],
  ])('cites the page by its path, base included, and says the host comes from the deployment (%#)', async (build, path, cited) => {
    const document = await page(build.dir, path);
    const section = document.querySelector('[data-cite]')!;
    expect(section.getAttribute('data-path')).toBe(cited);
    expect(section.querySelector('.cite-apa')!.textContent!.endsWith(` ${cited}`)).toBe(true);
    expect(section.querySelector('.cite-bib')!.textContent).toContain(`url = {${cited}}`);
    expect(section.querySelector('.cite-path-note')!.textContent).toMatch(/SITE_URL/);
  });

  it('gives the embed snippet root-relative addresses, with a note saying so', async () => {
    const document = await page(BASE_BUILD.dir, 'communes/phuoc-an/');
    // linkedom leaves a textarea's character references as written; a browser reads them as text.
    const snippet = document
      .querySelector('.embed-this textarea')!
      .textContent!.replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
    expect(snippet).toContain('src="/cong-thong-tin/chi-tieu-57/embed/communes/phuoc-an/"');
    expect(snippet).toContain('src="/cong-thong-tin/chi-tieu-57/embed.js"');
    expect(document.querySelector('.embed-path-note')).not.toBeNull();
  });

  it('writes root-relative source_url columns in the published CSVs, base included', async () => {
    for (const [build, prefix] of [
      [ROOT_BUILD, '/sources/'],
      [BASE_BUILD, '/cong-thong-tin/chi-tieu-57/sources/'],
    ] as const) {
      const text = await readFile(`${build.dir}/data/targets.csv`, 'utf8');
      const urls = [...text.matchAll(/,(\/[^,\r\n]*#L\d+[^,\r\n]*),/g)].map((m) => m[1]!);
      expect(urls.length).toBeGreaterThan(50);
      for (const u of urls) expect(u.startsWith(prefix), u).toBe(true);
    }
  });
});
