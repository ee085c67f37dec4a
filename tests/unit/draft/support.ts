/**
 * Shared by the drafter's tests: the rules and evidence read from the real data/ once, a draft of
 * any text, and the check that a row's citation holds (the cited lines, each trimmed, joined with
 * one space, contain seed_text) — the rule of check:data and of the seed-trace test.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { draftPlan, type Draft } from '../../../src/lib/draft/draft-plan.ts';
import { citedText, toPlanText, type PlanText } from '../../../src/lib/draft/plan-text.ts';
import { readDraftData, rulesFor, type DraftData } from '../../../scripts/lib/draft-data.ts';
import { REPO_ROOT } from '../../fixtures/dataset.ts';

export const DATA_DIR = join(REPO_ROOT, 'data');

let cached: Promise<DraftData> | null = null;
export function draftData(): Promise<DraftData> {
  cached ??= readDraftData(DATA_DIR);
  return cached;
}

export function source(file: string): string {
  return readFileSync(join(DATA_DIR, 'sources', file), 'utf8');
}

export const SOURCES = {
  ntOcr: '000_aa4d0d6fc52ffda5.txt',
  xt: '001_5965a3c068454845.txt',
  nt: '002_ba792d655f7fc0c8.txt',
  nd: '003_61e0d19b87fa339e.txt',
  pa: '004_af8008956ab8b7d3.txt',
} as const;

export async function draftOf(text: string, commune = 'thu-nghiem', file = 'plan.txt'): Promise<{ draft: Draft; plan: PlanText }> {
  const plan = toPlanText(file, text);
  return { draft: draftPlan(plan, commune, rulesFor(await draftData(), commune)), plan };
}

/** Rows whose seed_text is not found at their seed_lines (should be none). */
export function badCitations(draft: Draft, plan: PlanText): string[] {
  return draft.targets
    .filter((t) => t.seedText === '' || t.seedLines.length === 0 || !citedText(plan, t.seedLines).includes(t.seedText))
    .map((t) => `${t.section} ${t.item}: ${JSON.stringify(t.seedText)}`);
}

/** The 1-based line of the first occurrence of `needle` at or after line `from`. */
export function lineOf(text: string, needle: string, from = 1): number {
  const lines = text.split('\n');
  for (let i = from - 1; i < lines.length; i++) if (lines[i]!.includes(needle)) return i + 1;
  throw new Error(`"${needle}" not found`);
}
