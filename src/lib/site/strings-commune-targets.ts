import { strings } from './i18n.ts';

/** The words a commune page says about each target against the others (src/lib/view/commune-targets.ts). */
export const ST = strings({
  /** A year after a figure: "năm 2030" / "for 2030". */
  forYear: { vi: 'năm {year}', en: 'for {year}' },
  otherYears: { vi: 'năm khác', en: 'for other years' },
  higher: { vi: '{n} xã đặt mức cao hơn', en: '{n} set a higher target' },
  highest: { vi: 'cao nhất', en: 'highest' },
  equal: { vi: '{n} xã bằng', en: '{n} the same' },
  lower: { vi: '{n} xã thấp hơn', en: '{n} lower' },
  lowest: { vi: 'thấp nhất', en: 'lowest' },
  otherYear: { vi: '{n} xã đặt cho {year}', en: '{n} {year}' },
  otherUnit: { vi: '{n} xã đặt theo đơn vị khác', en: '{n} in another unit' },
  relatedNote: { vi: 'Liên quan, không cùng thước đo: không xếp hạng. {note}', en: 'Related, not the same measure: not ranked. {note}' },
  textNote: { vi: 'Chỉ tiêu định tính: không xếp hạng.', en: 'A qualitative target: not ranked.' },
  yesNote: { vi: 'Chỉ tiêu có/không: không xếp hạng.', en: 'A yes/no target: not ranked.' },
  upperNote: { vi: 'Mức tối đa: không xếp hạng.', en: 'An upper limit: not ranked.' },
  othersOtherYear: {
    vi: 'Xã khác đặt chỉ tiêu này cho năm {years}, không phải {year}: không xếp hạng chung.',
    en: 'Others set this for {years}, not {year}: not ranked together.',
  },
  othersOtherUnit: {
    vi: 'Xã khác đặt chỉ tiêu này theo đơn vị khác: không xếp hạng chung.',
    en: 'Others state this in another unit: not ranked together.',
  },
  onlyForYear: { vi: 'chỉ xã này đặt cho năm {year}', en: 'only this commune for {year}' },
});
