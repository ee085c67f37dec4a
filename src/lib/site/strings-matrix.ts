import type { Mark } from '../compare/commune-profile.ts';
import { STANDING } from './format.ts';
import { type Bilingual, strings } from './i18n.ts';

/**
 * Interface strings of the home page, the comparison matrix and the compare view. Templates
 * carry `{name}`-style slots, filled by the view models (src/lib/view/{home,matrix,compare}.ts).
 */

/** The comparison matrix. */
export const SM = strings({
  title: { vi: 'Ma trận so sánh chỉ tiêu', en: 'Comparison matrix' },
  description: {
    vi: 'Mọi chỉ tiêu của các kế hoạch xã trong một bảng: hàng là chỉ tiêu, cột là xã, ký hiệu cho biết xã đặt mức cao hơn hay thấp hơn.',
    en: 'Every target of the commune plans in one table: rows are indicators, columns communes, symbols show who asks more or less.',
  },
  lead: {
    vi: 'Mỗi hàng là một chỉ tiêu của danh mục chung, mỗi cột là một xã. Chỉ so sánh chỉ tiêu cùng thước đo, cùng năm.',
    en: 'Each row is a catalogue indicator, each column a commune. Only targets with the same measure and year are compared.',
  },
  caption: {
    vi: 'Chỉ tiêu của các xã theo danh mục chung, nhóm theo trụ cột',
    en: 'The communes’ targets by catalogue indicator, grouped by pillar',
  },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  setBy: { vi: '{n}/{total} xã đặt', en: '{n}/{total} communes' },
  spread: { vi: 'chênh {value}', en: 'spread {value}' },
  spreadPoints: { vi: 'chênh {value} điểm %', en: 'spread {value} pts' },
  none: { vi: 'không đặt chỉ tiêu', en: 'no target' },
  related: { vi: 'liên quan', en: 'related' },
  relatedHidden: { vi: 'chỉ tiêu liên quan, không xếp hạng', en: 'related target, not ranked' },
  targetsFor: { vi: 'chỉ tiêu năm {year}', en: 'targets for {year}' },
  filters: { vi: 'Lọc và sắp xếp', en: 'Filter and sort' },
  pillar: { vi: 'Trụ cột', en: 'Pillar' },
  allPillars: { vi: 'Tất cả trụ cột', en: 'All pillars' },
  communes: { vi: 'Xã hiển thị', en: 'Communes shown' },
  sort: { vi: 'Sắp xếp trong mỗi trụ cột', en: 'Order within each pillar' },
  sortCatalogue: { vi: 'Theo danh mục', en: 'Catalogue order' },
  sortSpread: { vi: 'Chênh lệch lớn nhất trước', en: 'Largest spread first' },
  reset: { vi: 'Hiện tất cả', en: 'Show all' },
  shown: { vi: '{rows} chỉ tiêu, {cols} xã đang hiển thị.', en: '{rows} indicators and {cols} communes shown.' },
  noCommune: {
    vi: 'Chưa chọn xã nào: hãy chọn ít nhất một xã để xem chỉ tiêu.',
    en: 'No commune chosen: choose at least one to see its targets.',
  },
  hideNote: {
    vi: 'Ẩn bớt xã không làm thay đổi ký hiệu: vị trí luôn so với mọi xã được so sánh, kể cả xã đang ẩn. Để xếp hạng lại giữa các xã đã chọn, dùng trang',
    en: 'Hiding communes does not change the symbols: standings are always against every commune compared, hidden ones included. To rank among chosen communes only, use',
  },
  linkNote: {
    vi: 'Bộ lọc được ghi vào địa chỉ trang: sao chép địa chỉ để chia sẻ đúng khung nhìn này.',
    en: 'The filters are kept in the page address: copy it to share exactly this view.',
  },
  scrollHint: {
    vi: 'Vuốt ngang trong bảng để xem các xã khác.',
    en: 'Swipe the table sideways for more communes.',
  },
  legend: { vi: 'Cách đọc bảng', en: 'How to read the table' },
  legendCells: {
    vi: 'Ô ghi chỉ tiêu đã chuẩn hóa và nguyên văn; ký hiệu cho biết xã đặt mức cao hơn, thấp hơn hay bằng các xã khác:',
    en: 'A cell shows the target normalized and as written; the symbol says whether the commune asks more, less or the same as the others:',
  },
  legendNone: { vi: 'ô kẻ sọc, “—”: xã không đặt chỉ tiêu này', en: 'hatched, “—”: the commune set no target for it' },
  legendRelated: {
    vi: 'in nghiêng, nhãn “liên quan”: chỉ tiêu gần giống, hiển thị để tham khảo, không xếp hạng',
    en: 'italic, “related” tag: a similar target, shown for reference, not ranked',
  },
  legendYear: {
    vi: 'in nghiêng, nhãn “năm 2030”: chỉ tiêu cho năm khác, không xếp hạng chung với năm {year}',
    en: 'italic, “year 2030” tag: a target for another year, never ranked with {year}',
  },
  legendRaw: { vi: 'ghi là “…”: nguyên văn trong kế hoạch', en: 'written “…”: the plan’s own wording' },
  legendOcr: {
    vi: 'OCR: dấu “>” của bản OCR, đọc là ≥ theo quy tắc OCR',
    en: 'OCR: a “>” in an OCR copy, read as ≥ under the OCR rule',
  },
  legendImplied: { vi: '*: con số không kèm dấu, hiểu là mức tối thiểu', en: '*: a bare figure, read as a minimum' },
  legendSpread: {
    vi: 'chênh: mức cao nhất trừ mức thấp nhất trong cùng năm, cùng đơn vị',
    en: 'spread: highest minus lowest figure for the same year and unit',
  },
  legendMethod: { vi: 'Quy tắc so sánh đầy đủ', en: 'The full comparison rules' },
  legendPeek: {
    vi: '▲ cao hơn · ▼ thấp hơn các xã khác · ▽ thấp hơn mục tiêu quốc gia',
    en: '▲ above · ▼ below the others · ▽ below the national goal',
  },
  legendGoals: {
    vi: 'cột “Mục tiêu cấp trên”: mục tiêu quốc gia và của tỉnh cho năm của các chỉ tiêu trong hàng; mốc năm khác xem ở trang chỉ tiêu',
    en: '“Higher-level goals” column: the national and provincial goals for the years of the row’s targets; other years on the indicator’s page',
  },
  legendBelow: {
    vi: 'thấp hơn mục tiêu quốc gia cùng năm, so theo cùng quy tắc như giữa các xã; nếu mục tiêu tính trên mẫu số khác, trang chỉ tiêu ghi lưu ý',
    en: 'below a national goal for the same year, compared by the same rules as between communes; where the goal has another denominator, the indicator’s page says so',
  },
  goals: { vi: 'Mục tiêu cấp trên', en: 'Higher-level goals' },
  goalsNone: { vi: 'chưa có trong dữ liệu', en: 'none in the data' },
  goalsOther: { vi: 'Mục tiêu khác: {years}', en: 'More goals: {years}' },
  goalsHorizon: { vi: 'mốc năm khác, không so', en: 'another year, not compared' },
  legendHorizon: {
    vi: 'cột mục tiêu, ◇: mục tiêu cho năm khác với các chỉ tiêu trong hàng, đặt cạnh để tham khảo, không so',
    en: 'goals column, ◇: a goal for another year than the row’s targets, shown for reference, not compared',
  },
  belowShort: { vi: 'dưới mục tiêu QG', en: 'below national goal' },
  belowFilter: {
    vi: 'Chỉ các chỉ tiêu có xã đặt thấp hơn mục tiêu quốc gia cùng năm (▽)',
    en: 'Only indicators where a commune’s target is below the national goal for its year (▽)',
  },
  belowActive: { vi: '▽ thấp hơn mục tiêu QG', en: '▽ below national goal' },
  belowLink: {
    vi: 'Chỉ hiện chỉ tiêu có xã thấp hơn mục tiêu quốc gia (▽)',
    en: 'Show only indicators with a target below the national goal (▽)',
  },
  allLink: { vi: 'Hiện mọi chỉ tiêu', en: 'Show every indicator' },
  jumpTo: { vi: 'Đến trụ cột:', en: 'Go to pillar:' },
  activeCommunes: { vi: '{n}/{total} xã', en: '{n}/{total} communes' },
  activeNone: { vi: 'đang hiện tất cả', en: 'showing everything' },
  noRows: {
    vi: 'Không có chỉ tiêu nào khớp bộ lọc đang chọn: mở “Lọc và sắp xếp” để đổi, hoặc bấm “Hiện tất cả”.',
    en: 'No indicator matches the filters chosen: open “Filter and sort” to change them, or press “Show all”.',
  },
  noJsFilters: {
    vi: 'Không có JavaScript: bảng hiển thị mọi trụ cột và mọi xã; lọc và sắp xếp cần JavaScript.',
    en: 'Without JavaScript the table shows every pillar and every commune; filtering and sorting need JavaScript.',
  },
  noJsBelow: {
    vi: 'Không có JavaScript: liên kết dưới đây vẫn lọc được các chỉ tiêu thấp hơn mục tiêu quốc gia; lọc theo trụ cột, theo xã và sắp xếp cần JavaScript.',
    en: 'Without JavaScript the link below still filters the indicators below the national goal; filtering by pillar or commune and sorting need JavaScript.',
  },
});

