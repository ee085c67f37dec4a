import { dataError } from '../core/data-error.ts';
import { checkCitations, readSources, type SourceText } from './check-citations.ts';
import {
  communeSchema,
  documentSchema,
  findingQuoteSchema,
  findingSchema,
  sourceSchema,
  targetSchema,
  taskSchema,
  type Commune,
  type DocumentRecord,
  type Finding,
  type FindingQuote,
  type Located,
  type Target,
  type Task,
} from './schemas.ts';
import { refError, uniqueBy, type DataFiles, type TableReader } from './table-reader.ts';
import { formatRanges } from './fields.ts';

export type { DataFiles } from './table-reader.ts';

/** The transcribed plans, validated: the "raw" stage of the pipeline. */
export interface RawDataset {
  communes: (Commune & Located)[];
  documents: (DocumentRecord & Located)[];
  targets: (Target & Located)[];
  tasks: (Task & Located)[];
  /** The plan texts that every citation points into (data/sources/), with their lines. */
  sources: SourceText[];
  /** What reading the plans found (data/findings/, optional), each with the quotes that show it. */
  findings: FindingWithQuotes[];
}

export type FindingWithQuotes = Finding & Located & { quotes: (FindingQuote & Located)[] };

/** The placeholders a finding's text may hold, filled from the data by the site. */
export const FINDING_PLACEHOLDER = /\{(targets|groups|lead:[^{}]+)\}/g;

/** Reads and cross-checks the raw tables, pushing errors into the reader's list. */
export function readRawTables(files: DataFiles, reader: TableReader): RawDataset {
  const { errors, name, table, rowIds } = reader;
  const label = name('').slice(0, -1);
  const communes = table('communes.csv', communeSchema);
  const documents = table('documents.csv', documentSchema);
  // Keyed by seed_file: a text whose row was refused for one of its cells is still listed.
  const sourceRows = table('sources/sources.csv', sourceSchema, { key: 'seed_file' });
  const targets: (Target & Located)[] = [];
  const tasks: (Task & Located)[] = [];
  const perCommuneFiles = (dir: string) => [...files.keys()].filter((k) => k.startsWith(`${dir}/`) && k.endsWith('.csv')).sort();
  for (const rel of perCommuneFiles('targets')) targets.push(...table(rel, targetSchema));
  for (const rel of perCommuneFiles('tasks')) tasks.push(...table(rel, taskSchema));

  errors.push(...uniqueBy(communes, 'id'), ...uniqueBy(communes, 'unit_code'), ...uniqueBy(documents, 'id'));
  errors.push(...uniqueBy(targets, 'target_id'), ...uniqueBy(tasks, 'task_id'), ...uniqueBy(sourceRows, 'seed_file'));

  // Unknown only when the file it must be in was read and holds no row with that id at all.
  const unknownIn = (rel: string, id: string) => rowIds.has(rel) && !reader.unreadable.has(rel) && !rowIds.get(rel)!.has(id);
  const documentIds = new Set(documents.map((d) => d.id));
  for (const c of communes) {
    for (const id of c.cited_documents) {
      if (!documentIds.has(id) && unknownIn('documents.csv', id))
        errors.push(refError(c, 'cited_documents', id, 'an id listed in documents.csv'));
    }
  }
  for (const d of documents) {
    for (const id of d.implements) {
      if (!documentIds.has(id) && unknownIn('documents.csv', id))
        errors.push(refError(d, 'implements', id, 'an id listed in documents.csv'));
    }
  }

  const communeById = new Map<string, Commune & Located>();
  for (const c of communes) if (!communeById.has(c.id)) communeById.set(c.id, c); // a duplicate is reported; the first row counts
  const knownCommunes = [...communeById.keys()].map((id) => `"${id}"`).join(', ');
  const targetIds = new Map<string, Target & Located>();
  for (const t of targets) if (!targetIds.has(t.target_id)) targetIds.set(t.target_id, t);

  for (const [dir, rows] of [
    ['targets', targets],
    ['tasks', tasks],
  ] as const) {
    for (const rel of perCommuneFiles(dir)) {
      const id = rel.slice(dir.length + 1, -'.csv'.length);
      if (communes.length > 0 && !communeById.has(id) && unknownIn('communes.csv', id)) {
        errors.push(
          dataError({
            file: name(rel),
            problem: `the file is named after an unknown commune "${id}"`,
            expected: `a file named after an id in communes.csv (${knownCommunes})`,
          }),
        );
      }
    }
    for (const row of rows) {
      const fileCommune = row.file.slice(`${label}/${dir}/`.length, -'.csv'.length);
      const commune = communeById.get(row.commune_id);
      if (!commune) {
        if (communes.length > 0 && unknownIn('communes.csv', row.commune_id)) {
          errors.push(refError(row, 'commune_id', row.commune_id, `a commune id from communes.csv (${knownCommunes})`));
        }
        continue;
      }
      if (row.commune_id !== fileCommune) {
        // Which of the two is meant is unknown, so the checks against the commune are left
        // until it is fixed (they would otherwise blame the id and seed file of a good row).
        errors.push(refError(row, 'commune_id', row.commune_id, `"${fileCommune}", the commune this file is named after`));
        continue;
      }
      const idCol = 'target_id' in row ? 'target_id' : 'task_id';
      const id = 'target_id' in row ? row.target_id : row.task_id;
      const prefix = 'target_id' in row ? `${row.commune_id}-` : `${row.commune_id}-task-`;
      if (!id.startsWith(prefix)) errors.push(refError(row, idCol, id, `an id starting with "${prefix}"`));
      if (!commune.source_files.includes(row.seed_file)) {
        errors.push(refError(row, 'seed_file', row.seed_file, `one of this commune's source files (${commune.source_files.join(', ')})`));
      }
      if ('alt_seed_file' in row && row.alt_seed_file !== '' && !commune.source_files.includes(row.alt_seed_file)) {
        errors.push(
          refError(
            row,
            'alt_seed_file',
            row.alt_seed_file,
            `one of this commune's source files (${commune.source_files.join(', ')}) or empty`,
          ),
        );
      }
      if ('alt_seed_file' in row && (row.alt_seed_file === '') !== (row.alt_seed_lines.length === 0)) {
        errors.push(
          refError(row, 'alt_seed_lines', formatRanges(row.alt_seed_lines), 'alt_seed_lines exactly when alt_seed_file is given'),
        );
      }
      if ('target_ids' in row) {
        for (const tid of row.target_ids) {
          const t = targetIds.get(tid);
          if (t ? t.commune_id !== row.commune_id : unknownIn(`targets/${row.commune_id}.csv`, tid))
            errors.push(refError(row, 'target_ids', tid, `a target_id of commune "${row.commune_id}"`));
        }
      }
    }
  }
  for (const c of communes) {
    if (!files.has(`targets/${c.id}.csv`) && !reader.isUnreadable(`targets/${c.id}.csv`)) {
      errors.push(
        dataError({
          file: name(`targets/${c.id}.csv`),
          problem: `commune "${c.id}" has no targets file`,
          expected: `a file ${name(`targets/${c.id}.csv`)} (see data/README.md, "How to add a commune")`,
        }),
      );
    }
  }

  for (const r of sourceRows) {
    if (r.commune_id !== '' && communes.length > 0 && !communeById.has(r.commune_id) && unknownIn('communes.csv', r.commune_id))
      errors.push(refError(r, 'commune_id', r.commune_id, `a commune id from communes.csv (${knownCommunes}), or empty`));
  }
  const findings = readFindings(reader, communeById, unknownIn, knownCommunes);
  const sources = readSources(files, sourceRows, reader);
  const raw = { communes, documents, targets, tasks, sources, findings };
  const listed = new Set([...sourceRows.map((r) => r.seed_file), ...(rowIds.get('sources/sources.csv') ?? [])]);
  checkCitations(sources, listed, raw, reader);
  return raw;
}

