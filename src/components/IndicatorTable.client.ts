/**
 * Browser code of IndicatorTable.astro: the indicator table: table roles kept in the card layout, notes opened from their links.
 * Runs once per page; does nothing where the page lacks its elements.
 */
import { addTableRoles } from '../lib/site/table-roles.ts';

export function enhanceIndicatorTable(): void {
  // Rows and cells keep their table roles when narrow screens lay the table out as cards.
  for (const table of document.querySelectorAll<HTMLTableElement>('table.ind-table')) addTableRoles(table);

  // A "Note n" link opens the transcription notes before the browser jumps to the note.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.note-link')) {
    link.addEventListener('click', () => {
      const target = document.getElementById(link.hash.slice(1));
      const details = target?.closest('details');
      if (details) details.open = true;
    });
  }
}
