import { type Lang, strings } from './i18n.ts';

/** Strings of the parts every page may carry: the embed block, a target's figure, the language switch. */
export const SPT = strings({
  embedSummary: { vi: 'Nhúng vào cổng thông tin', en: 'Embed this on a portal' },
  embedHow: {
    vi: 'Chép đoạn mã dưới đây vào trang của cổng thông tin. Tệp embed.js giúp khung tự khớp chiều cao; không có nó, khung vẫn hiển thị với chiều cao cố định.',
    en: 'Copy this snippet into a portal page. embed.js lets the frame fit its content; without it the frame still shows at a fixed height.',
  },
  embedCode: { vi: 'Mã nhúng', en: 'Embed code' },
  copy: { vi: 'Chép mã', en: 'Copy code' },
  copied: { vi: 'Đã chép.', en: 'Copied.' },
  preview: { vi: 'Xem trước:', en: 'Preview:' },
  viewAll: { vi: 'Xem toàn bộ so sánh ↗', en: 'View the full comparison ↗' },
  year: { vi: 'năm {year}', en: 'year {year}' },
  written: { vi: 'ghi là', en: 'written' },
  and: { vi: 'và', en: 'and' },
  plans: { vi: { other: '{n} kế hoạch' }, en: { one: '{n} plan', other: '{n} plans' } },
});

/** Each language's name in itself, for the language switch. */
export const LANG_NAME: Record<Lang, string> = { vi: 'Tiếng Việt', en: 'English' };

/** "View this page in …", in the language the link leads to (the link carries that lang). */
export const VIEW_IN: Record<Lang, string> = { vi: 'Xem trang này bằng tiếng Việt', en: 'View this page in English' };
