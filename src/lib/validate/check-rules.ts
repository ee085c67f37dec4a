import { comparatorWord, unitKey, unitRule } from './vocabulary.ts';
import type { ComparatorWord, UnitRule } from './vocabulary.ts';
import { REQUIRED_INDICATOR_IDS } from './required-indicators.ts';
import { fold } from '../core/fold.ts';
import { dataError, type DataError } from '../core/data-error.ts';
import type { RawDataset } from './check-raw-dataset.ts';
import {
  comparatorWordSchema,
  crosswalkSchema,
  indicatorSchema,
  ocrReadingSchema,
  pillarSchema,
  planTemplateSchema,
  provinceSchema,
  responsibleUnitSchema,
  unitRuleSchema,
  unitSpellingSchema,
  type CrosswalkRow,
  type Indicator,
  type OcrReading,
  type Pillar,
  type PlanTemplateRow,
  type Province,
  type ResponsibleUnit,
  type UnitSpelling,
} from './rule-schemas.ts';
import type { Located } from './schemas.ts';
import { referenceProblems, referenceSchema, type Reference } from './reference-schema.ts';
import { refError, uniqueBy, type TableReader } from './table-reader.ts';

/** The harmonization rules (data/harmonize/), validated against each other and the raw data. */
export interface Rules {
  provinces: (Province & Located)[];
  pillars: (Pillar & Located)[];
  indicators: (Indicator & Located)[];
  crosswalk: (CrosswalkRow & Located)[];
  units: (ResponsibleUnit & Located)[];
  spellings: (UnitSpelling & Located)[];
  /** National and provincial reference figures (data/harmonize/references.csv). */
  references: (Reference & Located)[];
  ocrReadings: (OcrReading & Located)[];
  words: ComparatorWord[];
  unitRules: UnitRule[];
  /** The provincial template's headings and column names, for the drafter. */
  planTemplate: (PlanTemplateRow & Located)[];
  /**
   * Whether the parser's vocabulary was read whole (every row of comparator-words.csv and
   * units.csv valid, and the row for "no unit column" present). When it was not, the targets are
   * not parsed: every figure would fail for the vocabulary's fault, not its own.
   */
  vocabularyComplete: boolean;
}

const DIR = 'harmonize';

