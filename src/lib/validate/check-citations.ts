/**
 * Every citation in data/ against the plan texts in data/sources/: the evidence is checked, not
 * trusted. A figure whose cited lines do not hold it is an error at its cell, with what those
 * lines do hold, so that a transcriber sees at once whether the lines or the text is wrong.
 *
 * - data/sources/sources.csv lists each text with its SHA-256: a text that changed (re-saved,
 *   "fixed") no longer matches, and every line number citing it would silently point elsewhere.
 * - targets: seed_file is a listed text; seed_lines exist in it; seed_text stands in those lines
 *   (the lines trimmed and joined with one space, so a figure split over two lines is found);
 *   every number written in target_raw is in seed_text; the alt_ twins likewise.
 * - tasks: seed_lines exist. communes.csv source_lines and documents.csv source ("002:204"):
 *   the text numbered 002 exists and has those lines.
 * Pure; the texts come in as bytes with the other data files.
 */
import { createHash } from 'node:crypto';
import { decodeText } from '../read/decode-text.ts';
import { dataError } from '../core/data-error.ts';
import { formatRanges, type LineRange } from './fields.ts';
import type { Commune, DocumentRecord, FindingQuote, Located, SourceRecord, Target, Task } from './schemas.ts';
import type { DataFiles, TableReader } from './table-reader.ts';

/** A plan text as the site cites it: its row of sources.csv and its lines (index 0 unused). */
export interface SourceText extends SourceRecord, Located {
  /** 1-based lines: lines[n] is line n; a final line break does not start a line. */
  lines: string[];
  /** The file's bytes as obtained: published as they are (the downloads, the zip). */
  bytes: Uint8Array;
}

/** "002" from "002_ba792d655f7fc0c8.txt": how communes.csv and documents.csv cite a text. */
export function sourceNumber(file: string): string | null {
  return /^(\d{3})_/.exec(file)?.[1] ?? null;
}

export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return ['', ...lines];
}

/** The cited lines, each trimmed, joined with one space: where seed_text must stand. */
export function citedText(source: SourceText, ranges: LineRange[]): string {
  return ranges.flatMap((r) => source.lines.slice(r.from, r.to + 1).map((l) => l.trim())).join(' ');
}

/** The numbers written with digits in a text ("15-17%" → ["15", "17"], "≥ 0.8" → ["0.8"]). */
export function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

/** "L108", "L107-L108": the id of a range on its text's page, and the fragment of a link to it. */
export function rangeId(r: LineRange): string {
  return r.from === r.to ? `L${r.from}` : `L${r.from}-L${r.to}`;
}

/**
 * The range a citation points at: the first that holds `text` (the figure as written), else the
 * first. The other ranges of a citation are its context — the table's column heading, the group's
 * title — so a link names the one where the figure stands.
 */
export function anchorRange(source: SourceText | undefined, ranges: LineRange[], text?: string): LineRange {
  if (source && text) {
    const holding = ranges.find((r) => citedText(source, [r]).includes(text));
    if (holding) return holding;
  }
  return ranges[0] ?? { from: 1, to: 1 };
}

const show = formatRanges;
const clip = (text: string) => ([...text].length > 120 ? `${[...text].slice(0, 117).join('')}...` : text);

