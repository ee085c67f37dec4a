/**
 * Turns the rows of data/harmonize/comparator-words.csv and data/harmonize/units.csv (already
 * split into records by a CSV reader) into the vocabulary parseTarget() uses. The parser trusts
 * this vocabulary, so every row is checked here and a bad row stops the build with its number.
 *
 * comparator-words.csv — `phrase,position,comparator,kind,meaning_vi,meaning_en`
 *   phrase      Vietnamese NFC lower case, as written in the plans. For position `around` the
 *               figure's place is marked with "…" (U+2026): "từ … trở lên".
 *   position    `prefix` (before the figure: "≥ 60%", "trên 90%"), `suffix` (after it:
 *               "90% trở lên"), `around` (both sides: "từ 90% trở lên").
 *   comparator  `>=` `>` `=` `<=` `<`; empty only for kind `verb`.
 *   kind        `symbol` (a sign, may be an OCR misreading), `word` (written in words, never an
 *               OCR artefact), `verb` (a verb such as "đạt" that carries no comparison of its
 *               own: "đạt 100%" reads as a bare "100%").
 * units.csv — `unit_raw,unit,label_vi,label_en`
 *   unit_raw    the plan's unit column as written; the row with an empty unit_raw gives the unit
 *               of a plain number (no "%") when the plan has no unit column.
 *   unit        `percent` `count` `index` `boolean` `text`.
 * Row numbers in errors count data rows from 1 (the header is not counted).
 */
import type { ComparatorWord, UnitKind, UnitRule } from './parse-target.ts';

const COMPARATORS = ['>=', '>', '=', '<=', '<'] as const;
const KINDS = ['symbol', 'word', 'verb'] as const;
const POSITIONS = ['prefix', 'suffix', 'around'] as const;
const UNITS = ['percent', 'count', 'index', 'boolean', 'text'] as const;
/** Marks where the figure goes in an `around` phrase. */
export const FIGURE_MARK = '…';

function oneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

function requireColumns(rows: Record<string, string>[], file: string, columns: string[]): void {
  rows.forEach((row, i) => {
    const missing = columns.filter((c) => typeof row[c] !== 'string');
    if (missing.length > 0) throw new Error(`${file} row ${i + 1}: missing column(s) ${missing.join(', ')}`);
  });
}

/** The key parseTarget() matches unit columns by: NFC, spaces collapsed, lower case. */
export function unitKey(unitRaw: string): string {
  return unitRaw.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function readComparatorWords(rows: Record<string, string>[]): ComparatorWord[] {
  const file = 'comparator-words.csv';
  requireColumns(rows, file, ['phrase', 'position', 'comparator', 'kind', 'meaning_vi', 'meaning_en']);
  const seen = new Set<string>();
  return rows.map((row, i) => {
    const phrase = row.phrase!.trim();
    const where = `${file} row ${i + 1} ("${phrase}")`;
    const { position, comparator, kind } = { position: row.position!.trim(), comparator: row.comparator!.trim(), kind: row.kind!.trim() };
    if (phrase === '') throw new Error(`${where}: phrase is empty`);
    if (phrase !== phrase.normalize('NFC').toLowerCase()) throw new Error(`${where}: phrase must be NFC lower case`);
    if (!oneOf(KINDS, kind)) throw new Error(`${where}: unknown kind "${kind}" (expected ${KINDS.join(', ')})`);
    if (!oneOf(POSITIONS, position)) throw new Error(`${where}: unknown position "${position}" (expected ${POSITIONS.join(', ')})`);
    if (kind === 'verb' ? comparator !== '' : !oneOf(COMPARATORS, comparator)) {
      throw new Error(
        kind === 'verb'
          ? `${where}: a verb carries no comparator, but the row says "${comparator}"`
          : `${where}: unknown comparator "${comparator}" (expected ${COMPARATORS.join(' ')})`,
      );
    }
    const parts = phrase.split(FIGURE_MARK).map((p) => p.trim());
    if ((position === 'around') !== (parts.length === 2) || parts.some((p) => p === '')) {
      throw new Error(`${where}: an "around" phrase has one "${FIGURE_MARK}" with words on both sides; other positions have none`);
    }
    if (kind === 'verb' && position !== 'prefix') throw new Error(`${where}: a verb stands before the figure (position prefix)`);
    if (seen.has(phrase)) throw new Error(`${where}: phrase listed twice`);
    seen.add(phrase);
    const before = position === 'suffix' ? '' : parts[0]!;
    const after = position === 'prefix' ? '' : parts[parts.length - 1]!;
    return { phrase, comparator: comparator as ComparatorWord['comparator'], kind, position, before, after };
  });
}

export function readUnitRules(rows: Record<string, string>[]): UnitRule[] {
  const file = 'units.csv';
  requireColumns(rows, file, ['unit_raw', 'unit', 'label_vi', 'label_en']);
  const seen = new Set<string>();
  const rules = rows.map((row, i) => {
    const unitRaw = row.unit_raw!.normalize('NFC').trim();
    const unit = row.unit!.trim();
    const where = `${file} row ${i + 1} ("${unitRaw}")`;
    if (!oneOf(UNITS, unit)) throw new Error(`${where}: unknown unit "${unit}" (expected ${UNITS.join(', ')})`);
    if (seen.has(unitKey(unitRaw))) throw new Error(`${where}: unit listed twice`);
    seen.add(unitKey(unitRaw));
    return { unitRaw, unit: unit satisfies UnitKind, labelVi: row.label_vi!.trim(), labelEn: row.label_en!.trim() };
  });
  if (!seen.has('')) throw new Error(`${file}: no row with an empty unit_raw (the unit of a plain number when there is no unit column)`);
  return rules;
}
