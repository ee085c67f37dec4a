import { formatCount, plural, type Bilingual, type Lang, strings } from './i18n.ts';
import { fill } from './fill.ts';
import type { Commune, UNIT_TYPES } from '../validate/schemas.ts';

/**
 * Words the pages, the published files and the browser code share: a unit's type, a commune's
 * title, counts and lists in a sentence. Pure.
 */

export type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_TYPE: Record<UnitType, Bilingual> = {
  xã: { vi: 'xã', en: 'commune' },
  phường: { vi: 'phường', en: 'ward' },
  'đặc khu': { vi: 'đặc khu', en: 'special zone' },
};

export const WORDS = strings({
  /** A commune's title: its unit type and name, in each language's order. */
  title: { vi: '{Type} {name}', en: '{name} {type}' },
  targets: { vi: { other: '{n} chỉ tiêu' }, en: { one: '{n} target', other: '{n} targets' } },
  communes: { vi: { other: '{n} xã' }, en: { one: '{n} commune', other: '{n} communes' } },
  otherCommunes: { vi: { other: '{n} xã khác' }, en: { one: '{n} other commune', other: '{n} other communes' } },
  andOthers: { vi: { other: 'và {n} xã khác' }, en: { one: 'and {n} other commune', other: 'and {n} other communes' } },
  and: { vi: 'và', en: 'and' },
});

const NUMBER_WORDS: Record<Lang, string[]> = {
  vi: ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/** Small numbers in words, as prose writes them ("bốn kế hoạch", "the four plans"); figures past ten. */
export function numberWord(n: number, lang: Lang): string {
  return NUMBER_WORDS[lang][n] ?? formatCount(n, lang);
}

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Xã Xuân Thành", "Phường Nhơn Trạch" / "Xuân Thành commune", "Nhơn Trạch ward": the unit as it is now. */
export function communeTitle(c: Pick<Commune, 'name' | 'unit_type_now'>, lang: Lang): string {
  const type = UNIT_TYPE[c.unit_type_now][lang];
  return fill(WORDS.title[lang], { name: c.name, type, Type: capitalize(type) });
}

/** "1 target", "3 targets", "3 chỉ tiêu". */
export function countTargets(n: number, lang: Lang): string {
  return plural(WORDS.targets, n, lang);
}

/** "12 xã" / "12 communes" / "1 commune". */
export function countCommunes(n: number, lang: Lang): string {
  return plural(WORDS.communes, n, lang);
}

/** "A and B", "A, B và C". */
export function listWords(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${WORDS.and[lang]} ${items[items.length - 1]}`;
}

/**
 * Names in a sentence, the first `max` named and the rest counted: "A, B, C và 5 xã khác" /
 * "A, B, C and 5 other communes". With `max` or fewer names it is listWords.
 */
export function namesCapped(names: string[], lang: Lang, max: number): string {
  if (names.length <= max) return listWords(names, lang);
  return listWords([...names.slice(0, max), plural(WORDS.otherCommunes, names.length - max, lang)], lang);
}

/** "và 5 xã khác" / "and 5 other communes": after a name. */
export function othersWords(n: number, lang: Lang): string {
  return plural(WORDS.andOthers, n, lang);
}
