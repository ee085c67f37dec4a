/**
 * I/O edge of the drafter: reads what it needs from data/ (the vocabulary, the template rules,
 * the catalogue, unit spellings, the transcriptions and clean plan texts used as evidence) and
 * the Vietnamese word list of dictionary-vi, and builds the rules for one commune, leaving that
 * commune's own rows out of the evidence.
 */
import { readFile, readdir } from 'node:fs/promises';
import vietnamese from 'dictionary-vi';
import { join } from 'node:path';
import { readComparatorWords, readUnitRules } from '../../src/lib/harmonize/read-vocabulary.ts';
import { decodeText } from '../../src/lib/read/decode-text.ts';
import { parseCsv } from '../../src/lib/read/parse-csv.ts';
import type { DraftRules } from '../../src/lib/draft/draft-plan.ts';
import { catalogueWithWordings, restorationEvidence, type EvidenceData } from '../../src/lib/draft/evidence.ts';
import { createRestorer } from '../../src/lib/draft/restore-diacritics.ts';
import { readTemplateRules } from '../../src/lib/draft/template-rules.ts';
import type { ComparatorWord, UnitRule } from '../../src/lib/harmonize/parse-target.ts';
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
}

async function listFiles(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listFiles(full, base)));
    else if (e.isFile())
      out.push(
        full
          .slice(base.length + 1)
          .split('\\')
          .join('/'),
      );
  }
  return out.sort();
}

export async function readDraftData(dataDir: string): Promise<DraftData> {
  const h = (f: string) => readRecords(join(dataDir, 'harmonize', f));
  const [wordRows, unitRows, templateRows, spellingRows, catalogue, units, crosswalk, ocr] = await Promise.all([
    h('comparator-words.csv'),
    h('units.csv'),
    h('plan-template.csv'),
    h('unit-spellings.csv'),
    h('catalogue.csv'),
    h('responsible-units.csv'),
    h('crosswalk.csv'),
    h('ocr-readings.csv'),
  ]);
  const rows: EvidenceData['rows'] = [];
  const targets: EvidenceData['targets'] = [];
  for (const dir of ['targets', 'tasks']) {
    for (const f of (await readdir(join(dataDir, dir))).filter((f) => f.endsWith('.csv')).sort()) {
      for (const r of await readRecords(join(dataDir, dir, f))) {
        rows.push({
          communeId: r.commune_id ?? '',
          text: r.text ?? '',
          group: r.group ?? '',
          units: [r.lead_units ?? '', r.cooperating_units ?? '', r.presiding_unit ?? ''],
        });
        if (dir === 'targets') targets.push({ target_id: r.target_id ?? '', commune_id: r.commune_id ?? '', text: r.text ?? '' });
      }
    }
  }
  const cleanSources: EvidenceData['cleanSources'] = [];
  for (const s of await readRecords(join(dataDir, 'sources', 'sources.csv'))) {
    if (s.kind === 'clean')
      cleanSources.push({ communeId: s.commune_id ?? '', text: await readFile(join(dataDir, 'sources', s.file ?? ''), 'utf8') });
  }
  const dictionary = new TextDecoder()
    .decode(vietnamese.dic)
    .split('\n')
    .slice(1)
    .map((l) => l.split('/')[0]!.trim())
    .filter((w) => w !== '');
  const texts = new Map<string, string>();
  for (const rel of await listFiles(dataDir)) texts.set(rel, await readFile(join(dataDir, rel), 'utf8'));
  return {
    words: readComparatorWords(wordRows),
    units: readUnitRules(unitRows),
    template: readTemplateRules(templateRows),
    spellings: spellingRows.map((s) => ({ spelling: s.spelling ?? '', unitIds: (s.unit_ids ?? '').split(';').filter((x) => x !== '') })),
    evidence: {
      catalogue: catalogue.map((c) => ({
        id: c.id ?? '',
        name_vi: c.name_vi ?? '',
        definition_vi: c.definition_vi ?? '',
        related_terms: c.related_terms ?? '',
      })),
      spellings: spellingRows.map((s) => s.spelling ?? ''),
      unitNames: units.map((u) => u.name_vi ?? ''),
      rows,
      crosswalk: crosswalk.map((c) => ({ target_id: c.target_id ?? '', indicator_id: c.indicator_id ?? '', match: c.match ?? '' })),
      targets,
      cleanSources,
    },
    dictionary,
    ocrFiles: ocr.map((o) => o.seed_file ?? ''),
    texts,
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
