/**
 * Plans the drafter has never seen: the five texts of data/sources/ transformed — other figures,
 * another commune name, table rows in another order, an OCR-like copy without diacritics (folded
 * with the project's fold). The hand transcriptions only say where each figure stands in the
 * original; the tests move and change the figures and assert that the draft finds each changed
 * figure at its new line with the exact characters as seed_text.
 */
import { describe, expect, it } from 'vitest';
import { figureLines, numbersOf } from '../../../src/lib/draft/measure-draft.ts';
import { toPlanText, type LineRange } from '../../../src/lib/draft/plan-text.ts';
import { fold } from '../../../src/lib/core/fold.ts';
import { readRecords } from '../../../scripts/lib/draft-data.ts';
import { badCitations, DATA_DIR, draftOf, source, SOURCES } from './support.ts';

interface Figure {
  line: number;
  seedText: string;
}

function ranges(cell: string): LineRange[] {
  return cell
    .split(';')
    .filter((p) => p !== '')
    .map((p) => {
      const [a, b] = p.split('-').map(Number);
      return { from: a!, to: b ?? a! };
    });
}

/** Where each hand-transcribed figure of `file` stands: its line, and seed_text as written there. */
async function handFigures(commune: string, file: string): Promise<(Figure & { rows: LineRange[]; id: string })[]> {
  const plan = toPlanText(file, source(file));
  const out: (Figure & { rows: LineRange[]; id: string })[] = [];
  const taken = new Map<string, number>();
  for (const r of await readRecords(`${DATA_DIR}/targets/${commune}.csv`)) {
    const primary = r.seed_file === file;
    if (!primary && r.alt_seed_file !== file) continue;
    const seedText = primary ? r.seed_text! : r.alt_seed_text!;
    if (numbersOf(primary ? r.target_raw! : seedText).length === 0) continue; // a qualitative row
    const rs = ranges(primary ? r.seed_lines! : r.alt_seed_lines!);
    const key = `${primary ? r.seed_lines : r.alt_seed_lines}|${seedText}`;
    const k = taken.get(key) ?? 0;
    taken.set(key, k + 1);
    const lines = [...figureLines(plan, rs, seedText)].sort((a, b) => a - b);
    // Rows citing the same lines and figure take its occurrences in order.
    const line = lines.filter((l) => plan.lines[l - 1]!.includes(seedText.split(' ').pop()!))[k] ?? lines[k] ?? lines[0]!;
    out.push({ line, seedText, rows: rs, id: r.target_id! });
  }
  return out;
}

/** Another figure in place of each one: 100 → 85, others + 3 (zero-padded as written). */
function changed(seedText: string): string {
  return seedText.replace(/\d+(?:[.,]\d+)?/g, (n) => {
    if (n.includes('.') || n.includes(',')) return n.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    const v = Number(n) === 100 ? 85 : Number(n) + 3;
    return n.startsWith('0') ? String(v).padStart(n.length, '0') : String(v);
  });
}

/** The text with each figure changed on its line; the figures expected in the draft. */
function withOtherFigures(text: string, figures: Figure[]): { text: string; expected: Figure[] } {
  const lines = text.split('\n');
  const expected: Figure[] = [];
  for (const f of figures) {
    // The whole figure where it stands on one line, else its last word (a figure split over lines).
    const line = lines[f.line - 1]!;
    const whole = line.lastIndexOf(f.seedText);
    const part = whole >= 0 ? f.seedText : f.seedText.split(' ').pop()!;
    const at = whole >= 0 ? whole : line.lastIndexOf(part);
    if (at < 0) throw new Error(`figure ${f.seedText} not on line ${f.line}`);
    lines[f.line - 1] = line.slice(0, at) + changed(part) + line.slice(at + part.length);
    expected.push({ line: f.line, seedText: changed(f.seedText) });
  }
  return { text: lines.join('\n'), expected };
}

async function expectFound(text: string, expected: Figure[], file = 'unseen.txt') {
  const { draft, plan } = await draftOf(text, 'xa-moi', file);
  // The drafted seed_text is the figure as written; the hand's may start with a verb ("dat 100%"), which the draft leaves out.
  const missing = expected.filter(
    (e) =>
      !draft.targets.some(
        (t) =>
          e.seedText.endsWith(t.seedText) &&
          numbersOf(t.seedText).join() === numbersOf(e.seedText).join() &&
          t.figureLines.from <= e.line &&
          t.figureLines.to >= e.line,
      ),
  );
  expect(missing, JSON.stringify(draft.targets.map((t) => [t.seedText, t.figureLines.from]))).toEqual([]);
  expect(badCitations(draft, plan)).toEqual([]);
  return draft;
}

