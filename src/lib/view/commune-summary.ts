import { strings } from '../site/i18n.ts';
import { fill } from '../site/fill.ts';
import { countTargets } from '../site/words.ts';
import { targetsOf } from '../dataset/dataset-index.ts';
import { communeCore } from './commune-targets.ts';
import { STANDING } from '../site/format.ts';
import type { Standing } from '../compare/commune-profile.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';

/** The commune page's summary: how many of its targets stand above, level with, below the others. */

export const STANDING_ORDER: Standing[] = ['above', 'equal', 'between', 'below', 'only', 'unranked'];

export interface SummaryItem {
  /** "only-year": the commune alone set it for its year; other communes set it for another year. */
  key: Standing | 'only-year';
  standing: Standing;
  count: number;
  label: string;
}

/**
 * The standings as a reader should count them: like ds.profiles, except that "only this commune"
 * is split in two — no other commune set the indicator at all, or the others set it for another
 * year (Nghĩa Đàn's 2030 targets beside the others' 2026: not ranked together, not unique either).
 */
export function summaryItems(ds: Dataset, communeId: string, lang: Lang): SummaryItem[] {
  // From the tallies, not communeGroups: a province's list asks this for every commune, and needs no words.
  const entries = communeCore(ds, communeId).tallies.map((x) => ({
    standing: x.s.standing,
    target: x.s.target,
    unrankedYears: x.unrankedYears,
  }));
  type Entry = (typeof entries)[number];
  const otherYear = (e: Entry) => e.standing === 'only' && e.unrankedYears.some((y) => y !== e.target.targetYear);
  const years = (xs: number[]) => [...new Set(xs)].sort().join(', ');
  const items: SummaryItem[] = [];
  for (const standing of STANDING_ORDER) {
    const here = entries.filter((e) => e.standing === standing);
    if (standing !== 'only') {
      if (here.length > 0) items.push({ key: standing, standing, count: here.length, label: STANDING[standing].label[lang] });
      continue;
    }
    const alone = here.filter((e) => !otherYear(e));
    const split = here.filter(otherYear);
    if (alone.length > 0) items.push({ key: 'only', standing, count: alone.length, label: STANDING.only.label[lang] });
    if (split.length > 0) {
      const mine = years(split.map((e) => e.target.targetYear));
      const theirs = years(split.flatMap((e) => e.unrankedYears).filter((y) => !split.some((e) => e.target.targetYear === y)));
      items.push({
        key: 'only-year',
        standing,
        count: split.length,
        label: fill(SSU.onlyYear[lang], { mine, theirs }),
      });
    }
  }
  return items;
}

/** The words of the summary: one phrase per standing, `{n}` its count. */
const SSU = strings({
  above: { vi: 'cao hơn các xã khác ở {n} chỉ tiêu', en: 'above the others on {n}' },
  equal: { vi: 'bằng các xã khác ở {n}', en: 'equal to them on {n}' },
  between: { vi: 'ở giữa ở {n}', en: 'in between on {n}' },
  below: { vi: 'thấp hơn ở {n}', en: 'below them on {n}' },
  only: { vi: '{n} chỉ tiêu chỉ xã này đặt', en: '{n} set by this commune alone' },
  unranked: { vi: '{n} chỉ tiêu không xếp hạng', en: '{n} not ranked' },
  onlyYear: {
    vi: 'chỉ xã này đặt cho năm {mine} (xã khác đặt cho năm {theirs})',
    en: 'set for {mine} by this commune alone (others set them for {theirs})',
  },
  onlyYearCount: { vi: '{n} chỉ tiêu {label}', en: '{n} {label}' },
  head: { vi: '{targets}: ', en: '{targets}: ' },
});

const RANKED: Standing[] = ['above', 'equal', 'between', 'below'];

/** "22 chỉ tiêu: cao hơn các xã khác ở 3 chỉ tiêu, bằng các xã khác ở 3, thấp hơn ở 8; 2 chỉ tiêu chỉ xã này đặt; 6 chỉ tiêu không xếp hạng." */
export function summarySentence(ds: Dataset, communeId: string, lang: Lang): string {
  const items = summaryItems(ds, communeId, lang);
  const phrase = (i: SummaryItem) =>
    i.key === 'only-year' ? fill(SSU.onlyYearCount[lang], { n: i.count, label: i.label }) : fill(SSU[i.standing][lang], { n: i.count });
  const first = items
    .filter((i) => RANKED.includes(i.standing))
    .map(phrase)
    .join(', ');
  const second = items
    .filter((i) => !RANKED.includes(i.standing))
    .map(phrase)
    .join('; ');
  const total = targetsOf(ds, communeId).length;
  const head = fill(SSU.head[lang], { targets: countTargets(total, lang) });
  return `${head}${[first, second].filter(Boolean).join('; ')}.`;
}
