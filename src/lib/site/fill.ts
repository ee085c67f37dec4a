/**
 * "{n} chỉ tiêu" + { n: 3 } → "3 chỉ tiêu". The one way strings get their counts and names, in
 * the build and in the browser. A function replacer, never a replacement string: a value such as
 * "$&" or "$1" (a search query, a commune's name) is put in as written, not read as a pattern.
 * A placeholder without a value stays as it is, so a missing value shows instead of vanishing.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (Object.hasOwn(values, k) ? String(values[k]) : m));
}
