/**
 * The rows of data/harmonize/plan-template.csv — checked with the rest of data/ (its schema is in
 * src/lib/validate/rule-schemas.ts) — as the drafter reads them: the headings and column names
 * of the provincial template that tell it where the targets, the unit assignments and the
 * appendix are. They are data because a province with another template is a few new rows, not
 * new code. Phrases are kept folded (no marks, lower case): OCR copies lose their marks.
 */
import type { PlanTemplateRow } from '../validate/rule-schemas.ts';
import type { TemplateRules } from './draft-types.ts';
import { foldKey } from './plan-text.ts';

export function readTemplateRules(rows: Pick<PlanTemplateRow, 'role' | 'phrase'>[]): TemplateRules {
  const rules: TemplateRules = { targetsSection: [], tasksSection: [], appendix: [], columns: {}, deadlineWords: [] };
  for (const row of rows) {
    const phrase = foldKey(row.phrase);
    if (row.role === 'targets-section') rules.targetsSection.push(phrase);
    else if (row.role === 'tasks-section') rules.tasksSection.push(phrase);
    else if (row.role === 'appendix') rules.appendix.push(phrase);
    else if (row.role === 'deadline-word') rules.deadlineWords.push(phrase);
    else (rules.columns[row.role.slice('column-'.length)] ??= []).push(phrase);
  }
  return rules;
}
