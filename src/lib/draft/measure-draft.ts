/**
 * How good a draft is, against the hand transcriptions: a drafted target is found when it states
 * the same figure (the same numbers, or none for a qualitative row) at a line where the hand
 * transcription's figure stands; recall is the share of hand rows found, precision the share of
 * drafted rows that match one (one to one). Crosswalk top-1 compares the suggested indicator of
 * each found row with the indicator of data/harmonize/crosswalk.csv; restoration compares the
 * restored wording with the hand wording word by word (longest common subsequence).
 */
import { citedText, type LineRange, type PlanText } from './plan-text.ts';

export interface Located {
  numbers: number[];
  lines: Set<number>;
}

/** The numbers a figure states ("≥ 01" → [1], "15-17%" → [15, 17]). */
export function numbersOf(text: string): number[] {
  return (text.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(',', '.')));
}

/** The lines where seed_text stands among the cited lines (every occurrence). */
export function figureLines(plan: PlanText, ranges: LineRange[], seedText: string): Set<number> {
  const lines: number[] = [];
  const starts: number[] = [];
  let offset = 0;
  for (const r of [...ranges].sort((a, b) => a.from - b.from)) {
    for (let l = r.from; l <= r.to; l++) {
      lines.push(l);
      starts.push(offset);
      offset += (plan.lines[l - 1] ?? '').trim().length + 1;
    }
  }
  const text = citedText(plan, ranges);
  const out = new Set<number>();
  if (seedText === '') return out;
  for (let at = text.indexOf(seedText); at >= 0; at = text.indexOf(seedText, at + 1)) {
    for (let i = 0; i < lines.length; i++) {
      const s = starts[i]!;
      const e = i + 1 < starts.length ? starts[i + 1]! : text.length + 1;
      if (s < at + seedText.length && e > at) out.add(lines[i]!);
    }
  }
  return out;
}

function same(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/**
 * Where a row is, for matching: the lines of its figure, or, for a row without a figure (its
 * seed_text is then only a phrase chosen to find the row), all the lines it cites. `at` is the
 * figure's own lines when they are known (a drafted row knows where its figure is).
 */
export function locate(plan: PlanText, ranges: LineRange[], seedText: string, figure: string, at?: LineRange): Located {
  const numbers = numbersOf(figure);
  if (numbers.length > 0 && at) return { numbers, lines: new Set(Array.from({ length: at.to - at.from + 1 }, (_, i) => at.from + i)) };
  if (numbers.length > 0) return { numbers, lines: figureLines(plan, ranges, seedText) };
  const lines = new Set<number>();
  for (const r of ranges) for (let l = r.from; l <= r.to; l++) if ((plan.lines[l - 1] ?? '').trim() !== '') lines.add(l);
  return { numbers, lines };
}

/** One-to-one matches (hand index → drafted index): same numbers, and the most lines in common. */
export function matchRows(hand: Located[], drafted: Located[]): Map<number, number> {
  const used = new Set<number>();
  const out = new Map<number, number>();
  hand.forEach((h, i) => {
    let best = -1;
    let bestShared = 0;
    drafted.forEach((d, k) => {
      if (used.has(k) || !same(h.numbers, d.numbers)) return;
      const shared = [...d.lines].filter((l) => h.lines.has(l)).length;
      if (shared > bestShared) {
        best = k;
        bestShared = shared;
      }
    });
    if (best >= 0) {
      used.add(best);
      out.set(i, best);
    }
  });
  return out;
}

export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Longest common subsequence of two word lists. */
export function lcs(a: string[], b: string[]): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(prev[j]!, prev[j - 1]!);
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** Words of the reference found, in order, in the candidate: [found, total]. */
export function wordAccuracy(candidate: string, reference: string): [number, number] {
  const ref = wordsOf(reference);
  return [lcs(wordsOf(candidate), ref), ref.length];
}
