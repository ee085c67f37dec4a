import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { formatTarget, indicatorName, unitNames } from '../site/format.ts';
import type { Bilingual, Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Commune } from '../validate/schemas.ts';
import { splitUnits } from '../validate/check-rules.ts';
import type { Match } from '../validate/rule-schemas.ts';
import { citationLink, type CitationLink } from './sources.ts';
import { communeNames } from './home.ts';
import { MAX_NAMED } from '../dataset/scope.ts';

/**
 * The figures of the methodology page, computed from the data so that the prose never drifts
 * from it: how many targets each reading rule touched (with real examples), the OCR rule's
 * evidence (Nhơn Trạch's clean copy against its OCR copy), the match counts, and the
 * responsible-unit synonym table.
 *
 * Figures that count targets cover all plans; lists that would name every plan (the communes
 * using a spelling, the files the OCR rule applies to) name MAX_NAMED and count the rest, so the
 * page is the same size with 4 plans or 3,321. Lookups go through Maps built once.
 */

export type FormKey =
  'symbol-min' | 'symbol-strict' | 'ocr-symbol' | 'word-strict' | 'word-min' | 'verb' | 'bare' | 'ceiling' | 'range' | 'yes' | 'text';

export const FORM_ORDER: FormKey[] = [
  'symbol-min',
  'symbol-strict',
  'ocr-symbol',
  'word-strict',
  'word-min',
  'verb',
  'bare',
  'ceiling',
  'range',
  'yes',
  'text',
];

/** Which reading rule a target went through (one key per target; a ceiling is also counted under its form). */
export function formOf(t: HarmonizedTarget): FormKey {
  if (t.comparator === 'text') return 'text';
  if (t.comparator === 'yes') return 'yes';
  if (t.comparator === 'between') return 'range';
  if (t.comparatorSource === 'ocr-symbol') return 'ocr-symbol';
  if (t.comparatorSource === 'word') return t.comparator === '>' ? 'word-strict' : 'word-min';
  if (t.comparatorSource === 'implied') return /^đạt\b/i.test(t.targetRaw.trim()) ? 'verb' : 'bare';
  return t.comparator === '>' ? 'symbol-strict' : 'symbol-min';
}

export interface FormExample {
  commune: string;
  asWritten: string;
  readAs: string;
  /** Where it stands in its plan text. */
  source: CitationLink;
}

export interface FormRow {
  key: FormKey;
  count: number;
  /** Up to three examples, from different communes where there are. */
  examples: FormExample[];
}

function example(ds: Dataset, t: HarmonizedTarget, lang: Lang): FormExample {
  return {
    commune: communeNames(ds).get(t.communeId) ?? t.communeId,
    asWritten: t.targetRaw === '' ? t.text : t.targetRaw,
    readAs: formatTarget(t, lang),
    source: citationLink(ds, t.seedFile, t.seedLines, lang, t.seedText),
  };
}

function spread<T extends { communeId: string }>(rows: T[], max: number): T[] {
  const out: T[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.communeId) || out.length >= max) continue;
    seen.add(r.communeId);
    out.push(r);
  }
  for (const r of rows) if (!out.includes(r) && out.length < max) out.push(r);
  return out;
}

/** Every reading rule with how many targets went through it and examples; the ceiling row counts "≥ 100%" and "100%". */
export function readingForms(ds: Dataset, lang: Lang): FormRow[] {
  return FORM_ORDER.map((key) => {
    const rows = key === 'ceiling' ? ds.targets.filter((t) => t.ceiling) : ds.targets.filter((t) => formOf(t) === key);
    const picked =
      key === 'ceiling'
        ? spread(
            [...rows].sort((a, b) => Number(b.comparatorAsWritten !== '') - Number(a.comparatorAsWritten !== '')),
            3,
          )
        : spread(rows, 3);
    return { key, count: rows.length, examples: picked.map((t) => example(ds, t, lang)) };
  });
}

export interface OcrEvidenceRow {
  targetId: string;
  item: string;
  text: string;
  clean: string;
  cleanSource: CitationLink;
  ocr: string;
  ocrSource: CitationLink;
}

