import { parseHTML } from 'linkedom';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlFiles, PLUS_ONE_BUILD, requireBuild, ROOT_BUILD } from '../../scripts/lib/built-site.ts';
import { withSynthetic } from '../../scripts/lib/bench/synthetic.ts';
import { checkDataset, type Dataset } from '../../src/lib/dataset/check-dataset.ts';
import { readDataFiles } from '../../src/lib/load/read-data-files.ts';
import { numberWord } from '../../src/lib/site/words.ts';
import { sourceFacts } from '../../src/lib/view/methodology.ts';
import { LANGS, type Lang } from '../../src/lib/core/lang.ts';

/**
 * Adding a commune must leave no sentence stating a count of the old data. The real build and a
 * build of the real data plus one synthetic commune in Đồng Nai (scripts/test-browser.ts) are
 * compared page by page: every count of the data the new commune changes (plans, the province's
 * communes, the OCR texts) is looked for, in words as the pages write whole-data counts ("bốn kế
 * hoạch", "four plans"), in the real build; the same words with the same surroundings on the same
 * page of the other build are a sentence that did not follow the data. Counts in digits are left
 * out: "4 xã đặt chỉ tiêu này" may rightly stay when the new commune did not set that indicator.
 */

interface Fact {
  key: string;
  n: number;
  nouns: Record<Lang, string[]>;
}

function facts(ds: Dataset): Fact[] {
  const byProvince = new Map<string, number>();
  for (const c of ds.raw.communes) byProvince.set(c.province, (byProvince.get(c.province) ?? 0) + 1);
  return [
    { key: 'plans', n: ds.raw.communes.length, nouns: { vi: ['kế hoạch', 'xã'], en: ['plans', 'communes'] } },
    ...[...byProvince].map(([p, n]) => ({ key: `province ${p}`, n, nouns: { vi: ['xã'], en: ['communes'] } })),
    { key: 'OCR texts', n: sourceFacts(ds).ocr, nouns: { vi: ['văn bản'], en: ['texts'] } },
  ];
}

function checked(files: Map<string, Uint8Array>): Dataset {
  const r = checkDataset(files, 'data');
  if (!r.ok) throw new Error(`the data does not check: ${r.errors.length} errors`);
  return r.value;
}

const text = async (file: string) => {
  const { document } = parseHTML(await readFile(file, 'utf8'));
  for (const el of document.querySelectorAll('script, style')) el.remove();
  return (document.body?.textContent ?? '').replace(/\s+/g, ' ');
};

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('counts after a commune is added', async () => {
  requireBuild(ROOT_BUILD.dir);
  requireBuild(PLUS_ONE_BUILD.dir);
  const real = await readDataFiles(resolve('data'));
  const before = facts(checked(real));
  const after = new Map(facts(checked(withSynthetic(real, PLUS_ONE_BUILD.added))).map((f) => [f.key, f]));
  const changed = before.filter((f) => after.get(f.key)?.n !== f.n);
  /** The real build's words for each changed count, per language: "bốn kế hoạch", "four plans". */
  const phrases = (lang: Lang, n: (f: Fact) => number) =>
    changed.flatMap((f) => f.nouns[lang].map((noun) => `${numberWord(n(f), lang)} ${noun}`));
  const stale = new RegExp(
    `(?<![\\p{L}])(?:${LANGS.flatMap((l) => phrases(l, (f) => f.n))
      .map(escapeRe)
      .join('|')})(?![\\p{L}])`,
    'giu',
  );
  const pages = (await htmlFiles(ROOT_BUILD.dir)).filter((p) => existsSync(`${PLUS_ONE_BUILD.dir}/${p}`));

  it('changes the counts it looks for: the plans, a province’s communes, the OCR texts', () => {
    expect(changed.map((f) => f.key)).toContain('plans');
    expect(changed.map((f) => f.key)).toContain('OCR texts');
    expect(changed.filter((f) => f.key.startsWith('province ')).length).toBe(1);
  });

  it('finds those counts written in words in the real build (the check is not blind)', async () => {
    let found = 0;
    for (const p of pages) found += ((await text(`${ROOT_BUILD.dir}/${p}`)).match(stale) ?? []).length;
    expect(found).toBeGreaterThan(0);
  });

  it('leaves no sentence of the real build that states one of them unchanged', async () => {
    const unchanged: string[] = [];
    for (const p of pages) {
      const [was, is] = [await text(`${ROOT_BUILD.dir}/${p}`), await text(`${PLUS_ONE_BUILD.dir}/${p}`)];
      for (const m of was.matchAll(stale)) {
        const sentence = was.slice(Math.max(0, m.index - 60), m.index + m[0].length + 60);
        if (is.includes(sentence)) unchanged.push(`${p}: …${sentence}…`);
      }
    }
    expect(unchanged).toEqual([]);
  });

  it('writes the new counts in words where the old ones were', async () => {
    const plans = after.get('plans')!;
    const methodology = await text(`${PLUS_ONE_BUILD.dir}/en/methodology/index.html`);
    expect(methodology).toContain(`${numberWord(plans.n, 'en')} plans`);
  });
});
