import { type Strings, plural } from '../site/i18n.ts';
import { fill } from '../site/fill.ts';
import { countTargets } from '../site/words.ts';
import { mainYearOf } from '../compare/main-year.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { formatTarget, unitNames } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { splitUnits } from '../validate/check-rules.ts';
import { planDateReading, planNumberReading, signerReading } from './plan-facts.ts';
import { MAX_NAMED, provincesOf } from '../dataset/scope.ts';
import { FINDING_PLACEHOLDER } from '../validate/check-raw-dataset.ts';
import { sourceNumber } from '../validate/check-citations.ts';

/**
 * What each plan lacks or states inconsistently. Two kinds of statement, both sourced:
 * - computed from the data (bare figures, OCR-read symbols, targets without a lead unit,
 *   statements that disagree, unmapped targets, garbled appendix rows…), each item citing the
 *   seed lines of its row;
 * - found by reading (data/findings/: a heading count, a date written two ways, a district
 *   wording…), each citing seed lines with the exact characters found there, which the data
 *   check verifies against the texts.
 */

export interface SeedQuote {
  /** Seed file number: "004". */
  seed: string;
  /** Line or range: "61", "9-11". */
  lines: string;
  /** Characters that stand at those lines, exactly as the seed has them (OCR errors and all). */
  quote: string;
}

export interface DocumentedIssue {
  id: string;
  communeId: string;
  /** One line, for lists elsewhere (the methodology page, the commune page's facts). */
  short: { vi: string; en: string };
  /** The plan fact the issue is about, where there is one: the commune page notes it there too. */
  fact?: 'signer' | 'sources';
  vi: string;
  en: string;
  refs: SeedQuote[];
}

/** Lines of a plan text an item can be checked at: the page links them (src/lib/view/sources.ts). */
export interface SourceRef {
  file: string;
  /** "94-95;107-108" */
  lines: string;
  /** The characters that stand there, when the item is a figure: the link goes to the range holding them. */
  text?: string;
  /** A task: the link goes to its own lines, the last range (the first is its group's heading). */
  task?: boolean;
}

export interface QualityItem {
  /** The target or task the item is about. */
  id: string;
  /** What the row says, short, in Vietnamese as written. */
  label: string;
  /** The reading or the problem, in the page's language ('' when the list's heading says it all). */
  detail: string;
  /** Where it can be checked in the plan texts (none, one, or two statements). */
  sources: SourceRef[];
  /** A row of a data file the item comes from instead ("harmonize/unit-spellings.csv:12"), or null. */
  dataRef: string | null;
}

export interface CommuneQuality {
  communeId: string;
  name: string;
  targets: number;
  /** The plan's header: blank or unreadable number, date, signer. */
  header: QualityItem[];
  /** The years its targets are for, when they differ from most plans'. */
  years: string | null;
  /** Bare figures ("80%", "đạt 100%") read as minimums. */
  implied: QualityItem[];
  /** OCR ">" read as "≥". */
  ocrRead: QualityItem[];
  /** "≥ 100%": a ceiling, the same as 100%. */
  ceilings: QualityItem[];
  qualitative: number;
  /** Targets the plan assigns to no unit. */
  withoutLead: QualityItem[];
  /** A target stated twice in the plan (objective and appendix) with a different comparator or figure. */
  statedTwice: QualityItem[];
  unmapped: QualityItem[];
  /** Unit spellings that needed a note to be read (a typo, OCR spacing, an abbreviation). */
  spellings: QualityItem[];
  /** Appendix or task rows with cells the OCR made unreadable or garbled. */
  garbledTasks: QualityItem[];
  documented: DocumentedIssue[];
}

const lines = (ranges: { from: number; to: number }[]) =>
  ranges.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(';');
const short = (text: string, max = 90) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
const numbersIn = (text: string) => text.match(/\d+(?:[.,]\d+)*/g) ?? [];

function targetItem(t: HarmonizedTarget, detail: string): QualityItem {
  return {
    id: t.targetId,
    label: short(t.text),
    detail,
    sources: [{ file: t.seedFile, lines: t.seedLines, text: t.seedText }],
    dataRef: null,
  };
}

/**
 * A target stated twice in the same document (objective and appendix) whose two statements differ:
 * one in words ("Trên", "tối thiểu") and one with a symbol (">"), or with different figures.
 * Statements in another copy of the plan (Nhơn Trạch's OCR 000 beside 002) are the OCR rule's
 * evidence, not a disagreement of the plan, and are left out.
 */
