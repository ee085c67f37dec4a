/**
 * Browser code of MatrixLegend.astro: the matrix key opens for printing.
 * Runs once per page; does nothing where the page lacks its elements.
 */
export function printLegendOpen(): void {
  // The key prints with the table, open (the print rule in MatrixLegend.astro's style does the same without JavaScript).
  for (const d of document.querySelectorAll<HTMLDetailsElement>('details[data-legend]')) {
    addEventListener('beforeprint', () => (d.open = true));
  }
}
