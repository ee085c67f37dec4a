/**
 * Plot's own mark that it warned while drawing: a "⚠️" text appended to the SVG, titled
 * "1 warning. Please check the console." (plot.js, after consumeWarnings). A chart drawn at build
 * time must not carry it — nobody reads the build's console — so the build fails instead.
 *
 * Matched by that exact title, not by the word: a commune, a label or a plan's wording may say
 * "warning" (an "early warning system") and is not a Plot warning.
 */
export function plotWarning(svg: Element): string | null {
  for (const title of svg.querySelectorAll('text > title')) {
    const text = title.textContent ?? '';
    if (PLOT_WARNING.test(text)) return text;
  }
  return null;
}

const PLOT_WARNING = /^\d[\d,]* warnings?\. Please check the console\.$/;
