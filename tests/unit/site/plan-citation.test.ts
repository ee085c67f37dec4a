import { describe, expect, it } from 'vitest';
import { planCitation } from '../../../src/lib/site/format.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();

describe('planCitation', () => {
  it('names the plan, the section and the row of a target', () => {
    expect(planCitation(ds, { communeId: 'nhon-trach', section: 'II.2', item: '1' }, 'vi')).toBe('Kế hoạch 57/KH-UBND, mục II.2, STT 1');
    expect(planCitation(ds, { communeId: 'nhon-trach', section: 'II.2', item: '-3' }, 'en')).toBe(
      'Plan 57/KH-UBND, section II.2, bullet 3',
    );
  });

  it('keeps a plan number left blank as written, and says it is blank', () => {
    expect(ds.raw.communes.find((c) => c.id === 'phuoc-an')?.plan_number).toBe('/KH-UBND');
    expect(planCitation(ds, { communeId: 'phuoc-an', section: 'II', item: '1' }, 'vi')).toBe(
      'Kế hoạch /KH-UBND (số để trống), mục II, STT 1',
    );
    expect(planCitation(ds, { communeId: 'phuoc-an', section: 'II', item: '1' }, 'en')).toBe(
      'Plan /KH-UBND (number left blank), section II, row 1',
    );
  });
});
