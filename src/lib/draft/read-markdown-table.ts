/**
 * Reads a target table written as Markdown (the Phước An draft, 004; also what a .docx table
 * becomes). The columns are found by their headings (plan-template.csv); a table broken by a page
 * ("| | | | | |" and a new rule line) keeps the columns of the one before, and a row whose STT is
 * empty continues the row above it. LaTeX in a cell ("$\geq 10\%$") is turned into the symbol it
 * renders for target_raw, while seed_text keeps the characters as written.
 */
import type { DraftTarget, Flag } from './draft-types.ts';
import { romanValue, roman, yearPhrase, type Part } from './find-sections.ts';
import { findFigures } from './find-figures.ts';
import { lineText, looseKey, streamOf, type LineRange, type PlanText } from './plan-text.ts';
import type { ReadContext } from './read-context.ts';
import type { TableOptions } from './read-wrapped-table.ts';
import { tidy } from './tidy-cell.ts';

export function markdownCells(line: string): string[] | null {
  const t = line.trim();
  if (!t.startsWith('|')) return null;
  const inner = t.replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

const RULE = /^:?-+:?$/;

/** "$\geq 10\%$" → "≥ 10%"; "**31/3/2026**" → "31/3/2026". */
export function renderMarkup(cell: string): string {
  return cell
    .replace(/\$([^$]*)\$/g, (_m, inner: string) =>
      inner
        .replace(/\\geq?\b|\\ge\b/g, '≥')
        .replace(/\\leq?\b|\\le\b/g, '≤')
        .replace(/\\%/g, '%')
        .replace(/\\,|\\ /g, ' '),
    )
    .replace(/\*\*([^*]*)\*\*/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

interface Columns {
  stt: number;
  text: number;
  unit: number;
  result: number;
  lead: number;
}

function columnsOf(cells: string[], ctx: ReadContext): Columns | null {
  const find = (role: string) => cells.findIndex((c) => (ctx.rules.columns[role] ?? []).some((p) => looseKey(c).includes(p)));
  const cols = { stt: find('stt'), text: find('text'), unit: find('unit'), result: find('result'), lead: find('lead') };
  return cols.text >= 0 && cols.result >= 0 ? cols : null;
}

export function readMarkdownTable(plan: PlanText, part: Part, ctx: ReadContext, opts: TableOptions): DraftTarget[] | null {
  let cols: Columns | null = null;
  let header: { line: number; deadline: string; year: number | null } | null = null;
  let group: { name: string; line: number } | null = null;
  const out: DraftTarget[] = [];
  let current: { row: DraftTarget; lines: number[]; text: string[]; lead: string[] } | null = null;
  const flush = () => {
    if (!current) return;
    const r = current.row;
    r.text = tidy(current.text.join(' '));
    r.leadUnits = tidy(current.lead.join(' '));
    const seed: LineRange[] = [];
    if (header) seed.push({ from: header.line, to: header.line });
    if (group) seed.push({ from: group.line, to: group.line });
    for (const l of current.lines) seed.push({ from: l, to: l });
    r.seedLines = seed;
    if (r.leadUnits === '') r.flags.push({ kind: 'no-lead', line: r.figureLines.from, message: 'the lead-unit cell is empty' });
    out.push(r);
    current = null;
  };
  let pendingHeader: string[] | null = null;
  let pendingLine = 0;
  for (let l = part.from; l <= part.to; l++) {
    const cells = markdownCells(lineText(plan, l));
    if (!cells) {
      pendingHeader = null;
      continue;
    }
    if (cells.every((c) => RULE.test(c) || c === '')) {
      if (pendingHeader) {
        const found = columnsOf(pendingHeader, ctx);
        if (found) {
          cols = found;
          const y = yearPhrase(pendingHeader[found.text]!);
          header = { line: pendingLine, deadline: y ? y.phrase : '', year: y?.year ?? null };
        }
      }
      pendingHeader = null;
      continue;
    }
    pendingHeader = cells;
    pendingLine = l;
    const next = markdownCells(lineText(plan, l + 1));
    if (next && next.every((c) => RULE.test(c) || c === '')) continue; // a header row
    if (!cols) continue;
    const cell = (i: number) => (i >= 0 ? (cells[i] ?? '') : '');
    const stt = cell(cols.stt);
    const result = cell(cols.result);
    const rest = [cols.unit, cols.result, cols.lead].map(cell).join('');
    if (stt !== '' && romanValue(stt) !== null && rest === '') {
      flush();
      group = { name: `${roman(romanValue(stt)!)}. ${cell(cols.text)}`, line: l };
      continue;
    }
    if (stt === '' && current) {
      const c: { lines: number[]; text: string[]; lead: string[] } = current;
      c.lines.push(l);
      if (cell(cols.text)) c.text.push(cell(cols.text));
      if (cell(cols.lead)) c.lead.push(cell(cols.lead));
      continue;
    }
    if (!/^\d+$/.test(stt)) continue;
    flush();
    const flags: Flag[] = [];
    const targetRaw = renderMarkup(result);
    const s = streamOf(plan, l, l);
    if (targetRaw !== '' && /\d/.test(targetRaw) && findFigures(streamOf({ file: '', lines: [targetRaw] }, 1, 1), ctx.grammar).length === 0)
      flags.push({ kind: 'unreadable-target', line: l, message: `the result cell "${result}" holds no figure the vocabulary can read` });
    if (result === '') flags.push({ kind: 'no-figure', line: l, message: 'the result cell is empty' });
    if (ctx.ocr && /[<>]/.test(result)) flags.push({ kind: 'ocr-symbol', line: l, message: `OCR "${result}" kept as written` });
    const seedText = result !== '' ? result : s.text.split(' ').slice(0, 5).join(' ');
    current = {
      row: {
        section: opts.section,
        group: group?.name ?? '',
        item: stt,
        text: '',
        unitRaw: renderMarkup(cell(cols.unit)),
        targetRaw,
        targetYear: header?.year ?? opts.planYear,
        leadUnits: '',
        cooperatingUnits: '',
        deadlineRaw: header?.deadline ?? '',
        seedLines: [],
        seedText,
        figureLines: { from: l, to: l },
        flags,
      },
      lines: [l],
      text: [cell(cols.text)],
      lead: cell(cols.lead) ? [cell(cols.lead)] : [],
    };
  }
  flush();
  return out.length > 0 ? out : null;
}
