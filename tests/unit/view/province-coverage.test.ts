import { describe, expect, it } from 'vitest';
import { provinceCoverage } from '../../../src/lib/view/province-coverage.ts';
import { provincesOf } from '../../../src/lib/dataset/scope.ts';
import { scaledDataset } from '../support/scaled-dataset.ts';

const all = await scaledDataset();

describe('which provinces have plans', () => {
  it('counts the provinces of provinces.csv with a plan and names those without, computed from the data', () => {
    const c = provinceCoverage(all);
    expect(c.total).toBe(all.rules.provinces.length);
    expect(c.withPlans).toBe(provincesOf(all).length);
    expect(c.without).toHaveLength(c.total - c.withPlans);
    expect(c.without).not.toContain('Đồng Nai');
  });
});
