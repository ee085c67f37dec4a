/**
 * Browser code of CiteThis.astro: the "Cite this" box: absolute addresses and copy buttons.
 * Runs once per page; does nothing where the page lacks its elements.
 */
export function enhanceCitations(): void {
  // Progressive enhancement: show the copy buttons only where the clipboard can be written.
  for (const section of document.querySelectorAll<HTMLElement>('[data-cite]')) {
    // A root-relative path (no SITE_URL at build): the address in the reader's address bar is where the page lives.
    const path = section.dataset.path;
    if (path) {
      const absolute = new URL(path, location.href).href;
      for (const el of section.querySelectorAll<HTMLElement>('.cite-apa, .cite-bib')) {
        el.textContent = (el.textContent ?? '').replace(` ${path}`, ` ${absolute}`).replace(`{${path}}`, `{${absolute}}`);
      }
      section.querySelector('.cite-path-note')?.remove();
    }
    const status = section.querySelector<HTMLElement>('[data-copy-status]');
    for (const button of section.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
      const source = document.getElementById(button.dataset.copy ?? '');
      if (!source || !navigator.clipboard) continue;
      const label = button.textContent ?? '';
      button.hidden = false;
      button.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(source.textContent ?? '');
          button.textContent = button.dataset.copied ?? label;
          if (status) status.textContent = button.dataset.copied ?? '';
          setTimeout(() => {
            button.textContent = label;
            if (status) status.textContent = '';
          }, 2000);
        } catch {
          // Clipboard refused (permissions): the text stays selectable.
        }
      });
    }
  }
}
