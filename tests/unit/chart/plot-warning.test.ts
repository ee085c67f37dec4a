import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plotWarning } from '../../../src/lib/chart/plot-warning.ts';

const { document } = parseHTML('<!doctype html><html><body></body></html>');
const draw = (marks: Plot.Markish[]) => Plot.plot({ document: document as unknown as Document, marks }) as unknown as Element;

describe('plotWarning', () => {
  // Plot prints each warning with console.warn as well: keep the test output clean.
  beforeEach(() => void vi.spyOn(console, 'warn').mockImplementation(() => {}));
  afterEach(() => void vi.restoreAllMocks());

  it('finds the mark Plot leaves in a chart it warned about', () => {
    // Numbers written as text: Plot puts them on an ordinal scale and warns that they look like numbers.
    const svg = draw([Plot.dot(['10', '20', '30'], { x: (d: string) => d })]);
    expect(console.warn).toHaveBeenCalled();
    expect(plotWarning(svg)).toBe('1 warning. Please check the console.');
  });

  it('finds nothing in a chart drawn without a warning', () => {
    expect(plotWarning(draw([Plot.dot([10, 20, 30], { x: (d: number) => d })]))).toBeNull();
  });

  it('does not take a label that says "warning" for a Plot warning', () => {
    const svg = draw([
      Plot.dot([10, 20], { x: (d: number) => d }),
      Plot.text(['Early warning system', '⚠ warning'], { x: [10, 20], text: (d: string) => d, title: () => '2 warnings' }),
    ]);
    expect(svg.outerHTML).toContain('Early warning system');
    expect(plotWarning(svg)).toBeNull();
  });
});
