import { describe, expect, it } from 'vitest';
import { fill } from '../../../src/lib/site/fill.ts';

describe('fill(template, values)', () => {
  it('puts each value in its slot', () => {
    expect(fill('{n} kết quả cho “{q}”', { n: 3, q: 'chữ ký số' })).toBe('3 kết quả cho “chữ ký số”');
  });

  it('puts a value that looks like a replacement pattern in as written', () => {
    for (const q of ['$&', '$1', "$'", '$`', '$$', '$<n>']) expect(fill('cho “{q}”', { q })).toBe(`cho “${q}”`);
  });

  it('leaves a slot without a value as it is, and never fills from an inherited key', () => {
    expect(fill('{n} và {m}', { n: 1 })).toBe('1 và {m}');
    expect(fill('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('fills a template used again the same way, a value with braces included', () => {
    const t = '{a}{a} {b}!';
    expect(fill(t, { a: 'x', b: '{a}' })).toBe('xx {a}!');
    expect(fill(t, { a: 1, b: 2 })).toBe('11 2!');
    expect(fill('{a}', { a: '' })).toBe('');
    expect(fill('không có chỗ trống', { a: 1 })).toBe('không có chỗ trống');
  });
});
