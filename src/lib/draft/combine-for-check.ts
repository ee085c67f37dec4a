/**
 * The folder --check validates: data/ with the draft put where it will go once reviewed —
 * targets/ and tasks/ files, the crosswalk and unit-spelling rows appended, the placeholder
 * communes.csv row, the plan text under sources/ with its sources.csv row (and sha256). Errors
 * found in the appended rows are mapped back to the draft's own files and lines, so that the
 * reviewer reads "drafts/x/crosswalk.csv:7", the line to fix. Pure: texts in, texts out.
 */
import type { DataError } from '../core/data-error.ts';

export interface Combined {
  /** Relative path → new text, for the files that differ from data/. */
  files: Map<string, string>;
  /** Maps an error on the combined folder (label "data") to the draft's file and line. */
  locate: (e: DataError) => DataError;
}

function rowsOf(csv: string): string[] {
  const lines = csv.replace(/\n$/, '').split('\n');
  return lines.slice(1);
}

/** Appends the draft's data rows (after its header) to a data file; returns the text and the line where they start. */
function append(base: string, draft: string, drop: (line: string) => boolean = () => false): { text: string; firstLine: number } {
  const kept = base
    .replace(/\n$/, '')
    .split('\n')
    .filter((l, i) => i === 0 || !drop(l));
  return { text: [...kept, ...rowsOf(draft)].join('\n') + '\n', firstLine: kept.length + 1 };
}

export function combineForCheck(data: Map<string, string>, draft: Map<string, string>, communeId: string, draftLabel: string): Combined {
  const files = new Map<string, string>();
  const offsets = new Map<string, { firstLine: number; draftFile: string }>();
  const own = (line: string) => line.startsWith(`${communeId}-`) || line.startsWith(`"${communeId}-`);
  for (const dir of ['targets', 'tasks']) {
    const rel = `${dir}/${communeId}.csv`;
    if (draft.has(rel)) files.set(rel, draft.get(rel)!);
  }
  const merge = (dataRel: string, draftRel: string, drop?: (line: string) => boolean) => {
    const base = data.get(dataRel);
    const d = draft.get(draftRel);
    if (base === undefined || d === undefined) return;
    const { text, firstLine } = append(base, d, drop);
    files.set(dataRel, text);
    offsets.set(`data/${dataRel}`, { firstLine, draftFile: `${draftLabel}/${draftRel}` });
  };
  merge('harmonize/crosswalk.csv', 'crosswalk.csv', own);
  merge('harmonize/unit-spellings.csv', 'unit-spellings.csv');
  const communeListed = (data.get('communes.csv') ?? '').split('\n').some((l) => l.startsWith(`${communeId},`));
  if (!communeListed) merge('communes.csv', 'communes.csv');
  const seed = [...draft.keys()].find((k) => k.startsWith('sources/') && k.endsWith('.txt'));
  if (seed) {
    const name = seed.slice('sources/'.length);
    const listed = (data.get('sources/sources.csv') ?? '').split('\n').some((l) => l.startsWith(`${name},`));
    if (!listed) {
      files.set(seed, draft.get(seed)!);
      merge('sources/sources.csv', 'sources.csv');
    }
  }
  return {
    files,
    locate: (e) => {
      if (e.file.startsWith('data/targets/') || e.file.startsWith('data/tasks/')) {
        const rel = e.file.slice('data/'.length);
        if (files.has(rel)) return { ...e, file: `${draftLabel}/${rel}` };
      }
      const o = offsets.get(e.file);
      if (o && e.line !== null && e.line >= o.firstLine) return { ...e, file: o.draftFile, line: e.line - o.firstLine + 2 };
      return e;
    },
  };
}
