import type { Page } from 'playwright-core';

/**
 * Every element of the page that is wider inside than its box — that scrolls sideways (overflow
 * auto or scroll) or spills over its edge (overflow visible) — as "tag.class +overflow «text»".
 * A page-level check (document scrollWidth) misses both: a scrolling table frame, or a long word
 * sticking out of its cell under the page's own overflow. Not counted: what no one sees or
 * scrolls — content clipped on purpose (visually hidden text, overflow hidden or clip), hidden
 * elements, SVG internals — and form fields and frames, which scroll their own content.
 * `except`: selectors of scroll regions a test accepts by name, each with its reason there.
 */
export async function sidewaysScrollers(page: Page, except: string[] = []): Promise<string[]> {
  return page.evaluate((except) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (!(el instanceof HTMLElement) || el instanceof HTMLTextAreaElement || el instanceof HTMLIFrameElement) continue;
      if (el instanceof HTMLInputElement || el instanceof HTMLSelectElement) continue;
      if (except.some((s) => el.closest(s))) continue;
      let clipped = false;
      for (let a: HTMLElement | null = el; a && !clipped; a = a.parentElement) {
        clipped = a.hidden || getComputedStyle(a).clipPath !== 'none';
      }
      if (clipped) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.overflowX === 'hidden' || style.overflowX === 'clip') continue;
      if (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1) {
        const text = (el.textContent ?? '').trim().slice(0, 40);
        out.push(
          `${el.tagName.toLowerCase()}.${String(el.className).trim().replace(/\s+/g, '.')} +${el.scrollWidth - el.clientWidth}px «${text}»`,
        );
      }
    }
    return out;
  }, except);
}

/**
 * The names of the nodes with each role under `selector`, from Chromium's own accessibility tree
 * (what a screen reader is given), not from the markup: a table laid out as cards must still be
 * a table there, with its column headers, row headers and cells.
 */
export async function accessibleRoles<R extends string>(page: Page, selector: string, roles: readonly R[]): Promise<Record<R, string[]>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const out = {} as Record<R, string[]>;
    for (const role of roles) {
      const { nodes } = await cdp.send('Accessibility.queryAXTree', { nodeId, role });
      out[role] = nodes.filter((n) => !n.ignored).map((n) => String(n.name?.value ?? '').trim());
    }
    return out;
  } finally {
    await cdp.detach();
  }
}