/** The compare view. */
export const SCP = strings({
  title: { vi: 'So sánh các xã', en: 'Compare communes' },
  description: {
    vi: 'Chọn 2 đến 4 xã để xem chỉ tiêu cạnh nhau; vị trí cao hơn, thấp hơn được tính lại trong nhóm đã chọn.',
    en: 'Choose 2 to 4 communes to see their targets side by side; who asks more or less is recomputed within the chosen group.',
  },
  lead: {
    vi: 'Chọn từ 2 đến 4 xã để xem chỉ tiêu của các xã cạnh nhau. Vị trí (cao hơn, thấp hơn…) được tính lại chỉ giữa các xã đã chọn, theo cùng quy tắc với cả trang. Lựa chọn được ghi vào địa chỉ trang để chia sẻ.',
    en: 'Choose 2 to 4 communes to see their targets side by side. Standings (above, below…) are recomputed among the chosen communes only, by the same rules as the rest of the site. The choice is kept in the page address, so a link reproduces it.',
  },
  choose: { vi: 'Các xã so sánh (chọn 2–4)', en: 'Communes to compare (choose 2–4)' },
  pairs: { vi: 'So sánh nhanh từng cặp', en: 'Quick pairs' },
  pairsLabel: { vi: 'Các cặp xã', en: 'Pairs of communes' },
  tooFew: { vi: 'Hãy chọn ít nhất 2 xã để so sánh.', en: 'Choose at least 2 communes to compare.' },
  tooMany: { vi: 'Chỉ so sánh được tối đa {max} xã một lúc.', en: 'Compare at most {max} communes at a time.' },
  status: { vi: 'Đang so sánh {communes}: {rows} chỉ tiêu.', en: 'Comparing {communes}: {rows} indicators.' },
  noJs: {
    vi: 'Không có JavaScript: bảng dưới đây so sánh mọi xã. Việc chọn xã cần JavaScript.',
    en: 'Without JavaScript the table compares every commune; choosing communes needs JavaScript.',
  },
  caption: { vi: 'Chỉ tiêu của các xã đã chọn, theo trụ cột', en: 'Targets of the chosen communes, by pillar' },
  summary: { vi: 'Tóm tắt', en: 'Summary' },
  onlyBy: { vi: 'chỉ {name} đặt', en: 'set by {name} only' },
  overall: {
    vi: '{rows} chỉ tiêu có ít nhất một xã đã chọn đặt; {shared} chỉ tiêu cả {n} xã cùng đặt.',
    en: '{rows} indicators are set by at least one chosen commune; {shared} by all {n}.',
  },
  perCommune: {
    vi: '{name}: đặt {set} chỉ tiêu; cao hơn các xã khác ở {above}, thấp hơn ở {below}, là xã duy nhất đặt {only}.',
    en: '{name}: sets {set} indicators; above the others on {above}, below on {below}, the only one on {only}.',
  },
});

