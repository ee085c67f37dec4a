/**
 * The draft as files, in the codebook's columns (data/README.md) so that check:data reads them
 * unchanged: UTF-8, NFC, LF, a header row, RFC 4180 quoting. Beside them: the crosswalk's
 * ranked alternatives, the unit spellings not yet listed, the placeholder rows for communes.csv
 * and sources/sources.csv that the reviewer completes, and review.md. Pure: returns the texts.
 */
import { crosswalkSchema, unitSpellingSchema } from '../validate/rule-schemas.ts';
import { targetSchema, taskSchema } from '../validate/schemas.ts';
import type { Draft } from './draft-plan.ts';
import type { DraftTarget, DraftTask, Flag } from './draft-types.ts';
import { foldKey, formatMergedRanges } from './plan-text.ts';
import { renderReview } from './review-report.ts';
import { targetId, taskId } from './row-ids.ts';

export const TARGET_COLUMNS = Object.keys(targetSchema.shape);
export const TASK_COLUMNS = Object.keys(taskSchema.shape);
export const CROSSWALK_COLUMNS = Object.keys(crosswalkSchema.shape);
export const SPELLING_COLUMNS = Object.keys(unitSpellingSchema.shape);
export const SOURCE_COLUMNS = ['file', 'commune_id', 'plan', 'kind', 'obtained', 'sha256', 'notes'];
export const COMMUNE_COLUMNS = [
  'id',
  'unit_code',
  'name',
  'unit_type_at_plan',
  'unit_type_now',
  'unit_type_change',
  'province',
  'province_code',
  'plan_number',
  'plan_date_raw',
  'plan_date',
  'plan_year',
  'horizon_years',
  'title',
  'signer',
  'signer_title',
  'cited_documents',
  'reporting_cadence',
  'source_files',
  'source_lines',
  'text_quality',
  'notes',
];

export const DRAFT_MARK = 'BẢN NHÁP — DRAFT, to be reviewed';

export function csvCell(v: string): string {
  const t = v.normalize('NFC');
  return /[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
}

export function toCsv(columns: string[], rows: Record<string, string>[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c] ?? '')).join(','))].join('\n') + '\n';
}

function notes(flags: Flag[]): string {
  const reasons = flags.map((f) => `${f.message} (line ${f.line})`);
  return ['Drafted by npm run draft, not yet reviewed.', ...reasons].join(' ');
}

export function targetRows(d: Draft): Record<string, string>[] {
  return d.targets.map((t: DraftTarget, i) => ({
    target_id: targetId(d.communeId, i, d.targets.length),
    commune_id: d.communeId,
    section: t.section,
    group: t.group,
    item: t.item,
    text: t.restoredText ?? t.text,
    unit_raw: t.unitRaw,
    target_raw: t.targetRaw,
    target_year: t.targetYear === null ? '' : String(t.targetYear),
    lead_units: t.leadUnits,
    cooperating_units: t.cooperatingUnits,
    deadline_raw: t.deadlineRaw,
    seed_file: d.seedFile,
    seed_lines: formatMergedRanges(t.seedLines),
    seed_text: t.seedText,
    alt_seed_file: '',
    alt_seed_lines: '',
    alt_seed_text: '',
    notes: notes(t.flags),
  }));
}

export function taskRows(d: Draft): Record<string, string>[] {
  return d.tasks.map((t: DraftTask, i) => ({
    task_id: taskId(d.communeId, i, d.tasks.length),
    commune_id: d.communeId,
    kind: t.kind,
    section: t.section,
    group: t.group,
    item: t.item,
    text: t.restoredText ?? t.text,
    presiding_unit: t.presidingUnit,
    lead_units: t.leadUnits,
    cooperating_units: t.cooperatingUnits,
    deadline_raw: t.deadlineRaw,
    target_ids: t.targets.map((j) => targetId(d.communeId, j, d.targets.length)).join(';'),
    seed_file: d.seedFile,
    seed_lines: formatMergedRanges(t.seedLines),
    notes: notes(t.flags),
  }));
}

export function crosswalkRows(d: Draft): Record<string, string>[] {
  return d.crosswalk.map((c, i) => {
    const alts = c.alternatives.map((a) => `${a.indicatorId} (${a.score})`).join(', ');
    const id = targetId(d.communeId, i, d.targets.length);
    if (!c.best)
      return {
        target_id: id,
        indicator_id: '',
        match: 'unmapped',
        note_vi: `Đề xuất tự động: không có chỉ tiêu nào trong danh mục vượt ngưỡng${alts ? `; gần nhất: ${alts}` : ''}. Cần rà soát.`,
        note_en: `Drafter's suggestion: no catalogue indicator above the threshold${alts ? `; nearest: ${alts}` : ''}. To be reviewed.`,
      };
    return {
      target_id: id,
      indicator_id: c.best.indicatorId,
      match: c.match,
      note_vi: `Đề xuất tự động (điểm ${c.best.score}${alts ? `; phương án khác: ${alts}` : ''}). Cần rà soát.`,
      note_en: `Drafter's suggestion (score ${c.best.score}${alts ? `; alternatives: ${alts}` : ''}). To be reviewed.`,
    };
  });
}

export function suggestionRows(d: Draft): Record<string, string>[] {
  return d.crosswalk.flatMap((c, i) =>
    [...(c.best ? [c.best] : []), ...c.alternatives].map((s, rank) => ({
      target_id: targetId(d.communeId, i, d.targets.length),
      rank: String(rank + 1),
      indicator_id: s.indicatorId,
      name_vi: s.nameVi,
      score: String(s.score),
      match: rank === 0 && c.best ? c.match : '',
    })),
  );
}

