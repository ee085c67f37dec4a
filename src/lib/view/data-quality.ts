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

/**
 * What each plan lacks or states inconsistently. Two kinds of statement, both sourced:
 * - computed from the data (bare figures, OCR-read symbols, targets without a lead unit,
 *   statements that disagree, unmapped targets, garbled appendix rows…), each item citing the
 *   seed lines of its row;
 * - documented by hand in `documentedIssues` (a heading count, a date written two ways, a
 *   district wording…), each citing seed lines with the exact characters found there, so that
 *   tests/unit/view/data-quality.test.ts can check every quotation against the seed texts.
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
 * Inconsistencies found by reading the plans, each with the seed lines and the exact characters
 * that show it. Counts that the data can give (rows, misspelt cells) are computed.
 */
export function documentedIssues(ds: Dataset): DocumentedIssue[] {
  const rowsOf = (id: string) => ds.targets.filter((t) => t.communeId === id);
  const phuocAn = rowsOf('phuoc-an');
  const groups = [...new Set(phuocAn.map((t) => t.group))].map((g) => ({
    roman: g.split('.')[0],
    rows: phuocAn.filter((t) => t.group === g).length,
  }));
  const groupText = groups.map((g) => `${g.roman}: ${g.rows}`).join(', ');
  const vhxxh = phuocAn.filter((t) => t.leadUnitsRaw.includes('VHXXH')).length;
  return [
    {
      id: 'phuoc-an-heading-count',
      short: {
        vi: `Tiêu đề bảng ghi “54 chỉ tiêu”, bảng chỉ có ${phuocAn.length}`,
        en: `The table heading says 54 indicators; the table lists ${phuocAn.length}`,
      },
      communeId: 'phuoc-an',
      vi: `Tiêu đề bảng chỉ tiêu ghi “54 chỉ tiêu” nhưng bảng chỉ liệt kê ${phuocAn.length} (nhóm ${groupText}). Bốn nhóm đầu tự ghi số chỉ tiêu và khớp với số dòng; nhóm V không ghi. Kế hoạch không giải thích con số 54.`,
      en: `The target table’s heading announces “54 chỉ tiêu” (54 indicators) but the table lists ${phuocAn.length} (groups ${groupText}). The first four groups state their own counts, which match their rows; group V states none. The plan does not explain the 54.`,
      refs: [{ seed: '004', lines: '61', quote: '(54 chỉ tiêu)' }],
    },
    {
      id: 'phuoc-an-blank-number',
      short: { vi: 'Số kế hoạch, ngày và tháng để trống (bản dự thảo)', en: 'Plan number, day and month left blank (a draft)' },
      communeId: 'phuoc-an',
      vi: 'Số kế hoạch, ngày và tháng ban hành để trống (“Số: /KH-UBND”, “ngày tháng năm 2026”): văn bản là bản dự thảo chưa vào số. Trang này ghi đúng như vậy, không điền thay.',
      en: 'The plan number, day and month are left blank (“Số: /KH-UBND”, “ngày tháng năm 2026”): the text is a draft not yet numbered. This site shows them as written and fills nothing in.',
      refs: [
        { seed: '004', lines: '9', quote: 'Số: /KH-UBND' },
        { seed: '004', lines: '11', quote: 'ngày tháng năm 2026' },
      ],
    },
    {
      id: 'phuoc-an-469-dates',
      short: {
        vi: 'Hai ngày khác nhau cho Kế hoạch 469-KH/TU (16/5 và 15/5/2025)',
        en: 'Two dates for plan 469-KH/TU (16/5 and 15/5/2025)',
      },
      communeId: 'phuoc-an',
      vi: 'Kế hoạch hành động số 469-KH/TU của Tỉnh ủy Đồng Nai được ghi ngày 16/5/2025 ở phần căn cứ nhưng ngày 15/5/2025 ở mục III. Trang này dùng ngày 16/5/2025, cũng là ngày kế hoạch của Xuân Thành ghi.',
      en: 'Action plan 469-KH/TU of the Đồng Nai Party Committee is dated 16/5/2025 in the plan’s basis (Căn cứ) but 15/5/2025 in section III. This site uses 16/5/2025, the date Xuân Thành’s plan also gives.',
      refs: [
        { seed: '004', lines: '19', quote: '469-KH/TU ngày 16/5/2025' },
        { seed: '004', lines: '160', quote: '469-KH/TU ngày 15/5/2025' },
        { seed: '001', lines: '25-26', quote: '16/5/2025' },
      ],
    },
    {
      id: 'phuoc-an-vhxxh',
      short: { vi: 'Tên đơn vị viết sai “Phòng VHXXH”', en: 'The unit misspelt “Phòng VHXXH”' },
      communeId: 'phuoc-an',
      vi: `Tên đơn vị chủ trì viết sai “Phòng VHXXH” ở ${vhxxh} chỉ tiêu đầu bảng; từ nhóm III bảng viết “Phòng VHXH”, và phần tổ chức thực hiện gọi là “Phòng Văn hóa – Xã hội”. Bảng quy đổi đơn vị đưa cả ba cách viết về cùng một phòng.`,
      en: `The lead unit is misspelt “Phòng VHXXH” on the table’s first ${vhxxh} targets; from group III on the table writes “Phòng VHXH”, and the implementation section names the “Phòng Văn hóa – Xã hội”. The unit table maps all three to the same office.`,
      refs: [
        { seed: '004', lines: '64', quote: 'Phòng VHXXH' },
        { seed: '004', lines: '76', quote: 'Phòng VHXH' },
        { seed: '004', lines: '206', quote: 'Phòng Văn hóa – Xã hội' },
      ],
    },
    {
      id: 'phuoc-an-other-documents',
      short: {
        vi: 'Nêu thêm văn bản ngoài phần căn cứ (11/NQ-CP, 07-KH/ĐU, 54/KH-UBND)',
        en: 'Names documents outside its basis (11/NQ-CP, 07-KH/ĐU, 54/KH-UBND)',
      },
      communeId: 'phuoc-an',
      vi: 'Ngoài các văn bản ở phần căn cứ, kế hoạch còn nêu Nghị quyết số 11/NQ-CP sửa đổi Nghị quyết 71/NQ-CP (ở mục đích, yêu cầu) và, ở mục III, Kế hoạch hành động số 07-KH/ĐU của Đảng ủy xã và Kế hoạch số 54/KH-UBND của UBND xã. Sơ đồ văn bản nối 11/NQ-CP bằng nét đứt; hai văn bản của xã chưa có trong danh mục văn bản.',
      en: 'Besides its basis (Căn cứ), the plan names Resolution 11/NQ-CP amending 71/NQ-CP (in its purposes) and, in section III, the commune Party Committee’s action plan 07-KH/ĐU and the commune’s own plan 54/KH-UBND. The document chain links 11/NQ-CP with a dashed line; the two commune documents are not yet in the document list.',
      refs: [
        { seed: '004', lines: '31', quote: 'Nghị quyết số 11/NQ-CP' },
        { seed: '004', lines: '160', quote: 'Kế hoạch hành động số 07-KH/ĐU ngày 28/08/2025' },
        { seed: '004', lines: '160', quote: 'Kế hoạch số 54/KH-UBND ngày 21/10/2025' },
      ],
    },
    {
      id: 'xuan-thanh-date',
      short: { vi: 'Ngày ban hành không đọc được', en: 'The day of issue is not legible' },
      communeId: 'xuan-thanh',
      vi: 'Ngày ban hành không đọc được: bản OCR chỉ cho thấy “ngay /2 thang 02nam 2026”. Trang này ghi “../02/2026”, không đoán ngày.',
      en: 'The day of issue is not legible: the OCR shows only “ngay /2 thang 02nam 2026”. This site writes “../02/2026” and does not guess the day.',
      refs: [{ seed: '001', lines: '4', quote: 'ngay /2 thang 02nam 2026' }],
    },
    {
      id: 'xuan-thanh-signer',
      fact: 'signer',
      short: { vi: 'Dấu thanh trong tên người ký bị mất (“Thuy”)', en: 'The signer’s tone mark is lost (“Thuy”)' },
      communeId: 'xuan-thanh',
      vi: 'Tên người ký đọc được là “Nguyễn Thị Thuy Linh”: dấu thanh của chữ “Thuy” đã mất trong bản OCR (có thể là Thủy, Thúy hoặc Thùy) nên được giữ nguyên, không đoán.',
      en: 'The signer reads “Nguyễn Thị Thuy Linh”: the tone mark of “Thuy” is lost in the OCR (Thủy, Thúy or Thùy) and is kept as read, not guessed.',
      refs: [{ seed: '001', lines: '295', quote: 'Thuy Linh' }],
    },
    {
      id: 'xuan-thanh-appendix-header',
      short: { vi: 'Phụ lục để trống số và ngày của kế hoạch', en: 'The appendix leaves the plan’s number and date blank' },
      communeId: 'xuan-thanh',
      vi: 'Phụ lục phân công để trống số và ngày của kế hoạch mà nó kèm theo.',
      en: 'The assignment appendix leaves blank the number and date of the plan it belongs to.',
      refs: [{ seed: '001', lines: '305', quote: '/KH-UBND ngay thdng' }],
    },
    {
      id: 'nhon-trach-digitisation',
      short: {
        vi: 'Số hóa hồ sơ: “≥ 95%” trong bảng, 100% ở mục III.3 và V.5',
        en: 'Dossier digitisation: “≥ 95%” in the table, 100% in sections III.3 and V.5',
      },
      communeId: 'nhon-trach',
      vi: 'Bảng chỉ tiêu đặt tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính “≥ 95%”, nhưng mục III.3 và mục V.5 của cùng kế hoạch viết 100% hồ sơ được số hóa. Trang này so sánh con số của bảng (≥ 95%).',
      en: 'The target table sets digitisation of administrative dossiers and results at “≥ 95%”, but sections III.3 and V.5 of the same plan say 100% of dossiers are digitised. This site compares the table’s figure (≥ 95%).',
      refs: [
        { seed: '002', lines: '204', quote: '≥ 95%' },
        { seed: '002', lines: '338', quote: '100% hồ sơ, kết quả giải quyết thủ tục hành chính được số hóa' },
        { seed: '002', lines: '500', quote: 'bảo đảm 100% hồ sơ được số hóa' },
      ],
    },
    {
      id: 'nhon-trach-two-copies',
      fact: 'sources',
      short: {
        vi: 'Hai bản của cùng kế hoạch: số, ngày ở bản OCR; người ký ở bản sạch',
        en: 'Two copies: number and date in the OCR, signer in the clean text',
      },
      communeId: 'nhon-trach',
      vi: 'Kế hoạch có hai bản: bản OCR của văn bản đã ký (000) mang số và ngày nhưng dừng trước chữ ký; bản văn bản sạch (002) không có phần đầu văn bản nhưng có người ký. Số và ngày lấy từ 000, người ký từ 002; mọi chỉ tiêu lấy từ 002 và đối chiếu với 000.',
      en: 'The plan exists twice: the OCR of the signed scan (000) carries the number and date but stops before the signature; the clean text (002) lacks the header but has the signer. Number and date come from 000, the signer from 002; every target from 002, checked against 000.',
      refs: [
        { seed: '000', lines: '4', quote: '57/KH-UBND' },
        { seed: '000', lines: '4', quote: 'ngay 27 thang 02 nam 2026' },
        { seed: '002', lines: '556', quote: 'Lư Thành Nam' },
      ],
    },
    {
      id: 'nghia-dan-signer',
      short: { vi: 'Không đọc được người ký', en: 'The signer is not legible' },
      communeId: 'nghia-dan',
      vi: 'Không đọc được người ký: ở chỗ chữ ký, bản OCR chỉ còn dòng “UY BAN NHAN DAN”. Trang này để trống, không đoán.',
      en: 'The signer is not legible: where the signature stands the OCR keeps only “UY BAN NHAN DAN”. This site leaves it empty and does not guess.',
      refs: [{ seed: '003', lines: '368', quote: 'UY BAN NHAN DAN' }],
    },
    {
      id: 'nghia-dan-district-wording',
      short: {
        vi: 'Câu chữ cấp huyện trong phụ lục (“100% sản phẩm OCOP của huyện”)',
        en: 'District wording in the appendix (“100% sản phẩm OCOP của huyện”)',
      },
      communeId: 'nghia-dan',
      vi: 'Phụ lục nhiệm vụ (dòng 22) viết “100% sản phẩm OCOP của huyện được bán trên sàn thương mại điện tử”: câu chữ của cấp huyện trong một kế hoạch cấp xã, ban hành sau khi cấp huyện đã thôi hoạt động (1/7/2025). Mục III.6 của cùng kế hoạch viết “sản phẩm OCOP của xã” và không nêu 100%; con số này không có trong phần mục tiêu nên không được tính là chỉ tiêu. Dòng 3 của phụ lục cũng viết “cơ quan nhà nước của huyện” ở chỗ mục III.1 viết “của xã”.',
      en: 'The task appendix (row 22) says “100% sản phẩm OCOP của huyện” (100% of the district’s OCOP products) on e-commerce: district wording in a commune plan issued after the district level was abolished (1/7/2025). Section III.6 of the same plan says “the commune’s OCOP products” with no 100%; the figure is not among the objectives and is not counted as a target. Appendix row 3 also says “state agencies of the district” where section III.1 says “of the commune”.',
      refs: [
        { seed: '003', lines: '618', quote: '100% san pham OCOP cua huyén' },
        { seed: '003', lines: '317-318', quote: 'san pham OCOP' },
        { seed: '003', lines: '422', quote: 'nudc cua huyén' },
        { seed: '003', lines: '131', quote: 'co quan ctia x3' },
      ],
    },
  ];
}

const issuesCache = new WeakMap<Dataset, DocumentedIssue[]>();

/** The hand-noted issues of one commune (documentedIssues, computed once per dataset). */
export function communeIssues(ds: Dataset, communeId: string): DocumentedIssue[] {
  let all = issuesCache.get(ds);
  if (!all) issuesCache.set(ds, (all = documentedIssues(ds)));
  return all.filter((i) => i.communeId === communeId);
}
