/**
 * Provenance: every figure and line reference in data/ can be found in the seed texts. The
 * seeds are not in this repository (data/README.md); these tests run only where they are
 * present: SEEDS_DIR, or ../shared/seeds next to the repository root.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset } from '../../../src/lib/validate/check-dataset.ts';
import { formatDataError } from '../../../src/lib/validate/data-error.ts';
import type { LineRange } from '../../../src/lib/validate/fields.ts';
import { REPO_ROOT } from '../../fixtures/dataset.ts';

const SEEDS_DIR = resolve(REPO_ROOT, process.env.SEEDS_DIR ?? '../shared/seeds');
const present = existsSync(SEEDS_DIR);

/** Lines of a seed file, 1-based (index 0 unused); a final newline does not start a line. */
const seedCache = new Map<string, string[] | null>();
function seedLines(file: string): string[] | null {
  if (!seedCache.has(file)) {
    const path = resolve(SEEDS_DIR, file);
    const lines = existsSync(path) ? readFileSync(path, 'utf8').replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n') : null;
    seedCache.set(file, lines ? ['', ...lines] : null);
  }
  return seedCache.get(file)!;
}

/** The seed file whose name starts with a 3-digit number ("002" → "002_ba792d655f7fc0c8.txt"). */
function seedByNumber(num: string): string | null {
  return readdirSync(SEEDS_DIR).find((f) => f.startsWith(`${num}_`) && f.endsWith('.txt')) ?? null;
}

const show = (ranges: LineRange[]) => ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(';');

/** Problems with a line reference: the file or some lines do not exist. */
function missingLines(file: string, ranges: LineRange[]): string | null {
  const lines = seedLines(file);
  if (!lines) return `seed file ${file} not found in ${SEEDS_DIR}`;
  const last = lines.length - 1;
  const bad = ranges.filter((r) => r.to > last);
  return bad.length > 0 ? `lines ${show(bad)} not in ${file} (it has ${last} lines)` : null;
}

/** The cited lines, each trimmed, joined with one space. */
function citedText(file: string, ranges: LineRange[]): string {
  const lines = seedLines(file)!;
  return ranges.flatMap((r) => lines.slice(r.from, r.to + 1).map((l) => l.trim())).join(' ');
}

/** The numbers written with digits in a text ("15-17%" → ["15", "17"], "≥ 0.8" → ["0.8"]). */
function numbersIn(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

describe.skipIf(!present)(`seed trace against ${SEEDS_DIR} (skipped when the seed folder is missing)`, () => {
  const load = async () => {
    const result = checkDataset(await readDataFiles(`${REPO_ROOT}data`));
    if (!result.ok) throw new Error(`data/ does not pass its checks:\n${result.errors.map(formatDataError).join('\n')}`);
    return result.value.raw;
  };

  it('finds every target’s seed_lines, seed_text and the numbers of target_raw in its seed file', async () => {
    const problems: string[] = [];
    for (const t of (await load()).targets) {
      const missing = missingLines(t.seed_file, t.seed_lines);
      if (missing) {
        problems.push(`${t.target_id}: seed_lines ${missing}`);
        continue;
      }
      const cited = citedText(t.seed_file, t.seed_lines);
      if (!cited.includes(t.seed_text))
        problems.push(`${t.target_id}: seed_text ${JSON.stringify(t.seed_text)} not found in ${t.seed_file}:${show(t.seed_lines)}`);
      const seedNumbers = new Set(numbersIn(t.seed_text));
      for (const n of numbersIn(t.target_raw)) {
        if (!seedNumbers.has(n))
          problems.push(
            `${t.target_id}: number ${n} of target_raw ${JSON.stringify(t.target_raw)} not found in seed_text ${JSON.stringify(t.seed_text)}`,
          );
      }
    }
    expect(problems).toEqual([]);
  });

  it('finds every target’s alt_seed_text in its alt_seed_lines', async () => {
    const problems: string[] = [];
    for (const t of (await load()).targets) {
      if (t.alt_seed_file === '') {
        if (t.alt_seed_text !== '')
          problems.push(`${t.target_id}: alt_seed_text ${JSON.stringify(t.alt_seed_text)} given without alt_seed_file`);
        continue;
      }
      const missing = missingLines(t.alt_seed_file, t.alt_seed_lines);
      if (missing) {
        problems.push(`${t.target_id}: alt_seed_lines ${missing}`);
        continue;
      }
      if (!citedText(t.alt_seed_file, t.alt_seed_lines).includes(t.alt_seed_text)) {
        problems.push(
          `${t.target_id}: alt_seed_text ${JSON.stringify(t.alt_seed_text)} not found in ${t.alt_seed_file}:${show(t.alt_seed_lines)}`,
        );
      }
    }
    expect(problems).toEqual([]);
  });

  it('finds every task’s seed_lines in its seed file', async () => {
    const problems: string[] = [];
    for (const t of (await load()).tasks) {
      const missing = missingLines(t.seed_file, t.seed_lines);
      if (missing) problems.push(`${t.task_id}: seed_lines ${missing}`);
    }
    expect(problems).toEqual([]);
  });

  it('finds every "NNN:a-b" source_lines reference of communes.csv in the seed numbered NNN', async () => {
    const problems: string[] = [];
    for (const c of (await load()).communes) {
      for (const ref of c.source_lines) {
        if (ref === 'research.md') continue; // not allowed by the schema; narrows the type
        const file = seedByNumber(ref.seed);
        const missing = file ? missingLines(file, [ref.lines]) : `no seed file numbered ${ref.seed} in ${SEEDS_DIR}`;
        if (missing) problems.push(`${c.id}: source_lines ${ref.seed}:${show([ref.lines])}: ${missing}`);
        else if (!c.source_files.includes(file!)) problems.push(`${c.id}: source_lines cites ${file}, which is not in its source_files`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('finds every seed reference of documents.csv in the seed numbered NNN', async () => {
    const problems: string[] = [];
    for (const d of (await load()).documents) {
      for (const ref of d.source) {
        if (ref === 'research.md') continue;
        const file = seedByNumber(ref.seed);
        const missing = file ? missingLines(file, [ref.lines]) : `no seed file numbered ${ref.seed} in ${SEEDS_DIR}`;
        if (missing) problems.push(`${d.id}: source ${ref.seed}:${show([ref.lines])}: ${missing}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('shows the OCR rule’s evidence: each Nhơn Trạch "≥" target reads without "≥" in the OCR copy 000', async () => {
    const rows = (await load()).targets.filter((t) => t.file === 'data/targets/nhon-trach.csv' && t.target_raw.startsWith('≥'));
    expect(rows.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const t of rows) {
      if (!t.alt_seed_file.startsWith('000_'))
        problems.push(`${t.target_id}: alt_seed_file ${JSON.stringify(t.alt_seed_file)} is not the OCR copy 000`);
      else if (t.alt_seed_text === '') problems.push(`${t.target_id}: no alt_seed_text from 000`);
      else if (t.alt_seed_text.includes('≥'))
        problems.push(`${t.target_id}: alt_seed_text ${JSON.stringify(t.alt_seed_text)} still has "≥"`);
    }
    expect(problems).toEqual([]);
  });
});
