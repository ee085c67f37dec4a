/**
 * review.md: what the drafter found, per part of the plan, and every row it is unsure of, with
 * the reason and the line of the plan to read. Rows without a doubt are listed too, in one line
 * each, because a reviewer signs off every row, not only the flagged ones.
 */
import type { Draft } from './draft-plan.ts';
import type { Flag, FlagKind } from './draft-types.ts';
import { formatMergedRanges } from './plan-text.ts';
import { targetId, taskId } from './row-ids.ts';

const REASON: Record<FlagKind, string> = {
  'ocr-symbol': 'OCR comparator symbol',
  'ocr-comparator': 'OCR comparator word',
  restored: 'restored diacritics',
  'not-restored': 'words not restored',
  'no-indicator': 'no indicator above the threshold',
  'weak-indicator': 'indicator suggested only as related',
  'no-figure': 'a figure it could not place',
  'spans-lines': 'a row that spans lines',
  'several-figures': 'several figures in one clause',
  'unit-spelling': 'unit columns to check',
  'no-unit': 'no unit found',
  'no-lead': 'no lead unit found',
  'from-appendix': 'units taken from the appendix',
  'guessed-order': 'numbered from the order',
  'unreadable-target': 'a figure the vocabulary cannot read',
};

function md(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

export function renderReview(d: Draft): string {
  const out: string[] = [];
  out.push(`# Draft review: ${d.communeId}`, '');
  out.push(
    `Drafted from \`${d.seedFile}\` (${d.quality === 'ocr' ? 'OCR text without diacritics' : 'clean text'}). Nothing here is published until it is reviewed and moved into \`data/\`.`,
    '',
  );
  for (const n of d.notices) out.push(`**Notice:** ${n}`, '');

  out.push('## What was found', '', '| part | heading line | targets | tasks |', '|---|---|---|---|');
  const count = (section: string) => d.targets.filter((t) => t.section === section || t.section.startsWith(`${section}.`)).length;
  if (d.parts.targets) {
    const sections = [...new Set(d.targets.map((t) => t.section))];
    for (const s of sections.length > 0 ? sections : [d.parts.targets.section])
      out.push(`| ${s} ${md(d.parts.targets.title)} | ${d.parts.targets.headingLine} | ${count(s)} | |`);
  } else out.push('| targets | not found | 0 | |');
  const taskSections = [...new Set(d.tasks.map((t) => t.section.split(' ').slice(0, -1).join(' ') || t.section.split('.')[0]!))];
  for (const s of taskSections) out.push(`| ${md(s)} | | | ${d.tasks.filter((t) => t.section.startsWith(s)).length} |`);
  out.push(`| **all** | | **${d.targets.length}** | **${d.tasks.length}** |`, '');

  const kinds = new Map<FlagKind, number>();
  for (const r of [...d.targets, ...d.tasks]) for (const f of r.flags) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);
  if (kinds.size > 0) {
    out.push('Reasons to look, counted:', '');
    for (const [k, n] of [...kinds].sort((a, b) => b[1] - a[1])) out.push(`- ${REASON[k]}: ${n}`);
    out.push('');
  }

  out.push('## Before moving into data/', '');
  out.push(
    '- `communes.csv` holds a placeholder row (unit code 00000, province "CHƯA RÕ"): complete it and add it to `data/communes.csv`.',
    `- \`sources/${d.seedFile}\` goes to \`data/sources/\`, and the row of \`sources.csv\` to \`data/sources/sources.csv\` (its sha256 is that of the file written here).`,
    '- `crosswalk.csv`: confirm or change each suggested indicator and match; rewrite the notes (they say how the target differs, not what the drafter thought). Alternatives are in `crosswalk-suggestions.csv`.',
    '- `unit-spellings.csv`: check the suggested ids of each new spelling, fill the empty ones, append to `data/harmonize/unit-spellings.csv`.',
    "- Rewrite each row's `notes` with the reading you chose and its evidence.",
  );
  if (d.targets.some((t) => t.flags.some((f) => f.kind === 'ocr-symbol')))
    out.push(
      `- OCR ">": add \`${d.seedFile}\` to \`data/harmonize/ocr-readings.csv\` with the evidence for reading ">" as "≥", or correct the symbols.`,
    );
  out.push('');

  out.push('## Targets', '');
  d.targets.forEach((t, i) => {
    const id = targetId(d.communeId, i, d.targets.length);
    const head = `\`${id}\` ${t.section} ${t.item} — \`${md(t.targetRaw || '(no figure)')}\` at \`${d.seedFile}:${formatMergedRanges([t.figureLines])}\``;
    out.push(t.flags.length === 0 ? `- ${head}: nothing to flag` : `- ${head}`);
    for (const f of t.flags) out.push(`  - ${flagLine(d.seedFile, f)}`);
  });
  out.push('');
  if (d.tasks.length > 0) {
    out.push('## Tasks', '');
    d.tasks.forEach((t, i) => {
      const id = taskId(d.communeId, i, d.tasks.length);
      const head = `\`${id}\` ${t.kind} ${md(t.section)} ${t.item} at \`${d.seedFile}:${formatMergedRanges(t.seedLines)}\``;
      out.push(t.flags.length === 0 ? `- ${head}: nothing to flag` : `- ${head}`);
      for (const f of t.flags) out.push(`  - ${flagLine(d.seedFile, f)}`);
    });
    out.push('');
  }
  if (d.newSpellings.length > 0) {
    out.push('## New unit spellings', '');
    for (const s of d.newSpellings)
      out.push(
        `- “${md(s.spelling)}” (\`${d.seedFile}:${s.line}\`): ${s.like ? `resembles “${md(s.like)}” → ${s.unitIds.join(';') || '?'}` : 'no listed spelling resembles it'}`,
      );
    out.push('');
  }
  return out.join('\n');
}

function flagLine(file: string, f: Flag): string {
  return `**${REASON[f.kind]}** (\`${file}:${f.line}\`): ${md(f.message)}`;
}
