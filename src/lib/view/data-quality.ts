import { plural, strings } from '../site/i18n.ts';
import { fill } from '../site/fill.ts';
import { countTargets } from '../site/words.ts';
import { mainYearOf } from '../compare/main-year.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { formatTarget, unitNames } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { splitUnits } from '../validate/check-rules.ts';
import { planDateReading, planNumberReading, signerReading } from './plan-facts.ts';
import { documentedIssues, type DocumentedIssue } from './findings.ts';
import { formatRange, formatRanges } from '../validate/fields.ts';

/**
 * What each plan lacks or states inconsistently. Two kinds of statement, both sourced:
 * - computed from the data (bare figures, OCR-read symbols, targets without a lead unit,
 *   statements that disagree, unmapped targets, garbled appendix rows…), each item citing the
 *   seed lines of its row;
 * - found by reading (data/findings/: a heading count, a date written two ways, a district
 *   wording…), each citing seed lines with the exact characters found there, which the data
 *   check verifies against the texts.
 */

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
const SDQ = strings({
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
});

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
      return file ? [{ file, lines: formatRange(r.lines) }] : [];
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
            sources: [{ file: t.seed_file, lines: formatRanges(t.seed_lines), task: true }],
            dataRef: null,
          },
        ];
      }),
      documented: issues.get(c.id) ?? [],
    };
  });
}
