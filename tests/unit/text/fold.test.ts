import { describe, expect, it } from 'vitest';
import { fold } from '../../../src/lib/core/fold.ts';

describe('fold', () => {
  it('turns "Đồng Nai" into "Dong Nai": marks stripped, Đ mapped to D', () => {
    expect(fold('Đồng Nai')).toBe('Dong Nai');
  });

  it('maps the lower-case đ too, and strips every tone mark', () => {
    expect(fold('định danh')).toBe('dinh danh');
    expect(fold('Nghĩa Đàn')).toBe('Nghia Dan');
    expect(fold('phủ sóng')).toBe('phu song');
    expect(fold('chữ ký số')).toBe('chu ky so');
  });

  it('gives the same result for decomposed (NFD) input as for composed (NFC) input', () => {
    const nfd = 'Xuân Thành, Nghĩa Đàn'.normalize('NFD');
    expect(nfd).not.toBe('Xuân Thành, Nghĩa Đàn');
    expect(fold(nfd)).toBe('Xuan Thanh, Nghia Dan');
    expect(fold(nfd)).toBe(fold(nfd.normalize('NFC')));
  });

  it('is idempotent: folding folded text changes nothing', () => {
    for (const s of ['Đồng Nai', 'Người trưởng thành có chữ ký số cá nhân', 'Ưu tiên ơ ư ă â ê ô']) {
      expect(fold(fold(s))).toBe(fold(s));
    }
  });

  it('keeps case, digits, punctuation and text without marks as they are', () => {
    expect(fold('5G coverage ≥ 60%; VNeID')).toBe('5G coverage ≥ 60%; VNeID');
    expect(fold('ĐỒNG')).toBe('DONG');
  });
});
