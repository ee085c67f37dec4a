import { decodeText } from '../read/decode-text.ts';
import { parseCsv } from '../read/parse-csv.ts';
import { dataError, sortDataErrors, type DataError } from './data-error.ts';
import {
  communeSchema,
  documentSchema,
  targetSchema,
  taskSchema,
  type Commune,
  type DocumentRecord,
  type Located,
  type Target,
  type Task,
} from './schemas.ts';
import { validateTable, type TableResult } from './validate-table.ts';
import type { z } from 'zod';

/** The transcribed plans, validated: the "raw" stage of the pipeline. */
export interface RawDataset {
  communes: (Commune & Located)[];
  documents: (DocumentRecord & Located)[];
  targets: (Target & Located)[];
  tasks: (Task & Located)[];
}

/** Data files keyed by their path relative to the data folder, e.g. "targets/nhon-trach.csv". */
export type DataFiles = ReadonlyMap<string, Uint8Array>;

export type CheckResult<T> = { ok: true; value: T; errors: [] } | { ok: false; errors: DataError[] };

/**
 * Validates every raw table and the references between them. Pure: takes the bytes, returns
 * the records or all the errors. `label` prefixes file names in messages (e.g. "data").
 */
export function checkRawDataset(files: DataFiles, label = 'data'): CheckResult<RawDataset> & { partial: Partial<RawDataset> } {
  const errors: DataError[] = [];
  const headers = new Map<string, string[]>();
  const name = (rel: string) => `${label}/${rel}`;

  function table<S extends Parameters<typeof validateTable>[1]>(rel: string, schema: S): TableResult<z.output<S>> {
    const bytes = files.get(rel);
    if (!bytes) {
      errors.push(dataError({ file: name(rel), problem: 'required file is missing', expected: `a file at ${name(rel)}` }));
      return { records: [], errors: [] };
    }
    const decoded = decodeText(bytes, name(rel));
    if (!decoded.ok) {
      errors.push(...decoded.errors);
      return { records: [], errors: [] };
    }
    const parsed = parseCsv(decoded.text, name(rel));
    if (!parsed.ok) {
      errors.push(...parsed.errors);
      return { records: [], errors: [] };
    }
    headers.set(parsed.table.file, parsed.table.header);
    const result = validateTable(parsed.table, schema);
    errors.push(...result.errors);
    return result;
  }

  const communes = table('communes.csv', communeSchema).records;
  const documents = table('documents.csv', documentSchema).records;
  const targets: (Target & Located)[] = [];
  const tasks: (Task & Located)[] = [];
  const perCommuneFiles = (dir: string) =>
    [...files.keys()].filter((k) => k.startsWith(`${dir}/`) && k.endsWith('.csv')).sort();
  for (const rel of perCommuneFiles('targets')) targets.push(...table(rel, targetSchema).records);
  for (const rel of perCommuneFiles('tasks')) tasks.push(...table(rel, taskSchema).records);

  errors.push(...uniqueBy(communes, 'id'), ...uniqueBy(communes, 'unit_code'), ...uniqueBy(documents, 'id'));
  errors.push(...uniqueBy(targets, 'target_id'), ...uniqueBy(tasks, 'task_id'));

  const documentIds = new Set(documents.map((d) => d.id));
  for (const c of communes) {
    for (const id of c.cited_documents) {
      if (!documentIds.has(id)) errors.push(refError(c, 'cited_documents', id, 'an id listed in documents.csv'));
    }
  }
  for (const d of documents) {
    for (const id of d.implements) {
      if (!documentIds.has(id)) errors.push(refError(d, 'implements', id, 'an id listed in documents.csv'));
    }
  }

  const communeById = new Map(communes.map((c) => [c.id, c]));
  const knownCommunes = [...communeById.keys()].map((id) => `"${id}"`).join(', ');
  const targetIds = new Map(targets.map((t) => [t.target_id, t]));

  for (const [dir, rows] of [
    ['targets', targets],
    ['tasks', tasks],
  ] as const) {
    for (const rel of perCommuneFiles(dir)) {
      const id = rel.slice(dir.length + 1, -'.csv'.length);
      if (communes.length > 0 && !communeById.has(id)) {
        errors.push(dataError({ file: name(rel), problem: `the file is named after an unknown commune "${id}"`, expected: `a file named after an id in communes.csv (${knownCommunes})` }));
      }
    }
    for (const row of rows) {
      const fileCommune = row.file.slice(`${label}/${dir}/`.length, -'.csv'.length);
      const commune = communeById.get(row.commune_id);
      if (!commune) {
        if (communes.length > 0) errors.push(refError(row, 'commune_id', row.commune_id, `a commune id from communes.csv (${knownCommunes})`));
        continue;
      }
      if (row.commune_id !== fileCommune) {
        errors.push(refError(row, 'commune_id', row.commune_id, `"${fileCommune}", the commune this file is named after`));
      }
      const idCol = 'target_id' in row ? 'target_id' : 'task_id';
      const id = 'target_id' in row ? row.target_id : row.task_id;
      const prefix = 'target_id' in row ? `${row.commune_id}-` : `${row.commune_id}-task-`;
      if (!id.startsWith(prefix)) errors.push(refError(row, idCol, id, `an id starting with "${prefix}"`));
      if (!commune.source_files.includes(row.seed_file)) {
        errors.push(refError(row, 'seed_file', row.seed_file, `one of this commune's source files (${commune.source_files.join(', ')})`));
      }
      if ('alt_seed_file' in row && row.alt_seed_file !== '' && !commune.source_files.includes(row.alt_seed_file)) {
        errors.push(refError(row, 'alt_seed_file', row.alt_seed_file, `one of this commune's source files (${commune.source_files.join(', ')}) or empty`));
      }
      if ('alt_seed_file' in row && (row.alt_seed_file === '') !== (row.alt_seed_lines.length === 0)) {
        errors.push(refError(row, 'alt_seed_lines', row.alt_seed_lines.map((r) => `${r.from}-${r.to}`).join(';'), 'alt_seed_lines exactly when alt_seed_file is given'));
      }
      if ('target_ids' in row) {
        for (const tid of row.target_ids) {
          const t = targetIds.get(tid);
          if (!t || t.commune_id !== row.commune_id) errors.push(refError(row, 'target_ids', tid, `a target_id of commune "${row.commune_id}"`));
        }
      }
    }
  }
  for (const c of communes) {
    if (!files.has(`targets/${c.id}.csv`)) {
      errors.push(dataError({ file: name(`targets/${c.id}.csv`), problem: `commune "${c.id}" has no targets file`, expected: `a file ${name(`targets/${c.id}.csv`)} (see data/README.md, "How to add a commune")` }));
    }
  }

  // Cross-file errors know the column name only; give them its position in that file's header.
  for (const e of errors) {
    if (e.column !== null && e.columnNumber === null) {
      const i = headers.get(e.file)?.indexOf(e.column) ?? -1;
      if (i >= 0) e.columnNumber = i + 1;
    }
  }
  const partial = { communes, documents, targets, tasks };
  if (errors.length > 0) return { ok: false, errors: sortDataErrors(errors), partial };
  return { ok: true, value: partial, errors: [], partial };
}

function uniqueBy<T extends Located>(rows: T[], key: keyof T & string): DataError[] {
  const first = new Map<unknown, T>();
  const out: DataError[] = [];
  for (const row of rows) {
    const v = row[key];
    const prev = first.get(v);
    if (prev) {
      out.push(
        dataError({
          file: row.file,
          line: row.line,
          column: key,
          value: String(v),
          problem: `duplicate ${key}; it is already used at ${prev.file}:${prev.line}`,
          expected: `a ${key} used only once`,
        }),
      );
    } else first.set(v, row);
  }
  return out;
}

function refError(row: Located, column: string, value: string, expected: string): DataError {
  return dataError({ file: row.file, line: row.line, column, value, problem: `"${value}" does not match`, expected });
}
