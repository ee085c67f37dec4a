import { describe, expect, it } from 'vitest';
import { excerptSegments, queryTerms, type Segment } from '../../../src/lib/search/excerpt.ts';
import { withFoldedCopy } from '../../../src/lib/search/fold-text.ts';

const marked = (segs: Segment[]) => segs.filter((s) => s.mark).map((s) => s.text);
const plain = (segs: Segment[]) => segs.map((s) => s.text).join('');

describe('queryTerms', () => {
  it('folds a query typed without marks', () => {
    expect(queryTerms('Dinh  danh')).toEqual({ terms: ['dinh', 'danh'], exact: false });
  });

  it('keeps the marks of a query typed with them', () => {
    expect(queryTerms('Định danh')).toEqual({ terms: ['định', 'danh'], exact: true });
  });
});

describe('excerptSegments', () => {
  it('marks the words with diacritics that a query without them matched, from the readable part only', () => {
    const segs = excerptSegments(withFoldedCopy('Người dân có tài khoản định danh điện tử (VNeID).'), 'dinh danh');
    expect(marked(segs)).toEqual(['định danh']);
    expect(plain(segs)).toBe('Người dân có tài khoản định danh điện tử (VNeID).');
  });

  it('marks only the words with the same marks when the query has marks', () => {
    const segs = excerptSegments('Chuyển đổi số. Người dân có sổ sức khỏe điện tử.', 'sổ');
    expect(marked(segs)).toEqual(['sổ']);
  });

  it('lets the last word match as a prefix (it may be half typed) but not the others', () => {
    const segs = excerptSegments('Cán bộ, công chức làm chủ kỹ năng số; chữ ký số cá nhân', 'chu ky s');
    expect(marked(segs)).toEqual(['chủ kỹ', 'số', 'chữ ký số']);
  });

  it('keeps punctuation next to a marked word outside the mark', () => {
    const segs = excerptSegments('(VNeID), định danh.', 'vneid');
    expect(segs).toEqual([
      { text: '(', mark: false },
      { text: 'VNeID', mark: true },
      { text: '), định danh.', mark: false },
    ]);
  });

  it('shows the window where the query words stand as a phrase, with ellipses around it', () => {
    const filler = Array.from({ length: 40 }, (_, i) => `từ${i}`).join(' ');
    const text = `làm chủ kỹ năng số ${filler} có chữ ký số cá nhân ${filler}`;
    const segs = excerptSegments(text, 'chu ky so', 12);
    expect(plain(segs)).toMatch(/^… .*có chữ ký số cá nhân.* …$/);
    expect(plain(segs)).not.toContain('làm chủ');
  });

  it('starts at the beginning when the text does not match, and is empty for empty text', () => {
    expect(plain(excerptSegments('Một hai ba bốn năm', 'xyz', 3))).toBe('Một hai ba …');
    expect(excerptSegments('', 'xyz')).toEqual([]);
  });
});
