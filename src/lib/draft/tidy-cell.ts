/**
 * A table cell's words as the draft keeps them: shared by the readers of wrapped, markdown and
 * objectives tables and of tasks.
 */
/** Spaces collapsed, stray table rules and leading/trailing punctuation removed. */
export function tidy(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:|]+/, '')
    .replace(/[\s,;:|]+$/, '')
    .trim();
}
