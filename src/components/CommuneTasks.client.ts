/**
 * Browser code of CommuneTasks.astro: the task tables keep their table roles in the card layout.
 * Runs once per page; does nothing where the page lacks its elements.
 */
import { addTableRoles } from '../lib/site/table-roles.ts';

export function enhanceTaskTables(): void {
  // Rows and cells keep their table roles when narrow screens lay the table out as cards.
  for (const table of document.querySelectorAll<HTMLTableElement>('table.who')) addTableRoles(table);
}