/** The home page. */
export const SH = strings({
  lead: {
    vi: 'Để triển khai Nghị quyết 57-NQ/TW về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số, mỗi xã ban hành một kế hoạch với những chỉ tiêu riêng. Cùng là phủ sóng 5G hay tài khoản định danh điện tử VNeID, nhưng mỗi xã đặt một mức khác nhau. Trang này đặt các chỉ tiêu ấy cạnh nhau: xã nào đặt cao hơn, xã nào chưa đặt, ai phụ trách và đến khi nào.',
    en: 'To implement Resolution 57-NQ/TW on science, technology, innovation and digital transformation, each commune issued a plan with its own targets. The same 5G coverage or VNeID electronic-identity accounts appear in several plans, at different levels. This site puts those targets side by side: who asks more, who set none, who is responsible, and by when.',
  },
  stats: {
    vi: '{plans} kế hoạch · {targets} chỉ tiêu chép nguyên văn · {indicators} chỉ tiêu trong danh mục chung · {tasks} nhiệm vụ',
    en: '{plans} plans · {targets} targets transcribed as written · {indicators} catalogue indicators · {tasks} tasks',
  },
  plans: { vi: 'Các kế hoạch được so sánh', en: 'The plans compared' },
  province: { vi: 'Tỉnh', en: 'Province' },
  unitNow: { vi: 'Loại đơn vị hiện nay', en: 'Unit type now' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  number: { vi: 'Số', en: 'No.' },
  date: { vi: 'ngày', en: 'dated' },
  years: { vi: 'Chỉ tiêu cho năm', en: 'Targets for' },
  targets: { vi: 'Số chỉ tiêu', en: 'Targets' },
  differences: { vi: 'Những khác biệt đáng chú ý', en: 'What stands out' },
  differencesLead: {
    vi: 'Tính tự động từ dữ liệu; mỗi dòng dẫn đến trang của chỉ tiêu, với nguyên văn và nguồn.',
    en: 'Computed from the data; each line links to the indicator’s page, with the wording and the source.',
  },
  ambition: { vi: 'Chênh lệch lớn nhất về mức đặt', en: 'The largest differences in ambition' },
  ambitionMore: { vi: 'Xem thêm {n} khác biệt', en: 'Show {n} more differences' },
  bySpread: { vi: 'Mọi chỉ tiêu theo mức chênh lệch, trong ma trận', en: 'Every indicator by spread, in the matrix' },
  onlyOne: { vi: 'Chỉ một xã đặt', en: 'Set by one commune only' },
  onlyOneLine: { vi: 'Chỉ {name} đặt {n} chỉ tiêu:', en: 'Only {name} sets {n} indicators:' },
  onlyOneLineOne: { vi: 'Chỉ {name} đặt 1 chỉ tiêu:', en: 'Only {name} sets 1 indicator:' },
  years_: { vi: 'Năm mục tiêu khác nhau', en: 'Different target years' },
  start: { vi: 'Bắt đầu từ đâu', en: 'Where to start' },
  entryMatrix: {
    vi: 'Mọi chỉ tiêu của các xã trong một bảng, lọc theo trụ cột.',
    en: 'Every target of the communes in one table, by pillar.',
  },
  entryIndicators: { vi: '{n} chỉ tiêu, mỗi chỉ tiêu một trang so sánh.', en: '{n} indicators, one comparison page each.' },
  entryCommunes: { vi: 'Kế hoạch, chỉ tiêu và nhiệm vụ của từng xã.', en: 'Each commune’s plan, targets and tasks.' },
  entryCompare: { vi: 'Chọn 2–4 xã để so sánh cạnh nhau.', en: 'Pick 2–4 communes side by side.' },
  entryMethodology: { vi: 'Cách đọc, ghép và so sánh chỉ tiêu.', en: 'How targets are read, mapped and compared.' },
  entryDownloads: { vi: 'CSV, Excel, JSON cho nghiên cứu.', en: 'CSV, Excel and JSON for research.' },
  planOf: { vi: 'Kế hoạch số', en: 'Plan No.' },
  atPlan: { vi: 'khi ban hành kế hoạch: {type}', en: 'when the plan was issued: {type}' },
});

/** Fills `{slot}`s of a template. */
export { fill } from './fill.ts';

/**
 * The mark a cell shows: the standing of src/lib/compare/commune-profile.ts with its shape cue,
 * plus `solo`: alone in its rank group although another commune set the indicator — for another
 * year or unit — so "only this commune" would be untrue (see markOf in src/lib/view/matrix.ts).
 */
export const MARK: Record<Mark, { label: Bilingual; shape: string; css: string }> = {
  ...STANDING,
  solo: {
    label: {
      vi: 'không xếp hạng: không có xã khác cùng năm, cùng đơn vị',
      en: 'not ranked: no other commune for the same year and unit',
    },
    shape: '○',
    css: 'unranked',
  },
};