/** Reads the texts listed in sources/sources.csv, checking each against its hash. */
export function readSources(files: DataFiles, rows: (SourceRecord & Located)[], reader: TableReader): SourceText[] {
  const { errors, name } = reader;
  const out: SourceText[] = [];
  // A row refused for one of its cells still lists its text (reader.rowIds): the text is not also "not listed".
  const listed = new Set([...rows.map((r) => r.seed_file), ...(reader.rowIds.get('sources/sources.csv') ?? [])]);
  for (const rel of [...files.keys()].filter((k) => k.startsWith('sources/') && k.endsWith('.txt'))) {
    if (!listed.has(rel.slice('sources/'.length)) && reader.rowIds.has('sources/sources.csv')) {
      errors.push(
        dataError({
          file: name(rel),
          problem: 'this text is not listed in sources/sources.csv',
          expected: `a row for "${rel.slice('sources/'.length)}" in ${name('sources/sources.csv')} (commune, plan, kind, how it was obtained, sha256)`,
        }),
      );
    }
  }
  for (const row of rows) {
    const rel = `sources/${row.seed_file}`;
    const bytes = files.get(rel);
    if (!bytes) {
      if (!reader.unreadable.has(rel))
        errors.push(
          dataError({
            file: row.file,
            line: row.line,
            column: 'seed_file',
            value: row.seed_file,
            problem: `there is no file ${name(rel)}`,
            expected: 'the file name of a plan text in the sources folder',
          }),
        );
      continue;
    }
    const hash = createHash('sha256').update(bytes).digest('hex');
    if (hash !== row.sha256) {
      errors.push(
        dataError({
          file: row.file,
          line: row.line,
          column: 'sha256',
          value: row.sha256,
          problem: `${name(rel)} has SHA-256 ${hash}, not the one listed: the text changed since it was listed, and the line numbers citing it may no longer point at what they cite`,
          expected:
            'the text as it was obtained (restore it), or — if the new text is the right one — its new hash here, with every citation of it checked again',
        }),
      );
    }
    const decoded = decodeText(bytes, name(rel));
    if (!decoded.ok) {
      errors.push(...decoded.errors);
      continue;
    }
    out.push({ ...row, lines: splitLines(decoded.text), bytes });
  }
  return out;
}

