import { describe, expect, it } from 'vitest';
import { MAX_CITES, sourcePage } from '../../../src/lib/view/sources.ts';
import { anchorRange } from '../../../src/lib/validate/check-citations.ts';
import { realDataset } from '../support/real-dataset.ts';
import { scaledDataset } from '../support/scaled-dataset.ts';
import type { Dataset } from '../../../src/lib/dataset/check-dataset.ts';

/**
 * Where each target's citations are said: the file and the range holding its figure, for its
 * citation and for its second one (alt_*) where it has one.
 */
function targetLines(ds: Dataset) {
  const byFile = new Map(ds.raw.sources.map((s) => [s.seed_file, s]));
  return ds.raw.targets.flatMap((t) => [
    { id: t.target_id, file: t.seed_file, main: anchorRange(byFile.get(t.seed_file), t.seed_lines, t.seed_text) },
    ...(t.alt_seed_file === ''
      ? []
      : [{ id: t.target_id, file: t.alt_seed_file, main: anchorRange(byFile.get(t.alt_seed_file), t.alt_seed_lines, t.alt_seed_text) }]),
  ]);
}

describe('a plan text page', () => {
  it('names every target once per citation, under the last line of the range that holds its figure', async () => {
    const ds = await realDataset();
    const all = targetLines(ds);
    for (const { id, file, main } of all) {
      const page = sourcePage(ds, file, 'vi');
      const said = page.lines.flatMap((l) => l.cites.filter((c) => c.hash === `t-${id}`).map(() => l.n));
      const expected = all.filter((x) => x.id === id && x.file === file).map((x) => x.main.to);
      expect(said, id).toEqual(expected.sort((a, b) => a - b));
      for (let n = main.from; n <= main.to; n++) expect(page.lines[n - 1]!.mark, `${id} line ${n}`).toBe('main');
    }
  });

  it('lists no citation twice on a line', async () => {
    const ds = await realDataset();
    for (const s of ds.raw.sources)
      for (const lang of ['vi', 'en'] as const)
        for (const line of sourcePage(ds, s.seed_file, lang).lines) {
          const keys = line.cites.map((c) => `${c.label}\u0000${c.page}\u0000${c.hash}`);
          expect(new Set(keys).size, `${s.seed_file} line ${line.n}`).toBe(keys.length);
        }
  });

  it('counts each commune once where many cite one line of a shared template, naming the first few', async () => {
    const ds = await scaledDataset();
    // The synthetic plans copy one template, so a template line holds the figure of many communes' targets.
    const perLine = new Map<string, number>();
    const count = (key: string) => perLine.set(key, (perLine.get(key) ?? 0) + 1);
    for (const { file, main } of targetLines(ds)) count(`${file}:${main.to}`);
    const [busiest, targets] = [...perLine].sort((a, b) => b[1] - a[1])[0]!;
    expect(targets).toBeGreaterThan(MAX_CITES);
    // A task is said under the last line of its own lines (its first range is its group's heading).
    for (const t of ds.raw.tasks) count(`${t.seed_file}:${t.seed_lines[t.seed_lines.length - 1]!.to}`);
    const [file, n] = busiest.split(':') as [string, string];
    const line = sourcePage(ds, file, 'en').lines[Number(n) - 1]!;
    expect(line.cites).toHaveLength(MAX_CITES);
    expect(line.cites.length + line.more).toBe(perLine.get(busiest));
    expect(line.mark).toBe('main');
  });
});