export function readRules(raw: RawDataset, reader: TableReader): Rules {
  const { errors, name, table } = reader;
  const provinces = table(`${DIR}/provinces.csv`, provinceSchema);
  const pillars = table(`${DIR}/pillars.csv`, pillarSchema);
  const indicators = table(`${DIR}/catalogue.csv`, indicatorSchema);
  const crosswalk = table(`${DIR}/crosswalk.csv`, crosswalkSchema);
  const units = table(`${DIR}/responsible-units.csv`, responsibleUnitSchema);
  const spellings = table(`${DIR}/unit-spellings.csv`, unitSpellingSchema);
  const references = table(`${DIR}/references.csv`, referenceSchema);
  const ocrReadings = table(`${DIR}/ocr-readings.csv`, ocrReadingSchema);
  const planTemplate = table(`${DIR}/plan-template.csv`, planTemplateSchema);
  if (planTemplate.length > 0 && !planTemplate.some((r) => r.role === 'targets-section')) {
    errors.push(
      dataError({
        file: name(`${DIR}/plan-template.csv`),
        problem: 'no row has the role "targets-section"',
        expected: 'a row naming the heading that opens a plan’s targets (“Mục tiêu cụ thể”)',
      }),
    );
  }
  const wordRows = table(`${DIR}/comparator-words.csv`, comparatorWordSchema);
  const unitRows = table(`${DIR}/units.csv`, unitRuleSchema);
  errors.push(
    ...uniqueBy(wordRows, 'phrase'),
    ...uniqueBy(
      unitRows.map((u) => ({ ...u, key: unitKey(u.unit_raw) })),
      'key',
      'unit_raw',
    ),
  );
  if (unitRows.length > 0 && !unitRows.some((u) => unitKey(u.unit_raw) === '')) {
    errors.push(
      dataError({
        file: name(`${DIR}/units.csv`),
        problem: 'no row has an empty unit_raw',
        expected: 'a row with an empty unit_raw, giving the unit of a plain number (no "%") when a plan has no unit column',
      }),
    );
  }
  const vocabularyFiles = new Set([name(`${DIR}/comparator-words.csv`), name(`${DIR}/units.csv`)]);
  const vocabularyComplete = wordRows.length > 0 && unitRows.length > 0 && !errors.some((e) => vocabularyFiles.has(e.file));
  const words = wordRows.map(comparatorWord);
  const unitRules = unitRows.map(unitRule);

  errors.push(...uniqueBy(provinces, 'code'), ...uniqueBy(provinces, 'name'), ...uniqueBy(provinces, 'slug'));
  errors.push(...checkProvinces(raw, provinces, reader));
  errors.push(...uniqueBy(pillars, 'id'), ...uniqueBy(indicators, 'id'), ...uniqueBy(crosswalk, 'target_id'));
  errors.push(...uniqueBy(units, 'id'), ...uniqueBy(spellings, 'spelling'), ...uniqueBy(ocrReadings, 'seed_file'));

  // Unknown only when the file it must be in was read and holds no row with that id at all: a row
  // refused for one of its cells is reported there, not again at every row that names it.
  const unknownIn = (rel: string, id: string) => reader.rowIds.has(rel) && !reader.unreadable.has(rel) && !reader.rowIds.get(rel)!.has(id);
  const CATALOGUE = `${DIR}/catalogue.csv`;
  for (const i of indicators) {
    if (unknownIn(`${DIR}/pillars.csv`, i.pillar))
      errors.push(refError(i, 'pillar', i.pillar, `a pillar id from ${name(`${DIR}/pillars.csv`)}`));
  }
  const missingRequired = REQUIRED_INDICATOR_IDS.filter((id) => unknownIn(CATALOGUE, id));
  if (missingRequired.length > 0) {
    errors.push(
      dataError({
        file: name(CATALOGUE),
        problem: `the catalogue lacks required indicator ids: ${missingRequired.join(', ')}`,
        expected: 'a row for each id the site relies on (src/lib/validate/required-indicators.ts)',
      }),
    );
  }

  // Every source target is mapped exactly once: none may vanish between raw and harmonized.
  // A target row that failed its own checks, or sits in an unreadable file, is not "missing".
  const targetIds = new Set(raw.targets.map((t) => t.target_id));
  const targetFilesRead = [...reader.unreadable].every((rel) => !rel.startsWith('targets/'));
  const targetIdsInFiles = new Set([...reader.rowIds].filter(([rel]) => rel.startsWith('targets/')).flatMap(([, ids]) => [...ids]));
  const mapped = new Set(crosswalk.map((c) => c.target_id));
  for (const c of crosswalk) {
    if (!targetIds.has(c.target_id) && targetFilesRead && !targetIdsInFiles.has(c.target_id))
      errors.push(refError(c, 'target_id', c.target_id, 'the target_id of a row in data/targets/'));
    if (c.indicator_id !== '' && unknownIn(CATALOGUE, c.indicator_id)) {
      errors.push(refError(c, 'indicator_id', c.indicator_id, `an id from ${name(CATALOGUE)}`));
    }
  }
  if (crosswalk.length > 0 || reader.rowIds.has(`${DIR}/crosswalk.csv`)) {
    const inFile = reader.rowIds.get(`${DIR}/crosswalk.csv`) ?? new Set<string>();
    for (const t of raw.targets) {
      if (!mapped.has(t.target_id) && !inFile.has(t.target_id)) {
        errors.push(
          refError(
            t,
            'target_id',
            t.target_id,
            `a row for it in ${name(`${DIR}/crosswalk.csv`)} (mapped to an indicator, or "unmapped" with a reason)`,
            `target "${t.target_id}" is not in the crosswalk`,
          ),
        );
      }
    }
  }

  // Every spelling of a responsible unit in the plans resolves to canonical units.
  for (const s of spellings) {
    for (const id of s.unit_ids) {
      if (unknownIn(`${DIR}/responsible-units.csv`, id))
        errors.push(refError(s, 'unit_ids', id, `an id from ${name(`${DIR}/responsible-units.csv`)}`));
    }
  }
  if (spellings.length > 0) {
    const known = new Set(spellings.map((s) => s.spelling));
    const cells: [Located, string, string][] = [
      ...raw.targets.flatMap((t): [Located, string, string][] => [
        [t, 'lead_units', t.lead_units],
        [t, 'cooperating_units', t.cooperating_units],
      ]),
      ...raw.tasks.flatMap((t): [Located, string, string][] => [
        [t, 'presiding_unit', t.presiding_unit],
        [t, 'lead_units', t.lead_units],
        [t, 'cooperating_units', t.cooperating_units],
      ]),
    ];
    // Unit cells repeat across thousands of plans: split and look up each distinct cell once.
    const unknownOf = new Map<string, string[]>();
    for (const [row, column, cell] of cells) {
      let unknown = unknownOf.get(cell);
      if (!unknown) unknownOf.set(cell, (unknown = splitUnits(cell).filter((piece) => !known.has(piece))));
      for (const piece of unknown) {
        errors.push(
          refError(
            row,
            column,
            piece,
            `a spelling listed in ${name(`${DIR}/unit-spellings.csv`)} (add it there with its canonical unit ids)`,
            `unit spelling "${piece}" is not in the synonym file`,
          ),
        );
      }
    }
  }

  const provinceNames = new Set(provinces.map((p) => p.name));
  // As checkProvinces: a provinces.csv with errors may have lost the row a scope names.
  const provincesRead = provinces.length > 0 && !errors.some((e) => e.file === name(`${DIR}/provinces.csv`));
  for (const r of references) {
    if (unknownIn(CATALOGUE, r.indicator_id)) errors.push(refError(r, 'indicator_id', r.indicator_id, `an id from ${name(CATALOGUE)}`));
    errors.push(...referenceProblems(r));
    if (r.level === 'province' && provincesRead && !provinceNames.has(r.scope))
      errors.push(
        refError(r, 'scope', r.scope, `a province as ${name(`${DIR}/provinces.csv`)} writes it`, `"${r.scope}" is not a province`),
      );
  }

  const seedFiles = new Set(raw.communes.flatMap((c) => c.source_files));
  // Only when every row of communes.csv passed: a rejected row's source files are unknown.
  const communeIds = new Set(raw.communes.map((c) => c.id));
  const communesRead = [...(reader.rowIds.get('communes.csv') ?? [])].every((id) => communeIds.has(id));
  for (const o of ocrReadings) {
    if (raw.communes.length > 0 && communesRead && !seedFiles.has(o.seed_file))
      errors.push(refError(o, 'seed_file', o.seed_file, 'a seed file listed in communes.csv'));
  }

  return {
    provinces,
    pillars,
    indicators,
    crosswalk,
    units,
    spellings,
    references,
    ocrReadings,
    words,
    unitRules,
    planTemplate,
    vocabularyComplete,
  };
}