export function statedTwiceDiffers(t: HarmonizedTarget): 'comparator' | 'figure' | null {
  if (t.altSeedText === '' || t.altSeedFile !== t.seedFile) return null;
  const a = numbersIn(t.seedText);
  const b = numbersIn(t.altSeedText);
  if (a.length > 0 && b.length > 0 && a.join() !== b.join()) return 'figure';
  const altSymbol = /[>≥<≤]/.test(t.altSeedText);
  if (t.comparatorSource === 'word' && altSymbol) return 'comparator';
  return null;
}

function taskProblem(task: Dataset['raw']['tasks'][number]): 'unreadable' | 'garbled' | null {
  const cells = [task.text, task.presiding_unit, task.lead_units, task.cooperating_units, task.deadline_raw];
  if (/UNREADABLE/.test(task.notes) || cells.some((c) => c.includes('[không đọc được') || c.startsWith('…'))) return 'unreadable';
  return /garbled/i.test(task.notes) ? 'garbled' : null;
}

/** `rows` grouped by a key, in their order: one pass. */
function groupBy<T>(rows: readonly T[], key: (r: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(key(r));
    if (list) list.push(r);
    else out.set(key(r), [r]);
  }
  return out;
}

const qualityCache = new WeakMap<Dataset, Partial<Record<Lang, CommuneQuality[]>>>();

/**
 * Every plan's quality lists, in communes.csv order. Memoized per dataset and language: the
 * data-quality page and every commune page (communeQuality) share one computation, which groups
 * targets and tasks by commune once — never a scan of all targets per commune.
 */
export function dataQuality(ds: Dataset, lang: Lang): CommuneQuality[] {
  let byLang = qualityCache.get(ds);
  if (!byLang) qualityCache.set(ds, (byLang = {}));
  return (byLang[lang] ??= computeQuality(ds, lang));
}

/** One plan's quality lists (the commune page's section), from the shared computation. */
export function communeQuality(ds: Dataset, communeId: string, lang: Lang): CommuneQuality | undefined {
  const all = dataQuality(ds, lang);
  let index = indexCache.get(all);
  if (!index) indexCache.set(all, (index = new Map(all.map((q) => [q.communeId, q]))));
  return index.get(communeId);
}
const indexCache = new WeakMap<CommuneQuality[], Map<string, CommuneQuality>>();

/** The words of the data-quality notes. */
const SDQ = {
  otherYear: {
    vi: '; các kế hoạch khác đặt chỉ tiêu cho năm {year}: không xếp hạng chung.',
    en: '; the other plans set theirs for {year}: never ranked together.',
  },
  cells: { vi: { other: '{n} ô' }, en: { one: '{n} cell', other: '{n} cells' } },
  /** unit-spellings.csv writes its notes in English only: the Vietnamese page leaves them out. */
  spellingNote: { vi: '', en: '. {note}' },
  readAs: { vi: 'ghi “{raw}”, đọc là {figure}', en: 'written “{raw}”, read as {figure}' },
  ocrReadAs: { vi: 'bản OCR ghi “{raw}”, đọc là {figure}', en: 'the OCR shows “{raw}”, read as {figure}' },
  ceiling: { vi: 'ghi “{raw}”: với một tỷ lệ, điều này chỉ có nghĩa là 100%', en: 'written “{raw}”: for a share this can only mean 100%' },
  twoFigures: {
    vi: 'hai lần nêu, hai con số: {both}; con số của mục tiêu được giữ',
    en: 'stated twice with two figures: {both}; the objective’s figure is kept',
  },
  wordsAndSymbol: {
    vi: 'mục tiêu ghi bằng chữ, phụ lục ghi bằng dấu: {both}; giữ theo chữ ({figure})',
    en: 'the objective words it, the appendix uses a symbol: {both}; the words are kept ({figure})',
  },
  unreadableCell: {
    vi: 'có ô không đọc được trong bản OCR: để trống hoặc ghi “…”, không đoán',
    en: 'a cell is not legible in the OCR: left empty or marked “…”, not guessed',
  },
  garbledCell: {
    vi: 'có ô bị lỗi OCR, đã đọc lại theo đoạn văn tương ứng của kế hoạch (ghi chú trong dữ liệu)',
    en: 'a cell is garbled in the OCR and was read from the matching passage of the plan (see the row’s notes)',
  },
} satisfies Strings;

