import { strings } from './i18n.ts';

/**
 * The sentences an indicator page says about its comparison (src/lib/view/indicator.ts): who
 * asks most and least, who set nothing, and the notes on comparability. `{name}` slots are
 * filled with `fill`; counts that change a word are Plural entries.
 */
export const SIS = strings({
  groupHead: { vi: 'Năm {year}{unit}', en: '{year}{unit}' },
  groupOnlyOne: {
    vi: '{head}: chỉ {name} đặt chỉ tiêu ({figure}), không có xã nào để so sánh.',
    en: '{head}: only {name} sets a target ({figure}); there is no other commune to compare with.',
  },
  groupSame: { vi: '{head}: {names} đặt mức như nhau ({figure}).', en: '{head}: {names} set the same level ({figure}).' },
  groupMost: { vi: '{head}: cao nhất là {most}', en: '{head}: most ambitious {most}' },
  groupBetween: { vi: '; ở giữa là {between}', en: '; in between {between}' },
  groupLeast: { vi: '; thấp nhất là {least}', en: '; least ambitious {least}' },
  groupSpread: { vi: '; chênh lệch {spread}.', en: '; a spread of {spread}.' },
  groupNoSpread: { vi: '; cùng con số, khác cách ghi.', en: '; the same figure, worded differently.' },
  points: { vi: { other: '{n} điểm phần trăm' }, en: { one: '{n} percentage point', other: '{n} percentage points' } },
  unranked: {
    vi: 'Không xếp hạng vì không có con số để so (có/không, định tính hoặc mức trần): {parts}.',
    en: 'Not ranked, as there is no figure to compare (yes/no, qualitative or an upper limit): {parts}.',
  },
  allSet: { vi: 'Cả {n} xã đều đặt chỉ tiêu này.', en: 'All {n} communes set this target.' },
  noneSet: { vi: 'Chưa xã nào đặt chỉ tiêu này.', en: 'No commune sets this target.' },
  relatedOnly: { vi: 'chỉ có chỉ tiêu liên quan, không xếp hạng', en: 'only a related target, not ranked' },
  notSet: { vi: 'Không đặt chỉ tiêu này: {names}.', en: 'Set no target for this: {names}.' },
  yearsDiffer: {
    vi: 'Các chỉ tiêu đặt cho những năm khác nhau ({years}): chỉ tiêu {yearsEach} không bao giờ được xếp hạng chung; mỗi năm được so sánh riêng.',
    en: 'The targets are set for different years ({years}): targets for {yearsEach} are never ranked together; each year is compared on its own.',
  },
  /** A year inside a list of years: "năm 2026 và năm 2030" / "2026 and 2030". */
  eachYear: { vi: 'năm {year}', en: '{year}' },
  unitsDiffer: {
    vi: 'Các chỉ tiêu dùng đơn vị khác nhau ({units}): mỗi đơn vị được so sánh riêng.',
    en: 'The targets use different units ({units}): each unit is compared on its own.',
  },
  strictAndInclusive: {
    vi: '{head}: {strict} ghi “trên” (lớn hơn hẳn, >), còn {inclusive} ghi mức tối thiểu (≥). Cùng một con số thì “trên” đòi hỏi cao hơn một chút.',
    en: '{head}: {strict} {strictVerb} “above” (strictly more, >), while {inclusive} {inclusiveVerb} “at least” (≥). At the same figure, “above” asks slightly more.',
  },
  /** The verb after a list of communes: "writes" after one, "write" after several (English only). */
  writes: { vi: { other: 'ghi' }, en: { one: 'writes', other: 'write' } },
  comparable: { vi: '{name}: so sánh được nhưng phạm vi khác — {note}', en: '{name}: comparable, but the scope differs — {note}' },
  related: {
    vi: '{name} có một chỉ tiêu liên quan ({figure}), hiển thị để tham khảo, không xếp hạng: {note}',
    en: '{name} has a related target ({figure}), shown for reference and not ranked: {note}',
  },
  ocr: {
    vi: '{name}: văn bản là bản OCR và ghi “{raw}”. Bản OCR này in dấu “≥” thành “>” (đối chiếu với bản sạch của cùng văn bản), nên được đọc là {figure}.',
    en: '{name}: the text is an OCR copy that reads “{raw}”. This OCR renders “≥” as “>” (checked against a clean copy of the same plan), so it is read as {figure}.',
  },
  implied: {
    vi: '{name} ghi “{raw}”, không kèm dấu so sánh: được hiểu là mức tối thiểu cần đạt ({figure}).',
    en: '{name} writes “{raw}” with no comparator: it is read as a minimum to reach ({figure}).',
  },
  ceilings: {
    vi: '{head}: {forms} đều có nghĩa là toàn bộ (100%), nên được coi là bằng nhau.',
    en: '{head}: {forms} all mean everything (100%), so they count as equal.',
  },
});
