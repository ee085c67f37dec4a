/**
 * The anchors of a target table read as plain text (read-wrapped-table.ts): each figure that
 * stands after a unit ("% ≥ 60%", "Sáng kiến ≥ 01") and each "Có …" answer after a unit word
 * ("Mô hình Có triển khai"). An anchor ends a row's wording; what follows it is the lead unit.
 */
import { findFigures } from './find-figures.ts';
import type { Stream } from './plan-text.ts';
import type { ReadContext } from './read-context.ts';

export interface Anchor {
  start: number;
  end: number;
  figureStart: number;
  unitStart: number | null;
  numbers: string[];
  symbol: boolean;
  foldedOnly: boolean;
  comparatorWritten: string;
}

/** The anchors of the table: figures (and "Có …" answers) that stand after a unit. */
export function tableAnchors(s: Stream, ctx: ReadContext): Anchor[] {
  const out: Anchor[] = [];
  const unitBefore = (at: number): number | null => {
    const before = s.folded.slice(Math.max(0, at - 60), at).replace(/[\s|]+$/u, '');
    const base = at - 60 < 0 ? 0 : at - 60;
    for (const u of ctx.unitWords) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${u.split(' ').map(escape).join('\\s+')}$`, 'u');
      const m = pattern.exec(before);
      if (m) return base + m.index;
    }
    return null;
  };
  for (const f of findFigures(s, ctx.grammar)) {
    const unitStart = unitBefore(f.start);
    const symbol = f.comparator?.kind === 'symbol';
    const piped = /\|\s*$/u.test(s.text.slice(Math.max(0, f.start - 3), f.start));
    if (unitStart === null && !symbol && !(f.percent && piped)) continue;
    // "… > / 19 quan …": an OCR ">" at a line's end and the next row's number, not a figure.
    const numberAt = s.folded.indexOf(f.numbers[0]!, f.figureStart);
    if (!f.percent && s.starts.includes(numberAt)) continue;
    if (!f.percent && unitStart === null && !symbol) continue;
    out.push({
      start: f.start,
      end: f.end,
      figureStart: f.figureStart,
      unitStart,
      numbers: f.numbers,
      symbol,
      foldedOnly: f.foldedOnly,
      comparatorWritten: f.comparatorWritten,
    });
  }
  const words = ctx.unitWords.filter((u) => u !== '%');
  if (words.length > 0) {
    const yes = new RegExp(
      `(?<![\\p{L}])(?:${words.map((w) => w.split(' ').map(escape).join('\\s+')).join('|')})[\\s|]+(co(?:\\s+trien\\s+khai)?)(?![\\p{L}])`,
      'gu',
    );
    for (let m = yes.exec(s.folded); m; m = yes.exec(s.folded)) {
      const figureStart = m.index + m[0].length - m[1]!.length;
      out.push({
        start: figureStart,
        end: m.index + m[0].length,
        figureStart,
        unitStart: m.index,
        numbers: [],
        symbol: false,
        foldedOnly: false,
        comparatorWritten: '',
      });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.filter((a, i) => i === 0 || a.start >= out[i - 1]!.end);
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
