/**
 * The anchors of a template table read as plain text: a figure counts only where a unit of
 * data/harmonize (or a table rule) stands before it, so that numbers in a row's wording and the
 * next row's number are not read as its figure.
 */
import { describe, expect, it } from 'vitest';
import { streamOf, toPlanText } from '../../../src/lib/draft/plan-text.ts';
import { readContext } from '../../../src/lib/draft/read-context.ts';
import { tableAnchors } from '../../../src/lib/draft/table-anchors.ts';
import { draftData } from './support.ts';

async function anchored(text: string): Promise<string[]> {
  const d = await draftData();
  const ctx = readContext(d.words, d.units, [], d.template, true);
  const s = streamOf(toPlanText('t.txt', text), 1, text.split('\n').length);
  return tableAnchors(s, ctx).map((a) => s.text.slice(a.figureStart, a.end));
}

describe('the anchors of a wrapped table', () => {
  it('takes a figure that stands after a unit and leaves a number inside the wording alone', async () => {
    expect(await anchored('1 Tỷ lệ hộ gia đình có 02 thiết bị thông minh % ≥ 60% UBND xã')).toEqual(['≥ 60%']);
  });

  it('reads a "Có triển khai" answer after a unit word as a row’s figure', async () => {
    const found = await anchored('5 Triển khai mô hình chuyển đổi số Mô hình Có triển khai Phòng Văn hóa');
    expect(found).toEqual(['Có triển khai']);
  });

  it('finds nothing in a line with no unit before its numbers', async () => {
    expect(await anchored('Năm 2026 có 12 thôn')).toEqual([]);
  });
});
