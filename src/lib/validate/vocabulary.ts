/**
 * The rows of data/harmonize/comparator-words.csv and data/harmonize/units.csv, already checked
 * by the same row machinery as every other table (src/lib/validate/rule-schemas.ts: each bad
 * cell reported with its line and column), turned into the vocabulary parseTarget() uses. In validate/ because checking these tables
 * (unique unit keys) needs the key the parser matches by. Part of validate/ because the checks of
 * these tables (unique unit keys) need the same key the parser matches by.
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
 */
import { FIGURE_MARK, type ComparatorWordRow, type UnitKind, type UnitRuleRow, type WORD_COMPARATORS } from './rule-schemas.ts';

/** A comparator phrase as the parser (src/lib/harmonize/parse-target.ts) matches it. */
export interface ComparatorWord {
  /** NFC lower case as written; for position "around" the figure's place is "…" ("từ … trở lên"). */
  phrase: string;
  comparator: (typeof WORD_COMPARATORS)[number] | '';
  kind: 'symbol' | 'word' | 'verb';
  position: 'prefix' | 'suffix' | 'around';
  /** The part written before the figure ('' for a suffix). */
  before: string;
  /** The part written after the figure ('' for a prefix). */
  after: string;
}

/** A unit column's reading, as the parser uses it. */
export interface UnitRule {
  unitRaw: string;
  unit: UnitKind;
  labelVi: string;
  labelEn: string;
}

/** The key parseTarget() matches unit columns by (and units.csv rows are kept unique by): NFC, spaces collapsed, lower case. */
export function unitKey(unitRaw: string): string {
  return unitRaw.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** A checked row of comparator-words.csv as the parser reads it: the phrase split at the figure's place. */
export function comparatorWord(row: ComparatorWordRow): ComparatorWord {
  const parts = row.phrase.split(FIGURE_MARK).map((p) => p.trim());
  return {
    phrase: row.phrase,
    comparator: row.comparator,
    kind: row.kind,
    position: row.position,
    before: row.position === 'suffix' ? '' : parts[0]!,
    after: row.position === 'prefix' ? '' : parts[parts.length - 1]!,
  };
}

/** A checked row of units.csv as the parser reads it. */
export function unitRule(row: UnitRuleRow): UnitRule {
  return { unitRaw: row.unit_raw, unit: row.unit, labelVi: row.label_vi, labelEn: row.label_en };
}