function computeQuality(ds: Dataset, lang: Lang): CommuneQuality[] {
  const year = mainYearOf(ds.targets);
  const issues = groupBy(documentedIssues(ds), (i) => i.communeId);
  const targetsOf = groupBy(ds.targets, (t) => t.communeId);
  const tasksOf = groupBy(ds.raw.tasks, (t) => t.commune_id);
  return ds.raw.communes.map((c) => {
    const rows = targetsOf.get(c.id) ?? [];
    const tasks = tasksOf.get(c.id) ?? [];
    const header: QualityItem[] = [];
    const number = planNumberReading(c, lang);
    const date = planDateReading(c, lang);
    const signer = signerReading(c, lang);
    // The plan's header facts are cited in communes.csv source_lines: the first reference for its
    // number and date, the last for its signature.
    const where = c.source_lines.flatMap((r): SourceRef[] => {
      if (r === 'research.md') return [];
      const file = c.source_files.find((f) => f.startsWith(`${r.seed}_`));
      return file ? [{ file, lines: r.lines.from === r.lines.to ? `${r.lines.from}` : `${r.lines.from}-${r.lines.to}` }] : [];
    });
    const at = (ref: SourceRef | undefined) => ({ sources: ref ? [ref] : [], dataRef: null });
    if (number.note) header.push({ id: `${c.id}-number`, label: c.plan_number, detail: number.note, ...at(where[0]) });
    if (date.note) header.push({ id: `${c.id}-date`, label: c.plan_date_raw, detail: date.note, ...at(where[0]) });
    if (signer.note) header.push({ id: `${c.id}-signer`, label: '—', detail: signer.note, ...at(where[where.length - 1]) });

    const years = [...new Set(rows.map((t) => t.targetYear))].sort();
    const yearsText =
      years.length > 0 && !years.includes(year)
        ? years.map((y) => `${y} (${countTargets(rows.filter((t) => t.targetYear === y).length, lang)})`).join(', ') +
          fill(SDQ.otherYear[lang], { year })
        : null;

    const spelled = new Map<string, number>();
    const cells = [
      ...rows.flatMap((t) => [t.leadUnitsRaw, t.cooperatingUnitsRaw]),
      ...tasks.flatMap((t) => [t.presiding_unit, t.lead_units, t.cooperating_units]),
    ];
    for (const cell of cells) for (const part of splitUnits(cell)) spelled.set(part, (spelled.get(part) ?? 0) + 1);
    const spellings = ds.rules.spellings
      .filter((s) => s.note !== '' && spelled.has(s.spelling))
      .map((s): QualityItem => ({
        id: `${c.id}-spelling-${s.spelling}`,
        label: s.spelling,
        detail:
          `→ ${unitNames(ds, s.unit_ids, lang).join('; ')} (${plural(SDQ.cells, spelled.get(s.spelling)!, lang)})` +
          fill(SDQ.spellingNote[lang], { note: s.note }),
        sources: [],
        dataRef: `harmonize/unit-spellings.csv:${s.line}`,
      }));

    return {
      communeId: c.id,
      name: c.name,
      targets: rows.length,
      header,
      years: yearsText,
      implied: rows
        .filter((t) => t.comparatorSource === 'implied')
        .map((t) => targetItem(t, fill(SDQ.readAs[lang], { raw: t.targetRaw, figure: formatTarget(t, lang) }))),
      ocrRead: rows
        .filter((t) => t.comparatorSource === 'ocr-symbol')
        .map((t) => targetItem(t, fill(SDQ.ocrReadAs[lang], { raw: t.targetRaw, figure: formatTarget(t, lang) }))),
      ceilings: rows
        .filter((t) => t.ceiling && t.comparatorAsWritten !== '')
        .map((t) => targetItem(t, fill(SDQ.ceiling[lang], { raw: t.targetRaw }))),
      qualitative: rows.filter((t) => t.comparator === 'text').length,
      withoutLead: rows.filter((t) => t.leadUnitsRaw.trim() === '').map((t) => targetItem(t, '')),
      statedTwice: rows.flatMap((t) => {
        const kind = statedTwiceDiffers(t);
        if (!kind) return [];
        const both = `“${t.seedText}” — “${t.altSeedText}”`;
        const detail =
          kind === 'figure'
            ? fill(SDQ.twoFigures[lang], { both })
            : fill(SDQ.wordsAndSymbol[lang], { both, figure: formatTarget(t, lang) });
        return [
          {
            ...targetItem(t, detail),
            sources: [
              { file: t.seedFile, lines: t.seedLines, text: t.seedText },
              { file: t.altSeedFile, lines: t.altSeedLines, text: t.altSeedText },
            ],
          },
        ];
      }),
      unmapped: rows.filter((t) => t.match === 'unmapped').map((t) => targetItem(t, t.matchNote[lang])),
      spellings,
      garbledTasks: tasks.flatMap((t): QualityItem[] => {
        const problem = taskProblem(t);
        if (!problem) return [];
        const detail = problem === 'unreadable' ? SDQ.unreadableCell[lang] : SDQ.garbledCell[lang];
        return [
          {
            id: t.task_id,
            label: `${t.section}: ${short(t.text, 70)}`,
            detail,
            sources: [{ file: t.seed_file, lines: lines(t.seed_lines), task: true }],
            dataRef: null,
          },
        ];
      }),
      documented: issues.get(c.id) ?? [],
    };
  });
}

