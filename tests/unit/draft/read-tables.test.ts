/**
 * Target tables on fixtures of our own: the template's table as plain text with wrapped cells,
 * its OCR form (row number on the figure's line, "|" rules, ">" for "≥"), and as Markdown with
 * LaTeX and a page break. The figures are ours, so nothing depends on the four plans.
 */
import { describe, expect, it } from 'vitest';
import { badCitations, draftOf, lineOf } from './support.ts';

const HEAD = [
  'KẾ HOẠCH',
  'Triển khai Nghị quyết số 57-NQ/TW trên địa bàn xã Thử Nghiệm năm 2027',
  '',
  'II. MỤC TIÊU',
  '2. Mục tiêu cụ thể năm 2027',
  '',
];

const WRAPPED = [
  ...HEAD,
  'STT',
  'Nội dung chỉ tiêu phấn đấu đạt được',
  'đến cuối năm 2027',
  '',
  'Đơn',
  'vị',
  'tính',
  '',
  'Kết',
  'quả',
  '',
  'Đơn vị chủ trì',
  'theo dõi',
  '',
  'I Hạ tầng số',
  '1 Tỉ lệ phủ sóng 5G trên địa bàn xã % ≥ 73% Phòng VH-XH',
  '',
  '2',
  'Tỷ lệ nhà văn hóa ấp có wifi miễn phí',
  'phục vụ người dân % 88% Phòng VH-XH',
  '',
  'II Về phát triển khoa học',
  '',
  '3',
  'Sáng kiến cải tiến trong khu vực công được công',
  'nhận',
  '',
  'Sáng',
  'kiến ≥ 03',
  '',
  'Thường trực',
  'HĐ TĐKT xã',
  '',
  '4',
  'Tỷ lệ kết quả xử lý hồ sơ được đồng bộ trên Cổng dịch vụ công %',
  '',
  '≥',
  '99%',
  '',
  'Trung tâm PV',
  'HCC',
  ' quốc gia',
  '',
  'III. NHIỆM VỤ TRỌNG TÂM NĂM 2027',
  '- Bảo đảm 100% văn bản điện tử.',
].join('\n');

describe('the template’s target table as plain text', () => {
  it('drafts one row per figure, with its unit, lead unit, group, deadline and exact citation', async () => {
    const { draft, plan } = await draftOf(WRAPPED);
    expect(draft.targets.map((t) => [t.item, t.targetRaw, t.unitRaw, t.leadUnits])).toEqual([
      ['1', '≥ 73%', '%', 'Phòng VH-XH'],
      ['2', '88%', '%', 'Phòng VH-XH'],
      ['3', '≥ 03', 'Sáng kiến', 'Thường trực HĐ TĐKT xã'],
      ['4', '≥ 99%', '%', 'Trung tâm PV HCC'],
    ]);
    expect(draft.targets.map((t) => t.group)).toEqual([
      'I. Hạ tầng số',
      'I. Hạ tầng số',
      'II. Về phát triển khoa học',
      'II. Về phát triển khoa học',
    ]);
    expect(draft.targets.every((t) => t.deadlineRaw === 'đến cuối năm 2027' && t.targetYear === 2027 && t.section === 'II.2')).toBe(true);
    expect(draft.targets[1]!.figureLines.from).toBe(lineOf(WRAPPED, '% 88%'));
    expect(badCitations(draft, plan)).toEqual([]);
  });

  it('gives the words after a listed lead unit back to the wording ("… quốc gia") and flags a split figure', async () => {
    const { draft } = await draftOf(WRAPPED);
    const row = draft.targets[3]!;
    expect(row.text).toBe('Tỷ lệ kết quả xử lý hồ sơ được đồng bộ trên Cổng dịch vụ công quốc gia');
    expect(row.flags.map((f) => f.kind)).toContain('spans-lines');
  });

  it('stops at the next top-level heading: a figure in the tasks is not a target', async () => {
    const { draft } = await draftOf(WRAPPED);
    expect(draft.targets.some((t) => t.targetRaw.includes('100%'))).toBe(false);
  });
});

const OCR = [
  'KE HOACH',
  'Trién khai Nghi quyét s6 57-NQ/TW trén dia ban xa Thu Nghiem nam 2027',
  'II. MUC TIEU',
  ' 2. MUC TIEU CU THE NAM 2027',
  'Noi dung chi tiéu phin diu dat dwoc | vi Két Pon vi chi tri',
  'STT | dén cuoi nam 2027 tinh | qua theo doi',
  '1 Ha t?tng so',
  '1 Ti 1€ phu séng 5G trén dia ban xa % > 61% | Phong VH-XH',
  'Ty 1¢ Trung tam VHTT-HTCD x&, Nha van hoa',
  '2 ap c6 wifi mién phi phuc vu nguoi dan % 97% | Phong VH-XH',
  '11 vé phat trién Nguon luc',
  'Ty 1€ can bg, cong chirc xa dugce bdi dudng ki',
  '3 nang sO cdn ban % >55% | Phong VH-XH',
  'II1. NHIEM VU TRONG TAM NAM 2027',
].join('\n');

