/**
 * Responsible units as the plans write them, against data/harmonize/unit-spellings.csv. A cell is
 * "known" when each ";"-piece is a listed spelling; OCR spellings ("Phong VH-XH", "Trung tdm PV
 * HCC") are recognised by a folded, edit-distance comparison with the listed spellings, and then
 * offered to the reviewer with the listed spelling they resemble — never silently replaced.
 */
import { foldKey } from './plan-text.ts';

/** Levenshtein distance, for short strings (unit names, words). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/** The listed spelling a piece resembles (folded, at most `ratio` of its length edited), or null. */
export function closestSpelling(piece: string, spellings: Map<string, string>, ratio = 0.2): { spelling: string; exact: boolean } | null {
  const key = foldKey(piece);
  if (key === '') return null;
  const exact = spellings.get(key);
  if (exact !== undefined) return { spelling: exact, exact: exact === piece.trim() };
  let best: { spelling: string; d: number } | null = null;
  for (const [k, v] of spellings) {
    if (Math.abs(k.length - key.length) > key.length * ratio) continue;
    const d = editDistance(k, key);
    if (d <= Math.max(1, Math.floor(key.length * ratio)) && (!best || d < best.d)) best = { spelling: v, d };
  }
  return best ? { spelling: best.spelling, exact: false } : null;
}

export function splitPieces(cell: string): string[] {
  return cell
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** True when every ";"-piece of the cell resembles a listed spelling. */
export function knownCell(cell: string, spellings: Map<string, string>): boolean {
  const pieces = splitPieces(cell);
  return pieces.length > 0 && pieces.every((p) => closestSpelling(p, spellings) !== null);
}