/** The per-commune counts of the summary table. */
export function qualityCounts(q: CommuneQuality): Record<string, number> {
  return {
    targets: q.targets,
    implied: q.implied.length,
    ocrRead: q.ocrRead.length,
    qualitative: q.qualitative,
    withoutLead: q.withoutLead.length,
    statedTwice: q.statedTwice.length,
    unmapped: q.unmapped.length,
    garbledTasks: q.garbledTasks.length,
    documented: q.documented.length,
  };
}

// ---------------------------------------------------------------------------------------------
// Past a dozen plans: per kind of issue and per province, never one section per plan

export type QualityKind =
  | 'documented'
  | 'header'
  | 'years'
  | 'statedTwice'
  | 'withoutLead'
  | 'ocrRead'
  | 'implied'
  | 'ceilings'
  | 'unmapped'
  | 'spellings'
  | 'garbledTasks';

/** The kinds in the order the commune pages list them (CommuneQuality.astro). */
export const QUALITY_KINDS: QualityKind[] = [
  'documented',
  'header',
  'years',
  'statedTwice',
  'withoutLead',
  'ocrRead',
  'implied',
  'ceilings',
  'unmapped',
  'spellings',
  'garbledTasks',
];

/** How many items of a kind one plan has. */
function kindCount(q: CommuneQuality, kind: QualityKind): number {
  return kind === 'years' ? (q.years ? 1 : 0) : q[kind].length;
}

/** Where a published table lists every item of a kind, and which column tells them. */
export const KIND_TABLE: Record<QualityKind, { path: string; how: { vi: string; en: string } } | null> = {
  documented: null,
  header: {
    path: 'communes.csv',
    how: { vi: 'cột plan_number, plan_date_raw, signer và notes', en: 'columns plan_number, plan_date_raw, signer and notes' },
  },
  years: { path: 'targets.csv', how: { vi: 'cột target_year', en: 'column target_year' } },
  statedTwice: {
    path: 'targets.csv',
    how: { vi: 'so cột seed_text với alt_seed_text', en: 'compare columns seed_text and alt_seed_text' },
  },
  withoutLead: { path: 'targets.csv', how: { vi: 'cột lead_units để trống', en: 'column lead_units empty' } },
  ocrRead: { path: 'targets.csv', how: { vi: 'cột comparator_source = ocr-symbol', en: 'column comparator_source = ocr-symbol' } },
  implied: { path: 'targets.csv', how: { vi: 'cột comparator_source = implied', en: 'column comparator_source = implied' } },
  ceilings: { path: 'targets.csv', how: { vi: 'cột ceiling = true', en: 'column ceiling = true' } },
  unmapped: {
    path: 'targets.csv',
    how: { vi: 'cột match = unmapped, lý do ở match_note_en', en: 'column match = unmapped, why in match_note_en' },
  },
  spellings: { path: 'unit-spellings.csv', how: { vi: 'cột note', en: 'column note' } },
  garbledTasks: { path: 'tasks.csv', how: { vi: 'cột notes', en: 'column notes' } },
};

export interface KindExample {
  communeId: string;
  name: string;
  /** The item as the commune page lists it; for `years`, the sentence about the plan's years. */
  label: string;
  detail: string;
  sources: SourceRef[];
  dataRef: string | null;
}

export interface KindSummary {
  kind: QualityKind;
  /** Items of this kind over all plans (for `years`: plans). */
  items: number;
  /** Plans with at least one. */
  communes: number;
  /** The first MAX_NAMED, one per plan first (so that they show different plans). */
  examples: KindExample[];
  table: { path: string; how: { vi: string; en: string } } | null;
}

