import { describe, expect, it } from 'vitest';
import { FOLD_SEPARATOR, hasMarks, readablePart, searchKey, withFoldedCopy } from '../../../src/lib/search/fold-text.ts';

describe('search folding helpers', () => {
  it('appends a folded copy after the separator, so "dong" can find "Đồng"', () => {
    expect(withFoldedCopy('Xã Đồng Nai')).toBe(`Xã Đồng Nai ${FOLD_SEPARATOR} Xa Dong Nai`);
  });

  it('adds no copy to text without đ: Pagefind matches "phu song" to "phủ sóng" by itself', () => {
    expect(withFoldedCopy('5G coverage')).toBe('5G coverage');
    expect(withFoldedCopy('Tỷ lệ phủ sóng 5G')).toBe('Tỷ lệ phủ sóng 5G');
  });

  it('copies only the words with đ and one word either side, so two-word phrases stay whole', () => {
    expect(withFoldedCopy('Người dân có tài khoản định danh điện tử (VNeID) trên toàn xã')).toBe(
      `Người dân có tài khoản định danh điện tử (VNeID) trên toàn xã ${FOLD_SEPARATOR} khoan dinh danh dien tu`,
    );
    expect(withFoldedCopy('Đạt chuẩn nông thôn mới; hoàn thành đề án')).toBe(
      `Đạt chuẩn nông thôn mới; hoàn thành đề án ${FOLD_SEPARATOR} Dat chuan thanh de an`,
    );
  });

  it('normalizes to NFC and collapses white space before copying', () => {
    expect(withFoldedCopy('  Nghĩa\n Đàn '.normalize('NFD'))).toBe(`Nghĩa Đàn ${FOLD_SEPARATOR} Nghia Dan`);
  });

  it('never lets a separator inside the text cut the readable part short', () => {
    const content = withFoldedCopy(`định ${FOLD_SEPARATOR} danh`);
    expect(readablePart(content)).toBe('định danh');
  });

  it('gives back the readable text of a record, without its folded copy', () => {
    expect(readablePart(withFoldedCopy('Tỷ lệ phủ sóng 5G'))).toBe('Tỷ lệ phủ sóng 5G');
    expect(readablePart('plain text')).toBe('plain text');
  });

  it('tells a query typed with marks from one typed without', () => {
    expect(hasMarks('định danh')).toBe(true);
    expect(hasMarks('đ')).toBe(true);
    expect(hasMarks('dinh danh')).toBe(false);
    expect(hasMarks('digital signature')).toBe(false);
  });

  it('makes lower-case folded keys', () => {
    expect(searchKey('ĐỒNG Nai')).toBe('dong nai');
  });
});
