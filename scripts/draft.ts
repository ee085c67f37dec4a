/**
 * npm run draft -- <plan file> --commune <id> [--out <dir>] [--check]
 *
 * Turns a plan's text (.txt, .md, .docx, or .pdf with a text layer) into traceable CSVs in the
 * codebook's columns, to be reviewed (review.md) and then moved into data/ by a person. Never
 * writes into data/. The draft is written into a temporary folder and moved into place only when
 * complete, so a failed run leaves nothing half-written. With --check, the data check runs over
 * data/ plus the draft (in a temporary copy), and its errors point into the draft's files.
 * Every bad input ends with a message saying what was expected, and exit code 1.
 */
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { draftFiles } from '../src/lib/draft/draft-files.ts';
import { draftPlan } from '../src/lib/draft/draft-plan.ts';
import { combineForCheck } from '../src/lib/draft/combine-for-check.ts';
import { extractDocx } from '../src/lib/draft/extract-docx.ts';
import { extractPdf } from '../src/lib/draft/extract-pdf.ts';
import { checkCommuneId, checkOutDir, inputKind, InputError, seedFileName, type InputKind } from '../src/lib/draft/plan-input.ts';
import { toPlanText } from '../src/lib/draft/plan-text.ts';
import { readDataFiles } from '../src/lib/load/read-data-files.ts';
import { decodeText } from '../src/lib/read/decode-text.ts';
import { checkDataset } from '../src/lib/dataset/check-dataset.ts';
import { formatDataError } from '../src/lib/core/data-error.ts';
import { DraftDataError, readDraftData, rulesFor } from './lib/draft-data.ts';

const USAGE = 'usage: npm run draft -- <plan file (.txt, .md, .docx, .pdf)> --commune <id> [--out <dir>] [--check]';

interface Args {
  file: string;
  commune: string;
  out: string;
  check: boolean;
}

function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let commune: string | undefined;
  let out: string | undefined;
  let check = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--commune') commune = argv[++i];
    else if (a === '--out') {
      out = argv[++i];
      if (out === undefined) throw new InputError(`--out needs a folder\n${USAGE}`);
    } else if (a === '--check') check = true;
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('--')) throw new InputError(`unknown option ${a}\n${USAGE}`);
    else if (file === undefined) file = a;
    else throw new InputError(`one plan file at a time, got "${file}" and "${a}"\n${USAGE}`);
  }
  if (file === undefined) throw new InputError(`no plan file given\n${USAGE}`);
  const id = checkCommuneId(commune);
  return { file, commune: id, out: out ?? join('drafts', id), check };
}

function tool(name: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
}