/**
 * Each kind of issue over all plans: how many items, in how many plans, the first MAX_NAMED as
 * examples (each links to its plan's page, which lists them all) and the published table that
 * has every one. The page's size depends on the number of kinds, not of plans.
 */
export function qualityByKind(quality: CommuneQuality[], lang: Lang): KindSummary[] {
  return QUALITY_KINDS.map((kind) => {
    let items = 0;
    let communes = 0;
    const first: KindExample[] = [];
    const more: KindExample[] = [];
    for (const q of quality) {
      const n = kindCount(q, kind);
      if (n === 0) continue;
      items += n;
      communes++;
      if (first.length >= MAX_NAMED) continue; // enough plans named: count the rest
      const list: KindExample[] =
        kind === 'years'
          ? // "2030 (41 chỉ tiêu)": the sentence's tail (the other plans' year) is the same for all.
            [{ communeId: q.communeId, name: q.name, label: '', detail: q.years!.split(';')[0]!, sources: [], dataRef: null }]
          : kind === 'documented'
            ? q.documented.map((i) => ({
                communeId: q.communeId,
                name: q.name,
                label: '',
                detail: i.short[lang],
                sources: [],
                dataRef: null,
              }))
            : q[kind].map((it) => ({
                communeId: q.communeId,
                name: q.name,
                // An unreadable signer has no text to quote ("—"): the detail says it.
                label: it.label === '—' ? '' : it.label,
                detail: it.detail,
                sources: it.sources,
                dataRef: it.dataRef,
              }));
      first.push(list[0]!);
      more.push(...list.slice(1, MAX_NAMED));
    }
    return { kind, items, communes, examples: [...first, ...more].slice(0, MAX_NAMED), table: KIND_TABLE[kind] };
  });
}

export interface ProvinceQuality {
  slug: string;
  name: string;
  plans: number;
  /** qualityCounts summed over the province's plans. */
  counts: Record<string, number>;
}

/** The summary table by province (34 rows at most): qualityCounts summed over each province's plans. */
export function qualityByProvince(ds: Dataset, quality: CommuneQuality[]): ProvinceQuality[] {
  const byId = new Map(quality.map((q) => [q.communeId, q]));
  return provincesOf(ds).map((p) => {
    const counts: Record<string, number> = {};
    for (const id of p.communeIds) {
      const q = byId.get(id);
      if (!q) continue;
      for (const [k, v] of Object.entries(qualityCounts(q))) counts[k] = (counts[k] ?? 0) + v;
    }
    return { slug: p.slug, name: p.name, plans: p.communeIds.length, counts };
  });
}

/**
 * What reading the plans found (data/findings/), each with the seed lines and the exact
 * characters that show it (checked there). Counts the data can give are placeholders, filled
 * here from the commune's rows: {targets}, {groups} ("I: 8, II: 10…"), {lead:<text>} (the rows
 * whose lead unit is written with that text).
 */
export function documentedIssues(ds: Dataset): DocumentedIssue[] {
  return ds.raw.findings.map((f) => {
    const rows = ds.targetsByCommune.get(f.commune_id) ?? [];
    const groups = [...new Set(rows.map((t) => t.group))].map((g) => `${g.split('.')[0]}: ${rows.filter((t) => t.group === g).length}`);
    const filled = (text: string) =>
      text.replace(FINDING_PLACEHOLDER, (_, key: string) =>
        key === 'targets'
          ? String(rows.length)
          : key === 'groups'
            ? groups.join(', ')
            : String(rows.filter((t) => t.leadUnitsRaw.includes(key.slice('lead:'.length))).length),
      );
    return {
      id: f.finding_id,
      communeId: f.commune_id,
      short: { vi: filled(f.short_vi), en: filled(f.short_en) },
      ...(f.fact ? { fact: f.fact } : {}),
      vi: filled(f.text_vi),
      en: filled(f.text_en),
      refs: f.quotes.map((q) => ({ seed: sourceNumber(q.seed_file) ?? q.seed_file, lines: lines(q.seed_lines), quote: q.quote })),
    };
  });
}

const issuesCache = new WeakMap<Dataset, DocumentedIssue[]>();

/** The hand-noted issues of one commune (documentedIssues, computed once per dataset). */
export function communeIssues(ds: Dataset, communeId: string): DocumentedIssue[] {
  let all = issuesCache.get(ds);
  if (!all) issuesCache.set(ds, (all = documentedIssues(ds)));
  return all.filter((i) => i.communeId === communeId);
}
