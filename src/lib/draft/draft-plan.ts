/**
 * A plan's text → a draft of its commune's rows: targets, tasks, crosswalk suggestions, new unit
 * spellings and the reasons to review each row. Pure: the rules and the evidence come in as
 * values (read from data/ by the command), nothing is read or written here. Which reader runs
 * is decided by what the targets section holds: a Markdown table, the template's plain-text
 * table, or prose objectives.
 */
import { parseTarget } from '../harmonize/parse-target.ts';
import type { ComparatorWord, UnitRule } from '../validate/vocabulary.ts';
import type { DraftTarget, DraftTask, Flag, TemplateRules } from './draft-types.ts';
import { findParts, type PlanParts } from './find-sections.ts';
import { lineText, type PlanText } from './plan-text.ts';
import { readContext, textQuality } from './read-context.ts';
import { markdownCells, readMarkdownTable } from './read-markdown-table.ts';
import { readObjectives } from './read-objectives.ts';
import { linkAppendix, readAppendix, readUnitAssignments } from './read-tasks.ts';
import { readWrappedTable } from './read-wrapped-table.ts';
import type { Restorer } from './restore-diacritics.ts';
import { indicatorSuggester, type CatalogueEntry, type SuggestionResult } from './suggest-indicator.ts';
import { closestSpelling, splitPieces } from './units-match.ts';

export interface DraftRules {
  words: ComparatorWord[];
  units: UnitRule[];
  template: TemplateRules;
  spellings: { spelling: string; unitIds: string[] }[];
  catalogue: CatalogueEntry[];
  restorer: Restorer | null;
}

export interface NewSpelling {
  spelling: string;
  unitIds: string[];
  /** The listed spelling it resembles, whose ids are suggested ('' when none). */
  like: string;
  line: number;
}

export interface Draft {
  communeId: string;
  seedFile: string;
  quality: 'clean' | 'ocr';
  parts: PlanParts;
  targets: DraftTarget[];
  tasks: DraftTask[];
  crosswalk: SuggestionResult[];
  newSpellings: NewSpelling[];
  /** Problems with the plan as a whole (no targets section found, …). */
  notices: string[];
}

export function draftPlan(plan: PlanText, communeId: string, rules: DraftRules): Draft {
  const quality = textQuality(plan.lines);
  const ctx = readContext(
    rules.words,
    rules.units,
    rules.spellings.map((s) => s.spelling),
    rules.template,
    quality === 'ocr',
  );
  const parts = findParts(plan, rules.template);
  const notices: string[] = [];
  let targets: DraftTarget[] = [];
  if (!parts.targets)
    notices.push(
      'no targets section found: no heading such as "2. Mục tiêu cụ thể" (data/harmonize/plan-template.csv, role targets-section)',
    );
  else {
    const part = parts.targets;
    const opts = { section: part.section, planYear: parts.planYear?.year ?? null };
    const hasMarkdown = Array.from({ length: part.to - part.from + 1 }, (_, i) => markdownCells(lineText(plan, part.from + i))).some(
      (c) => c && c.length >= 3,
    );
    targets =
      (hasMarkdown ? readMarkdownTable(plan, part, ctx, opts) : null) ??
      readWrappedTable(plan, part, ctx, opts) ??
      readObjectives(plan, part, ctx, opts);
    if (targets.length === 0)
      notices.push(`the targets section (line ${part.headingLine}) holds no table row, bullet or paragraph the drafter could read`);
  }
  const tasks: DraftTask[] = [
    ...(parts.tasks ? readUnitAssignments(plan, parts.tasks, ctx) : []),
    ...(parts.appendix ? readAppendix(plan, parts.appendix, ctx) : []),
  ];
  linkAppendix(tasks, targets);

  for (const t of targets) {
    // The data check's own parser: what it will refuse is said now, at the row's line.
    if (t.targetRaw !== '') {
      const parsed = parseTarget(t.targetRaw, {
        unitRaw: t.unitRaw,
        ocr: quality === 'ocr',
        ocrSymbols: {},
        words: rules.words,
        units: rules.units,
      });
      if (!parsed.ok && !t.flags.some((f) => f.kind === 'unreadable-target'))
        t.flags.push({
          kind: 'unreadable-target',
          line: t.figureLines.from,
          message: `check:data will refuse target_raw "${t.targetRaw}" as written: ${parsed.error}`,
        });
    }
    if (t.targetYear === null)
      t.flags.push({
        kind: 'no-figure',
        line: t.figureLines.from,
        message: 'no year found for this target (no "năm 20xx" in its heading or the plan title): fill target_year',
      });
  }
  if (quality === 'ocr' && rules.restorer) {
    for (const row of [...targets, ...tasks]) restoreRow(row, rules.restorer);
  }

  const suggest = indicatorSuggester(rules.catalogue);
  const crosswalk = targets.map((t) => suggest(t.restoredText ?? t.text));
  crosswalk.forEach((c, i) => {
    const t = targets[i]!;
    if (c.match === 'related' && c.best)
      t.flags.push({
        kind: 'weak-indicator',
        line: t.figureLines.from,
        message: `indicator ${c.best.indicatorId} suggested only as related (score ${c.best.score}); check the match`,
      });
    if (c.match === 'unmapped')
      t.flags.push({
        kind: 'no-indicator',
        line: t.figureLines.from,
        message: `no catalogue indicator above the threshold${c.alternatives[0] ? ` (nearest: ${c.alternatives[0].indicatorId}, score ${c.alternatives[0].score})` : ''}`,
      });
  });

  const listed = new Map(rules.spellings.map((s) => [s.spelling, s.unitIds]));
  const newSpellings: NewSpelling[] = [];
  const seen = new Set<string>();
  const cells: [string, number][] = [
    ...targets.flatMap((t): [string, number][] => [
      [t.leadUnits, t.figureLines.from],
      [t.cooperatingUnits, t.figureLines.from],
    ]),
    ...tasks.flatMap((t): [string, number][] => [
      [t.presidingUnit, t.seedLines[t.seedLines.length - 1]!.from],
      [t.leadUnits, t.seedLines[t.seedLines.length - 1]!.from],
      [t.cooperatingUnits, t.seedLines[t.seedLines.length - 1]!.from],
    ]),
  ];
  for (const [cell, line] of cells) {
    for (const piece of splitPieces(cell)) {
      if (listed.has(piece) || seen.has(piece)) continue;
      seen.add(piece);
      const like = closestSpelling(piece, ctx.spellings);
      newSpellings.push({ spelling: piece, unitIds: like ? (listed.get(like.spelling) ?? []) : [], like: like?.spelling ?? '', line });
    }
  }
  return { communeId, seedFile: plan.file, quality, parts, targets, tasks, crosswalk, newSpellings, notices };
}

function restoreRow(
  row: { text: string; restoredText?: string; flags: Flag[]; figureLines?: { from: number }; seedLines: { from: number }[] },
  restorer: Restorer,
): void {
  const r = restorer.restore(row.text);
  const line = row.figureLines?.from ?? row.seedLines[row.seedLines.length - 1]!.from;
  if (r.restored.length > 0) {
    row.restoredText = r.text;
    const list = r.restored.map((w) => `${w.written}→${w.restored} (${w.evidence})`).join(', ');
    row.flags.push({ kind: 'restored', line, message: `diacritics restored in text: ${list}` });
  }
  if (r.kept.length > 0)
    row.flags.push({ kind: 'not-restored', line, message: `kept as written, no evidence to restore: ${r.kept.join(', ')}` });
}
