/**
 * Reads the plan's tasks: the unit assignments of "Tổ chức thực hiện" (a numbered unit, then
 * its bullets or paragraphs, or one numbered paragraph that names the unit first) and the rows
 * of the task appendix (numbered rows under roman group lines, with the presiding, lead and
 * cooperating units and the deadline). Units are recognised by the spellings already listed in
 * unit-spellings.csv (OCR ones by resemblance); what is not recognised stays in the wording and
 * the row is flagged. An appendix row that restates a target (same figure, similar wording) is
 * linked to it, and lends it units and deadline where the objectives name none.
 */
import type { DraftTarget, DraftTask, Flag } from './draft-types.ts';
import { findFigures } from './find-figures.ts';
import { numberedHeading, romanValue, roman, type Part } from './find-sections.ts';
import { foldKeepLength, foldKey, lineText, looseKey, streamOf, type LineRange, type PlanText } from './plan-text.ts';
import type { ReadContext } from './read-context.ts';
import { tidy } from './tidy-cell.ts';
import { closestSpelling } from './units-match.ts';

const BULLET = /^\s*(?:[^\p{L}\p{N}\s]{1,2}\s+)?[-–•+]\s*(?=\S)/u;

/** The longest run of leading words that is a listed unit spelling, as written; '' if none. */
export function leadingUnit(text: string, spellings: Map<string, string>): string {
  const words = text.trim().split(/\s+/);
  for (let k = Math.min(words.length, 12); k >= 1; k--) {
    const cand = words
      .slice(0, k)
      .join(' ')
      .replace(/[,:;]$/, '');
    if (closestSpelling(cand, spellings, 0.12)) return cand;
  }
  return '';
}

function paragraphs(plan: PlanText, from: number, to: number): LineRange[] {
  const bullets: LineRange[] = [];
  const paras: LineRange[] = [];
  let b: LineRange | null = null;
  let p: LineRange | null = null;
  let anyBullet = false;
  for (let l = from; l <= to; l++) {
    const t = lineText(plan, l);
    if (/^\s*\d{1,3}\s*$/.test(t)) continue;
    if (t.trim() === '') {
      if (p) paras.push(p);
      p = null;
      continue;
    }
    if (BULLET.test(t)) {
      anyBullet = true;
      if (b) bullets.push(b);
      b = { from: l, to: l };
    } else if (b) b.to = l;
    if (p) p.to = l;
    else p = { from: l, to: l };
  }
  if (b) bullets.push(b);
  if (p) paras.push(p);
  return anyBullet ? bullets : paras;
}

export function readUnitAssignments(plan: PlanText, part: Part, ctx: ReadContext): DraftTask[] {
  const heads: { line: number; number: number; title: string }[] = [];
  for (let l = part.from; l <= part.to; l++) {
    const h = numberedHeading(lineText(plan, l));
    if (h && h.number === (heads[heads.length - 1]?.number ?? 0) + 1) heads.push({ line: l, ...h });
  }
  const out: DraftTask[] = [];
  heads.forEach((h, i) => {
    const end = (heads[i + 1]?.line ?? part.to + 1) - 1;
    const section = `${part.section}.${h.number}`;
    const unit = leadingUnit(h.title, ctx.spellings);
    const titleOnly = /:\s*$/.test(h.title) || h.title.split(/\s+/).length <= 12;
    const flags: Flag[] = [];
    if (!unit) flags.push({ kind: 'no-lead', line: h.line, message: `no listed unit spelling at the start of "${h.title}"` });
    const lead = unit || (titleOnly ? h.title.replace(/:\s*$/, '') : '');
    let bodyFrom = h.line + 1;
    if (!titleOnly) {
      // A numbered paragraph: the unit and its duty in one.
      let to = h.line;
      while (to < end && lineText(plan, to + 1).trim() !== '' && !BULLET.test(lineText(plan, to + 1))) to++;
      const s = streamOf(plan, h.line, to);
      out.push(
        task(
          'unit-assignment',
          section,
          lineText(plan, h.line).trim(),
          String(h.number),
          tidy(s.text.replace(/^\s*\d{1,2}\s*\.\s*/, '')),
          lead,
          [{ from: h.line, to }],
          flags,
        ),
      );
      if (to >= end) return;
      bodyFrom = to + 1;
    }
    const entries = paragraphs(plan, bodyFrom, end);
    entries.forEach((e, k) => {
      const s = streamOf(plan, e.from, e.to);
      const text = tidy(s.text.replace(BULLET, ''));
      if (text === '') return;
      out.push(
        task(
          'unit-assignment',
          section,
          lineText(plan, h.line).trim(),
          `-${k + 1}`,
          text,
          lead,
          [{ from: h.line, to: h.line }, e],
          [...flags],
        ),
      );
    });
  });
  return out;
}

