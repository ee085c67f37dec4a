/**
 * Explicit ARIA roles for the rows and cells of a table that narrow screens lay out as cards
 * (display: block). Some browsers (older Safari) drop table semantics from table elements whose
 * display changes; explicit roles keep the table a table to assistive technology. The W3C
 * checker refuses a role on a tr, th or td inside a native table, so the markup carries roles
 * only on the table and its row groups, and these are added by script. Idempotent; pure DOM.
 */
export function addTableRoles(table: HTMLTableElement): void {
  for (const tr of table.querySelectorAll('tr')) {
    tr.setAttribute('role', 'row');
    for (const cell of tr.querySelectorAll<HTMLTableCellElement>(':scope > th, :scope > td')) {
      const header = cell.tagName === 'TH';
      cell.setAttribute('role', !header ? 'cell' : cell.getAttribute('scope') === 'row' ? 'rowheader' : 'columnheader');
    }
  }
}
