import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

/**
 * The interface's prose states no fact of the data: no count of plans or communes in words and no
 * commune's name, so a new commune never leaves a sentence stale. Counts and names come from the
 * data through placeholders (the OCR section's evidence too: which plan has both copies, which
 * files, who writes in words, are computed in src/lib/view/methodology.ts).
 */
/** A search box's example query names a commune: checked below to be one of the data's. */
const EXAMPLES = new Set(['SS.finderPlaceholder']);
/** The overview's threshold ("two or more communes": a comparison takes two), not a count of the data. */
const RULES = new Set(['SO.none', 'SO.lead', 'SO.leadOne', 'SO.leadScoped']);
const group = (key: string) => key.split('.').slice(0, 2).join('.');

const tables = {
  ...import.meta.glob<Record<string, unknown>>('../../../src/lib/site/strings*.ts', { eager: true }),
  ...import.meta.glob<Record<string, unknown>>('../../../src/content-text/*.ts', { eager: true }),
};

/** Every string leaf of every exported table, with its path ("SC.intro.vi"); functions called with 0s. */
function leaves(): { key: string; text: string }[] {
  const out: { key: string; text: string }[] = [];
  const walk = (v: unknown, key: string) => {
    if (typeof v === 'string') out.push({ key, text: v });
    else if (typeof v === 'function') {
      const args = Array.from({ length: v.length }, () => new Proxy({}, { get: () => 0 }));
      try {
        walk((v as (...a: unknown[]) => unknown)(...args), key);
      } catch {
        // A function that needs real arguments: its literal parts are checked through its source.
        out.push({ key, text: String(v) });
      }
    } else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, `${key}.${k}`);
  };
  for (const mod of Object.values(tables)) for (const [name, v] of Object.entries(mod)) walk(v, name);
  return out;
}

const communes = Papa.parse<Record<string, string>>(readFileSync(resolve('data/communes.csv'), 'utf8'), {
  header: true,
  skipEmptyLines: true,
}).data;

describe('facts of the data are never written into the prose', () => {
  const all = leaves();

  it('walks the string tables (a glob that matched nothing would pass anything)', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all.some((l) => l.key.startsWith('MT.'))).toBe(true);
  });

  it('names no commune outside the listed findings', () => {
    const names = communes.map((c) => c.name!);
    const found = all.filter((l) => !EXAMPLES.has(group(l.key)) && names.some((n) => l.text.includes(n)));
    expect(found.map((l) => l.key)).toEqual([]);
  });

  it('counts no plans or communes in words', () => {
    const counted =
      /(?<![\p{L}])(?:hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\s+(?:kế hoạch|xã)(?![\p{L}])|\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:commune|plan)s?\b/iu;
    const found = all.filter((l) => !RULES.has(group(l.key)) && counted.test(l.text));
    expect(found.map((l) => `${l.key}: ${l.text.slice(0, 80)}`)).toEqual([]);
  });

  it('finds the words it looks for (the check is not blind)', () => {
    const names = communes.map((c) => c.name!);
    expect(all.some((l) => EXAMPLES.has(group(l.key)) && names.some((n) => l.text.includes(n)))).toBe(true);
    expect(all.some((l) => RULES.has(group(l.key)) && /two communes/.test(l.text))).toBe(true);
  });

  it('gives search examples that are communes of the data', () => {
    const examples = all.filter((l) => EXAMPLES.has(group(l.key)));
    expect(examples.length).toBeGreaterThan(0);
    for (const l of examples)
      expect(
        communes.some((c) => l.text.includes(c.name!)),
        l.key,
      ).toBe(true);
  });
});
