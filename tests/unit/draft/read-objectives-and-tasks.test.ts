/**
 * Prose objectives and tasks on fixtures of our own: bullets with figures inside sentences,
 * several measures in one sentence (split per measure, as the codebook says), qualitative bullets,
 * a vision paragraph; the unit assignments of "Tổ chức thực hiện" and an appendix table whose rows
 * restate the objectives.
 */
import { describe, expect, it } from 'vitest';
import { badCitations, draftOf, lineOf } from './support.ts';

const PLAN = [
  'KẾ HOẠCH',
  'Thực hiện Nghị quyết số 57-NQ/TW trên địa bàn xã Thử Nghiệm năm 2027',
  'I. MỤC TIÊU',
  '1. Mục tiêu chung',
  'Chuyển đổi số toàn diện, 100% người dân hài lòng (không phải một chỉ tiêu cụ thể).',
  '2. Mục tiêu cụ thể',
  'a) Chính quyền số',
  '- Trên 87% người dân, doanh nghiệp hài lòng đối với việc sử dụng dịch vụ',
  'công trực tuyến;',
  '- Số hóa 93% hồ sơ, kết quả giải quyết thủ tục hành chính;',
  '- Duy trì và nâng cao hiệu quả hoạt động của Tổ Công nghệ số cộng đồng;',
  'b) Tầm nhìn đến năm 2031',
  '- Tỷ lệ sử dụng dịch vụ công trực tuyến đạt trên 91%; tỷ lệ số hóa hồ sơ đạt 100%; tỷ lệ',
  'khai thác dữ liệu đạt tối thiểu 77%.',
  '- Giao dịch không dùng tiền mặt đạt trên 82%. Doanh nghiệp ứng dụng công nghệ số đạt 35%.',
  'c) Tầm nhìn đến năm 2046',
  'Xã phát triển nhanh và bền vững. Thu hút doanh nghiệp công nghệ số đầu tư tại xã.',
  'II. TỔ CHỨC THỰC HIỆN',
  '1. Phòng Văn hóa – Xã hội',
  '- Chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.',
  '- Tổng hợp báo cáo định kỳ.',
  '2. Phòng Kinh tế tham mưu UBND xã bố trí kinh phí thực hiện Kế hoạch hằng năm.',
  '',
  'PHỤ LỤC PHÂN CÔNG TRIỂN KHAI',
  'STT | Mục tiêu, Chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian',
  'I | Chính quyền số',
  '1 | >87% người dân, DN hài lòng DVC trực tuyến | Trung tâm Phục vụ hành chính công | Phòng VH-XH | Thường xuyên',
  '2 | Số hóa 93% hồ sơ, kết quả giải quyết thủ tục hành chính | Trung tâm Phục vụ hành chính công | Văn phòng HĐND-UBND | Thường xuyên',
].join('\n');

describe('prose objectives', () => {
  it('drafts each bullet with its figure as written, the verb "đạt" left out, and the wording without the figure', async () => {
    const { draft, plan } = await draftOf(PLAN);
    const a = draft.targets.filter((t) => t.section === 'I.2.a');
    expect(a.map((t) => [t.item, t.targetRaw, t.text])).toEqual([
      ['-1', 'Trên 87%', 'Người dân, doanh nghiệp hài lòng đối với việc sử dụng dịch vụ công trực tuyến'],
      ['-2', '93%', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính'],
      ['-3', '', 'Duy trì và nâng cao hiệu quả hoạt động của Tổ Công nghệ số cộng đồng'],
    ]);
    expect(a[0]!.seedLines[0]).toEqual({ from: lineOf(PLAN, 'Trên 87%'), to: lineOf(PLAN, 'công trực tuyến;') });
    expect(badCitations(draft, plan)).toEqual([]);
  });

  it('splits a sentence with several measures at ";", one row per measure with its own figure and line', async () => {
    const { draft } = await draftOf(PLAN);
    const b = draft.targets.filter((t) => t.section === 'I.2.b');
    expect(b.map((t) => [t.item, t.targetRaw, t.targetYear])).toEqual([
      ['-1.1', 'trên 91%', 2031],
      ['-1.2', '100%', 2031],
      ['-1.3', 'tối thiểu 77%', 2031],
      ['-2.1', 'trên 82%', 2031],
      ['-2.2', '35%', 2031],
    ]);
    expect(b[2]!.figureLines.from).toBe(lineOf(PLAN, 'tối thiểu 77%'));
    expect(b[0]!.deadlineRaw).toBe('đến năm 2031');
  });

  it('splits an unbulleted vision paragraph into its sentences, qualitative rows without a figure, worded as written', async () => {
    const { draft } = await draftOf(PLAN);
    const c = draft.targets.filter((t) => t.section === 'I.2.c');
    expect(c.map((t) => [t.item, t.targetRaw, t.text, t.targetYear])).toEqual([
      ['-1.1', '', 'Xã phát triển nhanh và bền vững.', 2046],
      ['-1.2', '', 'Thu hút doanh nghiệp công nghệ số đầu tư tại xã.', 2046],
    ]);
  });

  it('never drafts the figures of the general objectives', async () => {
    const { draft } = await draftOf(PLAN);
    expect(draft.targets.every((t) => t.section.startsWith('I.2'))).toBe(true);
  });
});

describe('tasks', () => {
  it('drafts the unit assignments: each bullet under its unit, and a numbered paragraph with the unit it names', async () => {
    const { draft } = await draftOf(PLAN);
    const units = draft.tasks.filter((t) => t.kind === 'unit-assignment');
    expect(units.map((t) => [t.section, t.item, t.leadUnits])).toEqual([
      ['II.1', '-1', 'Phòng Văn hóa – Xã hội'],
      ['II.1', '-2', 'Phòng Văn hóa – Xã hội'],
      ['II.2', '2', 'Phòng Kinh tế'],
    ]);
  });

  it('drafts appendix rows with their units and deadline, and links each to the objective it restates', async () => {
    const { draft } = await draftOf(PLAN);
    const rows = draft.tasks.filter((t) => t.kind === 'appendix-row');
    expect(rows.map((t) => [t.group, t.item, t.leadUnits, t.cooperatingUnits, t.deadlineRaw])).toEqual([
      ['I. Chính quyền số', '1', 'Trung tâm Phục vụ hành chính công', 'Phòng VH-XH', 'Thường xuyên'],
      ['I. Chính quyền số', '2', 'Trung tâm Phục vụ hành chính công', 'Văn phòng HĐND-UBND', 'Thường xuyên'],
    ]);
    expect(rows.map((t) => t.targets.map((i) => draft.targets[i]!.targetRaw))).toEqual([['Trên 87%'], ['93%']]);
    const first = draft.targets[0]!;
    expect([first.leadUnits, first.deadlineRaw]).toEqual(['Trung tâm Phục vụ hành chính công', 'Thường xuyên']);
    expect(first.flags.map((f) => f.kind)).toContain('from-appendix');
  });
});