/** Every citation checked against the texts; errors into the reader's list. */
export function checkCitations(
  sources: SourceText[],
  /** Every file named in sources.csv, including texts that are missing or unreadable (reported there). */
  listed: ReadonlySet<string>,
  raw: {
    communes: (Commune & Located)[];
    documents: (DocumentRecord & Located)[];
    targets: (Target & Located)[];
    tasks: (Task & Located)[];
    findings: { quotes: (FindingQuote & Located)[] }[];
  },
  reader: TableReader,
): void {
  const { errors, name } = reader;
  const byFile = new Map(sources.map((s) => [s.seed_file, s]));
  const byNumber = new Map<string, SourceText>();
  for (const s of sources) {
    const n = sourceNumber(s.seed_file);
    if (n !== null && !byNumber.has(n)) byNumber.set(n, s);
  }
  const listedNumbers = new Set([...listed].map(sourceNumber));
  // A text that is listed but missing or unreadable, or any text when the table itself could not
  // be read, has unknown lines: its citations are not reported again, one by one.
  const sourcesRead = !reader.unreadable.has('sources/sources.csv') && reader.rowIds.has('sources/sources.csv');
  const known = (file: string) => byFile.has(file) || !sourcesRead || listed.has(file);

  const lineProblem = (row: Located, column: string, source: SourceText, ranges: LineRange[]) => {
    const last = source.lines.length - 1;
    const bad = ranges.filter((r) => r.to > last);
    if (bad.length === 0) return false;
    errors.push(
      dataError({
        file: row.file,
        line: row.line,
        column,
        value: show(ranges),
        problem: `line${bad.length === 1 && bad[0]!.from === bad[0]!.to ? '' : 's'} ${show(bad)} ${bad.length === 1 && bad[0]!.from === bad[0]!.to ? 'is' : 'are'} past the end of ${source.seed_file}, which has ${last} lines`,
        expected: `line numbers from 1 to ${last} of ${source.seed_file}`,
      }),
    );
    return true;
  };
  const fileProblem = (row: Located, column: string, file: string) => {
    if (known(file)) return false;
    errors.push(
      dataError({
        file: row.file,
        line: row.line,
        column,
        value: file,
        problem: `"${file}" is not a text in ${name('sources/')}`,
        expected: `a file listed in ${name('sources/sources.csv')}`,
      }),
    );
    return true;
  };
  const textProblem = (row: Located, column: string, source: SourceText, ranges: LineRange[], text: string, linesColumn: string) => {
    const cited = citedText(source, ranges);
    if (cited.includes(text)) return false;
    errors.push(
      dataError({
        file: row.file,
        line: row.line,
        column,
        value: text,
        problem: `this is not at ${source.seed_file}:${show(ranges)} (${linesColumn}), which reads "${clip(cited)}"`,
        expected: `the characters exactly as they stand at those lines (OCR errors included), or the ${linesColumn} where they do stand`,
      }),
    );
    return true;
  };

  // A seed file that is not among its commune's source_files is reported by the raw checks.
  const communeFiles = new Map(raw.communes.map((c) => [c.id, c.source_files]));
  const elsewhere = (row: { commune_id: string }, file: string) => !(communeFiles.get(row.commune_id)?.includes(file) ?? true);
  for (const t of raw.targets) {
    const source = byFile.get(t.seed_file);
    if (elsewhere(t, t.seed_file)) continue;
    if (!fileProblem(t, 'seed_file', t.seed_file) && source && !lineProblem(t, 'seed_lines', source, t.seed_lines)) {
      // The figure is checked against seed_text once seed_text is known to be in the plan.
      const inSeed = new Set(numbersIn(t.seed_text));
      const missing = numbersIn(t.target_raw).filter((n) => !inSeed.has(n));
      if (!textProblem(t, 'seed_text', source, t.seed_lines, t.seed_text, 'seed_lines') && missing.length > 0) {
        errors.push(
          dataError({
            file: t.file,
            line: t.line,
            column: 'target_raw',
            value: t.target_raw,
            problem: `${missing.map((n) => `"${n}"`).join(', ')} of the figure ${missing.length === 1 ? 'is' : 'are'} not in seed_text "${t.seed_text}": a figure must be the one the plan writes`,
            expected: 'the figure as the cited text writes it (never rounded or corrected)',
          }),
        );
      }
    }
    if (t.alt_seed_file !== '' && !elsewhere(t, t.alt_seed_file)) {
      const alt = byFile.get(t.alt_seed_file);
      if (!fileProblem(t, 'alt_seed_file', t.alt_seed_file) && alt && !lineProblem(t, 'alt_seed_lines', alt, t.alt_seed_lines)) {
        // Without alt_seed_lines there is nothing to read the text at: the raw checks report the missing lines.
        if (t.alt_seed_text !== '' && t.alt_seed_lines.length > 0)
          textProblem(t, 'alt_seed_text', alt, t.alt_seed_lines, t.alt_seed_text, 'alt_seed_lines');
      }
    } else if (t.alt_seed_file === '' && t.alt_seed_text !== '') {
      errors.push(
        dataError({
          file: t.file,
          line: t.line,
          column: 'alt_seed_text',
          value: t.alt_seed_text,
          problem: 'alt_seed_text is given without alt_seed_file',
          expected: 'empty, or the second statement’s file and lines beside it',
        }),
      );
    }
  }
  for (const t of raw.tasks) {
    const source = byFile.get(t.seed_file);
    if (elsewhere(t, t.seed_file)) continue;
    if (!fileProblem(t, 'seed_file', t.seed_file) && source) lineProblem(t, 'seed_lines', source, t.seed_lines);
  }
  const refs = (row: Located, column: string, list: (string | { seed: string; lines: LineRange })[], allowed?: string[]) => {
    for (const ref of list) {
      if (typeof ref === 'string') continue; // "research.md": background notes, not a plan text
      const source = byNumber.get(ref.seed);
      if (!source) {
        if (sourcesRead && !listedNumbers.has(ref.seed))
          errors.push(
            dataError({
              file: row.file,
              line: row.line,
              column,
              value: `${ref.seed}:${show([ref.lines])}`,
              problem: `no text in ${name('sources/')} is numbered ${ref.seed}`,
              expected: `a number of a listed text (${[...byNumber.keys()].join(', ') || 'none listed'})`,
            }),
          );
        continue;
      }
      if (allowed && !allowed.includes(source.seed_file)) {
        errors.push(
          dataError({
            file: row.file,
            line: row.line,
            column,
            value: `${ref.seed}:${show([ref.lines])}`,
            problem: `${source.seed_file} is not one of this commune's source_files`,
            expected: `a reference into ${allowed.join(' or ')}`,
          }),
        );
        continue;
      }
      lineProblem(row, column, source, [ref.lines]);
    }
  };
  for (const c of raw.communes) {
    for (const f of c.source_files) fileProblem(c, 'source_files', f);
    refs(c, 'source_lines', c.source_lines, c.source_files);
  }
  for (const d of raw.documents) refs(d, 'source', d.source);
  for (const q of raw.findings.flatMap((f) => f.quotes)) {
    const source = byFile.get(q.seed_file);
    if (!fileProblem(q, 'seed_file', q.seed_file) && source && !lineProblem(q, 'seed_lines', source, q.seed_lines))
      textProblem(q, 'quote', source, q.seed_lines, q.quote, 'seed_lines');
  }
}
