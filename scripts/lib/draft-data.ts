/**
 * I/O edge of the drafter: reads what it needs from data/ (the vocabulary, the template rules,
 * the catalogue, unit spellings, the transcriptions and clean plan texts used as evidence) and
 * the Vietnamese word list of dictionary-vi, and builds the rules for one commune, leaving that
 * commune's own rows out of the evidence.
 */
import { readFile } from 'node:fs/promises';
import vietnamese from 'dictionary-vi';
import { readDataFolder } from '../../src/lib/load/read-data-files.ts';
import { decodeText } from '../../src/lib/read/decode-text.ts';
import { checkDataset } from '../../src/lib/dataset/check-dataset.ts';
import type { DataError } from '../../src/lib/core/data-error.ts';
import { parseCsv } from '../../src/lib/read/parse-csv.ts';
import type { DraftRules } from '../../src/lib/draft/draft-plan.ts';
import { catalogueWithWordings, restorationEvidence, type EvidenceData } from '../../src/lib/draft/evidence.ts';
import { createRestorer } from '../../src/lib/draft/restore-diacritics.ts';
import { readTemplateRules } from '../../src/lib/draft/template-rules.ts';
import type { ComparatorWord, UnitRule } from '../../src/lib/validate/vocabulary.ts';
import type { TemplateRules } from '../../src/lib/draft/draft-types.ts';

export type Records = Record<string, string>[];

export async function readRecords(path: string): Promise<Records> {
  const decoded = decodeText(new Uint8Array(await readFile(path)), path);
  if (!decoded.ok) throw new Error(`${path}: ${decoded.errors[0]!.problem}`);
  const parsed = parseCsv(decoded.text, path);
  if (!parsed.ok) throw new Error(`${path}: ${parsed.errors[0]!.problem}`);
  const { header, rows } = parsed.table;
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r.cells[i] ?? ''])));
}

export interface DraftData {
  words: ComparatorWord[];
  units: UnitRule[];
  template: TemplateRules;
  spellings: { spelling: string; unitIds: string[] }[];
  evidence: EvidenceData;
  dictionary: string[];
  /** Seed files with an OCR reading rule (ocr-readings.csv). */
  ocrFiles: string[];
  /** data/ files as text (relative path → text), for --check. */
  texts: Map<string, string>;
  /** data/harmonize/provinces.csv, to read the province a plan names. */
  provinces: { code: string; name: string }[];
  /** The plan texts data/sources/ lists (their numbers are taken). */
  sourceFiles: string[];
}

/** data/ does not pass its own check: the drafter refuses to draft from rules it cannot trust. */
export class DraftDataError extends Error {
  readonly errors: DataError[];
  constructor(errors: DataError[]) {
    super(`the data folder does not pass its check (${errors.length} error${errors.length === 1 ? '' : 's'})`);
    this.errors = errors;
  }
}

/**
 * What the drafter reads of data/, through the same check as the build: the vocabulary, the
 * template rules, the catalogue, the unit spellings, and as evidence the transcriptions and the
 * clean plan texts. A data folder that fails its check is refused (DraftDataError).
 */
export async function readDraftData(dataDir: string, label = 'data'): Promise<DraftData> {
  const folder = await readDataFolder(dataDir, label);
  const checked = checkDataset(folder.files, label, folder);
  if (!checked.ok) throw new DraftDataError(checked.errors);
  const { raw, rules } = checked.value;
  const dictionary = new TextDecoder()
    .decode(vietnamese.dic)
    .split('\n')
    .slice(1)
    .map((l) => l.split('/')[0]!.trim())
    .filter((w) => w !== '');
  const decoder = new TextDecoder();
  return {
    words: rules.words,
    units: rules.unitRules,
    template: readTemplateRules(rules.planTemplate),
    spellings: rules.spellings.map((s) => ({ spelling: s.spelling, unitIds: s.unit_ids })),
    evidence: {
      catalogue: rules.indicators.map((c) => ({
        id: c.id,
        name_vi: c.name_vi,
        definition_vi: c.definition_vi,
        related_terms: c.related_terms,
      })),
      spellings: rules.spellings.map((s) => s.spelling),
      unitNames: rules.units.map((u) => u.name_vi),
      rows: [
        ...raw.targets.map((t) => ({
          communeId: t.commune_id,
          text: t.text,
          group: t.group,
          units: [t.lead_units, t.cooperating_units, ''],
        })),
        ...raw.tasks.map((t) => ({
          communeId: t.commune_id,
          text: t.text,
          group: t.group,
          units: [t.lead_units, t.cooperating_units, t.presiding_unit],
        })),
      ],
      crosswalk: rules.crosswalk.map((c) => ({ target_id: c.target_id, indicator_id: c.indicator_id, match: c.match })),
      targets: raw.targets.map((t) => ({ target_id: t.target_id, commune_id: t.commune_id, text: t.text })),
      cleanSources: raw.sources
        .filter((s) => s.kind === 'clean')
        .map((s) => ({ communeId: s.commune_id, text: s.lines.slice(1).join('\n') })),
    },
    dictionary,
    ocrFiles: rules.ocrReadings.map((o) => o.seed_file),
    texts: new Map([...folder.files].map(([rel, bytes]) => [rel, decoder.decode(bytes)])),
    provinces: rules.provinces.map((p) => ({ code: p.code, name: p.name })),
    sourceFiles: raw.sources.map((x) => x.seed_file),
  };
}

/** The rules for drafting one commune: its own rows, plan texts and crosswalk rows are left out of the evidence. */
export function rulesFor(data: DraftData, communeId: string): DraftRules {
  return {
    words: data.words,
    units: data.units,
    template: data.template,
    spellings: data.spellings,
    catalogue: catalogueWithWordings(data.evidence, communeId),
    restorer: createRestorer(restorationEvidence(data.evidence, communeId), data.dictionary),
  };
}
