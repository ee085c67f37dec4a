/**
 * One shared, independent copy of each distinct cell text.
 *
 * Why: a cell parsed out of a file's text is, in V8, a "sliced string" — a view that keeps the
 * whole file's text alive for as long as the cell lives. The dataset keeps every cell (the pages
 * quote them and cite their lines), so the checked dataset held each file's text a second time,
 * and as two bytes per character, because Vietnamese text is stored that way even where a cell
 * is plain ASCII (ids, codes, years). And plans repeat themselves: units, sections, comparators,
 * whole sentences of the provincial template. Measured at 3,321 synthetic communes: see README,
 * "Performance".
 *
 * `JSON.parse(JSON.stringify(s))` is the copy: it makes a flat string of its own, one byte per
 * character when the text allows it. Strings under 13 characters are never slices, so they are
 * pooled as they are.
 */
export function createStringPool(): (text: string) => string {
  const pool = new Map<string, string>();
  return (text) => {
    let kept = pool.get(text);
    if (kept === undefined) {
      kept = text.length >= SLICE_MIN ? (JSON.parse(JSON.stringify(text)) as string) : text;
      pool.set(kept, kept);
    }
    return kept;
  };
}

/** V8 makes a substring a view of its parent from this length on (SlicedString::kMinLength). */
const SLICE_MIN = 13;
