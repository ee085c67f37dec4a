import { describe, expect, it } from 'vitest';
import { tidy } from '../../../src/lib/draft/tidy-cell.ts';

describe('a table cell’s words, tidied', () => {
  it('collapses runs of spaces and line breaks into one space', () => {
    expect(tidy('Tỷ lệ  hộ\n gia đình')).toBe('Tỷ lệ hộ gia đình');
  });

  it('drops stray table rules and punctuation at either end, not inside', () => {
    expect(tidy('| ; Phòng Văn hóa - Xã hội, UBND xã |')).toBe('Phòng Văn hóa - Xã hội, UBND xã');
  });

  it('gives an empty string for a cell of rules and spaces only', () => {
    expect(tidy(' | , ; ')).toBe('');
  });
});
