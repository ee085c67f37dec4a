import { strings } from './i18n.ts';

/**
 * Strings of the province-scoped pages (matrix, indicator, compare past a dozen communes; see
 * src/lib/dataset/scope.ts). `{name}`-style slots are filled with `fill` from strings-matrix.ts.
 */
export const SSC = strings({
  matrixIndexLead: {
    vi: 'Có {n} kế hoạch xã ở {p} tỉnh, thành phố: quá nhiều cho một bảng. Chọn tỉnh; mỗi trang so sánh tối đa {max} xã, xếp hạng trong cả tỉnh.',
    en: 'There are {n} commune plans in {p} provinces: too many for one table. Choose a province; each page shows at most {max} communes, ranked within the whole province.',
  },
  province: { vi: 'Tỉnh, thành phố', en: 'Province' },
  communes: { vi: 'Số xã', en: 'Communes' },
  pages: { vi: 'Trang', en: 'Pages' },
  matrixTitle: { vi: 'Ma trận so sánh: {province}', en: 'Comparison matrix: {province}' },
  matrixLead: {
    vi: 'Chỉ tiêu của {from}–{to} trong {n} xã của {province} (trang {page}/{pages}). Ký hiệu cao hơn, thấp hơn, bằng là so với cả {n} xã trong tỉnh.',
    en: 'Targets of communes {from}–{to} of the {n} in {province} (page {page} of {pages}). Higher, lower and equal marks compare with all {n} communes of the province.',
  },
  pageNav: { vi: 'Các trang của tỉnh', en: 'Pages of the province' },
  pageLink: { vi: 'Trang {page}', en: 'Page {page}' },
  allProvinces: { vi: 'Tất cả tỉnh, thành phố', en: 'All provinces' },
  indicatorByProvince: { vi: 'Theo tỉnh, thành phố', en: 'By province' },
  indicatorByProvinceLead: {
    vi: '{set} trong {n} xã đặt chỉ tiêu này. Chọn tỉnh để xem từng xã, biểu đồ và xếp hạng trong tỉnh.',
    en: '{set} of {n} communes set this indicator. Choose a province for each commune, the chart and the ranking within it.',
  },
  setIn: { vi: 'Xã đặt chỉ tiêu', en: 'Communes with a target' },
  range: { vi: 'Mức thấp nhất – cao nhất (năm {year})', en: 'Lowest – highest (for {year})' },
  common: { vi: 'Mức phổ biến nhất', en: 'Most common target' },
  see: { vi: 'Xem so sánh', en: 'See comparison' },
  inProvince: { vi: '{name} – {province}', en: '{name} – {province}' },
  scopedNote: {
    vi: 'So sánh trong {n} xã của {province}.',
    en: 'Compared among the {n} communes of {province}.',
  },
  scopedNoteOne: {
    vi: 'Xã duy nhất của {province} trên trang web: không có xã nào khác trong tỉnh để so sánh.',
    en: 'The only commune of {province} on this site: no other commune in the province to compare with.',
  },
  compareLead: {
    vi: 'Chọn 2 đến 4 xã, ở bất kỳ tỉnh nào: bảng xếp hạng lại chỉ giữa các xã đã chọn, theo cùng quy tắc với mọi trang khác, từ các tệp dữ liệu công bố của từng xã.',
    en: 'Choose 2 to 4 communes, from any province: the table ranks them among themselves only, by the rules of every other page, from each commune’s published data file.',
  },
  compareStatic: {
    vi: 'Đang hiển thị: {names} (mặc định). Không có JavaScript, hãy xem ma trận theo tỉnh.',
    en: 'Showing: {names} (the default). Without JavaScript, see the matrix by province.',
  },
  chooseProvince: { vi: 'Tỉnh, thành phố', en: 'Province' },
  chooseCommune: { vi: 'Xã', en: 'Commune' },
  add: { vi: 'Thêm vào so sánh', en: 'Add to comparison' },
  remove: { vi: 'Bỏ {name}', en: 'Remove {name}' },
  chosen: { vi: 'Xã đã chọn', en: 'Chosen communes' },
  loading: { vi: 'Đang tải dữ liệu…', en: 'Loading data…' },
  failed: { vi: 'Không tải được dữ liệu của {name}.', en: 'Could not load the data of {name}.' },
});