export interface OcrEvidence {
  /** The plan with both copies: its commune's name. */
  commune: string;
  cleanFile: string;
  ocrFile: string;
  rows: OcrEvidenceRow[];
  /** Figures written "≥" in the clean copy, and how many of them the OCR shows as ">". */
  withSign: number;
  signAsGreater: number;
  /** …and how many lose their sign altogether ("≥ 100%" → "100%"). */
  signLost: number;
  /** Figures written without a sign in the clean copy, and how many of them the OCR shows with ">". */
  withoutSign: number;
  greaterWithoutSign: number;
}

/**
 * A plan that exists as clean text and as OCR (its two copies are its source files, one of each
 * kind): every target has both statements. The first such plan in communes.csv is the evidence.
 * The table shows the rows whose clean statement has a sign; the counts cover all rows.
 */
export function ocrEvidence(ds: Dataset, lang: Lang): OcrEvidence | null {
  const kind = new Map(ds.raw.sources.map((s) => [s.seed_file, s.kind]));
  const twoCopies = ds.raw.communes.find(
    (c) => c.source_files.some((f) => kind.get(f) === 'clean') && c.source_files.some((f) => kind.get(f) === 'ocr'),
  );
  if (!twoCopies) return null;
  const rows = ds.targets.filter(
    (t) => t.communeId === twoCopies.id && t.altSeedFile !== '' && kind.get(t.seedFile) === 'clean' && kind.get(t.altSeedFile) === 'ocr',
  );
  if (rows.length === 0) return null;
  const signed = rows.filter((t) => t.seedText.includes('≥'));
  const unsigned = rows.filter((t) => !/[≥>]/.test(t.seedText) && /\d/.test(t.seedText));
  return {
    commune: twoCopies.name,
    cleanFile: rows[0]!.seedFile,
    ocrFile: rows[0]!.altSeedFile,
    rows: signed.map((t) => ({
      targetId: t.targetId,
      item: t.item,
      text: t.text,
      clean: t.seedText,
      cleanSource: citationLink(ds, t.seedFile, t.seedLines, lang, t.seedText),
      ocr: t.altSeedText,
      ocrSource: citationLink(ds, t.altSeedFile, t.altSeedLines, lang, t.altSeedText),
    })),
    withSign: signed.length,
    signAsGreater: signed.filter((t) => t.altSeedText.includes('>')).length,
    signLost: signed.filter((t) => !/[>≥<≤]/.test(t.altSeedText)).length,
    withoutSign: unsigned.length,
    greaterWithoutSign: unsigned.filter((t) => t.altSeedText.includes('>')).length,
  };
}

/** Why an OCR file's rule was applied to no target: its plan's targets come from a clean copy, or are written in words. */
export type RuleUnused = { cleanCopy: string } | { words: string[] } | null;

export interface OcrRuleUse {
  seedFile: string;
  commune: string;
  communes: number;
  readAs: string;
  symbol: string;
  used: number;
  evidence: string;
  /** Set when `used` is 0 and the data says why. */
  unused: RuleUnused;
}

/** Most comparator words named for a file whose targets are written in words. */
const MAX_WORDS = 3;

/**
 * How many targets each OCR reading rule was applied to, per seed file, and for a rule applied
 * to none, why. One pass over the targets and one over the communes (a seed file shared by many
 * plans — as in the synthetic benchmark data — names the first and counts the others).
 */