/** data/findings/: optional; every finding of a known commune, with at least one quote from its plan texts. */
function readFindings(
  reader: TableReader,
  communeById: ReadonlyMap<string, Commune & Located>,
  unknownIn: (rel: string, id: string) => boolean,
  knownCommunes: string,
): FindingWithQuotes[] {
  const { errors, table } = reader;
  const rows = table('findings/findings.csv', findingSchema, { optional: true });
  const quotes = table('findings/quotes.csv', findingQuoteSchema, { optional: true });
  errors.push(...uniqueBy(rows, 'finding_id'));
  const byId = new Map<string, FindingWithQuotes>();
  for (const f of rows) {
    if (!byId.has(f.finding_id)) byId.set(f.finding_id, { ...f, quotes: [] });
    if (!communeById.has(f.commune_id) && unknownIn('communes.csv', f.commune_id))
      errors.push(refError(f, 'commune_id', f.commune_id, `a commune id from communes.csv (${knownCommunes})`));
    for (const column of ['short_vi', 'short_en', 'text_vi', 'text_en'] as const) {
      const left = f[column].replace(FINDING_PLACEHOLDER, '').match(/\{[^{}]*\}/);
      if (left)
        errors.push(
          dataError({
            file: f.file,
            line: f.line,
            column,
            value: left[0],
            problem: `${left[0]} is not a placeholder the site can fill`,
            expected: 'plain text, or the placeholders {targets}, {groups} and {lead:<text>}',
          }),
        );
    }
  }
  for (const q of quotes) {
    const f = byId.get(q.finding_id);
    if (!f) {
      if (unknownIn('findings/findings.csv', q.finding_id))
        errors.push(refError(q, 'finding_id', q.finding_id, 'a finding_id of findings/findings.csv'));
      continue;
    }
    // Any listed text may be quoted: a finding can rest on another plan (a date both plans give).
    f.quotes.push(q);
  }
  for (const f of byId.values()) {
    if (f.quotes.length === 0 && !reader.unreadable.has('findings/quotes.csv'))
      errors.push(
        dataError({
          file: f.file,
          line: f.line,
          column: 'finding_id',
          value: f.finding_id,
          problem: 'no row of findings/quotes.csv quotes the text that shows this finding',
          expected: 'at least one quote (finding_id, seed_file, seed_lines, quote) for every finding',
        }),
      );
  }
  return [...byId.values()];
}
