/**
 * Browser code of EmbedThis.astro: the "Embed this" box: absolute addresses and copy buttons.
 * Runs once per page; does nothing where the page lacks its elements.
 */
export function enhanceEmbedSnippets(): void {
  // Root-relative addresses (no SITE_URL at build): this page's own origin is where the embed lives.
  for (const area of document.querySelectorAll<HTMLTextAreaElement>('.embed-this textarea[data-relative]')) {
    area.value = area.value.replace(
      /(src=")(\/[^"]*)"/g,
      (_, attr: string, path: string) => `${attr}${new URL(path, location.href).href}"`,
    );
    area.parentElement?.querySelector('.embed-path-note')?.remove();
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const area = document.getElementById(button.dataset.copy ?? '') as HTMLTextAreaElement | null;
    if (!area || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(area.value);
      const note = button.nextElementSibling;
      if (note) note.textContent = button.dataset.copied ?? '';
    });
  }
}