/** A responsible-unit cell as written → its pieces. Only ";" separates units: commas occur
 * inside unit names ("Các ban, ngành, đoàn thể"), so a comma-separated list is one spelling. */
export function splitUnits(cell: string): string[] {
  return cell
    .split(';')
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/**
 * Each commune's province name and code against data/harmonize/provinces.csv (Decision
 * 19/2025/QĐ-TTg): a code that is not a province's, or a name that is not that province's as
 * written there — "Nghe An" or "Nghệ an" for "Nghệ An" would otherwise make a second province.
 */
function checkProvinces(raw: RawDataset, provinces: (Province & Located)[], reader: TableReader): DataError[] {
  const file = reader.name(`${DIR}/provinces.csv`);
  if (provinces.length === 0 || reader.errors.some((e) => e.file === file)) return [];
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const out: DataError[] = [];
  for (const c of raw.communes) {
    const p = byCode.get(c.province_code);
    if (!p) {
      out.push(
        refError(
          c,
          'province_code',
          c.province_code,
          `the code of one of the provinces in ${file} (e.g. "75" for Đồng Nai)`,
          `"${c.province_code}" is not a province code`,
        ),
      );
    } else if (p.name !== c.province) {
      const sameLetters = fold(p.name).toLowerCase() === fold(c.province).toLowerCase();
      out.push(
        refError(
          c,
          'province',
          c.province,
          `"${p.name}", as ${file} writes province ${p.code}`,
          sameLetters
            ? `"${c.province}" is not how province ${p.code} is written (diacritics, tone marks or capitals differ)`
            : `province ${p.code} is "${p.name}", not "${c.province}"`,
        ),
      );
    }
  }
  return out;
}