/** OCR of a PDF without text: pdftoppm renders the pages, tesseract reads them with Vietnamese data. */
async function ocrPdf(path: string): Promise<string | null> {
  if (!tool('tesseract') || !tool('pdftoppm')) return null;
  const langs = spawnSync('tesseract', ['--list-langs'], { encoding: 'utf8' });
  if (!`${langs.stdout}${langs.stderr}`.split('\n').includes('vie')) return null;
  const dir = await mkdtemp(join(tmpdir(), 'draft-ocr-'));
  try {
    const r = spawnSync('pdftoppm', ['-r', '300', '-png', path, join(dir, 'page')], { encoding: 'utf8' });
    if (r.status !== 0) return null;
    const { readdir } = await import('node:fs/promises');
    const pages = (await readdir(dir)).filter((f) => f.endsWith('.png')).sort();
    const texts: string[] = [];
    for (const p of pages) {
      const t = spawnSync('tesseract', [join(dir, p), 'stdout', '-l', 'vie'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
      if (t.status !== 0) return null;
      texts.push(t.stdout);
    }
    return texts.join('\n');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function readPlan(file: string, kind: InputKind): Promise<{ text: string; obtained: string }> {
  let bytes: Uint8Array;
  try {
    if (!(await stat(file)).isFile()) throw new InputError(`${file} is not a file; expected a plan file (.txt, .md, .docx or .pdf)`);
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`${file}: no such file; expected a plan file (.txt, .md, .docx or .pdf)`);
  }
  if (bytes.length === 0) throw new InputError(`${file} is empty; expected the text of a plan`);
  const name = basename(file);
  if (kind === 'txt' || kind === 'md') {
    const d = decodeText(bytes, file);
    if (!d.ok) throw new InputError(d.errors.map(formatDataError).join('\n'));
    if (d.text.trim() === '') throw new InputError(`${file} holds only blank lines; expected the text of a plan`);
    return { text: d.text.normalize('NFC'), obtained: `the text of ${name}, as given to npm run draft` };
  }
  if (kind === 'docx') {
    let text: string;
    try {
      text = await extractDocx(bytes);
    } catch (e) {
      throw new InputError(
        `${file} is not a readable .docx (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); expected a Word document (.docx, Office 2007 or later)`,
      );
    }
    if (text.trim() === '') throw new InputError(`${file} holds no text; expected a Word document with the plan's text`);
    return { text: text.normalize('NFC'), obtained: `text extracted from ${name} (Word) with mammoth by npm run draft` };
  }
  let text: string;
  try {
    text = await extractPdf(bytes);
  } catch (e) {
    throw new InputError(
      `${file} is not a readable PDF (${e instanceof Error ? e.message.split('\n')[0] : String(e)}); expected a PDF with a text layer`,
    );
  }
  if (text.trim() !== '')
    return { text: text.normalize('NFC'), obtained: `text layer of ${name} extracted with unpdf (pdf.js) by npm run draft` };
  const ocr = await ocrPdf(file);
  if (ocr && ocr.trim() !== '')
    return { text: ocr.normalize('NFC'), obtained: `OCR of ${name} with tesseract -l vie (Vietnamese data) by npm run draft` };
  throw new InputError(
    `${file} has no text layer (a scanned PDF?); expected a PDF with text. Get its text by OCR with Vietnamese data — ` +
      `tesseract -l vie (apt-get install tesseract-ocr tesseract-ocr-vie poppler-utils; npm run draft then runs it itself) — ` +
      `or save the plan as .docx or .txt, and draft that file.`,
  );
}

async function writeDraft(out: string, files: Map<string, string>): Promise<void> {
  if (existsSync(out)) {
    if (!existsSync(join(out, 'review.md')))
      throw new InputError(`${out} exists and is not a draft folder (no review.md); expected a new folder or an earlier draft to replace`);
  }
  await mkdir(dirname(out), { recursive: true });
  const tmp = await mkdtemp(join(dirname(out), `.${basename(out)}-`));
  try {
    for (const [rel, text] of files) {
      await mkdir(dirname(join(tmp, rel)), { recursive: true });
      await writeFile(join(tmp, rel), text);
    }
    await rm(out, { recursive: true, force: true });
    await rename(tmp, out);
  } catch (e) {
    await rm(tmp, { recursive: true, force: true });
    throw e;
  }
}

async function checkWithDraft(
  dataDir: string,
  texts: Map<string, string>,
  files: Map<string, string>,
  commune: string,
  label: string,
): Promise<boolean> {
  const combined = combineForCheck(texts, files, commune, label);
  const dir = await mkdtemp(join(tmpdir(), 'draft-check-'));
  try {
    await cp(dataDir, dir, { recursive: true });
    for (const [rel, text] of combined.files) {
      await mkdir(dirname(join(dir, rel)), { recursive: true });
      await writeFile(join(dir, rel), text);
    }
    const result = checkDataset(await readDataFiles(dir), 'data');
    if (result.ok) {
      console.log(`check OK: data/ plus the draft of ${commune} pass the data check (${result.value.summary})`);
      return true;
    }
    for (const e of result.errors) console.error(formatDataError(combined.locate(e)));
    console.error(
      `\n${result.errors.length} error${result.errors.length === 1 ? '' : 's'} in data/ plus the draft of ${commune}; fix them in ${label}/ before moving it into data/.`,
    );
    return false;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = resolve(process.env.DATA_DIR ?? 'data');
  const out = resolve(args.out);
  checkOutDir(out, dataDir);
  const kind = inputKind(args.file);
  const started = performance.now();
  const { text, obtained } = await readPlan(args.file, kind);
  const data = await readDraftData(dataDir);
  const seedFile = seedFileName(args.file, data.sourceFiles);
  const draft = draftPlan(toPlanText(seedFile, text), args.commune, rulesFor(data, args.commune));
  const sha256 = createHash('sha256').update(text).digest('hex');
  const files = draftFiles(draft, text, obtained, sha256, data.provinces);
  await writeDraft(out, files);
  const flagged = [...draft.targets, ...draft.tasks].filter((r) => r.flags.length > 0).length;
  const label = relative(process.cwd(), out) || '.';
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `drafted ${draft.targets.length} targets and ${draft.tasks.length} tasks from ${args.file} into ${label}/ in ${seconds} s; ${flagged} rows to review (${label}/review.md)`,
  );
  for (const n of draft.notices) console.log(`notice: ${n}`);
  if (args.check) return (await checkWithDraft(dataDir, data.texts, files, args.commune, label)) ? 0 : 1;
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof DraftDataError) {
      for (const err of e.errors) console.error(formatDataError(err));
      console.error(`\ndraft: ${e.message}; fix data/ first (npm run check:data), then draft.`);
    } else
      console.error(`draft: ${e instanceof InputError ? e.message : `unexpected error: ${e instanceof Error ? e.message : String(e)}`}`);
    process.exit(1);
  },
);
