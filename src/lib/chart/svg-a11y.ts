/**
 * Makes a build-time SVG chart accessible on its own, as markup:
 * - role="img", named by a <title> and described by a <desc> (inserted first);
 * - no aria-label / aria-description on <g> (Plot writes them; axe flags them as
 *   aria-prohibited-attr, and inside role="img" they are never read anyway);
 * - no font-variant attribute (Plot writes "tabular-nums", which the HTML validator refuses).
 * Title and description are escaped here: callers pass plain text.
 */
export function accessibleSvg(svg: string, opts: { idPrefix: string; title: string; description: string }): string {
  const titleId = `${opts.idPrefix}-title`;
  const descId = `${opts.idPrefix}-desc`;
  return svg
    .replace(/<g\b[^>]*>/g, (tag) => tag.replace(/ aria-(?:label|description)="[^"]*"/g, ''))
    .replace(/ font-variant="[^"]*"/g, '')
    .replace(/^<svg\b([^>]*)>/, (_m, attrs: string) => {
      const kept = attrs.replace(/ (?:role|aria-label|aria-description|aria-labelledby)="[^"]*"/g, '');
      return `<svg${kept} role="img" aria-labelledby="${titleId} ${descId}"><title id="${titleId}">${escapeXml(opts.title)}</title><desc id="${descId}">${escapeXml(opts.description)}</desc>`;
    });
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