export function ocrRuleUse(ds: Dataset): OcrRuleUse[] {
  const used = new Map<string, number>();
  // Per seed file: the comparator words its targets are written with, in order of first use.
  const words = new Map<string, Set<string>>();
  for (const t of ds.targets) {
    if (t.comparatorSource === 'ocr-symbol') used.set(t.seedFile, (used.get(t.seedFile) ?? 0) + 1);
    if (t.comparatorSource === 'word') {
      let w = words.get(t.seedFile);
      if (!w) words.set(t.seedFile, (w = new Set()));
      if (w.size < MAX_WORDS) w.add(t.comparatorAsWritten.toLocaleLowerCase('vi'));
    }
  }
  const kind = new Map(ds.raw.sources.map((s) => [s.seed_file, s.kind]));
  // A plan with a clean copy: its targets are read from that copy, never through an OCR rule.
  const cleanCopyOf = new Map<string, string>();
  for (const c of ds.raw.communes) {
    const clean = c.source_files.find((f) => kind.get(f) === 'clean');
    if (clean) for (const f of c.source_files) if (kind.get(f) === 'ocr' && !cleanCopyOf.has(f)) cleanCopyOf.set(f, clean);
  }
  const unusedOf = (file: string): RuleUnused => {
    const clean = cleanCopyOf.get(file);
    if (clean) return { cleanCopy: clean };
    const w = words.get(file);
    return w && w.size > 0 ? { words: [...w] } : null;
  };
  const first = new Map<string, string>();
  const count = new Map<string, number>();
  for (const c of ds.raw.communes)
    for (const f of c.source_files) {
      if (!first.has(f)) first.set(f, c.name);
      count.set(f, (count.get(f) ?? 0) + 1);
    }
  return ds.rules.ocrReadings.map((o) => ({
    seedFile: o.seed_file,
    commune: first.get(o.seed_file) ?? '',
    communes: count.get(o.seed_file) ?? 0,
    symbol: o.symbol_as_read,
    readAs: o.read_as === '>=' ? '≥' : o.read_as,
    used: used.get(o.seed_file) ?? 0,
    evidence: o.evidence,
    unused: used.has(o.seed_file) ? null : unusedOf(o.seed_file),
  }));
}

export const MATCH_ORDER: Match[] = ['same', 'comparable', 'related', 'unmapped'];

/** Targets per match kind, with one example each (the note says how it differs). */
export function matchCounts(ds: Dataset, lang: Lang): { match: Match; count: number; example: string | null }[] {
  return MATCH_ORDER.map((match) => {
    const rows = ds.targets.filter((t) => t.match === match);
    const ex = rows.find((t) => t.matchNote[lang] !== '') ?? rows[0];
    const note = ex ? ex.matchNote[lang] : '';
    const example = ex
      ? `${communeNames(ds).get(ex.communeId) ?? ex.communeId}: “${short(ex.text)}”` +
        (ex.indicatorId ? ` → ${indicatorName(ds, ex.indicatorId, lang)}` : '') +
        (note ? ` — ${note}` : '')
      : null;
    return { match, count: rows.length, example };
  });
}

const short = (text: string, max = 80) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

export interface SpellingRow {
  spelling: string;
  canonical: string[];
  /** Communes whose targets or tasks use the spelling: the first MAX_NAMED in communes.csv order. */
  communes: string[];
  /** How many communes use it in all (more than `communes` holds past MAX_NAMED). */
  communeCount: number;
  uses: number;
  note: string;
}

/** The responsible-unit synonym table: every spelling as written → canonical unit(s), with where it is used. */
export function spellingTable(ds: Dataset, lang: Lang): SpellingRow[] {
  const cells: { communeId: string; cell: string }[] = [
    ...ds.targets.flatMap((t) => [t.leadUnitsRaw, t.cooperatingUnitsRaw].map((cell) => ({ communeId: t.communeId, cell }))),
    ...ds.raw.tasks.flatMap((t) =>
      [t.presiding_unit, t.lead_units, t.cooperating_units].map((cell) => ({ communeId: t.commune_id, cell })),
    ),
  ];
  const uses = new Map<string, { communes: Set<string>; n: number }>();
  for (const { communeId, cell } of cells)
    for (const part of splitUnits(cell)) {
      const u = uses.get(part) ?? { communes: new Set<string>(), n: 0 };
      u.communes.add(communeId);
      u.n++;
      uses.set(part, u);
    }
  const unitOrder = new Map(ds.rules.units.map((u, i) => [u.id, i]));
  const communeOrder = new Map(ds.raw.communes.map((c, i) => [c.id, i]));
  const names = communeNames(ds);
  return [...ds.rules.spellings]
    .sort(
      (a, b) =>
        (unitOrder.get(a.unit_ids[0]!) ?? 0) - (unitOrder.get(b.unit_ids[0]!) ?? 0) ||
        a.unit_ids.length - b.unit_ids.length ||
        a.spelling.localeCompare(b.spelling, 'vi'),
    )
    .map((s) => {
      const users = [...(uses.get(s.spelling)?.communes ?? [])].sort((a, b) => communeOrder.get(a)! - communeOrder.get(b)!);
      return {
        spelling: s.spelling,
        canonical: unitNames(ds, s.unit_ids, lang),
        communes: users.slice(0, MAX_NAMED).map((c) => names.get(c) ?? c),
        communeCount: users.length,
        uses: uses.get(s.spelling)?.n ?? 0,
        note: s.note,
      };
    });
}

