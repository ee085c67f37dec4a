/**
 * Reads targets written as prose: bullets under lettered sub-headings ("a) Chính quyền số",
 * "- Trên 90% người dân … hài lòng …"), or a paragraph ("b) Tầm nhìn đến năm 2045 …"). The
 * codebook's rule for splitting: a bullet is one row; a sentence that states several measures is
 * one row per measure (split at ";"), each citing its own lines; a bullet without a figure is a
 * qualitative row per sentence. Only figures with "%" are targets in prose: "5G", "02 cấp",
 * years and document numbers are not.
 */
import type { DraftTarget, Flag } from './draft-types.ts';
import { findFigures, type Figure } from './find-figures.ts';
import { letteredHeading, yearPhrase, type Part } from './find-sections.ts';
import { foldKey, lineText, linesOf, streamOf, type PlanText, type Stream } from './plan-text.ts';
import type { ReadContext } from './read-context.ts';
import type { TableOptions } from './read-wrapped-table.ts';
import { tidy } from './tidy-cell.ts';

const BULLET = /^\s*(?:[^\p{L}\p{N}\s]{1,2}\s+)?[-–•+]\s*(?=\S)/u;

interface Entry {
  from: number;
  to: number;
  bullet: boolean;
}

interface SubHeading {
  line: number;
  letter: string;
  title: string;
  year: number | null;
  deadline: string;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function entriesOf(plan: PlanText, from: number, to: number): Entry[] {
  const out: Entry[] = [];
  let cur: Entry | null = null;
  for (let l = from; l <= to; l++) {
    const t = lineText(plan, l);
    if (t.trim() === '' || /^\s*\d{1,3}\s*$/.test(t)) continue; // blank, or a page number
    if (BULLET.test(t)) {
      if (cur) out.push(cur);
      cur = { from: l, to: l, bullet: true };
    } else if (cur) cur.to = l;
    else cur = { from: l, to: l, bullet: false };
  }
  if (cur) out.push(cur);
  return out;
}

/** Sentence ends: "." (or "…") before a capital letter; offsets in the stream. */
function sentenceBreaks(s: Stream): number[] {
  const out: number[] = [];
  const re = /[.…](?:\.\.)?\s+(?=[\p{Lu}])/gu;
  for (let m = re.exec(s.text); m; m = re.exec(s.text)) out.push(m.index + m[0].length);
  return out;
}

export function readObjectives(plan: PlanText, part: Part, ctx: ReadContext, opts: TableOptions): DraftTarget[] {
  const subs: SubHeading[] = [];
  for (let l = part.from; l <= part.to; l++) {
    const h = letteredHeading(lineText(plan, l));
    if (!h) continue;
    const expected = LETTERS[subs.length] ?? '?';
    const y = yearPhrase(h.title);
    subs.push({
      line: l,
      letter: LETTERS.includes(h.letter.toLowerCase()) ? h.letter.toLowerCase() : expected,
      title: h.title,
      year: y?.year ?? null,
      deadline: y ? y.phrase : '',
    });
  }
  const ranges: { sub: SubHeading | null; from: number; to: number }[] = [];
  if (subs.length === 0) ranges.push({ sub: null, from: part.from, to: part.to });
  else {
    if (subs[0]!.line > part.from) ranges.push({ sub: null, from: part.from, to: subs[0]!.line - 1 });
    subs.forEach((sub, i) => ranges.push({ sub, from: sub.line + 1, to: (subs[i + 1]?.line ?? part.to + 1) - 1 }));
  }
  const out: DraftTarget[] = [];
  for (const range of ranges) {
    const sub = range.sub;
    const entries = entriesOf(plan, range.from, range.to);
    // Prose before the first bullet that is not under a sub-heading is an introduction, not a target.
    if (!sub && entries.every((e) => !e.bullet)) continue;
    let bulletNo = 0;
    for (const e of entries) {
      bulletNo++;
      const s = streamOf(plan, e.from, e.to);
      const bodyStart = e.bullet ? (BULLET.exec(s.text)?.[0].length ?? 0) : 0;
      const rows = measures(s, bodyStart, ctx);
      rows.forEach((m, k) => {
        const item = rows.length === 1 ? `-${bulletNo}` : `-${bulletNo}.${k + 1}`;
        const flags: Flag[] = [...m.flags];
        let seedText: string;
        let targetRaw = '';
        let figureLines: { from: number; to: number };
        if (m.figure) {
          seedText = s.text.slice(m.figure.figureStart, m.figure.end);
          targetRaw = seedText.replace(/\s+/g, ' ');
          figureLines = linesOf(s, m.figure.figureStart, m.figure.end);
          if (figureLines.to > figureLines.from)
            flags.push({
              kind: 'spans-lines',
              line: figureLines.from,
              message: `the figure "${targetRaw}" is split over lines ${figureLines.from}-${figureLines.to}`,
            });
          const written = m.figure.comparatorWritten;
          if (m.figure.comparator?.kind === 'symbol' && /[<>]/.test(written) && ctx.ocr)
            flags.push({
              kind: 'ocr-symbol',
              line: figureLines.from,
              message: `OCR "${written}" kept as written; this OCR often shows "≥" as ">" (the OCR reading rule, data/harmonize/ocr-readings.csv, must list this file)`,
            });
          if (m.figure.foldedOnly)
            flags.push({
              kind: 'ocr-comparator',
              line: figureLines.from,
              message: `comparator "${written}" is the vocabulary's "${m.figure.comparator?.phrase}" without its marks; target_raw keeps "${targetRaw}" as written — write it with its marks once checked`,
            });
        } else {
          const body = s.text.slice(m.start, m.end).trim();
          seedText = body.split(/\s+/).slice(0, 5).join(' ');
          const at = s.text.indexOf(seedText, m.start);
          figureLines = linesOf(s, at, at + seedText.length);
        }
        const lines = linesOf(s, m.start, m.end);
        out.push({
          section: sub ? `${opts.section}.${sub.letter}` : opts.section,
          group: sub ? `${sub.letter}) ${sub.title}` : '',
          item,
          text: m.text,
          unitRaw: '',
          targetRaw,
          targetYear: sub?.year ?? opts.planYear,
          leadUnits: '',
          cooperatingUnits: '',
          deadlineRaw: sub?.deadline ?? '',
          seedLines: [lines],
          seedText,
          figureLines,
          flags,
        });
      });
    }
  }
  return out;
}

interface Measure {
  start: number;
  end: number;
  text: string;
  figure: Figure | null;
  flags: Flag[];
}

/** One entry (bullet or paragraph) → its measures, in order. */
function measures(s: Stream, bodyStart: number, ctx: ReadContext): Measure[] {
  const figures = findFigures(s, ctx.grammar, bodyStart).filter((f) => f.percent);
  const breaks = [bodyStart, ...sentenceBreaks(s).filter((b) => b > bodyStart), s.text.length];
  const out: Measure[] = [];
  for (let i = 0; i + 1 < breaks.length; i++) {
    const from = breaks[i]!;
    const to = breaks[i + 1]!;
    const inside = figures.filter((f) => f.start >= from && f.start < to);
    if (inside.length === 0) {
      const text = tidy(s.text.slice(from, to));
      if (text !== '') out.push({ start: from, end: to, text: capital(text), figure: null, flags: [] });
      continue;
    }
    // Several measures in one sentence: split at ";" so that each clause keeps its own figure.
    const clauses: [number, number][] = [];
    if (inside.length === 1) clauses.push([from, to]);
    else {
      let c = from;
      for (let j = from; j < to; j++) {
        if (s.text[j] === ';') {
          clauses.push([c, j + 1]);
          c = j + 1;
        }
      }
      clauses.push([c, to]);
    }
    let pending: [number, number] | null = null;
    for (const [a, b] of clauses) {
      const fs = inside.filter((f) => f.start >= a && f.start < b);
      if (fs.length === 0) {
        pending = pending ? [pending[0], b] : [a, b];
        continue;
      }
      const start = pending ? pending[0] : a;
      pending = null;
      for (const f of fs) {
        const flags: Flag[] = [];
        if (fs.length > 1)
          flags.push({
            kind: 'several-figures',
            line: 0,
            message: `${fs.length} figures in one clause; each is drafted as a row with the clause's wording`,
          });
        out.push({ start, end: b, text: wording(s, start, b, fs), figure: f, flags });
      }
    }
    if (pending && out.length > 0) out[out.length - 1]!.end = pending[1];
  }
  for (const m of out) for (const f of m.flags) if (f.line === 0) f.line = streamLine(s, m.start);
  return out;
}

function streamLine(s: Stream, at: number): number {
  return linesOf(s, at, at + 1).from;
}

/** The clause without its figures (and a leading "Có" that only introduced one), as a row's text. */
function wording(s: Stream, from: number, to: number, figures: Figure[]): string {
  let text = '';
  let at = from;
  for (const f of figures) {
    text += s.text.slice(at, f.start);
    at = f.end;
  }
  text += s.text.slice(at, to);
  const t = tidy(text)
    .replace(/\s+([,;.])/g, '$1')
    .replace(/^(?:c[o6ó]|đạt|dat|pat)\s+/iu, (w) => (foldKey(w).trim().length <= 3 ? '' : w));
  return capital(tidy(t.replace(/[.;]$/, '')));
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
