/**
 * Reads the provincial template's target table when it reaches us as plain text: each cell
 * wrapped over several lines (the clean copy, 002), or each row squeezed onto one or two lines
 * with "|" for some rules (the OCR copy, 000). The figure is the anchor: a figure after a unit
 * ("% ≥ 60%", "Sáng kiến ≥ 01", "Mô hình Có triển khai") ends a row's wording, and what follows
 * it on the page is the lead unit. The row number (STT) says which row it is; a group line
 * ("I Hạ tầng số", OCR "1 Ha t?tng") says which group. A row whose figure cannot be read is still
 * drafted, without a figure, and flagged: nothing is filled in by guessing.
 */
import type { DraftTarget, Flag } from './draft-types.ts';
import { romanValue, roman, yearPhrase, type Part } from './find-sections.ts';
import { foldKey, lineAt, lineText, linesOf, looseKey, streamOf, type LineRange, type PlanText } from './plan-text.ts';
import type { ReadContext } from './read-context.ts';
import { knownCell } from './units-match.ts';
import { tableAnchors, type Anchor } from './table-anchors.ts';
import { tidy } from './tidy-cell.ts';

/** The first line of the table's column headings (the one naming the wording column), or null. */
export function tableHeading(plan: PlanText, part: Part, ctx: ReadContext): number | null {
  const phrases = ctx.rules.columns.text ?? [];
  for (let l = part.from; l <= part.to; l++) {
    const key = looseKey(lineText(plan, l));
    if (phrases.some((p) => key.includes(p)) && !lineText(plan, l).trim().startsWith('|')) return l;
  }
  return null;
}

const ROW_NUMBER = /^(\d{1,2})(?=\s|\||$)/u;
const ROMAN_LETTERS = /^([IVX]{1,4})(?=\s|\||$)/u;
const ROMAN_OCR = /^(II1|I1|1I|1{1,3}|l{1,3})(?=\s|\|)/u;

function firstNumber(line: string): number | null {
  const m = ROW_NUMBER.exec(line.trim());
  return m ? Number(m[1]) : null;
}

interface Row {
  number: number | null;
  numberLine: number | null;
  group: { name: string; line: number } | null;
  textLines: number[];
  anchor: Anchor | null;
  leadLines: number[];
  leadRest: string;
}

export interface TableOptions {
  section: string;
  planYear: number | null;
}

