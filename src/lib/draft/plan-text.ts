/**
 * The plan as the rest of the drafter sees it: numbered lines, and "streams" over a run of lines.
 * A stream is what the data check cites against: the lines, each trimmed, joined with one space
 * (tests/unit/validate/seed-trace.test.ts, citedText). Any substring of a stream is therefore a
 * seed_text that the check finds at those lines, by construction. Each stream also has a folded
 * twin of exactly the same length (marks stripped, đ→d, lower case, character by character), so
 * that OCR text without diacritics ("Trén 90%") is matched against the vocabulary ("trên") and
 * an offset found in the folded twin is the offset of the same characters as written.
 */
import { fold } from '../core/fold.ts';
import { formatRanges, type LineRange } from '../validate/fields.ts';

export interface PlanText {
  /** The seed file name the rows cite. */
  file: string;
  /** lines[0] is line 1. */
  lines: string[];
}

export interface Stream {
  text: string;
  folded: string;
  /** First and last line (1-based) of the stream. */
  from: number;
  to: number;
  /** Offset in `text` where each line starts, in line order. */
  starts: number[];
}

/** Text → lines, the way the data check splits a seed file: CRLF/CR are LF, a final LF ends the last line. */
export function toPlanText(file: string, text: string): PlanText {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return { file, lines };
}

/** One character folded to one character (lower case, marks stripped, đ→d), or kept lower-cased. */
export function foldChar(c: string): string {
  const f = fold(c).toLowerCase();
  if (f.length === 1) return f;
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}

/** Folds a whole string keeping its length: offsets in the result are offsets in the input. */
export function foldKeepLength(text: string): string {
  let out = '';
  for (const c of text) {
    const f = foldChar(c);
    out += f.length === c.length ? f : c;
  }
  return out;
}

/** Folded, lower case, spaces collapsed: a key for comparing phrases ("Trên  90%" ~ "trén 90%"). */
export function foldKey(text: string): string {
  return foldKeepLength(text.normalize('NFC')).replace(/\s+/g, ' ').trim();
}

/** Folded with only letters, digits and single spaces: for matching headings ("TO CHU'C THUC HIEN"). */
export function looseKey(text: string): string {
  return foldKey(text)
    .replace(/[^\p{L}\p{N} ]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function lineText(plan: PlanText, line: number): string {
  return plan.lines[line - 1] ?? '';
}

/** The lines from..to (1-based, inclusive) as one stream. */
export function streamOf(plan: PlanText, from: number, to: number): Stream {
  const starts: number[] = [];
  const parts: string[] = [];
  let offset = 0;
  for (let l = from; l <= to; l++) {
    const t = lineText(plan, l).trim();
    starts.push(offset);
    parts.push(t);
    offset += t.length + 1;
  }
  const text = parts.join(' ');
  return { text, folded: foldKeepLength(text), from, to, starts };
}

/** The line (1-based) that holds offset `at` of the stream. */
export function lineAt(s: Stream, at: number): number {
  let lo = 0;
  let hi = s.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (s.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return s.from + lo;
}

/** Lines spanned by the characters start..end (end exclusive) of the stream. */
export function linesOf(s: Stream, start: number, end: number): { from: number; to: number } {
  return { from: lineAt(s, start), to: lineAt(s, Math.max(start, end - 1)) };
}

export type { LineRange };

/** Sorted, merged ranges written as the codebook writes them: "94-95;107;110-112". */
export function formatMergedRanges(ranges: LineRange[]): string {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  const merged: LineRange[] = [];
  for (const r of sorted) {
    const last = merged[merged.length - 1];
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to);
    else merged.push({ ...r });
  }
  return formatRanges(merged);
}

/** The cited text of line ranges, exactly as the data check builds it. */
export function citedText(plan: PlanText, ranges: LineRange[]): string {
  const sorted = [...ranges].sort((a, b) => a.from - b.from);
  return sorted.flatMap((r) => plan.lines.slice(r.from - 1, r.to).map((l) => l.trim())).join(' ');
}
