import { readFile, stat } from 'node:fs/promises';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { ROOT_BUILD, requireBuild } from '../support/built-site.ts';

describe('the downloads page of the build', () => {
  it('lists targets.csv with its 103 rows and a size, and every listed file exists with that many rows', async () => {
    requireBuild(ROOT_BUILD.dir);
    const { document } = parseHTML(await readFile(`${ROOT_BUILD.dir}/downloads/index.html`, 'utf8'));
    const rows = [...document.querySelectorAll('tr[data-file]')];
    expect(rows.length).toBeGreaterThan(60);
    const targets = document.querySelector('tr[data-file="targets.csv"]')!;
    expect(targets.querySelector('.rows')!.textContent).toBe('103');
    for (const tr of rows) {
      const path = tr.getAttribute('data-file')!;
      const bytes = await readFile(`${ROOT_BUILD.dir}/data/${path}`, 'utf8');
      const lines = bytes.split('\r\n').filter((l) => l !== '').length;
      // A quoted cell may hold a line break, so lines ≥ rows + header.
      expect(lines, path).toBeGreaterThanOrEqual(Number(tr.querySelector('.rows')!.textContent) + 1);
    }
    for (const bundle of ['chi-tieu-xa.zip', 'chi-tieu-xa.xlsx', 'datapackage.json']) {
      expect((await stat(`${ROOT_BUILD.dir}/data/${bundle}`)).size, bundle).toBeGreaterThan(1000);
    }
  });
});
