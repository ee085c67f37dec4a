import type { Table } from './table.ts';
import { targetsTable } from './target-columns.ts';
import { wideTable } from './wide-table.ts';
import { recordColumns, noteAnchors, sourceTargetUrls, taskUrls, recordTable, inCommuneOrder } from './record-columns.ts';
import {
  COMMUNE_SPECS,
  DOCUMENT_SPECS,
  SOURCE_TARGET_SPECS,
  TASK_SPECS,
  PILLAR_SPECS,
  CATALOGUE_SPECS,
  CROSSWALK_SPECS,
  UNIT_SPECS,
  SPELLING_SPECS,
  REFERENCE_SPECS,
  OCR_SPECS,
} from './record-specs.ts';
import type { Dataset } from '../dataset/check-dataset.ts';

// ---------------------------------------------------------------------------------------------

/** Every table published for all communes, in a stable order (the workbook's sheets too). */
export function allTables(ds: Dataset, root = '/'): Table[] {
  noteAnchors(ds);
  return [
    targetsTable(root, 'targets', ds.targets, 'Harmonized targets, all communes', 'all'),
    wideTable(ds),
    recordTable(
      'source-targets',
      'Source targets as transcribed',
      'Every target as written in the plans, with provenance (data/targets/*.csv), and the site’s address of its lines.',
      SOURCE_TARGET_SPECS,
      inCommuneOrder(ds, ds.raw.targets),
      undefined,
      recordColumns(SOURCE_TARGET_SPECS, root, sourceTargetUrls),
    ),
    recordTable(
      'tasks',
      'Tasks and unit assignments',
      'The plans’ task appendices and duties given to units, all communes (data/tasks/*.csv), and the site’s address of their lines.',
      TASK_SPECS,
      inCommuneOrder(ds, ds.raw.tasks),
      undefined,
      recordColumns(TASK_SPECS, root, taskUrls),
    ),
    recordTable('communes', 'Communes and their plans', 'One row per plan (data/communes.csv).', COMMUNE_SPECS, ds.raw.communes),
    recordTable(
      'documents',
      'Documents cited',
      'The higher documents the plans cite (data/documents.csv).',
      DOCUMENT_SPECS,
      ds.raw.documents,
    ),
    recordTable('pillars', 'Pillars', 'The six pillars of the catalogue (data/harmonize/pillars.csv).', PILLAR_SPECS, ds.rules.pillars),
    recordTable(
      'catalogue',
      'Indicator catalogue',
      'The canonical indicators the targets are mapped onto (data/harmonize/catalogue.csv).',
      CATALOGUE_SPECS,
      ds.rules.indicators,
    ),
    recordTable(
      'crosswalk',
      'Crosswalk',
      'Every source target mapped onto the catalogue, with how it differs (data/harmonize/crosswalk.csv).',
      CROSSWALK_SPECS,
      ds.rules.crosswalk,
    ),
    recordTable(
      'responsible-units',
      'Responsible units',
      'Canonical responsible units (data/harmonize/responsible-units.csv).',
      UNIT_SPECS,
      ds.rules.units,
    ),
    recordTable(
      'unit-spellings',
      'Responsible-unit spellings',
      'Every spelling of a unit in the plans and the canonical ids it stands for (data/harmonize/unit-spellings.csv).',
      SPELLING_SPECS,
      ds.rules.spellings,
    ),
    recordTable(
      'references',
      'Reference targets',
      'National and provincial figures a commune target is read against, each with the page and words it was read in (data/harmonize/references.csv).',
      REFERENCE_SPECS,
      ds.rules.references,
    ),
    recordTable(
      'ocr-readings',
      'OCR reading rule',
      'How a “>” in an OCR text is read, per seed file, with the evidence (data/harmonize/ocr-readings.csv).',
      OCR_SPECS,
      ds.rules.ocrReadings,
    ),
  ];
}

/** Slices: per commune (harmonized and as transcribed) and per indicator, cut from the Dataset's indexes. */
export function sliceTables(ds: Dataset, root = '/'): Table[] {
  noteAnchors(ds);
  const out: Table[] = [];
  for (const c of ds.raw.communes) {
    out.push(
      targetsTable(root, `communes/${c.id}`, ds.targetsByCommune.get(c.id) ?? [], `Harmonized targets of ${c.name}`, 'commune', c.id),
    );
    out.push(
      recordTable(
        `communes/${c.id}-source`,
        `Source targets of ${c.name}`,
        `Every target of the plan as transcribed, every column of data/targets/${c.id}.csv, with provenance and the site’s address of its lines.`,
        SOURCE_TARGET_SPECS,
        ds.sourceTargetsByCommune.get(c.id) ?? [],
        c.id,
        recordColumns(SOURCE_TARGET_SPECS, root, sourceTargetUrls),
      ),
    );
  }
  for (const i of ds.rules.indicators) {
    out.push(
      targetsTable(root, `indicators/${i.id}`, ds.targetsByIndicator.get(i.id) ?? [], `Targets for ${i.name_en}`, 'indicator', i.id),
    );
  }
  return out;
}
