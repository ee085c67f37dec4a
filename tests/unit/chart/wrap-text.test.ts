import { describe, expect, it } from 'vitest';
import { textWidthEm, wrapText } from '../../../src/lib/chart/wrap-text.ts';

describe('line breaking for SVG text', () => {
  it('measures a letter under its diacritics as the letter: “ữ” as wide as “u”', () => {
    expect(textWidthEm('ữ')).toBe(textWidthEm('u'));
    expect(textWidthEm('Mẫu')).toBeGreaterThan(textWidthEm('iii'));
  });

  it('breaks at spaces, each line within its budget', () => {
    const lines = wrapText('Cán bộ, công chức, viên chức làm chủ kỹ năng số', 12);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe('Cán bộ, công chức, viên chức làm chủ kỹ năng số');
    expect(lines.every((l) => textWidthEm(l) <= 12)).toBe(true);
  });

  it('keeps a short text on one line', () => {
    expect(wrapText('Tỷ lệ phủ sóng 5G', 30)).toEqual(['Tỷ lệ phủ sóng 5G']);
  });

  it('ends the last allowed line in “…” when the text goes on', () => {
    const lines = wrapText('một hai ba bốn năm sáu bảy tám chín mười', 5, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    expect(textWidthEm(lines[1]!)).toBeLessThanOrEqual(5);
  });
});
