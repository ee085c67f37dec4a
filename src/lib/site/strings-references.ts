import type { NotComparableReason } from '../compare/reference-standing.ts';
import { type Bilingual, strings } from './i18n.ts';

/** Interface strings of the reference targets: national and provincial figures beside the communes'. */
export const SR = strings({
  national: { vi: 'Quốc gia', en: 'National' },
  context: { vi: 'Số liệu tham khảo', en: 'Context' },
  above: { vi: 'cao hơn', en: 'above' },
  at: { vi: 'bằng', en: 'at' },
  below: { vi: 'thấp hơn', en: 'below' },
  horizon: {
    vi: 'mốc năm khác ({year}; chỉ tiêu xã cho năm {target}): đặt cạnh, không so',
    en: 'a different horizon ({year}; the commune’s is for {target}): side by side, not ranked',
  },
  horizonShort: { vi: 'mốc năm khác, không so', en: 'another year, not ranked' },
  'not-comparable': { vi: 'không so được', en: 'not comparable' },
  reasons: {
    'different-indicator': { vi: 'chỉ tiêu khác', en: 'another indicator' },
    'reference-context': { vi: 'số liệu tham khảo, không phải mục tiêu', en: 'a context figure, not a goal' },
    'target-unmapped': { vi: 'chỉ tiêu chưa ghép', en: 'the target is not mapped' },
    'target-related': { vi: 'chỉ tiêu liên quan, không cùng thước đo', en: 'a related target, not the same measure' },
    'target-upper-bound': { vi: 'chỉ tiêu là mức trần', en: 'the target is an upper bound' },
    'target-yes-no': { vi: 'chỉ tiêu có/không', en: 'a yes/no target' },
    'target-text': { vi: 'chỉ tiêu định tính', en: 'a qualitative target' },
    'different-unit': { vi: 'khác đơn vị đo', en: 'another unit' },
    'reference-upper-bound': { vi: 'mục tiêu là mức trần', en: 'the reference is an upper bound' },
  } satisfies Record<NotComparableReason, Bilingual>,
  versus: { vi: 'So với mục tiêu cấp trên', en: 'Against higher-level goals' },
  summary: {
    vi: 'So với mục tiêu quốc gia cùng năm: thấp hơn ở {below} chỉ tiêu, bằng ở {at}, cao hơn ở {above}.',
    en: 'Against the national goals for the same year: below on {below} indicators, at them on {at}, above on {above}.',
  },
  summaryNone: {
    vi: 'Không chỉ tiêu nào của xã có mục tiêu quốc gia cùng năm để so.',
    en: 'None of the commune’s targets has a national goal for the same year to compare with.',
  },
  summaryHeading: { vi: 'So với mục tiêu quốc gia', en: 'Against the national goals' },
  belowList: { vi: 'Thấp hơn mục tiêu quốc gia', en: 'Below the national goal' },
  atList: { vi: 'Bằng mục tiêu quốc gia', en: 'At the national goal' },
  aboveList: { vi: 'Cao hơn mục tiêu quốc gia', en: 'Above the national goal' },
  sourceKind: {
    official: { vi: 'văn bản gốc trên trang của cơ quan nhà nước', en: 'the document itself, on a government site' },
    secondary: { vi: 'nguồn thứ cấp (tin báo hoặc bản chép lại)', en: 'a secondary source (a news report or a transcription)' },
  },
  methodLink: { vi: 'Mục tiêu cấp trên được chọn và đọc thế nào', en: 'How the higher-level goals were chosen and read' },
  gapsHeading: { vi: 'Xa mục tiêu quốc gia nhất', en: 'Furthest below the national goals' },
  gapsLead: {
    vi: 'Với mỗi chỉ tiêu: chỉ tiêu thấp nhất so với mục tiêu quốc gia cùng năm, chênh lệch lớn nhất trước.',
    en: 'For each indicator: the lowest target against the national goal for the same year, largest gap first.',
  },
  gap: {
    vi: '{who} đặt {figure} cho năm {year}, mục tiêu quốc gia {goal}: thấp hơn {gap} điểm phần trăm',
    en: '{who} set {figure} for {year}, against a national goal of {goal}: {gap} percentage points below',
  },
  gapMore: { vi: ' (thêm {n} xã cũng thấp hơn mục tiêu này)', en: ' ({n} more below this goal too)' },
  gapOthers: { vi: '{n} xã khác', en: '{n} others' },
  sourceKindShort: {
    official: { vi: 'văn bản gốc', en: 'official' },
    secondary: { vi: 'nguồn thứ cấp', en: 'secondary' },
  },
  heading: { vi: 'Mục tiêu quốc gia và của tỉnh', en: 'National and provincial goals' },
  none: {
    vi: 'Chưa có mục tiêu quốc gia hay của tỉnh nào cho chỉ tiêu này trong dữ liệu.',
    en: 'No national or provincial goal for this indicator is in the data yet.',
  },
  readFrom: { vi: 'Đọc từ', en: 'Read from' },
  quote: { vi: 'nguyên văn', en: 'the words' },
  accessed: { vi: 'truy cập', en: 'accessed' },
  caveat: { vi: 'Lưu ý', en: 'Caveat' },
  note: {
    vi: 'Mục tiêu cấp trên được đặt cạnh để tham chiếu, theo cùng quy tắc so sánh giữa các xã: chỉ so chỉ tiêu cùng thước đo, cùng đơn vị và cùng năm; mốc năm khác chỉ đặt cạnh.',
    en: 'Higher-level goals are shown for reference, by the same rules as the comparison between communes: only the same measure, unit and year are compared; another year is shown side by side.',
  },
});
