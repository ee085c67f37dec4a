import { strings } from './i18n.ts';

/** Interface strings. Data strings (names, definitions) live in data/, not here. */
export const S = strings({
  siteName: { vi: 'So sánh chỉ tiêu chuyển đổi số cấp xã', en: 'Commune digital-transformation targets compared' },
  siteShort: { vi: 'Chỉ tiêu NQ 57 cấp xã', en: 'Commune NQ 57 targets' },
  siteDescription: {
    vi: 'So sánh song song các chỉ tiêu khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số mà các xã đặt ra khi triển khai Nghị quyết 57-NQ/TW.',
    en: 'Side-by-side comparison of the science, technology, innovation and digital-transformation targets that Vietnamese communes set to implement Resolution 57-NQ/TW.',
  },
  skip: { vi: 'Bỏ qua, đến nội dung chính', en: 'Skip to main content' },
  navLabel: { vi: 'Điều hướng chính', en: 'Main navigation' },
  home: { vi: 'Trang chủ', en: 'Home' },
  matrix: { vi: 'Ma trận so sánh', en: 'Comparison matrix' },
  indicators: { vi: 'Chỉ tiêu', en: 'Indicators' },
  communes: { vi: 'Các xã', en: 'Communes' },
  compare: { vi: 'So sánh', en: 'Compare' },
  methodology: { vi: 'Phương pháp', en: 'Methodology' },
  dataQuality: { vi: 'Chất lượng dữ liệu', en: 'Data quality' },
  downloads: { vi: 'Tải dữ liệu', en: 'Downloads' },
  search: { vi: 'Tìm kiếm', en: 'Search' },
  footerSource: {
    vi: 'Số liệu chép từ các kế hoạch của UBND xã; mỗi con số dẫn về dòng của văn bản nguồn.',
    en: 'Figures transcribed from the commune People’s Committees’ plans; every figure cites its source line.',
  },
});

/**
 * Strings of the home, data-quality and methodology pages once they summarize by province
 * (more communes than fit side by side: src/lib/dataset/scope.ts). Templates carry `{name}` slots.
 */
export const SP = strings({
  plansByProvince: { vi: 'Các kế hoạch theo tỉnh, thành phố', en: 'The plans by province' },
  plansByProvinceLead: {
    vi: '{plans} kế hoạch của {provinces} tỉnh, thành phố. Mỗi tỉnh có một trang so sánh các xã của tỉnh đó.',
    en: '{plans} plans from {provinces} provinces. Each province has a page comparing its communes.',
  },
  plansCaption: {
    vi: 'Số kế hoạch, chỉ tiêu và nhiệm vụ của mỗi tỉnh, thành phố',
    en: 'Plans, targets and tasks per province',
  },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  plans: { vi: 'Kế hoạch', en: 'Plans' },
  targets: { vi: 'Chỉ tiêu', en: 'Targets' },
  tasks: { vi: 'Nhiệm vụ', en: 'Tasks' },
  ocr: { vi: 'Bản OCR', en: 'OCR copies' },
  years: { vi: 'Năm mục tiêu (số kế hoạch)', en: 'Target year (plans)' },
  total: { vi: 'Tổng', en: 'Total' },
  allCommunes: { vi: 'Danh sách tất cả các xã', en: 'Every commune, in one list' },
  dqSeedsCount: {
    vi: '{n} tệp văn bản của {plans} kế hoạch; tên từng tệp ở cột source_files của communes.csv.',
    en: '{n} text files of {plans} plans; each file is named in the source_files column of communes.csv.',
  },
  dqByProvince: { vi: 'Tóm tắt theo tỉnh, thành phố', en: 'Summary by province' },
  dqByProvinceCaption: {
    vi: 'Số điểm cần lưu ý trong các kế hoạch của mỗi tỉnh, theo loại',
    en: 'Points to note in each province’s plans, by kind',
  },
  dqByKind: { vi: 'Theo loại', en: 'By kind' },
  dqByKindLead: {
    vi: 'Mỗi loại: số mục trên tất cả các kế hoạch và vài ví dụ đầu tiên. Trang của mỗi xã liệt kê đầy đủ các điểm của kế hoạch xã đó.',
    en: 'Each kind: how many items over all plans, and the first few. Each commune’s page lists every point of its plan.',
  },
  dqKindCount: { vi: '{items} mục, trong {communes} kế hoạch', en: '{items} in {communes} plans' },
  dqFirst: { vi: '{n} mục đầu tiên:', en: 'The first {n}:' },
  dqAll: { vi: 'Danh sách đầy đủ', en: 'The full list' },
  moreCases: {
    vi: 'Và {n} trường hợp khác (targets.csv: cột seed_text và alt_seed_text).',
    en: 'And {n} more (targets.csv: columns seed_text and alt_seed_text).',
  },
  ocrMoreFiles: {
    vi: 'Và {files} tệp OCR khác: quy tắc áp dụng cho {used} chỉ tiêu của các tệp đó (ocr-readings.csv liệt kê từng tệp).',
    en: 'And {files} more OCR files: the rule applies to {used} of their targets (ocr-readings.csv lists every file).',
  },
  sourcesByProvince: {
    vi: '{plans} kế hoạch của {provinces} tỉnh, thành phố. Số, ngày và tệp nguồn của từng kế hoạch ở trang của xã và trong communes.csv.',
    en: '{plans} plans from {provinces} provinces. Each plan’s number, date and source files are on its commune’s page and in communes.csv.',
  },
  sourcesProvince: { vi: '{plans} kế hoạch, {ocr} bản OCR', en: '{plans} plans, {ocr} OCR copies' },
  chainTitle: {
    vi: 'Từ Nghị quyết 57-NQ/TW đến các kế hoạch cấp xã, theo tỉnh',
    en: 'From Resolution 57-NQ/TW to the commune plans, by province',
  },
  chainByProvince: {
    vi: 'Mỗi ô bên phải là các kế hoạch của một tỉnh, thành phố; danh sách dưới sơ đồ cho biết bao nhiêu kế hoạch căn cứ vào mỗi văn bản.',
    en: 'Each box on the right stands for one province’s plans; the list under the chart says how many of them cite each document.',
  },
  dqNone: { vi: 'Không kế hoạch nào có điểm thuộc các loại sau:', en: 'No plan has points of these kinds:' },
});
