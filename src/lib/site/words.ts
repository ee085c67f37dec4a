import type { Bilingual, Lang } from './i18n.ts';
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

export const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Xã Xuân Thành", "Phường Nhơn Trạch" / "Xuân Thành commune", "Nhơn Trạch ward": the unit as it is now. */
export function communeTitle(c: Pick<Commune, 'name' | 'unit_type_now'>, lang: Lang): string {
  return lang === 'vi' ? `${capitalize(UNIT_TYPE[c.unit_type_now].vi)} ${c.name}` : `${c.name} ${UNIT_TYPE[c.unit_type_now].en}`;
}

/** "1 target", "3 targets", "3 chỉ tiêu". */
export function countTargets(n: number, lang: Lang): string {
  return lang === 'vi' ? `${n} chỉ tiêu` : `${n} ${n === 1 ? 'target' : 'targets'}`;
}

/** "A and B", "A, B và C". */
export function listWords(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${items[items.length - 1]}`;
}
