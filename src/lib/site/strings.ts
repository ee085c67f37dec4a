import type { Bilingual } from './i18n.ts';

/** Interface strings. Data strings (names, definitions) live in data/, not here. */
export const S = {
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
  otherLang: { vi: 'English', en: 'Tiếng Việt' },
  otherLangLabel: { vi: 'Xem trang này bằng tiếng Anh', en: 'Xem trang này bằng tiếng Việt' },
  footerSource: {
    vi: 'Số liệu chép từ các kế hoạch của UBND xã; mỗi con số dẫn về dòng của văn bản nguồn.',
    en: 'Figures transcribed from the commune People’s Committees’ plans; every figure cites its source line.',
  },
} satisfies Record<string, Bilingual>;
