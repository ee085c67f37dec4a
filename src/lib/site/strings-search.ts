import { strings } from './i18n.ts';

/** Words used inside the search records (the text Pagefind indexes and shows in excerpts). */
export const SEARCH_LABEL = strings({
  pillar: { vi: 'Trụ cột', en: 'Pillar' },
  relatedTerms: { vi: 'Thuật ngữ liên quan', en: 'Related terms' },
  setBy: { vi: 'Xã đặt chỉ tiêu', en: 'Communes with a target' },
  setByNone: { vi: 'Chưa xã nào đặt chỉ tiêu này', en: 'No commune has set this target' },
  province: { vi: 'tỉnh', en: 'province' },
  communeLine: { vi: '{Type} {name}, tỉnh {province}', en: '{name} {type}, {province} province' },
  plan: { vi: 'Kế hoạch', en: 'Plan' },
  signedBy: { vi: 'Người ký', en: 'Signed by' },
  unitType: {
    xã: { vi: 'xã', en: 'commune' },
    phường: { vi: 'phường', en: 'ward' },
    'đặc khu': { vi: 'đặc khu', en: 'special zone' },
  },
});

/** Interface strings of the search page and the indicator finder. */
export const SS = strings({
  pageTitle: { vi: 'Tìm kiếm', en: 'Search' },
  pageDescription: {
    vi: 'Tìm chỉ tiêu, xã và cách các kế hoạch ghi từng chỉ tiêu; gõ có dấu hay không dấu đều được.',
    en: 'Find indicators, communes and how each plan words its targets; Vietnamese with or without diacritics works.',
  },
  finderHeading: { vi: 'Tìm nhanh chỉ tiêu hoặc xã', en: 'Quick find: an indicator or a commune' },
  finderLabel: { vi: 'Tên chỉ tiêu, thuật ngữ hoặc tên xã', en: 'Indicator name, term or commune' },
  finderPlaceholder: { vi: 'vd. phủ sóng 5G, định danh, Xuân Thành', en: 'e.g. 5G coverage, digital signature, Xuân Thành' },
  finderHint: {
    vi: 'Gõ để xem gợi ý; dùng phím mũi tên để chọn, Enter để mở, Esc để đóng.',
    en: 'Type to see suggestions; use the arrow keys to choose, Enter to open, Escape to close.',
  },
  finderListLabel: { vi: 'Gợi ý', en: 'Suggestions' },
  finderSubmit: { vi: 'Tìm', en: 'Search' },
  finderLoading: { vi: 'Đang tải danh mục…', en: 'Loading the list…' },
  finderLoadError: {
    vi: 'Không tải được danh mục gợi ý. Nhấn Enter để tìm toàn văn.',
    en: 'The suggestion list could not be loaded. Press Enter for a full-text search.',
  },
  /** "{n} gợi ý" — {n} is replaced. */
  finderCount: { vi: '{n} gợi ý. Dùng mũi tên lên, xuống để chọn.', en: '{n} suggestions. Use the up and down arrows to choose.' },
  finderOne: { vi: '1 gợi ý. Dùng mũi tên xuống để chọn.', en: '1 suggestion. Use the down arrow to choose.' },
  finderNone: { vi: 'Không có gợi ý. Nhấn Enter để tìm toàn văn.', en: 'No suggestions. Press Enter for a full-text search.' },
  matchedWording: { vi: 'Kế hoạch ghi', en: 'Plan wording' },
  kindIndicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  kindCommune: { vi: 'Xã', en: 'Commune' },
  kindPage: { vi: 'Trang', en: 'Page' },
  kindSource: { vi: 'Văn bản kế hoạch', en: 'Plan text' },
  typeLabel: { vi: 'Loại kết quả', en: 'Type of result' },
  anyType: { vi: 'Mọi loại', en: 'Any type' },
  searchPlans: { vi: 'Tìm trong toàn văn các kế hoạch:', en: 'Search the full text of the plans for' },

  formHeading: { vi: 'Tìm toàn văn', en: 'Full-text search' },
  queryLabel: { vi: 'Từ khóa', en: 'Search terms' },
  queryPlaceholder: { vi: 'vd. chu ky so, dịch vụ công trực tuyến', en: 'e.g. digital signature, online services' },
  pillarLabel: { vi: 'Trụ cột', en: 'Pillar' },
  communeLabel: { vi: 'Xã', en: 'Commune' },
  anyPillar: { vi: 'Mọi trụ cột', en: 'All pillars' },
  anyCommune: { vi: 'Mọi xã', en: 'All communes' },
  provinceLabel: { vi: 'Tỉnh, thành phố', en: 'Province' },
  anyProvince: { vi: 'Mọi tỉnh, thành phố', en: 'All provinces' },
  submit: { vi: 'Tìm', en: 'Search' },
  resultsHeading: { vi: 'Kết quả', en: 'Results' },
  searching: { vi: 'Đang tìm…', en: 'Searching…' },
  /** {n} and {q} are replaced. */
  resultCount: { vi: '{n} kết quả cho “{q}”.', en: '{n} results for “{q}”.' },
  resultOne: { vi: '1 kết quả cho “{q}”.', en: '1 result for “{q}”.' },
  resultFiltered: { vi: '{n} kết quả theo bộ lọc.', en: '{n} results for the filters.' },
  noResults: { vi: 'Không tìm thấy kết quả nào cho “{q}”.', en: 'Nothing was found for “{q}”.' },
  noResultsHelp: {
    vi: 'Thử từ khác hoặc ngắn hơn (vd. “5G”, “chữ ký số”, tên xã), bỏ bộ lọc, hoặc xem các danh mục bên dưới.',
    en: 'Try other or fewer words (e.g. “5G”, “signature”, a commune’s name), clear the filters, or browse the lists below.',
  },
  exactFirst: {
    vi: 'Kết quả đúng dấu như bạn gõ được xếp trước.',
    en: 'Results with exactly the diacritics you typed come first.',
  },
  showMore: { vi: 'Xem thêm kết quả', en: 'Show more results' },
  loadError: {
    vi: 'Không tải được bộ tìm kiếm. Hãy dùng các danh mục bên dưới.',
    en: 'The search could not be loaded. Please use the lists below.',
  },
  communesSet: { vi: 'Xã đặt chỉ tiêu', en: 'Set by' },
  noScript: {
    vi: 'Tìm kiếm toàn văn cần JavaScript. Bạn vẫn có thể tra cứu qua các danh mục dưới đây.',
    en: 'Full-text search needs JavaScript. You can still look things up in the lists below.',
  },
  browseHeading: { vi: 'Tra cứu theo danh mục', en: 'Browse instead' },
  browseMatrix: {
    vi: 'Ma trận so sánh: mọi chỉ tiêu của mọi xã trên một bảng',
    en: 'Comparison matrix: every target of every commune in one table',
  },
  browseIndicators: { vi: 'Danh sách chỉ tiêu từ A đến Z', en: 'Indicators from A to Z' },
  browseCommunes: { vi: 'Các xã', en: 'Communes' },
  browseMethodology: { vi: 'Phương pháp so sánh', en: 'How the targets are compared' },
});
