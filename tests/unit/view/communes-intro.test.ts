import { describe, expect, it } from 'vitest';
import { provincesOf } from '../../../src/lib/dataset/scope.ts';
import { numberWord } from '../../../src/lib/site/words.ts';
import { communesIntro } from '../../../src/lib/view/communes-index.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();

describe('communesIntro', () => {
  it('counts the plans and each province’s communes from the data, in words', () => {
    const en = communesIntro(ds, 'en');
    const vi = communesIntro(ds, 'vi');
    const plans = numberWord(ds.raw.communes.length, 'en');
    expect(en.startsWith(`${plans.charAt(0).toUpperCase()}${plans.slice(1)} commune People’s Committee plans`)).toBe(true);
    for (const p of provincesOf(ds)) {
      const n = p.communeIds.length;
      expect(en).toContain(`${numberWord(n, 'en')} ${n === 1 ? 'commune' : 'communes'} of ${p.name}`);
      expect(vi).toContain(`${numberWord(n, 'vi')} xã của ${p.name}`);
    }
  });

  it('leaves no placeholder unfilled', () => {
    for (const lang of ['vi', 'en'] as const) expect(communesIntro(ds, lang)).not.toMatch(/[{}]/);
  });
});