export function readWrappedTable(plan: PlanText, part: Part, ctx: ReadContext, opts: TableOptions): DraftTarget[] | null {
  const heading = tableHeading(plan, part, ctx);
  if (heading === null) return null;
  // The deadline and year of every row come from the wording column's heading ("… đến cuối năm 2026").
  let deadline: { phrase: string; year: number; lines: LineRange } | null = null;
  for (let l = heading; l <= Math.min(part.to, heading + 3) && !deadline; l++) {
    const y = yearPhrase(lineText(plan, l));
    if (y && /^den/.test(foldKey(y.phrase))) deadline = { phrase: y.phrase, year: y.year, lines: { from: heading, to: l } };
  }
  let body = heading + 1;
  while (
    body <= part.to &&
    !(
      ROMAN_LETTERS.test(lineText(plan, body).trim()) ||
      ROMAN_OCR.test(lineText(plan, body).trim()) ||
      firstNumber(lineText(plan, body)) !== null
    )
  )
    body++;
  if (body > part.to) return null;
  const s = streamOf(plan, body, part.to);
  const found = tableAnchors(s, ctx);
  if (found.length === 0) return null;

  const lineEnd = (l: number) => (l - s.from + 1 < s.starts.length ? s.starts[l - s.from + 1]! - 1 : s.text.length);
  const blank = (l: number) => lineText(plan, l).trim() === '';

  // First pass: the block of lines each anchor closes, and where its lead unit is.
  interface Block {
    from: number;
    figureFrom: number;
    figureTo: number;
    to: number;
    anchor: Anchor;
    leadLines: number[];
    leadRest: string;
  }
  const blocks: Block[] = [];
  let prevEnd = body - 1;
  for (let i = 0; i < found.length; i++) {
    const a = found[i]!;
    const span = linesOf(s, a.start, a.end);
    const rest = s.text.slice(a.end, lineEnd(span.to)).trim();
    const leadLines: number[] = [];
    let to = span.to;
    const nextStart = i + 1 < found.length ? lineAt(s, found[i + 1]!.unitStart ?? found[i + 1]!.start) : part.to + 1;
    if (rest === '' || /^\|?$/.test(rest)) {
      let l = span.to + 1;
      while (l < nextStart && blank(l)) l++;
      while (l < nextStart && !blank(l) && leadLines.length < 4 && !isRowStart(lineText(plan, l))) {
        leadLines.push(l);
        l++;
      }
      if (leadLines.length > 0) to = leadLines[leadLines.length - 1]!;
    }
    blocks.push({
      from: prevEnd + 1,
      figureFrom: span.from,
      figureTo: span.to,
      to,
      anchor: a,
      leadLines,
      leadRest: rest.replace(/^\|\s*/, '').replace(/\s*\|$/, ''),
    });
    prevEnd = to;
  }

  // Whether the row number stands on the figure's line (OCR) or above the wording (clean text).
  let numberOnFigureLine = 0;
  let expected = 1;
  for (const b of blocks) {
    for (let l = b.from; l <= b.figureFrom; l++) {
      if (firstNumber(lineText(plan, l)) === expected) {
        if (l === b.figureFrom) numberOnFigureLine++;
        else numberOnFigureLine--;
        expected++;
        break;
      }
    }
  }
  const numberLast = numberOnFigureLine > 0;

  const rows: Row[] = [];
  let lastNumber = 0;
  let groupCount = 0;
  for (const b of blocks) {
    // Lines of the block before the lead: group lines, numbered lines, wording.
    const lines: number[] = [];
    for (let l = b.from; l <= b.figureTo; l++) if (!blank(l)) lines.push(l);
    const numbered = lines.filter((l) => firstNumber(lineText(plan, l)) !== null);
    const isGroup = (l: number): boolean => {
      const t = lineText(plan, l).trim();
      if (l >= b.figureFrom) return false;
      if (ROMAN_LETTERS.test(t)) return true;
      const m = ROMAN_OCR.exec(t);
      if (!m) return false;
      const n = firstNumber(t);
      if (n === null) return true;
      const later = numbered.some((o) => o > l && firstNumber(lineText(plan, o)) === n);
      return later || (n !== lastNumber + 1 && n !== lastNumber + 2);
    };
    // The chain of row numbers in this block: figure-less rows before the last one.
    const chain: number[] = [];
    let want = lastNumber + 1;
    for (const l of lines) {
      if (isGroup(l)) continue;
      if (firstNumber(lineText(plan, l)) === want) {
        chain.push(l);
        want++;
      }
    }
    const parts: { lines: number[]; numberLine: number | null }[] = [];
    if (chain.length <= 1) parts.push({ lines, numberLine: chain[0] ?? null });
    else if (numberLast) {
      let from = 0;
      chain.forEach((nl, k) => {
        const upto = k === chain.length - 1 ? lines.length : lines.indexOf(nl) + 1;
        parts.push({ lines: lines.slice(from, upto), numberLine: nl });
        from = upto;
      });
    } else {
      chain.forEach((nl, k) => {
        const start = k === 0 ? 0 : lines.indexOf(nl);
        // Group lines just above a numbered line belong to that row.
        let s0 = start;
        while (k > 0 && s0 > 0 && isGroup(lines[s0 - 1]!)) s0--;
        const next = k + 1 < chain.length ? lines.indexOf(chain[k + 1]!) : lines.length;
        let end = next;
        while (k + 1 < chain.length && end > 0 && isGroup(lines[end - 1]!)) end--;
        parts.push({ lines: lines.slice(k === 0 ? 0 : s0, end), numberLine: nl });
      });
    }
    parts.forEach((p, k) => {
      const last = k === parts.length - 1;
      let group: Row['group'] = null;
      const textLines: number[] = [];
      for (const l of p.lines) {
        if (isGroup(l)) {
          const t = lineText(plan, l).trim();
          const token = (ROMAN_LETTERS.exec(t) ?? ROMAN_OCR.exec(t))![1]!;
          groupCount++;
          const value = romanValue(token) ?? groupCount;
          const title = t
            .slice(token.length)
            .replace(/^[\s|.]+/, '')
            .trim();
          group = { name: `${roman(value)}. ${title}`, line: l };
        } else textLines.push(l);
      }
      const number = p.numberLine !== null ? firstNumber(lineText(plan, p.numberLine)) : null;
      if (number !== null) lastNumber = number;
      else lastNumber++;
      rows.push({
        number,
        numberLine: p.numberLine,
        group,
        textLines,
        anchor: last ? b.anchor : null,
        leadLines: last ? b.leadLines : [],
        leadRest: last ? b.leadRest : '',
      });
    });
  }

  const out: DraftTarget[] = [];
  let group: { name: string; line: number } | null = null;
  let item = 0;
  for (const r of rows) {
    if (r.group) group = r.group;
    item = r.number ?? item + 1;
    const flags: Flag[] = [];
    const firstLine = r.textLines[0] ?? r.numberLine ?? (r.anchor ? lineAt(s, r.anchor.start) : part.from);
    if (r.number === null)
      flags.push({
        kind: 'guessed-order',
        line: firstLine,
        message: `no row number (STT) found; numbered ${item} from the order of the rows`,
      });
    // Wording: the text lines, without the row number, up to the unit (or the figure).
    const cut = r.anchor ? (r.anchor.unitStart ?? r.anchor.start) : s.text.length;
    const pieces: string[] = [];
    const pieceLines: number[] = [];
    for (const l of r.textLines) {
      const from = s.starts[l - s.from]!;
      const to = Math.min(lineEnd(l), cut);
      if (to <= from) continue;
      let t = s.text.slice(from, to);
      if (l === r.numberLine) t = t.replace(ROW_NUMBER, '');
      pieces.push(t.replace(/\|/g, ' '));
      pieceLines.push(l);
    }
    let lead = r.leadRest;
    if (!lead && r.leadLines.length > 0) {
      const texts = r.leadLines.map((l) => lineText(plan, l).trim());
      let k = texts.length;
      while (k > 1 && !ctx.spellings.has(foldKey(texts.slice(0, k).join(' ')))) k--;
      if (!ctx.spellings.has(foldKey(texts.slice(0, k).join(' ')))) k = texts.length;
      lead = texts.slice(0, k).join(' ');
      pieces.push(...texts.slice(k));
    }
    // OCR squeezes the lead column into the wording's lines ("… ứng VP HDND &" / "… % 100% | UBND"):
    // the last words of a wording line that complete the lead into a listed spelling belong to it.
    if (ctx.ocr && lead !== '' && !knownCell(lead, ctx.spellings)) {
      for (let p = pieces.length - 1; p >= 0; p--) {
        if (pieceLines[p] === (r.anchor ? linesOf(s, r.anchor.start, r.anchor.end).from : -1)) continue;
        const tokens = pieces[p]!.trim().split(/\s+/);
        let taken = 0;
        for (let k = 1; k <= Math.min(5, tokens.length - 1); k++) {
          if (knownCell(`${tokens.slice(-k).join(' ')} ${lead}`, ctx.spellings)) {
            taken = k;
            break;
          }
        }
        if (taken > 0) {
          lead = `${tokens.slice(-taken).join(' ')} ${lead}`;
          pieces[p] = tokens.slice(0, -taken).join(' ');
          break;
        }
      }
    }
    const text = tidy(pieces.join(' '));
    const seedLines: LineRange[] = [];
    if (deadline) seedLines.push(deadline.lines);
    if (group) seedLines.push({ from: group.line, to: group.line });
    const rowLines = [...r.textLines, ...(r.numberLine !== null ? [r.numberLine] : []), ...r.leadLines];
    let seedText: string;
    let targetRaw = '';
    let unitRaw = '';
    let figureLines: LineRange;
    if (r.anchor) {
      const a = r.anchor;
      seedText = s.text.slice(a.figureStart, a.end);
      targetRaw = seedText.replace(/\s+/g, ' ');
      figureLines = linesOf(s, a.figureStart, a.end);
      rowLines.push(figureLines.from, figureLines.to);
      if (a.unitStart !== null)
        unitRaw = s.text
          .slice(a.unitStart, a.figureStart)
          .replace(/[\s|]+/g, ' ')
          .trim();
      if (figureLines.to > figureLines.from)
        flags.push({
          kind: 'spans-lines',
          line: figureLines.from,
          message: `the figure "${targetRaw}" is split over lines ${figureLines.from}-${figureLines.to}`,
        });
      if (a.symbol && ctx.ocr && /[<>]/.test(a.comparatorWritten))
        flags.push({
          kind: 'ocr-symbol',
          line: figureLines.from,
          message: `OCR "${a.comparatorWritten}" kept as written; this OCR often shows "≥" as ">" (the OCR reading rule, data/harmonize/ocr-readings.csv, must list this file)`,
        });
      if (a.foldedOnly)
        flags.push({
          kind: 'ocr-comparator',
          line: figureLines.from,
          message: `comparator "${a.comparatorWritten}" matched the vocabulary only without its marks; target_raw keeps it as written`,
        });
      const lone = r.textLines.find((l) => /(^|\s)>\s*$|(^|\s)>\s+\S/.test(lineText(plan, l)) && l !== figureLines.from);
      if (ctx.ocr && !a.symbol && lone !== undefined)
        flags.push({
          kind: 'ocr-symbol',
          line: lone,
          message: `an OCR ">" stands apart on line ${lone}: probably this figure's "≥", split from "${targetRaw}"; target_raw keeps the figure as written`,
        });
      if (a.unitStart === null)
        flags.push({ kind: 'no-unit', line: figureLines.from, message: 'no unit found before the figure (unit_raw left empty)' });
    } else {
      const words = text.split(' ').slice(0, 5).join(' ');
      const l = r.textLines[0] ?? firstLine;
      const written = lineText(plan, l).trim();
      seedText = written.split(/\s+/).slice(0, 5).join(' ') || words;
      figureLines = { from: l, to: l };
      rowLines.push(l);
      flags.push({
        kind: 'no-figure',
        line: l,
        message: `no figure could be placed for row ${item}: target_raw left empty; read the row in the plan`,
      });
    }
    const min = Math.min(...rowLines);
    const max = Math.max(...rowLines);
    seedLines.push({ from: min, to: max });
    if (!lead) flags.push({ kind: 'no-lead', line: figureLines.to, message: 'no lead unit found after the figure' });
    out.push({
      section: opts.section,
      group: group?.name ?? '',
      item: String(item),
      text,
      unitRaw,
      targetRaw,
      targetYear: deadline?.year ?? opts.planYear,
      leadUnits: lead,
      cooperatingUnits: '',
      deadlineRaw: deadline?.phrase ?? '',
      seedLines,
      seedText,
      figureLines,
      flags,
    });
  }
  return out;
}

function isRowStart(line: string): boolean {
  const t = line.trim();
  return firstNumber(t) !== null || ROMAN_LETTERS.test(t);
}
