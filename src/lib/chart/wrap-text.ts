/**
 * Line breaking for text drawn into a build-time SVG, where nothing measures it: an SVG <text>
 * never wraps, and the chart's height (one row per indicator, its name above its strip) must be
 * known before it is drawn. Widths are estimated per character in em, from the letter under the
 * diacritics ("ữ" is as wide as "u"), calibrated on DejaVu Sans — the system-ui of a Linux
 * without other fonts, and wider than Roboto, San Francisco or Segoe UI: measured in Chromium over
 * every catalogue name at 13 px, regular weight, no name is wider than its estimate. So a line
 * drawn is at most as long as its budget wherever it is read.
 */

const NARROW = new Set([..."iljtfrI.,:;!|'’‘()[]/ "]);
const WIDE = new Set([...'mwMW%…']);

/** Estimated width of `text` in em. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) {
    const base = ch.normalize('NFD')[0] ?? ch;
    if (NARROW.has(base)) em += 0.33;
    else if (WIDE.has(base)) em += 0.95;
    else if (base >= 'A' && base <= 'Z') em += 0.75;
    else if (base >= '0' && base <= '9') em += 0.66;
    else em += 0.64;
  }
  return em;
}

/**
 * `text` cut into lines of at most `maxEm` em, at spaces (a word longer than a line gets a line
 * of its own); at most `maxLines`, the last one ending in "…" when the text goes on.
 */
export function wrapText(text: string, maxEm: number, maxLines = Infinity): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (line !== '' && textWidthEm(next) > maxEm) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = `${kept[maxLines - 1]!}…`;
  while (textWidthEm(last) > maxEm && last.includes(' ')) last = `${last.slice(0, last.lastIndexOf(' '))}…`;
  kept[maxLines - 1] = last;
  return kept;
}
