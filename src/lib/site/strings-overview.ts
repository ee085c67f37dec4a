import { strings } from './i18n.ts';

/**
 * Strings of the home page's overview chart (src/components/HomeOverview.astro) and of a
 * province's distribution chart (src/components/ProvinceDistribution.astro). `{n}`-style slots
 * are filled with `fill`.
 */
export const SO = strings({
  heading: { vi: 'Mọi chỉ tiêu trên một thang đo', en: 'Every indicator on one scale' },
  lead: {
    vi: '{n} chỉ tiêu được từ hai xã trở lên đặt cho cùng một năm, tính bằng phần trăm. Mỗi dòng là một chỉ tiêu, chênh lệch giữa mức cao nhất và thấp nhất lớn nhất ở trên cùng. Bấm vào một dòng để xem từng xã và dòng nguồn trong kế hoạch.',
    en: '{n} indicators that two or more communes set for the same year, as a percentage. One row per indicator, the largest gap between the highest and the lowest target first. Select a row for each commune and the plan lines it comes from.',
  },
  leadOne: {
    vi: '1 chỉ tiêu được từ hai xã trở lên đặt cho cùng một năm, tính bằng phần trăm. Bấm vào dòng của nó để xem từng xã và dòng nguồn trong kế hoạch.',
    en: '1 indicator that two or more communes set for the same year, as a percentage. Select its row for each commune and the plan lines it comes from.',
  },
  leadScoped: {
    vi: '{n} chỉ tiêu (theo năm) được từ hai xã trở lên đặt, tính bằng phần trăm. Biểu đồ vẽ {shown} dòng chênh lệch lớn nhất; mỗi dòng tóm tắt mọi xã đặt chỉ tiêu đó; bảng bên dưới có đủ {n} dòng.',
    en: '{n} indicators (by year) that two or more communes set, as a percentage. The chart draws the {shown} rows with the largest gaps, each summarising every commune that set it; the table below has all {n}.',
  },
  none: {
    vi: 'Chưa có chỉ tiêu nào được hai xã đặt cho cùng một năm bằng phần trăm.',
    en: 'No indicator is yet set by two communes for the same year as a percentage.',
  },
  title: {
    vi: 'Mục tiêu của các xã theo từng chỉ tiêu, chênh lệch lớn nhất trước',
    en: 'Each commune’s target per indicator, largest gap first',
  },
  titleScoped: {
    vi: 'Mục tiêu của các xã theo từng chỉ tiêu: thấp nhất, trung vị, cao nhất; chênh lệch lớn nhất trước',
    en: 'The communes’ targets per indicator: lowest, median, highest; largest gap first',
  },
  scale: { vi: 'Thang đo: phần trăm, {from}–{to}%.', en: 'Scale: percent, {from}–{to}%.' },
  rowsSaid: {
    vi: { other: '{n} chỉ tiêu, chênh lệch lớn nhất trước.' },
    en: { one: '{n} indicator.', other: '{n} indicators, largest gap first.' },
  },
  rowsSaidScoped: {
    vi: '{shown} trong {n} chỉ tiêu có chênh lệch lớn nhất.',
    en: 'The {shown} of {n} indicators with the largest gaps.',
  },
  year: { vi: 'năm {year}', en: 'for {year}' },
  communesN: { vi: { other: '{n} xã' }, en: { one: '{n} commune', other: '{n} communes' } },
  targetsN: { vi: { other: '{n} chỉ tiêu' }, en: { one: '{n} target', other: '{n} targets' } },
  summarySpoken: {
    vi: 'thấp nhất {min}, trung vị {median}, cao nhất {max}',
    en: 'lowest {min}, median {median}, highest {max}',
  },
  spreadSpoken: { vi: 'chênh {value} điểm phần trăm', en: '{value} percentage points apart' },
  equalSpoken: { vi: 'cùng một mức', en: 'all at the same level' },
  keyHeading: { vi: 'Cách đọc biểu đồ', en: 'How to read the chart' },
  keyCommunes: { vi: 'Mỗi ký hiệu là một xã, trên dòng riêng của xã đó:', en: 'Each shape is one commune, on a line of its own:' },
  keyLower: {
    vi: 'Vị trí là mức thấp nhất mà chỉ tiêu đòi hỏi (“≥ 60%”, hoặc 15 với “15–17%”).',
    en: 'A mark stands at the lowest level the target asks for (“≥ 60%”, or 15 for “15–17%”).',
  },
  keyGoal: {
    vi: 'Vạch đứt: mục tiêu quốc gia cho cùng năm',
    en: 'Dashed tick: the national goal for the same year',
  },
  keyWhisker: { vi: 'Đường: từ mức thấp nhất đến cao nhất', en: 'Line: lowest to highest' },
  keyBox: { vi: 'Hộp: nửa số chỉ tiêu ở giữa', en: 'Box: the middle half of the targets' },
  keyMedian: { vi: 'Vạch đậm: trung vị', en: 'Bold tick: the median' },
  absent: {
    vi: 'Không có trên biểu đồ: {names} (không có chỉ tiêu phần trăm nào được xã khác đặt cho cùng năm).',
    en: 'Not on the chart: {names} (no percentage target that another commune set for the same year).',
  },
  otherUnits: {
    vi: 'Đo bằng đơn vị khác, không vẽ trên thang phần trăm (xem trang của từng chỉ tiêu):',
    en: 'Measured in another unit, not drawn on the percent scale (see each indicator’s page):',
  },
  tableSummary: {
    vi: { other: 'Bảng số liệu của biểu đồ ({n} dòng)' },
    en: { one: 'The chart’s figures as a table ({n} row)', other: 'The chart’s figures as a table ({n} rows)' },
  },
  tableCaption: {
    vi: 'Mục tiêu của các xã theo từng chỉ tiêu, chênh lệch lớn nhất trước',
    en: 'Each commune’s target per indicator, largest gap first',
  },
  colIndicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  colYear: { vi: 'Năm', en: 'Year' },
  colTargets: { vi: 'Mục tiêu của các xã', en: 'The communes’ targets' },
  colSummary: { vi: 'Thấp nhất · trung vị · cao nhất', en: 'Lowest · median · highest' },
  colCommunes: { vi: 'Số xã', en: 'Communes' },
  colSpread: { vi: 'Chênh lệch', en: 'Gap' },
  colGoal: { vi: 'Mục tiêu quốc gia cùng năm', en: 'National goal, same year' },
  spreadCell: { vi: '{value} điểm %', en: '{value} pts' },
  // A province's distribution chart
  distHeading: { vi: 'Phân bố mục tiêu trong tỉnh', en: 'How the province’s targets spread' },
  distDot: {
    vi: 'một chấm: chỉ tiêu của một xã, ở mức thấp nhất mà chỉ tiêu đòi hỏi; các chấm cùng mức xếp chồng lên nhau',
    en: 'one dot: one commune’s target, at the lowest level it asks for; dots at the same level stack up',
  },
  distGoalKey: {
    vi: 'đường đứt: mục tiêu quốc gia hoặc của tỉnh cho cùng năm',
    en: 'dashed line: a national or provincial goal for the same year',
  },
  distTitle: { vi: '{name}: phân bố mục tiêu của các xã {province}', en: '{name}: how the targets of {province}’s communes spread' },
  distGroup: { vi: 'Năm {year}: {targets} của {communes}', en: '{year}: {targets} of {communes}' },
  distGroupSame: { vi: 'Năm {year}: {communes}', en: '{year}: {communes}' },
  distStats: {
    vi: 'thấp nhất {min}, trung vị {median}, cao nhất {max}',
    en: 'lowest {min}, median {median}, highest {max}',
  },
  distLevels: { vi: 'các mức: {levels}', en: 'levels: {levels}' },
  distLevel: { vi: '{figure} ({n} xã)', en: '{figure} ({n})' },
  distGoal: {
    vi: '{label}: {reached} trong {targets} đạt hoặc cao hơn',
    en: '{label}: {reached} of {targets} at or above it',
  },
  distLeftOut: {
    vi: {
      other: '{n} chỉ tiêu khác (có/không, định tính, mức tối đa, đơn vị khác hoặc chỉ tiêu liên quan) không vẽ; bảng bên dưới có đủ.',
    },
    en: {
      one: '{n} other target (yes/no, qualitative, an upper bound, another unit or related) is not drawn; the table below has it.',
      other: '{n} other targets (yes/no, qualitative, upper bounds, another unit or related) are not drawn; the table below has them all.',
    },
  },
  distScale: { vi: 'Thang đo: {unit}, {from}–{to}.', en: 'Scale: {unit}, {from}–{to}.' },
  // The provinces list of a scoped site (/communes/)
  coverageAll: {
    vi: 'Cả {n} tỉnh, thành phố đều có ít nhất một kế hoạch xã trong dữ liệu.',
    en: 'All {n} provinces and cities have at least one commune plan in the data.',
  },
  coverageSome: {
    vi: '{with} trong {n} tỉnh, thành phố có kế hoạch xã trong dữ liệu. Chưa có kế hoạch nào: {names}.',
    en: '{with} of the {n} provinces and cities have commune plans in the data. None yet from {names}.',
  },
});
