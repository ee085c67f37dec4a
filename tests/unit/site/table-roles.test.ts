import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { addTableRoles } from '../../../src/lib/site/table-roles.ts';

const table = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.querySelector('table')!;

describe('addTableRoles: rows and cells of a table laid out as cards', () => {
  it('gives every row, header and cell its role, row headers told from column headers by scope', () => {
    const t = table(`<table role="table"><caption>c</caption>
      <thead role="rowgroup"><tr><th scope="col">Xã</th><th scope="col">Năm</th></tr></thead>
      <tbody role="rowgroup"><tr><th scope="row">Nhơn Trạch</th><td>2026</td></tr><tr class="no-target"><th scope="row">Nghĩa Đàn</th><td colspan="1">—</td></tr></tbody>
    </table>`);
    addTableRoles(t as unknown as HTMLTableElement);
    const roles = [...t.querySelectorAll('tr, th, td')].map((e) => `${e.tagName.toLowerCase()}:${e.getAttribute('role')}`);
    expect(roles).toEqual([
      'tr:row',
      'th:columnheader',
      'th:columnheader',
      'tr:row',
      'th:rowheader',
      'td:cell',
      'tr:row',
      'th:rowheader',
      'td:cell',
    ]);
  });

  it('gives the same roles when it runs again (safe on a table already done)', () => {
    const t = table(`<table><tbody><tr><th scope="row">a</th><td>1</td></tr></tbody></table>`);
    addTableRoles(t as unknown as HTMLTableElement);
    const once = t.outerHTML;
    addTableRoles(t as unknown as HTMLTableElement);
    expect(t.outerHTML).toBe(once);
    expect(once).toContain('<td role="cell">1</td>');
  });
});