export function spellingRows(d: Draft): Record<string, string>[] {
  return d.newSpellings.map((s) => ({
    spelling: s.spelling,
    unit_ids: s.unitIds.join(';'),
    note: s.like
      ? `Drafted: resembles the listed spelling “${s.like}” (ids suggested from it); seen at ${d.seedFile}:${s.line}. To be reviewed.`
      : `Drafted: no listed spelling resembles it; fill unit_ids (data/harmonize/responsible-units.csv). Seen at ${d.seedFile}:${s.line}.`,
  }));
}

/** A province as data/harmonize/provinces.csv lists it. */
export interface ProvinceName {
  code: string;
  name: string;
}

/**
 * The province a plan names in its opening lines ("… tỉnh Đồng Nai", "UBND TINH DONG NAI" in an
 * OCR copy), matched folded against data/harmonize/provinces.csv; null when it names none or
 * several, so that the reviewer fills it in.
 */
export function provinceNamed(lines: string[], provinces: readonly ProvinceName[]): ProvinceName | null {
  const head = ` ${foldKey(lines.slice(0, 40).join(' '))
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')} `;
  const found = provinces.filter((p) => {
    const name = foldKey(p.name).toLowerCase();
    return head.includes(` tinh ${name} `) || head.includes(` thanh pho ${name} `);
  });
  return found.length === 1 ? found[0]! : null;
}

/** A communes.csv row with what the plan shows, and placeholders the reviewer replaces (marked). */
export function communeRow(d: Draft, lines: string[], provinces: readonly ProvinceName[] = []): Record<string, string> {
  const province = provinceNamed(lines, provinces);
  const years = [...new Set(d.targets.map((t) => t.targetYear).filter((y): y is number => y !== null))].sort();
  const planYear = d.parts.planYear?.year ?? years[0] ?? null;
  const number = /^(\d{3})_/.exec(d.seedFile)?.[1] ?? '000';
  const head = lines.slice(0, 30);
  const numberLine = head.findIndex((l) => /\/KH-UBND/.test(l));
  const planNumber = numberLine >= 0 ? (/(\d*\s*\/KH-UBND)/.exec(head[numberLine]!)?.[1]?.replace(/\s+/g, '') ?? '/KH-UBND') : '/KH-UBND';
  const titleAt = head.findIndex((l) => /^\s*k[eếé]\s*ho[aạ]ch\s*$/iu.test(l));
  const title =
    titleAt >= 0
      ? (head
          .slice(titleAt + 1)
          .find((l) => l.trim() !== '')
          ?.trim() ?? '')
      : '';
  return {
    id: d.communeId,
    unit_code: '00000',
    name: d.communeId,
    unit_type_at_plan: 'xã',
    unit_type_now: 'xã',
    unit_type_change: '',
    province: province?.name ?? 'CHƯA RÕ',
    province_code: province?.code ?? '00',
    plan_number: planNumber,
    plan_date_raw: '..',
    plan_date: '',
    plan_year: planYear === null ? '' : String(planYear),
    horizon_years: (years.length > 0 ? years : planYear !== null ? [planYear] : []).join(';'),
    title: title || 'CHƯA RÕ',
    signer: '',
    signer_title: '',
    cited_documents: '',
    reporting_cadence: '',
    source_files: d.seedFile,
    source_lines: `${number}:${numberLine >= 0 ? numberLine + 1 : 1}`,
    text_quality: d.quality,
    notes: `${DRAFT_MARK}: unit_code, name, ${province ? `province (read from the plan's opening lines: check it), ` : 'province, province_code, '}dates, signer and cited documents are placeholders; complete them from the plan and Decision 19/2025/QĐ-TTg.`,
  };
}

export function sourceRow(d: Draft, obtained: string, sha256: string): Record<string, string> {
  return { file: d.seedFile, commune_id: d.communeId, plan: 'CHƯA RÕ', kind: d.quality, obtained, sha256, notes: DRAFT_MARK };
}

/** Paths relative to the draft folder → text. */
export function draftFiles(
  d: Draft,
  sourceText: string,
  obtained: string,
  sha256: string,
  provinces: readonly ProvinceName[] = [],
): Map<string, string> {
  const files = new Map<string, string>();
  files.set(`targets/${d.communeId}.csv`, toCsv(TARGET_COLUMNS, targetRows(d)));
  if (d.tasks.length > 0) files.set(`tasks/${d.communeId}.csv`, toCsv(TASK_COLUMNS, taskRows(d)));
  files.set('crosswalk.csv', toCsv(CROSSWALK_COLUMNS, crosswalkRows(d)));
  files.set('crosswalk-suggestions.csv', toCsv(['target_id', 'rank', 'indicator_id', 'name_vi', 'score', 'match'], suggestionRows(d)));
  files.set('unit-spellings.csv', toCsv(SPELLING_COLUMNS, spellingRows(d)));
  files.set('communes.csv', toCsv(COMMUNE_COLUMNS, [communeRow(d, sourceText.split('\n'), provinces)]));
  files.set('sources.csv', toCsv(SOURCE_COLUMNS, [sourceRow(d, obtained, sha256)]));
  files.set(`sources/${d.seedFile}`, sourceText);
  files.set('review.md', renderReview(d));
  return files;
}
