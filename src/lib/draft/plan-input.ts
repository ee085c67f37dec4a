/**
 * What the command accepts, checked before anything is read or written: the kind of plan file
 * (by its extension), the commune id (a slug, as in communes.csv), the output folder (never
 * inside data/: a draft is not data until a person has reviewed it), and the name the plan's text
 * is cited by (seed_file must be a plain "*.txt" name for check:data).
 */
import { basename, extname, relative, isAbsolute } from 'node:path';
import { fold } from '../core/fold.ts';

export type InputKind = 'txt' | 'md' | 'docx' | 'pdf';

export class InputError extends Error {}

export function inputKind(file: string): InputKind {
  const ext = extname(file).toLowerCase();
  if (ext === '.txt' || ext === '.md' || ext === '.docx' || ext === '.pdf') return ext.slice(1) as InputKind;
  throw new InputError(
    `${file}: unknown kind of plan file "${ext || '(no extension)'}"; expected .txt or .md (UTF-8 text, Markdown tables included), .docx, or .pdf with a text layer`,
  );
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function checkCommuneId(id: string | undefined): string {
  if (id === undefined || id === '') throw new InputError('--commune is missing; expected the commune id, a slug such as "nhon-trach"');
  if (!SLUG.test(id))
    throw new InputError(`--commune "${id}" is not a slug; expected lower-case letters, digits and single hyphens, such as "nhon-trach"`);
  return id;
}

/** Throws when `out` is the data folder or inside it (both absolute). */
export function checkOutDir(out: string, data: string): void {
  const rel = relative(data, out);
  if (rel === '' || (!rel.startsWith('..') && !isAbsolute(rel)))
    throw new InputError(
      `--out ${out} is inside ${data}; a draft is never written into data/ — expected a folder outside it, such as drafts/<commune>/`,
    );
}

/** The seed file name rows cite: the input's name for a .txt, "<stem>.txt" for the others; letters outside [A-Za-z0-9_.-] become "-". */
export function seedFileName(file: string, taken: readonly string[] = []): string {
  const name = basename(file);
  const stem = name.slice(0, name.length - extname(name).length);
  const clean = fold(stem)
    .replace(/[^\w.-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const text = `${clean || 'plan'}.txt`;
  // communes.csv and documents.csv cite a text by its number ("005:12"): a name without one
  // gets the next number free in data/sources/.
  if (/^\d{3}_/.test(text)) return text;
  const used = new Set(taken.map((f) => /^(\d{3})_/.exec(f)?.[1]).filter((n) => n !== undefined));
  let n = 0;
  while (used.has(String(n).padStart(3, '0'))) n++;
  return `${String(n).padStart(3, '0')}_${text}`;
}
