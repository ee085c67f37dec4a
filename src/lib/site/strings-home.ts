import { strings } from './i18n.ts';

/** The home page's headlines in words (src/lib/view/home.ts). */
export const SHL = strings({
  apart: { vi: 'chênh {amount}', en: '{amount} apart' },
  /** The first level of a group names its verb: "Xuân Thành đặt ≥ 65%" / "Xuân Thành aims for ≥ 65%". */
  levelFirst: { vi: '{who} đặt {figure}', en: '{who} {aim} for {figure}' },
  level: { vi: '{who} đặt {figure}', en: '{who} for {figure}' },
  aim: { vi: { other: 'đặt' }, en: { one: 'aims', other: 'aim' } },
  scopesDiffer: { vi: '; phạm vi đo không hoàn toàn giống nhau', en: '; the scopes differ slightly' },
  year: { vi: 'năm {year}', en: '{year}' },
  forYear: { vi: ', năm {year}', en: ', for {year}' },
  size: { vi: '; {communes}, {levels}', en: '; {communes}, {levels}' },
  levels: { vi: { other: '{n} mức' }, en: { one: '{n} level', other: '{n} levels' } },
  yearFirst: { vi: '{who} đặt chỉ tiêu cho năm {year}', en: '{who} {sets} targets for {year}' },
  yearNext: { vi: '{who} cho năm {year}', en: '{who} for {year}' },
  sets: { vi: { other: 'đặt' }, en: { one: 'sets its', other: 'set their' } },
  yearsTail: {
    vi: 'Chỉ tiêu của các năm khác nhau không được xếp hạng chung; {indicators} có mốc năm khác nhau giữa các xã:',
    en: 'Targets for different years are never ranked together; {indicators} carry different years:',
  },
  indicators: { vi: { other: '{n} chỉ tiêu' }, en: { one: '{n} indicator', other: '{n} indicators' } },
});
