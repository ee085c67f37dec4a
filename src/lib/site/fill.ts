/**
 * "{n} chỉ tiêu" + { n: 3 } → "3 chỉ tiêu". The one way strings get their counts and names, in
 * the build and in the browser. A value is put in as written, never read as a pattern ("$&" or
 * "$1" in a search query or a commune's name stays as it is). A placeholder without a value stays
 * as it is, so a missing value shows instead of vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  const parts = partsOf(template);
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const k = parts[i]!;
    out += (Object.hasOwn(values, k) ? String(values[k]) : `{${k}}`) + parts[i + 1]!;
  }
  return out;
}

/**
 * A template split once into text and placeholder names (text, name, text, …): the pages fill
 * the same few hundred templates millions of times at 3,321 communes, and a regular-expression
 * replace per call was 2.2 s of that build. The templates are the string tables' and the data's
 * findings, so the cache stays small; it is emptied past MAX_TEMPLATES all the same.
 */
function partsOf(template: string): string[] {
  let parts = split.get(template);
  if (!parts) {
    if (split.size >= MAX_TEMPLATES) split.clear();
    split.set(template, (parts = template.split(/\{(\w+)\}/)));
  }
  return parts;
}
const split = new Map<string, string[]>();
const MAX_TEMPLATES = 5000;
