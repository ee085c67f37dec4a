import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createStringPool } from '../../../src/lib/read/string-pool.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after full collections, in MB. */
function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1e6;
}

/**
 * A 24 MB file text (two bytes per character: it holds Vietnamese) and 2,000 cells cut out of
 * it the way the CSV parser cuts them: the cells alone are some 100 KB.
 */
function cellsOfABigText(pool: (s: string) => string): string[] {
  const line = 'nhon-trach-001,Tỷ lệ hộ gia đình có địa chỉ số,≥ 80%\n';
  let text = line.repeat(Math.ceil(12e6 / line.length));
  const cells = Array.from({ length: 2000 }, (_, i) => pool(text.slice(i * line.length, i * line.length + 40)));
  text = '';
  return cells;
}

describe('createStringPool', () => {
  it('gives back every text unchanged, Vietnamese, short, empty and odd ones included', () => {
    const pooled = createStringPool();
    const texts = ['', 'x', 'Nhơn Trạch', 'Tỷ lệ phủ sóng 5G trên địa bàn', 'say "no"\n\\ok', '\ud800 lone surrogate', '≥ 01 sáng kiến'];
    expect(texts.map(pooled)).toEqual(texts);
  });

  it('gives back equal texts read from different places as equal values', () => {
    const pooled = createStringPool();
    const a = 'id,Phòng Văn hóa - Xã hội\n'.slice(3, -1);
    const b = 'x,Phòng Văn hóa - Xã hội,y'.slice(2, 24);
    expect(pooled(a)).toBe('Phòng Văn hóa - Xã hội');
    expect(pooled(b)).toBe(pooled(a));
  });

  it('lets the text a cell was cut from be collected, where an unpooled cell keeps it alive', () => {
    const base = heapMb();
    const unpooled = cellsOfABigText((s) => s);
    const keptByUnpooled = heapMb() - base;
    unpooled.length = 0;

    const before = heapMb();
    const pooled = cellsOfABigText(createStringPool());
    const keptByPooled = heapMb() - before;

    expect(pooled[1]).toBe('nhon-trach-001,Tỷ lệ hộ gia đình có địa ');
    expect(keptByUnpooled).toBeGreaterThan(20);
    expect(keptByPooled).toBeLessThan(2);
  });
});
