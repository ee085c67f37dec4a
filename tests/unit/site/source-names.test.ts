import { describe, expect, it } from 'vitest';
import { scopeDataset } from '../../../src/lib/dataset/scope.ts';
import { seedNumber, textsByFile } from '../../../src/lib/site/source-names.ts';
import { realDataset } from '../support/real-dataset.ts';

describe('the plan texts by file', () => {
  it('finds every text of the data by its file name', async () => {
    const ds = await realDataset();
    const byFile = textsByFile(ds);
    for (const s of ds.raw.sources) expect(byFile.get(s.seed_file)).toBe(s);
  });

  it('is one lookup for the whole dataset and a province’s scope of it, which share the texts', async () => {
    const ds = await realDataset();
    const scoped = scopeDataset(ds, [ds.raw.communes[0]!.id]);
    expect(scoped).not.toBe(ds);
    expect(textsByFile(scoped)).toBe(textsByFile(ds));
  });
});

describe('a plan text’s number', () => {
  it('is the start of its file name, as the pages cite it', () => {
    expect(seedNumber('002_ba792d655f7fc0c8.txt')).toBe('002');
  });
});