function task(
  kind: DraftTask['kind'],
  section: string,
  group: string,
  item: string,
  text: string,
  lead: string,
  seedLines: LineRange[],
  flags: Flag[],
): DraftTask {
  return {
    kind,
    section,
    group,
    item,
    text,
    presidingUnit: '',
    leadUnits: lead,
    cooperatingUnits: '',
    deadlineRaw: '',
    targets: [],
    seedLines,
    figures: [],
    flags,
  };
}

const ROW = /^\s*(\d{1,2})\s*(?:\|\s*)?(?:(\d{1,2})\s*\|?\s*)?(?=\S|$)/u;
const GROUP = /^\s*([IVX]{1,4})\s*[|.]?\s+(\S.*)$/u;

/** Known unit spellings found in a text, in order, without overlaps (folded comparison). */
function unitsIn(text: string, spellings: Map<string, string>): { start: number; end: number; written: string }[] {
  const folded = foldKeepLength(text);
  const taken: { start: number; end: number; written: string }[] = [];
  const keys = [...spellings.keys()].filter((k) => k.length >= 4).sort((a, b) => b.length - a.length);
  for (const k of keys) {
    let at = folded.indexOf(k);
    while (at >= 0) {
      const end = at + k.length;
      const boundary = !/[\p{L}\p{N}]/u.test(folded[at - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(folded[end] ?? ' ');
      if (boundary && !taken.some((t) => at < t.end && end > t.start)) taken.push({ start: at, end, written: text.slice(at, end) });
      at = folded.indexOf(k, at + 1);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function readAppendix(plan: PlanText, part: Part, ctx: ReadContext): DraftTask[] {
  const cols = ctx.rules.columns;
  let hasPresiding = false;
  let hasLead = false;
  for (let l = part.from; l <= Math.min(part.to, part.from + 12); l++) {
    const key = looseKey(lineText(plan, l));
    if ((cols.presiding ?? []).some((p) => key.includes(p))) hasPresiding = true;
    if ((cols.lead ?? []).some((p) => key.includes(p))) hasLead = true;
  }
  const out: DraftTask[] = [];
  interface Group {
    name: string;
    line: number;
    index: number;
  }
  let group: Group | null = null;
  let starts: { line: number; number: number }[] = [];
  const blocks: { from: number; to: number; number: number; group: Group | null }[] = [];
  let expected = 1;
  for (let l = part.from; l <= part.to; l++) {
    const t = lineText(plan, l);
    const g = GROUP.exec(t);
    if (g && romanValue(g[1]!) !== null && !ROW.test(t)) {
      // OCR reads "II" as "I": a group numeral that does not go up is taken from the order.
      const written = romanValue(g[1]!)!;
      const previous: Group | null = group;
      const index: number = previous && written <= previous.index ? previous.index + 1 : written;
      group = { name: `${roman(index)}. ${g[2]!.replace(/^[|\s]+/, '').trim()}`, line: l, index };
      expected = 1;
      starts.push({ line: l, number: -1 });
      continue;
    }
    const m = ROW.exec(t);
    if (!m) continue;
    const n = Number(m[1]);
    if (n === expected || (n > expected && n <= expected + 1)) {
      starts.push({ line: l, number: n });
      blocks.push({ from: l, to: l, number: n, group });
      expected = n + 1;
    }
  }
  starts = starts.sort((a, b) => a.line - b.line);
  for (const b of blocks) {
    const next = starts.find((s) => s.line > b.from);
    b.to = (next?.line ?? part.to + 1) - 1;
    while (b.to > b.from && lineText(plan, b.to).trim() === '') b.to--;
  }
  for (const b of blocks) {
    const s = streamOf(plan, b.from, b.to);
    let text = s.text.replace(ROW, '');
    const flags: Flag[] = [];
    const units = unitsIn(text, ctx.spellings);
    let deadline = '';
    const dl = new RegExp(`(?:${[...ctx.rules.deadlineWords, 'thang \\d{1,2}/20\\d\\d', 'nam 20\\d\\d', '20\\d\\d'].join('|')})\\s*$`, 'u');
    const dm = dl.exec(foldKeepLength(text));
    if (dm) {
      deadline = text.slice(dm.index).trim();
      text = text.slice(0, dm.index);
    }
    const names = units.filter((u) => u.start < text.length).map((u) => u.written);
    let wording = text;
    for (const u of [...units].reverse()) if (u.start < text.length) wording = wording.slice(0, u.start) + ' ' + wording.slice(u.end);
    const [first, second, ...rest] = names;
    const presiding = hasPresiding && hasLead ? (first ?? '') : '';
    const lead = hasPresiding && hasLead ? (second ?? '') : (first ?? '');
    const cooperating = (hasPresiding && hasLead ? rest : [second, ...rest].filter((x): x is string => Boolean(x))).join('; ');
    if (names.length === 0)
      flags.push({ kind: 'no-lead', line: b.from, message: 'no listed unit spelling found in the row; its unit columns are left empty' });
    if (ctx.ocr)
      flags.push({
        kind: 'unit-spelling',
        line: b.from,
        message: 'an OCR appendix row: its columns are interleaved on the page; check wording, units and deadline against the plan',
      });
    const figures = findFigures(streamOf(plan, b.from, b.to), ctx.grammar)
      .filter((f) => f.percent)
      .map((f) => f.numbers.join('-'));
    out.push({
      kind: 'appendix-row',
      section: `${part.section} ${b.group ? `${roman(b.group.index)}.${b.number}` : String(b.number)}`,
      group: b.group?.name ?? '',
      item: String(b.number),
      text: tidy(wording.replace(/\|/g, ' ')),
      presidingUnit: presiding,
      leadUnits: lead,
      cooperatingUnits: cooperating,
      deadlineRaw: deadline,
      targets: [],
      seedLines: [...(b.group ? [{ from: b.group.line, to: b.group.line }] : []), { from: b.from, to: b.to }],
      figures,
      flags,
    });
  }
  return out;
}

function words(text: string): Set<string> {
  return new Set(
    foldKey(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 2),
  );
}

function overlap(a: string, b: string): number {
  const x = words(a);
  const y = words(b);
  if (x.size === 0 || y.size === 0) return 0;
  let common = 0;
  for (const w of x) if (y.has(w)) common++;
  return common / Math.min(x.size, y.size);
}

/** Links appendix rows to the targets they restate; fills a target's empty units and deadline from its row. */
export function linkAppendix(tasks: DraftTask[], targets: DraftTarget[]): void {
  const used = new Set<number>();
  for (const t of tasks) {
    if (t.kind !== 'appendix-row') continue;
    let best = -1;
    let bestScore = 0;
    targets.forEach((target, i) => {
      const nums = (target.targetRaw.match(/\d+(?:[.,]\d+)?/g) ?? []).join('-');
      const sameFigure = t.figures.length > 0 && t.figures.includes(nums);
      const score = overlap(t.text, target.text) + (sameFigure ? 0.5 : 0) - (used.has(i) ? 0.3 : 0);
      if ((sameFigure ? score >= 0.8 : score >= 0.6) && score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best < 0) continue;
    used.add(best);
    t.targets.push(best);
    const target = targets[best]!;
    const line = t.seedLines[t.seedLines.length - 1]!.from;
    const filled: string[] = [];
    if (!target.leadUnits && t.leadUnits) {
      target.leadUnits = t.leadUnits;
      filled.push('lead unit');
    }
    if (!target.cooperatingUnits && t.cooperatingUnits) {
      target.cooperatingUnits = t.cooperatingUnits;
      filled.push('cooperating units');
    }
    if (!target.deadlineRaw && t.deadlineRaw) {
      target.deadlineRaw = t.deadlineRaw;
      filled.push('deadline');
    }
    if (filled.length > 0) {
      target.seedLines = [...target.seedLines, ...t.seedLines.slice(-1)];
      target.flags.push({
        kind: 'from-appendix',
        line,
        message: `${filled.join(', ')} taken from appendix row ${t.section} (line ${line}), linked by its figure and wording`,
      });
    }
  }
}
