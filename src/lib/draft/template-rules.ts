/**
 * Reads data/harmonize/plan-template.csv: the headings and column names of the provincial
 * template that tell the drafter where the targets, the unit assignments and the appendix are.
 * They are data because a province with another template is a few new rows, not new code.
 * Phrases are kept folded (no marks, lower case): OCR copies lose their marks.
 */
import type { TemplateRules } from './draft-types.ts';
import { foldKey } from './plan-text.ts';

const ROLES = ['targets-section', 'tasks-section', 'appendix', 'deadline-word'] as const;

export function readTemplateRules(rows: Record<string, string>[]): TemplateRules {
  const rules: TemplateRules = { targetsSection: [], tasksSection: [], appendix: [], columns: {}, deadlineWords: [] };
  rows.forEach((row, i) => {
    const role = (row.role ?? '').trim();
    const phrase = foldKey(row.phrase ?? '');
    if (phrase === '') throw new Error(`plan-template.csv row ${i + 1}: phrase is empty`);
    if (role === 'targets-section') rules.targetsSection.push(phrase);
    else if (role === 'tasks-section') rules.tasksSection.push(phrase);
    else if (role === 'appendix') rules.appendix.push(phrase);
    else if (role === 'deadline-word') rules.deadlineWords.push(phrase);
    else if (role.startsWith('column-')) (rules.columns[role.slice('column-'.length)] ??= []).push(phrase);
    else throw new Error(`plan-template.csv row ${i + 1}: unknown role "${role}" (expected ${ROLES.join(', ')} or column-<name>)`);
  });
  if (rules.targetsSection.length === 0) throw new Error('plan-template.csv: no targets-section row');
  return rules;
}
