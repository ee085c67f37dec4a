import { datasetIndex, targetById, targetsOf, tasksOf } from '../dataset/dataset-index.ts';
import { unitNames } from '../site/format.ts';
import { inLang, type Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { splitUnits } from '../validate/check-rules.ts';
import { fold } from '../core/fold.ts';
import type { Task } from '../validate/schemas.ts';
import { taskLink, type CitationLink } from './sources.ts';

/** A plan's tasks and who is responsible for what: units by canonical name and as written. */

export interface UnitCell {
  asWritten: string;
  /** Canonical unit names (unit-spellings.csv → responsible-units.csv). */
  canonical: string[];
  /** True when the canonical names say something the spelling does not (another spelling, a split). */
  differs: boolean;
}

/** Spelling differences that change nothing for a reader: dashes, spacing, case, tone-mark placement ("hoá"/"hóa"). */
const loose = (s: string) =>
  fold(s)
    .toLowerCase()
    .replace(/[^\p{L}\p{N};]+/gu, '');

export function unitCell(ds: Dataset, cell: string, lang: Lang): UnitCell | null {
  if (cell.trim() === '') return null;
  // The same few hundred spellings recur in every plan's task table: read each once per language.
  let known = unitCellCache.get(ds);
  if (!known) unitCellCache.set(ds, (known = new Map()));
  const key = `${lang}|${cell}`;
  let read = known.get(key);
  if (!read) known.set(key, (read = readUnitCell(ds, cell, lang)));
  return read;
}
const unitCellCache = new WeakMap<Dataset, Map<string, UnitCell>>();

function readUnitCell(ds: Dataset, cell: string, lang: Lang): UnitCell {
  const spelling = datasetIndex(ds).spelling;
  const ids = [...new Set(splitUnits(cell).flatMap((p) => spelling.get(p) ?? []))];
  const canonical = unitNames(ds, ids, lang);
  const differs = loose(canonical.join(';')) !== loose(cell);
  return { asWritten: cell, canonical, differs };
}

export interface TaskView {
  taskId: string;
  kind: Task['kind'];
  section: string;
  item: string;
  text: string;
  presiding: UnitCell | null;
  lead: UnitCell | null;
  cooperating: UnitCell | null;
  deadline: string;
  /** The plan's targets this task restates, each with its indicator's name (or its text's start). */
  restates: { targetId: string; label: string }[];
  /** Where the task stands in its plan text. */
  link: CitationLink;
}

export interface TaskGroup {
  kind: Task['kind'];
  /** The group heading as written. */
  heading: string;
  tasks: TaskView[];
}

/** The plan's tasks in plan order, grouped by kind (duties in "Tổ chức thực hiện", appendix rows) and heading. */
export function communeTasks(ds: Dataset, communeId: string, lang: Lang): TaskGroup[] {
  const groups: TaskGroup[] = [];
  for (const t of tasksOf(ds, communeId)) {
    const view: TaskView = {
      taskId: t.task_id,
      kind: t.kind,
      section: t.section,
      item: t.item,
      text: t.text,
      presiding: unitCell(ds, t.presiding_unit, lang),
      lead: unitCell(ds, t.lead_units, lang),
      cooperating: unitCell(ds, t.cooperating_units, lang),
      deadline: t.deadline_raw,
      restates: t.target_ids.map((id) => ({ targetId: id, label: targetLabel(ds, id, lang) })),
      link: taskLink(ds, t, lang),
    };
    const last = groups[groups.length - 1];
    if (last && last.kind === t.kind && last.heading === t.group) last.tasks.push(view);
    else groups.push({ kind: t.kind, heading: t.group, tasks: [view] });
  }
  // Appendix rows after the duties, as in the plans (the appendix is attached at the end).
  return [...groups.filter((g) => g.kind === 'unit-assignment'), ...groups.filter((g) => g.kind === 'appendix-row')];
}

/** A target as a task names it: its indicator's name, or the start of its text when it has none. */
function targetLabel(ds: Dataset, targetId: string, lang: Lang): string {
  const t = targetById(ds, targetId);
  if (!t) return targetId;
  const indicator = t.indicatorId ? ds.rules.indicators.find((i) => i.id === t.indicatorId) : undefined;
  return indicator ? inLang(indicator, 'name', lang) : t.text.slice(0, 60);
}

export interface UnitResponsibility {
  unitId: string;
  name: string;
  leadTargets: number;
  leadTasks: number;
  cooperates: number;
}

/** Who is responsible for what in one plan: each canonical unit, with the targets and tasks it leads or supports. */
export function responsibleUnits(ds: Dataset, communeId: string, lang: Lang): UnitResponsibility[] {
  const spelling = datasetIndex(ds).spelling;
  const ids = (cell: string) => [...new Set(splitUnits(cell).flatMap((p) => spelling.get(p) ?? []))];
  const rows = new Map<string, UnitResponsibility>();
  const row = (id: string) => {
    if (!rows.has(id)) rows.set(id, { unitId: id, name: unitNames(ds, [id], lang)[0]!, leadTargets: 0, leadTasks: 0, cooperates: 0 });
    return rows.get(id)!;
  };
  for (const t of targetsOf(ds, communeId)) {
    for (const id of t.leadUnitIds) row(id).leadTargets++;
    for (const id of t.cooperatingUnitIds) row(id).cooperates++;
  }
  for (const t of tasksOf(ds, communeId)) {
    for (const id of ids(t.lead_units)) row(id).leadTasks++;
    for (const id of ids(t.cooperating_units)) row(id).cooperates++;
  }
  const order = new Map(ds.rules.units.map((u, i) => [u.id, i]));
  return [...rows.values()].sort(
    (a, b) => b.leadTargets + b.leadTasks - (a.leadTargets + a.leadTasks) || (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0),
  );
}

/** The commune page's responsibility section: who leads what, then every task. */
export interface CommuneTasksView {
  units: UnitResponsibility[];
  groups: TaskGroup[];
}

export function communeTasksView(ds: Dataset, communeId: string, lang: Lang): CommuneTasksView {
  return { units: responsibleUnits(ds, communeId, lang), groups: communeTasks(ds, communeId, lang) };
}