describe('the template’s table in an OCR copy', () => {
  it('finds each row by its figure, reads "1"/"11" as the group numerals I/II, and keeps ">" as written, flagged', async () => {
    const { draft, plan } = await draftOf(OCR);
    expect(draft.quality).toBe('ocr');
    expect(draft.targets.map((t) => [t.item, t.targetRaw, t.group])).toEqual([
      ['1', '> 61%', 'I. Ha t?tng so'],
      ['2', '97%', 'I. Ha t?tng so'],
      ['3', '>55%', 'II. vé phat trién Nguon luc'],
    ]);
    expect(draft.targets[0]!.flags.map((f) => f.kind)).toContain('ocr-symbol');
    expect(draft.targets[1]!.seedLines.some((r) => r.from <= lineOf(OCR, 'Ty 1¢ Trung') && r.to >= lineOf(OCR, '2 ap c6'))).toBe(true);
    expect(badCitations(draft, plan)).toEqual([]);
  });

  it('restores the wording into text only, and lists every restored word', async () => {
    const { draft } = await draftOf(OCR);
    const row = draft.targets[0]!;
    expect(row.restoredText).toBe('Tỉ lệ phủ sóng 5G trên địa bàn xã');
    expect(row.seedText).toBe('> 61%');
    expect(row.targetRaw).toBe('> 61%');
    const listed = row.flags.find((f) => f.kind === 'restored')!.message;
    for (const w of ['phủ', 'sóng', 'trên', 'địa', 'bàn']) expect(listed).toContain(w);
  });
});

const MARKDOWN = [
  ...HEAD,
  '| STT | Nội dung chỉ tiêu phấn đấu đạt được đến cuối năm 2027 | Đơn vị tính | Kết quả | Đơn vị chủ trì theo dõi |',
  '|---|--|---|---|--|',
  '| I | Về phát triển hạ tầng | | | |',
  '| 1 | Tỉ lệ phủ sóng 5G trên địa bàn | % | $\\geq 66\\%$ | Phòng VHXH |',
  '| 2 | Tỉ lệ dân số trưởng thành tiếp cận dịch vụ số | % | ≥ 91% | Phòng VHXH, |',
  '',
  '| | | | | |',
  '|---|---|---|---|---|',
  '| | trong y tế, giáo dục | | | trạm Y Tế |',
  '| II | Về chuyển đổi số | | | |',
  '| 1 | Chỉ số Chuyển đổi số cấp xã | Chỉ số | ≥ 0.7 | Phòng VHXH |',
  '| 2 | Ứng dụng AI trong quản lý | Ứng dụng được triển khai | Có | Phòng VHXH |',
  '',
  'III- NHIỆM VỤ',
].join('\n');

describe('a Markdown target table', () => {
  it('reads the columns by their headings, turns LaTeX into its symbol and keeps seed_text as written', async () => {
    const { draft, plan } = await draftOf(MARKDOWN);
    expect(draft.targets.map((t) => [t.group, t.item, t.unitRaw, t.targetRaw, t.seedText])).toEqual([
      ['I. Về phát triển hạ tầng', '1', '%', '≥ 66%', '$\\geq 66\\%$'],
      ['I. Về phát triển hạ tầng', '2', '%', '≥ 91%', '≥ 91%'],
      ['II. Về chuyển đổi số', '1', 'Chỉ số', '≥ 0.7', '≥ 0.7'],
      ['II. Về chuyển đổi số', '2', 'Ứng dụng được triển khai', 'Có', 'Có'],
    ]);
    expect(badCitations(draft, plan)).toEqual([]);
  });

  it('joins a row continued after a page break (empty STT) to the row above', async () => {
    const { draft } = await draftOf(MARKDOWN);
    expect(draft.targets[1]!.text).toBe('Tỉ lệ dân số trưởng thành tiếp cận dịch vụ số trong y tế, giáo dục');
    expect(draft.targets[1]!.leadUnits).toBe('Phòng VHXH, trạm Y Tế');
    expect(draft.targets[1]!.seedLines.map((r) => r.from)).toContain(lineOf(MARKDOWN, 'trong y tế, giáo dục'));
  });
});
