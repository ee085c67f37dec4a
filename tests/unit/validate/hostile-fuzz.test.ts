/**
 * Beyond the listed cases: hundreds of random mutations of the small valid dataset (a hostile
 * character or string put in a random place, a line dropped, doubled or cut, a file emptied or
 * replaced by bytes that are not text). Whatever the input, the check never throws: it passes, or
 * it fails with errors that each name a file and say what is wrong. And what passes the check
 * must make its published files and search records without throwing either, since a build that
 * crashes on checked data is a check that missed something.
 */
import { describe, expect, it } from 'vitest';
import { prng } from '../../../scripts/lib/bench/synthetic.ts';
import { emitAll } from '../../../src/lib/emit/emit-bundle.ts';
import { searchRecords } from '../../../src/lib/search/records.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';
import { encode, validTexts } from '../../fixtures/dataset.ts';

const HOSTILE = [
  '"',
  ',',
  '\n',
  '\r',
  '\r\n',
  '""',
  '\u0000',
  '\u0007',
  '\u202E',
  '\u200B',
  '\uFEFF',
  '\uFFFE',
  '\uFFFF',
  '\uFFFD',
  '\uE000',
  '\u{1F600}',
  'Æ¡',
  '¬',
  'ï',
  '<script>alert(1)</script>',
  '=HYPERLINK("x")',
  '$&',
  '%',
  '≥',
  '>',
  '1.000',
  '9'.repeat(40),
  'x'.repeat(70),
  ' ',
  '\t',
  '-',
  ';',
  ':',
  '0',
  '2026',
  '100%',
  'Trên 100%',
  'ộ'.normalize('NFD'),
  '..',
  '../',
  'NaN',
  'Infinity',
];

type Mutation = (text: string, rand: () => number) => string;
const at = (text: string, rand: () => number) => Math.floor(rand() * (text.length + 1));
const lines = (text: string) => text.split('\n');
const MUTATIONS: Mutation[] = [
  (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + HOSTILE[Math.floor(r() * HOSTILE.length)] + t.slice(i);
  },
  (t, r) => {
    const i = at(t, r);
    return t.slice(0, i) + HOSTILE[Math.floor(r() * HOSTILE.length)] + t.slice(i + 1 + Math.floor(r() * 5));
  },
  (t, r) => {
    const ls = lines(t);
    ls.splice(Math.floor(r() * ls.length), 1);
    return ls.join('\n');
  },
  (t, r) => {
    const ls = lines(t);
    const i = Math.floor(r() * ls.length);
    ls.splice(i, 0, ls[i]!);
    return ls.join('\n');
  },
  (t, r) => t.slice(0, at(t, r)),
  () => '',
  (t, r) => {
    // A cell of a random row replaced by a hostile string, quoted as CSV would.
    const ls = lines(t);
    const i = 1 + Math.floor(r() * Math.max(1, ls.length - 2));
    const cells = (ls[i] ?? '').split(',');
    cells[Math.floor(r() * cells.length)] = `"${HOSTILE[Math.floor(r() * HOSTILE.length)]!.replace(/"/g, '""')}"`;
    ls[i] = cells.join(',');
    return ls.join('\n');
  },
];

describe('checkDataset under random hostile mutations', () => {
  it('never throws, and every error names a file and a problem; what passes also emits', async () => {
    const rand = prng(20261207);
    const texts = validTexts();
    const names = Object.keys(texts);
    let failed = 0;
    let passed = 0;
    for (let n = 0; n < 400; n++) {
      const t = validTexts();
      const file = names[Math.floor(rand() * names.length)]!;
      const times = 1 + Math.floor(rand() * 3);
      for (let k = 0; k < times; k++) t[file] = MUTATIONS[Math.floor(rand() * MUTATIONS.length)]!(t[file]!, rand);
      const files = encode(t);
      if (rand() < 0.05) files.set(file, new Uint8Array(Array.from({ length: 64 }, () => Math.floor(rand() * 256))));
      let result;
      try {
        result = checkDataset(files);
      } catch (err) {
        throw new Error(`checkDataset threw on mutation ${n} of ${file}: ${(err as Error).stack}`);
      }
      if (!result.ok) {
        failed++;
        for (const e of result.errors) {
          expect(e.file, `mutation ${n}`).toMatch(/^data\//);
          expect(e.problem.length, `mutation ${n}`).toBeGreaterThan(5);
          expect(() => formatDataError(e)).not.toThrow();
        }
        continue;
      }
      passed++;
      try {
        await emitAll(result.value, { date: '2026-12-07' });
        searchRecords(result.value, '/');
      } catch (err) {
        throw new Error(`checked data from mutation ${n} of ${file} made emitAll or searchRecords throw: ${(err as Error).stack}`);
      }
    }
    // Both paths ran: the mutations are neither all harmless nor all fatal.
    expect(failed).toBeGreaterThan(100);
    expect(passed).toBeGreaterThan(10);
  }, 120_000);
});
