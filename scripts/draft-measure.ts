/**
 * npm run draft:measure — how well the drafter does on the five plan texts of data/sources/,
 * against the hand transcriptions of data/, per seed file: recall and precision of drafted
 * targets (same figure, at the hand row's figure line), crosswalk top-1 (suggested indicator vs
 * data/harmonize/crosswalk.csv, same/comparable rows), diacritic restoration word accuracy on OCR
 * copies (restored wording vs the hand wording; for 000 that is the clean copy 002), and the
 * time a draft takes. Each seed file is drafted with its own commune left out of the evidence
 * (restoration texts, indicator wordings, unit spellings only that commune writes), so the
 * figures measure drafting, not memory. Prints a Markdown table.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { draftFiles } from '../src/lib/draft/draft-files.ts';
import { draftPlan } from '../src/lib/draft/draft-plan.ts';
import { locate, matchRows, wordAccuracy, type Located } from '../src/lib/draft/measure-draft.ts';
import { toPlanText, type LineRange } from '../src/lib/draft/plan-text.ts';
import { readDraftData, readRecords, rulesFor } from './lib/draft-data.ts';

const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const t0 = performance.now();
const data = await readDraftData(dataDir);
const loadMs = performance.now() - t0;
const sources = await readRecords(join(dataDir, 'sources', 'sources.csv'));
const crosswalk = new Map((await readRecords(join(dataDir, 'harmonize', 'crosswalk.csv'))).map((r) => [r.target_id!, r]));

function ranges(cell: string): LineRange[] {
  return cell
    .split(';')
    .filter((p) => p.trim() !== '')
    .map((p) => {
      const [a, b] = p.split('-').map(Number);
      return { from: a!, to: b ?? a! };
    });
}

const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(1)}% (${a}/${b})`);
const lines: string[] = [
  '| seed file | commune | kind | reader | hand targets | drafted | recall | precision | crosswalk top-1 | restoration | restoration as written | time per draft |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|',
];
for (const s of sources) {
  const file = s.seed_file!;
  const commune = s.commune_id!;
  const text = (await readFile(join(dataDir, 'sources', file), 'utf8')).normalize('NFC');
  const plan = toPlanText(file, text);
  const rules = rulesFor(data, commune);
  const runs: number[] = [];
  let draft = draftPlan(plan, commune, rules);
  for (let i = 0; i < 3; i++) {
    const a = performance.now();
    draft = draftPlan(plan, commune, rulesFor(data, commune));
    draftFiles(draft, text, 'measure', '0'.repeat(64));
    runs.push(performance.now() - a);
  }
  const hand = (await readRecords(join(dataDir, 'targets', `${commune}.csv`)))
    .map((r) => {
      const primary = r.seed_file === file;
      const alt = !primary && r.alt_seed_file === file;
      if (!primary && !alt) return null;
      const seedText = primary ? r.seed_text! : r.alt_seed_text!;
      const located: Located = locate(
        plan,
        ranges(primary ? r.seed_lines! : r.alt_seed_lines!),
        seedText,
        primary ? r.target_raw! : seedText,
      );
      return { row: r, located };
    })
    .filter((x) => x !== null);
  const drafted: Located[] = draft.targets.map((t) => locate(plan, t.seedLines, t.seedText, t.targetRaw, t.figureLines));
  const matches = matchRows(
    hand.map((h) => h.located),
    drafted,
  );
  let xwOk = 0;
  let xwN = 0;
  let restFound = 0;
  let restTotal = 0;
  let rawFound = 0;
  for (const [hi, di] of matches) {
    const h = hand[hi]!.row;
    const x = crosswalk.get(h.target_id!);
    if (x && (x.match === 'same' || x.match === 'comparable')) {
      xwN++;
      if (draft.crosswalk[di]!.best?.indicatorId === x.indicator_id) xwOk++;
    }
    if (draft.quality === 'ocr') {
      const t = draft.targets[di]!;
      const [f, n] = wordAccuracy(t.restoredText ?? t.text, h.text!);
      restFound += f;
      restTotal += n;
      rawFound += wordAccuracy(t.text, h.text!)[0];
    }
  }
  const reader = draft.parts.targets ? (draft.targets[0]?.item.startsWith('-') ? 'objectives' : 'table') : '–';
  const ms = runs.sort((a, b) => a - b)[1]!;
  lines.push(
    `| ${file} | ${commune} | ${draft.quality} | ${reader} | ${hand.length} | ${draft.targets.length} | ${pct(matches.size, hand.length)} | ${pct(matches.size, draft.targets.length)} | ${pct(xwOk, xwN)} | ${draft.quality === 'ocr' ? pct(restFound, restTotal) : '–'} | ${draft.quality === 'ocr' ? pct(rawFound, restTotal) : '–'} | ${ms.toFixed(0)} ms |`,
  );
}
console.log(lines.join('\n'));
console.log(
  `\nReading data/ (rules, evidence, word list) once: ${loadMs.toFixed(0)} ms. Time per draft: median of 3 runs of drafting and making the files, in memory.`,
);
