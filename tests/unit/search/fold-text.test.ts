import { describe, expect, it } from 'vitest';
import { FOLD_SEPARATOR, hasMarks, readablePart, searchKey, withFoldedCopy } from '../../../src/lib/search/fold-text.ts';

describe('search folding helpers', () => {
  it('appends a folded copy after the separator, so "dong" can find "Đồng"', () => {
    expect(withFoldedCopy('Xã Đồng Nai')).toBe(`Xã Đồng Nai ${FOLD_SEPARATOR} Xa Dong Nai`);
  });

  it('adds no copy to text that folding leaves unchanged', () => {
    expect(withFoldedCopy('5G coverage')).toBe('5G coverage');
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
