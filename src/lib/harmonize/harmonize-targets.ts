import { dataError, type DataError } from '../core/data-error.ts';
import type { Bilingual } from '../core/lang.ts';
import type { RawDataset } from '../validate/check-raw-dataset.ts';
import type { Rules } from '../validate/check-rules.ts';
import type { Match } from '../validate/rule-schemas.ts';
import { splitUnits } from '../validate/check-rules.ts';
import { anchorRange, rangeId } from '../validate/check-citations.ts';
import { parseTarget, type Comparator, type ComparatorSource } from './parse-target.ts';
import type { UnitKind } from '../validate/rule-schemas.ts';
import { formatRanges } from '../validate/fields.ts';

/** One source target, read and mapped onto the catalogue: a row of the published long table. */
export interface HarmonizedTarget {
  targetId: string;
  communeId: string;
  indicatorId: string | null;
  match: Match;
  /** Why the match is not `same`, in each language (crosswalk.csv note_vi, note_en). */
  matchNote: Bilingual;
  targetYear: number;
  comparator: Comparator;
  value: number | null;
  valueMax: number | null;
  unit: UnitKind;
  ceiling: boolean;
  comparatorSource: ComparatorSource;
  comparatorAsWritten: string;
  targetRaw: string;
  unitRaw: string;
  text: string;
  section: string;
  group: string;
  item: string;
  leadUnitsRaw: string;
  leadUnitIds: string[];
  cooperatingUnitsRaw: string;
  cooperatingUnitIds: string[];
  deadlineRaw: string;
  seedFile: string;
  seedLines: string;
  seedText: string;
  /** The range of seedLines that holds the figure, as its id on the text's page ("L107-L108"). */
  seedAnchor: string;
  altSeedFile: string;
  altSeedLines: string;
  altSeedText: string;
  /** The same for the second statement ('' without one). */
  altSeedAnchor: string;
  notes: string;
}

/**
 * Raw targets + rules → harmonized rows, in a stable published order: communes in the order of
 * communes.csv, then each plan's own order. A figure the parser cannot read is a data error
 * located at its cell.
 */
export function harmonizeTargets(raw: RawDataset, rules: Rules): { targets: HarmonizedTarget[]; errors: DataError[] } {
  const errors: DataError[] = [];
  // The vocabulary's own errors are reported; each figure would otherwise fail for its fault too.
  if (!rules.vocabularyComplete) return { targets: [], errors };
  const crosswalk = new Map(rules.crosswalk.map((c) => [c.target_id, c]));
  const sources = new Map(raw.sources.map((s) => [s.seed_file, s]));
  const spelling = new Map(rules.spellings.map((s) => [s.spelling, s.unit_ids]));
  const ocr = new Map<string, Record<string, '>=' | '>' | '<=' | '<'>>();
  for (const o of rules.ocrReadings) ocr.set(o.seed_file, { ...(ocr.get(o.seed_file) ?? {}), [o.symbol_as_read]: o.read_as });
  // Plans repeat the same unit cells and the same figures over and over: each distinct cell is
  // split (and each distinct figure parsed) once. Both are pure, so a cached answer is the answer.
  const unitIdsOf = new Map<string, string[]>();
  const unitIds = (cell: string) => {
    let ids = unitIdsOf.get(cell);
    if (!ids) unitIdsOf.set(cell, (ids = [...new Set(splitUnits(cell).flatMap((p) => spelling.get(p) ?? []))]));
    return [...ids];
  };
  const parsedOf = new Map<string, ReturnType<typeof parseTarget>>();

  // Communes in communes.csv order (an unknown commune counts as the first, as it always has;
  // it is a data error anyway), each plan's rows in file order: a stable bucket sort.
  const communeOrder = new Map(raw.communes.map((c, i) => [c.id, i]));
  const buckets: (typeof raw.targets)[] = raw.communes.map(() => []);
  if (buckets.length === 0) buckets.push([]);
  for (const t of raw.targets) buckets[communeOrder.get(t.commune_id) ?? 0]!.push(t);
  const targets: HarmonizedTarget[] = [];
  for (const t of buckets.flat()) {
    const map = crosswalk.get(t.target_id);
    if (!map) continue; // reported by readRules
    const symbols = ocr.get(t.seed_file);
    const key = `${symbols ? t.seed_file : ''}\u0000${t.unit_raw}\u0000${t.target_raw}`;
    let parsed = parsedOf.get(key);
    if (!parsed) {
      parsed = parseTarget(t.target_raw, {
        unitRaw: t.unit_raw,
        ocr: symbols !== undefined,
        ocrSymbols: symbols ?? {},
        words: rules.words,
        units: rules.unitRules,
      });
      parsedOf.set(key, parsed);
    }
    if (!parsed.ok) {
      errors.push(
        dataError({
          file: t.file,
          line: t.line,
          column: parsed.column,
          value: parsed.column === 'unit_raw' ? t.unit_raw : t.target_raw,
          problem: parsed.column === 'unit_raw' ? 'the unit column does not fit the target' : 'the target cannot be read',
          expected: parsed.error,
        }),
      );
      continue;
    }
    const p = parsed.target;
    targets.push({
      targetId: t.target_id,
      communeId: t.commune_id,
      indicatorId: map.indicator_id === '' ? null : map.indicator_id,
      match: map.match,
      matchNote: { vi: map.note_vi, en: map.note_en },
      targetYear: t.target_year,
      comparator: p.comparator,
      value: p.value,
      valueMax: p.valueMax,
      unit: p.unit,
      ceiling: p.ceiling,
      comparatorSource: p.comparatorSource,
      comparatorAsWritten: p.comparatorAsWritten,
      targetRaw: t.target_raw,
      unitRaw: t.unit_raw,
      text: t.text,
      section: t.section,
      group: t.group,
      item: t.item,
      leadUnitsRaw: t.lead_units,
      leadUnitIds: unitIds(t.lead_units),
      cooperatingUnitsRaw: t.cooperating_units,
      cooperatingUnitIds: unitIds(t.cooperating_units),
      deadlineRaw: t.deadline_raw,
      seedFile: t.seed_file,
      seedLines: formatRanges(t.seed_lines),
      seedText: t.seed_text,
      seedAnchor: rangeId(anchorRange(sources.get(t.seed_file), t.seed_lines, t.seed_text)),
      altSeedFile: t.alt_seed_file,
      altSeedLines: formatRanges(t.alt_seed_lines),
      altSeedText: t.alt_seed_text,
      altSeedAnchor: t.alt_seed_file === '' ? '' : rangeId(anchorRange(sources.get(t.alt_seed_file), t.alt_seed_lines, t.alt_seed_text)),
      notes: t.notes,
    });
  }
  return { targets, errors };
}
