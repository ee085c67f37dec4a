import type { Bilingual } from './i18n.ts';

export const SM = {
  title: { vi: 'Ma trận so sánh chỉ tiêu', en: 'Comparison matrix' },
  lead: {
    vi: 'Mỗi hàng là một chỉ tiêu của danh mục chung, mỗi cột là một xã. Ô ghi chỉ tiêu đã chuẩn hóa và nguyên văn; ký hiệu cho biết xã đặt mức cao hơn, thấp hơn hay bằng các xã khác (chỉ so sánh cùng thước đo, cùng năm).',
    en: 'Each row is a catalogue indicator, each column a commune. A cell shows the target normalized and as written; the symbol says whether the commune asks more, less or the same as the others (compared only for the same measure and year).',
  },
  caption: { vi: 'Chỉ tiêu theo xã, nhóm theo trụ cột', en: 'Targets by commune, grouped by pillar' },
  indicator: { vi: 'Chỉ tiêu', en: 'Indicator' },
  spread: { vi: 'Chênh lệch', en: 'Spread' },
  none: { vi: 'không đặt chỉ tiêu', en: 'no target' },
  filters: { vi: 'Lọc và sắp xếp', en: 'Filter and sort' },
  pillar: { vi: 'Trụ cột', en: 'Pillar' },
  allPillars: { vi: 'Tất cả trụ cột', en: 'All pillars' },
  communes: { vi: 'Xã hiển thị', en: 'Communes shown' },
  sort: { vi: 'Sắp xếp', en: 'Sort' },
  sortCatalogue: { vi: 'Theo danh mục', en: 'Catalogue order' },
  sortSpread: { vi: 'Chênh lệch lớn nhất trước', en: 'Largest spread first' },
  noJs: {
    vi: 'Bảng dưới đây hiển thị đầy đủ mọi trụ cột và mọi xã. Bộ lọc cần JavaScript.',
    en: 'The table below shows every pillar and every commune. The filters need JavaScript.',
  },
  legend: { vi: 'Chú giải', en: 'Key' },
  legendOcr: { vi: 'OCR: dấu “>” trong bản OCR, đọc là ≥', en: 'OCR: a “>” in OCR text, read as ≥' },
  legendImplied: { vi: '*: con số không kèm dấu, hiểu là mức tối thiểu', en: '*: a bare figure, read as a minimum' },
  legendYear: { vi: 'năm 2030: chỉ tiêu cho năm khác, không xếp hạng chung', en: 'year 2030: another target year, not ranked together' },
  legendRelated: { vi: 'in nghiêng: chỉ tiêu liên quan (không xếp hạng)', en: 'italic: related target (not ranked)' },
  legendNone: { vi: 'ô kẻ sọc: xã không đặt chỉ tiêu', en: 'hatched: the commune set no target' },
  shown: { vi: 'chỉ tiêu đang hiển thị', en: 'indicators shown' },
} satisfies Record<string, Bilingual>;