const rename = (text: string) =>
  text.replaceAll('Nhơn Trạch', 'Long Phước').replaceAll('Nhon Trach', 'Long Phuoc').replaceAll('Xuân Thành', 'Bình Minh');

describe('plans never seen: the same templates with other figures and another commune', () => {
  for (const [label, file, commune] of [
    ['the clean table (002)', SOURCES.nt, 'nhon-trach'],
    ['its OCR copy (000)', SOURCES.ntOcr, 'nhon-trach'],
    ['the Markdown table (004)', SOURCES.pa, 'phuoc-an'],
    ['the OCR bullet objectives (001)', SOURCES.xt, 'xuan-thanh'],
    ['the OCR objectives for 2030 (003)', SOURCES.nd, 'nghia-dan'],
  ] as const) {
    it(`finds every changed figure of ${label} at its line, with the exact characters`, async () => {
      const figures = await handFigures(commune, file);
      expect(figures.length).toBeGreaterThanOrEqual(9);
      const { text, expected } = withOtherFigures(rename(source(file)), figures);
      expect(text).not.toBe(source(file));
      await expectFound(text, expected);
    });
  }
});

describe('plans never seen: rows in another order', () => {
  it('finds the figures of the clean table when the rows of a group come in reverse order, renumbered', async () => {
    const file = SOURCES.nt;
    const lines = source(file).split('\n');
    const figures = (await handFigures('nhon-trach', file)).filter((f) => f.id >= 'nhon-trach-11');
    // Each row's own lines are the last range it cites; rows 11–24 follow one another.
    const blocks = figures.map((f) => {
      const own = f.rows[f.rows.length - 1]!;
      return { from: own.from, to: own.to, figure: f };
    });
    const start = blocks[0]!.from;
    const end = blocks[blocks.length - 1]!.to;
    const out = lines.slice(0, start - 1);
    const expected: Figure[] = [];
    [...blocks].reverse().forEach((b, i) => {
      const number = 11 + i;
      const block = lines.slice(b.from - 1, b.to);
      const renumbered = block.map((l, k) => (k === 0 ? l.replace(/^\s*\d+/, String(number)) : l));
      const changedFigure = withOtherFigures(renumbered.join('\n'), [{ line: b.figure.line - b.from + 1, seedText: b.figure.seedText }]);
      expected.push({ line: out.length + changedFigure.expected[0]!.line, seedText: changedFigure.expected[0]!.seedText });
      out.push(...changedFigure.text.split('\n'), '');
    });
    out.push(...lines.slice(end));
    const draft = await expectFound(out.join('\n'), expected);
    expect(draft.targets.slice(10).map((t) => t.item)).toEqual(Array.from({ length: 14 }, (_, i) => String(11 + i)));
  });

  it('finds the figures of the Markdown table when its rows are shuffled and renumbered', async () => {
    const file = SOURCES.pa;
    const lines = source(file).split('\n');
    const figures = (await handFigures('phuoc-an', file)).filter((f) => f.line >= 83 && f.line <= 101);
    const rows = figures.map((f) => f.line);
    const order = [...rows].reverse();
    const out = [...lines];
    const expected: Figure[] = [];
    order.forEach((from, i) => {
      const to = rows[i]!;
      const f = figures.find((x) => x.line === from)!;
      const moved = lines[from - 1]!.replace(/^\|\s*\d+\s*\|/, `| ${i + 2} |`);
      out[to - 1] = moved;
      const c = withOtherFigures(out.join('\n'), [{ line: to, seedText: f.seedText }]);
      out.splice(0, out.length, ...c.text.split('\n'));
      expected.push(c.expected[0]!);
    });
    await expectFound(out.join('\n'), expected);
  });
});

describe('plans never seen: an OCR copy without diacritics', () => {
  for (const [label, file, commune] of [
    ['the clean table (002)', SOURCES.nt, 'nhon-trach'],
    ['the Markdown table (004)', SOURCES.pa, 'phuoc-an'],
  ] as const) {
    it(`finds every figure of ${label}, folded, at its line`, async () => {
      const figures = await handFigures(commune, file);
      const text = fold(source(file));
      expect(text.split('\n').length).toBe(source(file).split('\n').length);
      const draft = await expectFound(
        text,
        figures.map((f) => ({ line: f.line, seedText: fold(f.seedText) })),
      );
      expect(draft.quality).toBe('ocr');
    });
  }
});