/** Where the comparison rules change a result in this data, each as a sentence. */
export function rulesAtWork(ds: Dataset): Bilingual[] {
  const yearsDiffer = ds.comparisons.filter((c) => c.flags.yearsDiffer).length;
  const strict = ds.comparisons.filter((c) => c.groups.some((g) => g.flags.strictAndInclusive)).map((c) => c.indicatorId);
  const related = ds.comparisons.filter((c) => c.flags.hasRelated).length;
  const byTarget = new Map(ds.targets.map((t) => [t.targetId, t]));
  const ceilingGroups = ds.comparisons.filter((c) =>
    c.groups.some((g) => {
      const rows = g.entries.map((e) => byTarget.get(e.targetId)!);
      return rows.some((r) => r.ceiling && r.comparatorAsWritten !== '') && rows.some((r) => r.ceiling && r.comparatorAsWritten === '');
    }),
  ).length;
  const names = (ids: string[]) => ({
    vi: ids.map((id) => indicatorName(ds, id, 'vi')).join('; '),
    en: ids.map((id) => indicatorName(ds, id, 'en')).join('; '),
  });
  const n = names(strict);
  return [
    {
      vi: `${yearsDiffer} chỉ tiêu có con số cho hai năm khác nhau (2026 và 2030): mỗi năm được so riêng.`,
      en: `${yearsDiffer} ${yearsDiffer === 1 ? 'indicator has' : 'indicators have'} figures for two different years (2026 and 2030): each year is compared on its own.`,
    },
    strict.length === 0
      ? {
          vi: 'Không chỉ tiêu nào có cả “trên” (>) và “tối thiểu” (≥) trong cùng một nhóm so sánh.',
          en: 'No indicator has both “above” (>) and “at least” (≥) in one comparison group.',
        }
      : {
          vi: `${strict.length} chỉ tiêu có cả “trên” (>) và “tối thiểu” (≥) trong cùng một nhóm so sánh: ${n.vi}.`,
          en: `${strict.length} ${strict.length === 1 ? 'indicator has' : 'indicators have'} both “above” (>) and “at least” (≥) in one comparison group: ${n.en}.`,
        },
    {
      vi: `${ceilingGroups} chỉ tiêu có một xã ghi “≥ 100%” và xã khác ghi “100%”: hai mức trần, được coi là bằng nhau.`,
      en: `${ceilingGroups} ${ceilingGroups === 1 ? 'indicator has' : 'indicators have'} one commune writing “≥ 100%” and another “100%”: two ceilings, counted as equal.`,
    },
    {
      vi: `${related} chỉ tiêu có thêm một mục tiêu “liên quan” của xã khác, hiển thị bên cạnh nhưng không xếp hạng.`,
      en: `${related} ${related === 1 ? 'indicator also shows' : 'indicators also show'} another commune’s “related” aim beside the targets, never ranked.`,
    },
  ];
}

/**
 * What the sources paragraph says, counted from data/sources/: the plans, the OCR and clean texts
 * among their files, and the plans held in both forms (whose two copies show what OCR did).
 */
export function sourceFacts(ds: Dataset): { plans: number; ocr: number; clean: number; both: string[] } {
  const kindOf = new Map(ds.raw.sources.map((s) => [s.seed_file, s.kind]));
  const files = ds.raw.communes.flatMap((c) => c.source_files);
  const kinds = (c: Commune) => new Set(c.source_files.map((f) => kindOf.get(f)));
  return {
    plans: ds.raw.communes.length,
    ocr: files.filter((f) => kindOf.get(f) === 'ocr').length,
    clean: files.filter((f) => kindOf.get(f) !== 'ocr').length,
    both: ds.raw.communes.filter((c) => kinds(c).size > 1).map((c) => c.name),
  };
}
