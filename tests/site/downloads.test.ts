import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { parseHTML } from 'linkedom';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { readFile, stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { BASE_BUILD, ROOT_BUILD, requireBuild } from '../../scripts/lib/built-site.ts';

async function page(dir: string, lang: '' | 'en/') {
  requireBuild(dir);
  return parseHTML(await readFile(`${dir}/${lang}downloads/index.html`, 'utf8')).document;
}

/** A published CSV as a reader gets it: BOM stripped, header row, cells as strings. */
async function csv(dir: string, path: string) {
  const text = (await readFile(`${dir}/data/${path}`, 'utf8')).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true, newline: '\r\n' });
  return { fields: parsed.meta.fields ?? [], rows: parsed.data, errors: parsed.errors };
}

/** 13 all-communes tables, 2 per commune, 1 per catalogue indicator. */
/** The tables and plan texts the page lists: 13 all-commune tables, 2 per commune, 1 per indicator, every text of sources.csv. */
async function itemCount(dir: string): Promise<number> {
  const texts = (await readFile(resolve('data/sources/sources.csv'), 'utf8')).trim().split('\n').length - 1;
  return 13 + 2 * (await csv(dir, 'communes.csv')).rows.length + (await csv(dir, 'catalogue.csv')).rows.length + texts;
}

describe('the downloads page of the build', () => {
  it.each(['', 'en/'] as const)('lists targets.csv with its 103 rows and its size (%s)', async (lang) => {
    const document = await page(ROOT_BUILD.dir, lang);
    const row = document.querySelector('li[data-file="targets.csv"]')!;
    expect(row.querySelector('[data-rows]')!.textContent!.trim()).toBe('103');
    const link = row.querySelector('a[href="/data/targets.csv"]')!;
    expect(link.textContent).toMatch(/CSV\s*\d+(,|\.)?\d* KB/);
    expect(Number(link.getAttribute('data-bytes'))).toBe((await stat(`${ROOT_BUILD.dir}/data/targets.csv`)).size);
  });

  it.each([ROOT_BUILD, BASE_BUILD])('links only files that exist in $dir, with the sizes the page shows', async ({ dir, base }) => {
    for (const lang of ['', 'en/'] as const) {
      const links = [...(await page(dir, lang)).querySelectorAll('a[download]')];
      expect(links.length).toBeGreaterThan(100);
      for (const a of links) {
        const href = a.getAttribute('href')!;
        expect(href.startsWith(`${base}data/`), href).toBe(true);
        const file = `${dir}/${href.slice(base.length)}`;
        expect(existsSync(file), href).toBe(true);
        expect((await stat(file)).size, href).toBe(Number(a.getAttribute('data-bytes')));
      }
    }
  });

  it('shows the row count of every table as the number of rows in its CSV, and the line count of every plan text', async () => {
    const document = await page(ROOT_BUILD.dir, '');
    const rows = [...document.querySelectorAll('.dl-item[data-file]')];
    expect(rows.length).toBe(await itemCount(ROOT_BUILD.dir));
    for (const tr of rows) {
      const path = tr.getAttribute('data-file')!;
      if (path.endsWith('.txt')) {
        // A final line break does not start a line (the citations count lines the same way).
        const lines = (await readFile(`${ROOT_BUILD.dir}/data/${path}`, 'utf8'))
          .replace(/\r\n?/g, '\n')
          .replace(/\n$/, '')
          .split('\n').length;
        expect(tr.querySelector('[data-rows]')!.textContent!.trim(), path).toBe(String(lines));
        continue;
      }
      const parsed = await csv(ROOT_BUILD.dir, path);
      expect(parsed.errors, path).toEqual([]);
      expect(String(parsed.rows.length), path).toBe(tr.querySelector('[data-rows]')!.textContent!.trim());
    }
  });

  it('cites the data set with the version and the build date', async () => {
    const document = await page(ROOT_BUILD.dir, 'en/');
    const version = document.querySelector('[data-version]')!.textContent!;
    expect(version).toMatch(/^[0-9a-f]{10}$/);
    const date = document.querySelector('time')!.getAttribute('datetime')!;
    expect(document.querySelector('.cite-apa')!.textContent).toContain(`(version ${version}, built ${date}) [Data set]`);
    expect(document.querySelector('.cite-bib')!.textContent).toContain(`@misc{chitieuxa-${version},`);
    const readme = strFromU8(unzipSync(await readFile(`${ROOT_BUILD.dir}/data/chi-tieu-xa.zip`))['README.md']!);
    expect(readme).toContain(`Data version **${version}**, built ${date}`);
  });
});

describe('datapackage.json in the build', () => {
  it('lists files that exist, each with the header and value types its schema declares', async () => {
    requireBuild(ROOT_BUILD.dir);
    const pkg = JSON.parse(await readFile(`${ROOT_BUILD.dir}/data/datapackage.json`, 'utf8')) as {
      resources: { path: string; bytes: number; schema: { fields: { name: string; type: string }[] } }[];
    };
    const ok: Record<string, RegExp> = { string: /[\s\S]*/, number: /^-?\d+(\.\d+)?$/, integer: /^-?\d+$/, boolean: /^(true|false)$/ };
    // The all-communes tables (the ones in the zip) and the plan texts; slices are cut from the tables and not described twice.
    const texts = pkg.resources.filter((r) => r.path.startsWith('sources/'));
    expect(pkg.resources.length - texts.length).toBe(13);
    expect(texts.length).toBe((await readFile(resolve('data/sources/sources.csv'), 'utf8')).trim().split('\n').length - 1);
    for (const r of pkg.resources) {
      expect((await stat(`${ROOT_BUILD.dir}/data/${r.path}`)).size, r.path).toBe(r.bytes);
      if (r.path.endsWith('.txt')) continue;
      const parsed = await csv(ROOT_BUILD.dir, r.path);
      expect(parsed.fields, r.path).toEqual(r.schema.fields.map((f) => f.name));
      for (const row of parsed.rows) {
        for (const f of r.schema.fields) {
          const v = row[f.name]!;
          if (v !== '') expect(v, `${r.path} ${f.name}`).toMatch(ok[f.type]!);
        }
      }
    }
  });
});
