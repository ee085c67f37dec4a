import type { CommuneProfile, Standing, TargetStanding } from '../compare/commune-profile.ts';
import type { IndicatorComparison, RankedEntry, RankGroup } from '../compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { formatTarget, STANDING, unitNames } from '../site/format.ts';
import type { Bilingual, Lang } from '../site/i18n.ts';
import type { Dataset } from '../validate/check-dataset.ts';
import { splitUnits } from '../validate/check-rules.ts';
import { dataQuality, documentedIssues, mainYear, type CommuneQuality, type DocumentedIssue } from './data-quality.ts';
import { fold } from '../text/fold.ts';
import type { Indicator, Pillar } from '../validate/rule-schemas.ts';
import type { Commune, Task, UNIT_TYPES } from '../validate/schemas.ts';
import { comparisonScopeOf, isScoped, MAX_NAMED, provinceOfCommune, provincesOf, type Province } from './scope.ts';

/**
 * View models of the communes index and the commune pages. Pure: dataset in, plain data out;
 * the .astro components only render. Everything a planner needs to read one plan: its facts as
 * written (with honest notes where the text is blank or unreadable), every target against the
 * other communes, what the others set that it did not, and who is responsible for what.
 */

type UnitType = (typeof UNIT_TYPES)[number];

export const UNIT_TYPE: Record<UnitType, Bilingual> = {
  xã: { vi: 'xã', en: 'commune' },
  phường: { vi: 'phường', en: 'ward' },
  'đặc khu': { vi: 'đặc khu', en: 'special zone' },
};

// ---------------------------------------------------------------------------------------------
// Per-dataset indexes

/**
 * Lookups by id, built once per dataset. A build renders two pages per commune; a scan of
 * ds.targets (~40 per commune) or ds.profiles per page would make the build quadratic in the
 * number of communes (3,321 → 6,642 pages × 130,000 targets). With these, a page costs the size
 * of its own plan, and of its province's rank groups when scoped. Most are the Dataset's own
 * (built once by compareDataset, for a province as for the whole set); added here: target,
 * indicator, rank-group placement and unit spelling by id.
 */
export interface DatasetIndex {
  commune: ReadonlyMap<string, Commune>;
  /** A commune's targets, in ds.targets order. */
  targetsOf: ReadonlyMap<string, HarmonizedTarget[]>;
  /** A commune's tasks, in ds.raw.tasks order. */
  tasksOf: ReadonlyMap<string, Task[]>;
  target: Map<string, HarmonizedTarget>;
  /** An indicator's targets (every match), in ds.targets order. */
  targetsFor: ReadonlyMap<string, HarmonizedTarget[]>;
  comparison: ReadonlyMap<string, IndicatorComparison>;
  profile: ReadonlyMap<string, CommuneProfile>;
  indicator: Map<string, Indicator>;
  /** A rankable target's rank group and entry. */
  placement: Map<string, { group: RankGroup; entry: RankedEntry }>;
  /** unit-spellings.csv: spelling → canonical unit ids. */
  spelling: Map<string, string[]>;
}

const indexCache = new WeakMap<Dataset, DatasetIndex>();

/** The indexes of a dataset, built on first use and kept as long as the dataset lives. */
export function datasetIndex(ds: Dataset): DatasetIndex {
  const hit = indexCache.get(ds);
  if (hit) return hit;
  const ix: DatasetIndex = {
    commune: ds.communeById,
    targetsOf: ds.targetsByCommune,
    tasksOf: ds.tasksByCommune,
    target: new Map(ds.targets.map((t) => [t.targetId, t])),
    targetsFor: ds.targetsByIndicator,
    comparison: ds.comparisonByIndicator,
    profile: ds.profileByCommune,
    indicator: new Map(ds.rules.indicators.map((i) => [i.id, i])),
    placement: new Map(),
    spelling: new Map(ds.rules.spellings.map((s) => [s.spelling, s.unit_ids])),
  };
  for (const c of ds.comparisons)
    for (const group of c.groups) for (const entry of group.entries) ix.placement.set(entry.targetId, { group, entry });
  indexCache.set(ds, ix);
  return ix;
}

/** A commune by id (from the index); throws on an unknown id. */
export function communeById(ds: Dataset, id: string): Commune {
  const c = datasetIndex(ds).commune.get(id);
  if (!c) throw new Error(`unknown commune ${id}`);
  return c;
}

const targetsOf = (ds: Dataset, id: string) => datasetIndex(ds).targetsOf.get(id) ?? [];
const tasksOf = (ds: Dataset, id: string) => datasetIndex(ds).tasksOf.get(id) ?? [];
const nameOf = (ds: Dataset, id: string) => datasetIndex(ds).commune.get(id)?.name ?? id;
function indicatorName(ds: Dataset, id: string, lang: Lang): string {
  const i = datasetIndex(ds).indicator.get(id);
  return i ? (lang === 'vi' ? i.name_vi : i.name_en) : id;
}

/** The targets of one plan, in plan order (O(1): from the index). */
export function communeTargets(ds: Dataset, communeId: string): HarmonizedTarget[] {
  return targetsOf(ds, communeId);
}

/** A target by id, or undefined. */
export function targetById(ds: Dataset, targetId: string): HarmonizedTarget | undefined {
  return datasetIndex(ds).target.get(targetId);
}

// ---------------------------------------------------------------------------------------------
// Comparison scope

export interface ScopeInfo {
  province: Province;
  /** Communes compared (the province's). */
  communes: number;
  /** Plans on the site. */
  total: number;
  /** "Mọi so sánh trên trang này là giữa 95 xã của Đồng Nai (trong 300 kế hoạch trên trang)." */
  text: string;
  /** "của Đồng Nai" / "of Đồng Nai": appended to "the other communes" in titles. */
  suffix: string;
}

/** What a commune is compared with, in words; null when it is compared with every plan on the site. */
export function scopeInfo(ds: Dataset, communeId: string, lang: Lang): ScopeInfo | null {
  if (!isScoped(ds)) return null;
  const province = provinceOfCommune(ds, communeId);
  if (!province) return null;
  const n = province.communeIds.length;
  const total = ds.raw.communes.length;
  const text =
    lang === 'vi'
      ? `Mọi so sánh trên trang này là giữa ${n} xã của ${province.name}` + (total > n ? ` (trong ${total} kế hoạch trên trang web).` : '.')
      : `Every comparison on this page is among the ${n} communes of ${province.name}` +
        (total > n ? ` (of the ${total} plans on this site).` : '.');
  return { province, communes: n, total, text, suffix: lang === 'vi' ? `của ${province.name}` : `of ${province.name}` };
}

/**
 * Where the figures of every commune compared for an indicator are: the indicator's page for
 * the commune's province when scoped (/indicators/<id>/<province>/), else the indicator page.
 */
export function indicatorPath(ds: Dataset, communeId: string, indicatorId: string): string {
  const province = isScoped(ds) ? provinceOfCommune(ds, communeId) : undefined;
  return province ? `indicators/${indicatorId}/${province.slug}` : `indicators/${indicatorId}`;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Xã Xuân Thành", "Phường Nhơn Trạch" / "Xuân Thành commune", "Nhơn Trạch ward": the unit as it is now. */
export function communeTitle(c: Pick<Commune, 'name' | 'unit_type_now'>, lang: Lang): string {
  return lang === 'vi' ? `${capitalize(UNIT_TYPE[c.unit_type_now].vi)} ${c.name}` : `${c.name} ${UNIT_TYPE[c.unit_type_now].en}`;
}

/** "1 target", "3 targets", "3 chỉ tiêu". */
export function countTargets(n: number, lang: Lang): string {
  return lang === 'vi' ? `${n} chỉ tiêu` : `${n} ${n === 1 ? 'target' : 'targets'}`;
}

/** "A and B", "A, B và C". */
export function listWords(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${items[items.length - 1]}`;
}

/** A communes.csv / documents.csv seed reference as text: "004:3-27" (research notes are left out). */
export function seedRefsText(refs: (string | { seed: string; lines: { from: number; to: number } })[]): string[] {
  return refs.flatMap((r) =>
    typeof r === 'string' ? [] : [`${r.seed}:${r.lines.from === r.lines.to ? r.lines.from : `${r.lines.from}-${r.lines.to}`}`],
  );
}

/** Short seed reference: "004:61", "002:94-95;107-108" → "002:94-95, 107-108". */
export function seedRef(file: string, lines: string): string {
  return `${file.slice(0, 3)}:${lines.replace(/;/g, ', ')}`;
}

// ---------------------------------------------------------------------------------------------
// Plan facts, as written, with notes

export interface FactReading {
  /** The value as the plan writes it ('' when it writes nothing). */
  asWritten: string;
  /** What is blank or unreadable, in words; null when the value is complete. */
  note: string | null;
}

/** The plan number as written; "/KH-UBND" is a number left blank (a draft) or lost in the OCR. */
export function planNumberReading(c: Pick<Commune, 'plan_number' | 'text_quality'>, lang: Lang): FactReading {
  if (!c.plan_number.startsWith('/')) return { asWritten: c.plan_number, note: null };
  const note =
    c.text_quality === 'clean'
      ? { vi: 'số kế hoạch để trống trong văn bản', en: 'the number is left blank in the text' }
      : { vi: 'số kế hoạch không đọc được trong bản OCR', en: 'the number is not legible in the OCR copy' };
  return { asWritten: c.plan_number, note: note[lang] };
}

/**
 * The date as written ("27/02/2026", "../02/2026", "../../2026"): `..` marks a part that is
 * blank (in a clean text) or unreadable (in an OCR copy); the note names which parts.
 */
export function planDateReading(c: Pick<Commune, 'plan_date_raw' | 'text_quality'>, lang: Lang): FactReading {
  const [day, month, year] = c.plan_date_raw.split('/');
  const missing = [
    day === '..' && { vi: 'ngày', en: 'day' },
    month === '..' && { vi: 'tháng', en: 'month' },
    year === '..' && { vi: 'năm', en: 'year' },
  ].filter((x): x is Bilingual => Boolean(x));
  if (missing.length === 0) return { asWritten: c.plan_date_raw, note: null };
  const parts = listWords(
    missing.map((m) => m[lang]),
    lang,
  );
  const note =
    c.text_quality === 'clean'
      ? { vi: `${parts} để trống trong văn bản`, en: `the ${parts} ${missing.length > 1 ? 'are' : 'is'} left blank in the text` }
      : {
          vi: `${parts} không đọc được trong bản OCR`,
          en: `the ${parts} ${missing.length > 1 ? 'are' : 'is'} not legible in the OCR copy`,
        };
  return { asWritten: c.plan_date_raw, note: capitalize(note[lang]) };
}

/** "Chủ tịch Lư Thành Nam", or a note that the signature is not legible (never guessed). */
export function signerReading(c: Pick<Commune, 'signer' | 'signer_title' | 'text_quality'>, lang: Lang): FactReading {
  if (c.signer !== '') return { asWritten: [c.signer_title, c.signer].filter(Boolean).join(' '), note: null };
  const note =
    c.text_quality === 'ocr'
      ? { vi: 'Không đọc được: chữ ký không rõ trong bản OCR', en: 'Not legible: the signature block is unreadable in the OCR copy' }
      : { vi: 'Văn bản không ghi người ký', en: 'The text names no signer' };
  return { asWritten: '', note: note[lang] };
}

/**
 * The change of unit type in English: "Trở thành phường từ ngày 30/4/2026 theo Nghị quyết số
 * 237/NQ-UBTVQH16" → "became a ward (phường) on 30/4/2026 under Resolution 237/NQ-UBTVQH16".
 * The Vietnamese text is returned as written.
 */
export function unitTypeChange(c: Pick<Commune, 'unit_type_now' | 'unit_type_at_plan' | 'unit_type_change'>, lang: Lang): string | null {
  if (c.unit_type_now === c.unit_type_at_plan && c.unit_type_change === '') return null;
  if (lang === 'vi') return c.unit_type_change || null;
  const date = /(\d{1,2}\/\d{1,2}\/\d{4})/.exec(c.unit_type_change)?.[1];
  const act = /(?:Nghị quyết|Quyết định) số ([^\s,;.]+)/.exec(c.unit_type_change);
  const kind = act?.[0].startsWith('Quyết') ? 'Decision' : 'Resolution';
  return (
    `became a ${UNIT_TYPE[c.unit_type_now].en} (${c.unit_type_now})` + (date ? ` on ${date}` : '') + (act ? ` under ${kind} ${act[1]}` : '')
  );
}

/** "Kế hoạch số 68/KH-UBND, ngày ../02/2026 (ngày không đọc được trong bản OCR)". */
export function planLabel(ds: Dataset, communeId: string, lang: Lang): string {
  const c = communeById(ds, communeId);
  const n = planNumberReading(c, lang);
  const d = planDateReading(c, lang);
  const number = n.note ? `${n.asWritten} (${n.note})` : n.asWritten;
  const date = d.note ? `${d.asWritten} (${d.note.charAt(0).toLowerCase()}${d.note.slice(1)})` : d.asWritten;
  return lang === 'vi' ? `Kế hoạch số ${number}, ngày ${date}` : `Plan No. ${number}, dated ${date}`;
}

/** "2026 (22 chỉ tiêu)" or "2030 (15 chỉ tiêu), 2045 (2 chỉ tiêu)": the years the targets are for. */
export function horizonText(ds: Dataset, communeId: string, lang: Lang): string {
  const c = communeById(ds, communeId);
  const rows = targetsOf(ds, communeId);
  return c.horizon_years
    .map((y) => {
      const n = rows.filter((t) => t.targetYear === y).length;
      return `${y} (${countTargets(n, lang)})`;
    })
    .join(', ');
}

// ---------------------------------------------------------------------------------------------
// Targets against the other communes

export type Relation = 'higher' | 'equal' | 'lower';

export const RELATION_LABEL: Record<Relation, Bilingual> = {
  higher: { vi: 'cao hơn', en: 'higher' },
  equal: { vi: 'bằng', en: 'same' },
  lower: { vi: 'thấp hơn', en: 'lower' },
};

/** Another commune's target for the same indicator: whose, which, for which year, and how it compares. */
export interface OtherRef {
  communeId: string;
  targetId: string;
  year: number;
  /** How the other commune's target compares with this one (null when not ranked together). */
  relation: Relation | null;
}

/** An other commune's target as a page names it. */
export interface OtherFigure extends OtherRef {
  name: string;
  /** The other commune's target, normalized ("≥ 65%"). */
  figure: string;
}

/** The others counted instead of named, in communes: by relation, and those not ranked with this target. */
export interface OthersCount {
  higher: number;
  equal: number;
  lower: number;
  /** Set for another year, or (same year) in another unit: shown, never ranked together. */
  otherYear: number;
  otherUnit: number;
  /** Other communes in all (one may count under two headings when its plan states the indicator twice). */
  communes: number;
  /** The other years, ascending. */
  years: number[];
}

export interface TargetEntry extends TargetStanding {
  indicatorName: string | null;
  /** Other communes ranked with this target (same indicator, unit and year), in rank order. Listed when read. */
  readonly ranked: OtherRef[];
  /** Other communes' rankable targets for the indicator that are not ranked with this one: another year or unit. Listed when read. */
  readonly unranked: OtherRef[];
  /** The years of those unranked targets, distinct, ascending. */
  unrankedYears: number[];
  /** The others the text names: all of them up to MAX_NAMED; past that only the highest and the lowest. */
  named: OtherFigure[];
  /** Past MAX_NAMED others, how many by relation (the text counts them); null when every other is named. */
  counted: OthersCount | null;
  /**
   * The others in words: "Xuân Thành ≥ 65% (cao hơn), Phước An ≥ 60% (bằng)"; past MAX_NAMED,
   * "12 xã đặt mức cao hơn (cao nhất: …), 40 xã bằng, 8 xã thấp hơn (thấp nhất: …)".
   */
  othersText: string;
  /** The page with every other commune's figure (the indicator, in the commune's province when scoped). */
  othersPath: string | null;
  /** Why the target is not ranked, or the scope caveat of a comparable match; null if none. */
  note: string | null;
  /** The standing in words ("cao hơn các xã khác"; "chỉ xã này đặt cho năm 2030" when others set it for another year). */
  standingLabel: string;
}

export interface CommuneGroup {
  /** null: the targets not mapped to the catalogue. */
  pillar: Pillar | null;
  standings: TargetEntry[];
}

function otherFigure(ds: Dataset, t: HarmonizedTarget, relation: Relation | null, lang: Lang): OtherFigure {
  return {
    communeId: t.communeId,
    name: nameOf(ds, t.communeId),
    targetId: t.targetId,
    figure: formatTarget(t, lang),
    year: t.targetYear,
    relation,
  };
}

const figureOf = (ds: Dataset, o: OtherRef, lang: Lang): OtherFigure => ({
  ...otherFigure(ds, datasetIndex(ds).target.get(o.targetId)!, o.relation, lang),
});

function figureText(o: OtherFigure, lang: Lang, withYear: boolean): string {
  const tail = [o.relation && RELATION_LABEL[o.relation][lang], withYear && `${lang === 'vi' ? 'năm' : 'for'} ${o.year}`].filter(Boolean);
  const figure = /^[≥>=≤<\d]/.test(o.figure) ? ` ${o.figure}` : `: ${o.figure.toLowerCase()}`;
  return `${o.name}${figure}${tail.length > 0 ? ` (${tail.join(', ')})` : ''}`;
}

/** "12 xã đặt mức cao hơn (cao nhất: Mẫu 0003 ≥ 100%), 40 xã bằng, 8 xã thấp hơn (thấp nhất: …), 5 xã đặt cho năm 2030". */
function countedText(c: OthersCount, top: OtherFigure | undefined, bottom: OtherFigure | undefined, lang: Lang): string {
  const vi = lang === 'vi';
  const plain = (o: OtherFigure) => figureText({ ...o, relation: null }, lang, false);
  const which = (o: OtherFigure | undefined, n: number, word: Bilingual) => (o ? ` (${n > 1 ? `${word[lang]}: ` : ''}${plain(o)})` : '');
  const years = c.years.length === 1 ? `${c.years[0]}` : null;
  return [
    c.higher > 0 &&
      `${c.higher} ${vi ? 'xã đặt mức cao hơn' : c.higher === 1 ? 'set a higher target' : 'set a higher target'}` +
        which(top, c.higher, { vi: 'cao nhất', en: 'highest' }),
    c.equal > 0 && `${c.equal} ${vi ? 'xã bằng' : 'the same'}`,
    c.lower > 0 && `${c.lower} ${vi ? 'xã thấp hơn' : 'lower'}` + which(bottom, c.lower, { vi: 'thấp nhất', en: 'lowest' }),
    c.otherYear > 0 &&
      (vi ? `${c.otherYear} xã đặt cho ${years ? `năm ${years}` : 'năm khác'}` : `${c.otherYear} for ${years ?? 'other years'}`),
    c.otherUnit > 0 && (vi ? `${c.otherUnit} xã đặt theo đơn vị khác` : `${c.otherUnit} in another unit`),
  ]
    .filter(Boolean)
    .join(', ');
}

function unrankedNote(t: HarmonizedTarget, lang: Lang): string | null {
  const note = lang === 'vi' ? t.matchNoteVi : t.matchNoteEn;
  if (t.match === 'unmapped') return note;
  if (t.match === 'related')
    return lang === 'vi' ? `Liên quan, không cùng thước đo: không xếp hạng. ${note}` : `Related, not the same measure: not ranked. ${note}`;
  if (t.comparator === 'text') return lang === 'vi' ? 'Chỉ tiêu định tính: không xếp hạng.' : 'A qualitative target: not ranked.';
  if (t.comparator === 'yes') return lang === 'vi' ? 'Chỉ tiêu có/không: không xếp hạng.' : 'A yes/no target: not ranked.';
  if (t.comparator === '<=' || t.comparator === '<') return lang === 'vi' ? 'Mức tối đa: không xếp hạng.' : 'An upper limit: not ranked.';
  return null;
}

/**
 * One target against the others, without words: what both languages and the summaries share.
 * Counts are read off index ranges of the rank group (groupFacts); the others are listed (as
 * OtherRefs) only when asked — a province holds up to 166 communes, and a list per target per
 * page made the 3,321 build allocate some 40 million objects.
 */
interface Tally {
  s: TargetStanding;
  /** This target's rank in its group (absent when it is not placed in one). */
  rank: number | undefined;
  /** The rank group's entries in rank order, this commune's among them: s.others once those are left out (rankedRefs). */
  rankedFrom: RankedEntry[];
  /** The indicator's other rank groups (another year or unit): their other communes' entries are not ranked with it. */
  otherGroups: RankGroup[];
  /** Ranked plus unranked others (targets, not communes). */
  total: number;
  counted: OthersCount;
  /** Years of the unranked others, distinct, ascending. */
  unrankedYears: number[];
}

function relationTo(rank: number | undefined, other: number): Relation | null {
  return rank === undefined ? null : other < rank ? 'higher' : other > rank ? 'lower' : 'equal';
}

/**
 * What every target of one rank group (or, for a target placed in none, of one indicator and
 * year) shares about the others: worked out once per group, so that a target's tally costs a
 * binary search and a few set lookups instead of a pass over a province's entries.
 */
interface GroupFacts {
  /**
   * Over the group's entries (in rank order): distinct communes before index k and from k on,
   * each commune's first and last index and entry count — a plan may state an indicator twice.
   */
  prefixDistinct: Int32Array;
  suffixDistinct: Int32Array;
  firstIdx: Map<string, number>;
  lastIdx: Map<string, number>;
  count: Map<string, number>;
  /** Distinct communes of the run of equal ranks starting at an index, made when first asked. */
  run: Map<number, Set<string>>;
  /** The other rank groups of the indicator: their entries are the "unranked" others. */
  otherGroups: RankGroup[];
  /** Entries in those groups, and how many are each commune's. */
  otherEntries: number;
  entriesOf: Map<string, number>;
  /** Communes in those groups set for another year / for the same year (in another unit). */
  otherYear: Set<string>;
  otherUnit: Set<string>;
  /** Communes in those groups, by year. */
  byYear: Map<number, Set<string>>;
  /** Communes in those groups, and in the group itself or in those groups. */
  inOthers: Set<string>;
  everyone: Set<string>;
}
const factsCache = new WeakMap<object, Map<number, GroupFacts>>();

function groupFacts(comparison: IndicatorComparison | undefined, group: RankGroup | undefined, year: number): GroupFacts {
  const key = group ?? comparison ?? factsCache;
  let byYear = factsCache.get(key);
  if (!byYear) factsCache.set(key, (byYear = new Map()));
  const known = byYear.get(year);
  if (known) return known;
  const otherGroups = (comparison?.groups ?? []).filter((g) => g !== group);
  const ownCommunes = new Set(group?.entries.map((e) => e.communeId));
  const entries = group?.entries ?? [];
  const facts: GroupFacts = {
    prefixDistinct: new Int32Array(entries.length + 1),
    suffixDistinct: new Int32Array(entries.length + 1),
    firstIdx: new Map(),
    lastIdx: new Map(),
    count: new Map(),
    run: new Map(),
    otherGroups,
    otherEntries: 0,
    entriesOf: new Map(),
    otherYear: new Set(),
    otherUnit: new Set(),
    byYear: new Map(),
    inOthers: new Set(),
    everyone: ownCommunes,
  };
  entries.forEach((e, i) => {
    if (!facts.firstIdx.has(e.communeId)) facts.firstIdx.set(e.communeId, i);
    facts.lastIdx.set(e.communeId, i);
    facts.count.set(e.communeId, (facts.count.get(e.communeId) ?? 0) + 1);
  });
  for (let i = 0; i < entries.length; i++)
    facts.prefixDistinct[i + 1] = facts.prefixDistinct[i]! + (facts.firstIdx.get(entries[i]!.communeId) === i ? 1 : 0);
  for (let i = entries.length - 1; i >= 0; i--)
    facts.suffixDistinct[i] = facts.suffixDistinct[i + 1]! + (facts.lastIdx.get(entries[i]!.communeId) === i ? 1 : 0);
  for (const g of otherGroups) {
    let inYear = facts.byYear.get(g.targetYear);
    if (!inYear) facts.byYear.set(g.targetYear, (inYear = new Set()));
    for (const e of g.entries) {
      facts.otherEntries++;
      facts.entriesOf.set(e.communeId, (facts.entriesOf.get(e.communeId) ?? 0) + 1);
      (g.targetYear !== year ? facts.otherYear : facts.otherUnit).add(e.communeId);
      inYear.add(e.communeId);
      facts.inOthers.add(e.communeId);
      facts.everyone.add(e.communeId);
    }
  }
  byYear.set(year, facts);
  return facts;
}

/** First index in entries (sorted by rank) whose rank is at least / more than `rank`. */
function rankBound(entries: RankedEntry[], rank: number, after: boolean): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid]!.rank < rank || (after && entries[mid]!.rank === rank)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function tallyOf(ix: DatasetIndex, communeId: string, s: TargetStanding): Tally {
  const t = s.target;
  const comparison = t.indicatorId ? ix.comparison.get(t.indicatorId) : undefined;
  const place = ix.placement.get(t.targetId);
  const group = place?.group;
  const rank = place?.entry.rank;
  const facts = groupFacts(comparison, group, group?.targetYear ?? t.targetYear);
  // s.others, read as entries: the group's entries of other communes ('only' and 'unranked' have none).
  const hasRanked = !(s.standing === 'only' || s.standing === 'unranked' || !s.group);
  const without = (set: Set<string>) => set.size - (set.has(communeId) ? 1 : 0);
  const years = [...facts.byYear].filter(([, cs]) => without(cs) > 0).map(([y]) => y);
  const unranked = facts.otherEntries - (facts.entriesOf.get(communeId) ?? 0);
  const counted: OthersCount = {
    higher: 0,
    equal: 0,
    lower: 0,
    otherYear: without(facts.otherYear),
    otherUnit: without(facts.otherUnit),
    communes: 0,
    years: years.filter((y) => y !== t.targetYear).sort((a, b) => a - b),
  };
  let rankedFrom: RankedEntry[] = [];
  let others = 0;
  if (!hasRanked) {
    counted.communes = without(facts.inOthers);
  } else {
    // The profile and the index are built from the same comparisons: a ranked target's group is its placement's.
    if (!group || s.group !== group || rank === undefined) throw new Error(`${t.targetId}: ranked, but not placed in its rank group`);
    // Entries in rank order: those above, level with and below this one are index ranges.
    const entries = group.entries;
    const first = rankBound(entries, rank, false);
    const after = rankBound(entries, rank, true);
    let level = facts.run.get(first);
    if (!level) facts.run.set(first, (level = new Set(entries.slice(first, after).map((e) => e.communeId))));
    counted.higher = facts.prefixDistinct[first]! - (facts.firstIdx.get(communeId)! < first ? 1 : 0);
    counted.equal = without(level);
    counted.lower = facts.suffixDistinct[after]! - (facts.lastIdx.get(communeId)! >= after ? 1 : 0);
    counted.communes = without(facts.everyone);
    rankedFrom = entries;
    others = entries.length - (facts.count.get(communeId) ?? 0);
  }
  return {
    s,
    rank,
    rankedFrom,
    otherGroups: facts.otherGroups,
    total: others + unranked,
    counted,
    unrankedYears: years.sort((a, b) => a - b),
  };
}

/** The others as OtherRefs: ranked ones in rank order, then the unranked ones group by group. */
function rankedRefs(ix: DatasetIndex, x: Tally, communeId: string): OtherRef[] {
  return x.rankedFrom
    .filter((e) => e.communeId !== communeId)
    .map((e) => ({
      communeId: e.communeId,
      targetId: e.targetId,
      year: ix.target.get(e.targetId)!.targetYear,
      relation: relationTo(x.rank, e.rank),
    }));
}
function unrankedRefs(x: Tally, communeId: string): OtherRef[] {
  return x.otherGroups.flatMap((g) =>
    g.entries
      .filter((e) => e.communeId !== communeId)
      .map((e): OtherRef => ({ communeId: e.communeId, targetId: e.targetId, year: g.targetYear, relation: null })),
  );
}

interface CommuneCore {
  sc: Dataset;
  ix: DatasetIndex;
  tallies: Tally[];
}

/**
 * A commune's tallies (language-free), for its page, its embed and its province's list: kept for
 * the whole build, since those pages are rendered far apart (one route after another). They are
 * small — counts and references into the rank groups, about 8 KB a commune — where the lists of
 * others they replace were not.
 */
function communeCore(ds: Dataset, communeId: string): CommuneCore {
  let known = coreCache.get(ds);
  if (!known) coreCache.set(ds, (known = new Map()));
  let core = known.get(communeId);
  if (!core) {
    const sc = comparisonScopeOf(ds, communeId);
    const ix = datasetIndex(sc);
    const profile = ix.profile.get(communeId);
    if (!profile) throw new Error(`unknown commune ${communeId}`);
    core = { sc, ix, tallies: profile.standings.map((s) => tallyOf(ix, communeId, s)) };
    known.set(communeId, core);
  }
  return core;
}
const coreCache = new WeakMap<Dataset, Map<string, CommuneCore>>();

/**
 * A commune's targets grouped by pillar (catalogue order), unmapped ones last, each against the
 * others — within its province when scoped (comparisonScopeOf). Names at most MAX_NAMED others per
 * target and counts the rest, so that a page stays the size of its own plan however many
 * communes set the same indicator.
 */
export function communeGroups(ds: Dataset, communeId: string, lang: Lang): CommuneGroup[] {
  // A page and its summary both ask, one after the other: keep the last few results.
  let recent = groupsCache.get(ds);
  if (!recent) groupsCache.set(ds, (recent = new Map()));
  const key = `${lang}|${communeId}`;
  let groups = recent.get(key);
  if (!groups) {
    groups = computeCommuneGroups(ds, communeId, lang);
    recent.set(key, groups);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  return groups;
}
const RECENT = 4;
const groupsCache = new WeakMap<Dataset, Map<string, CommuneGroup[]>>();

function computeCommuneGroups(ds: Dataset, communeId: string, lang: Lang): CommuneGroup[] {
  const { sc, ix, tallies } = communeCore(ds, communeId);
  const entries = tallies.map((x): TargetEntry => {
    const s = x.s;
    const t = s.target;
    let ranked: OtherRef[] | undefined;
    let unranked: OtherRef[] | undefined;
    const rankedList = () => (ranked ??= rankedRefs(ix, x, communeId));
    const unrankedList = () => (unranked ??= unrankedRefs(x, communeId));

    let named: OtherFigure[];
    let counted: OthersCount | null = null;
    let othersText: string;
    if (x.total <= MAX_NAMED) {
      const nRanked = rankedList().length;
      named = [...rankedList(), ...unrankedList()].map((o) => figureOf(sc, o, lang));
      othersText = named.map((o, i) => figureText(o, lang, i >= nRanked && o.year !== t.targetYear)).join(', ');
    } else {
      // Ranked others come in rank order: the first is the highest if it ranks above, the last the lowest.
      const ref = (e: RankedEntry | undefined, relation: Relation): OtherRef | undefined =>
        e && relationTo(x.rank, e.rank) === relation
          ? { communeId: e.communeId, targetId: e.targetId, year: ix.target.get(e.targetId)!.targetYear, relation }
          : undefined;
      const top = ref(
        x.rankedFrom.find((e) => e.communeId !== communeId),
        'higher',
      );
      const bottom = ref(
        x.rankedFrom.findLast((e) => e.communeId !== communeId),
        'lower',
      );
      named = [top, bottom].filter((o) => o !== undefined).map((o) => figureOf(sc, o, lang));
      counted = x.counted;
      othersText = countedText(
        counted,
        top && named.find((o) => o.targetId === top.targetId),
        bottom && named.find((o) => o.targetId === bottom.targetId),
        lang,
      );
    }

    let note = unrankedNote(t, lang);
    if (note === null && t.match === 'comparable') note = lang === 'vi' ? t.matchNoteVi : t.matchNoteEn;
    const otherYears = x.unrankedYears.filter((y) => y !== t.targetYear);
    if (s.standing === 'only' && x.unrankedYears.length > 0) {
      const why =
        otherYears.length > 0
          ? lang === 'vi'
            ? `Xã khác đặt chỉ tiêu này cho năm ${otherYears.join(', ')}, không phải ${t.targetYear}: không xếp hạng chung.`
            : `Others set this for ${otherYears.join(', ')}, not ${t.targetYear}: not ranked together.`
          : lang === 'vi'
            ? 'Xã khác đặt chỉ tiêu này theo đơn vị khác: không xếp hạng chung.'
            : 'Others state this in another unit: not ranked together.';
      note = note ? `${why} ${note}` : why;
    }
    const otherYear = s.standing === 'only' && otherYears.length > 0;
    return {
      target: t,
      standing: s.standing,
      group: s.group,
      // Read when asked, like TargetStanding.others: listing every other of a large province per target is what a page must not do.
      get others() {
        return s.others;
      },
      get ranked() {
        return rankedList();
      },
      get unranked() {
        return unrankedList();
      },
      unrankedYears: x.unrankedYears,
      standingLabel: otherYear
        ? lang === 'vi'
          ? `chỉ xã này đặt cho năm ${t.targetYear}`
          : `only this commune for ${t.targetYear}`
        : STANDING[s.standing].label[lang],
      indicatorName: t.indicatorId ? indicatorName(sc, t.indicatorId, lang) : null,
      named,
      counted,
      othersText,
      othersPath: t.indicatorId ? indicatorPath(ds, communeId, t.indicatorId) : null,
      note,
    };
  });
  const pillarOf = (e: TargetEntry) => (e.target.indicatorId ? ix.indicator.get(e.target.indicatorId)?.pillar : undefined);
  const groups: CommuneGroup[] = [...sc.rules.pillars]
    .sort((a, b) => a.order - b.order)
    .map((pillar) => ({ pillar, standings: entries.filter((e) => pillarOf(e) === pillar.id) }))
    .filter((g) => g.standings.length > 0);
  const unmapped = entries.filter((e) => e.target.indicatorId === null);
  if (unmapped.length > 0) groups.push({ pillar: null, standings: unmapped });
  return groups;
}

export const STANDING_ORDER: Standing[] = ['above', 'equal', 'between', 'below', 'only', 'unranked'];

/** How many of the commune's targets stand above, equal, … the others (standings with none left out). */
export function standingSummary(ds: Dataset, communeId: string): { standing: Standing; count: number }[] {
  const profile = datasetIndex(comparisonScopeOf(ds, communeId)).profile.get(communeId);
  if (!profile) throw new Error(`unknown commune ${communeId}`);
  return STANDING_ORDER.filter((s) => profile.counts[s] > 0).map((standing) => ({ standing, count: profile.counts[standing] }));
}

export interface SummaryItem {
  /** "only-year": the commune alone set it for its year; other communes set it for another year. */
  key: Standing | 'only-year';
  standing: Standing;
  count: number;
  label: string;
}

/**
 * The standings as a reader should count them: like ds.profiles, except that "only this commune"
 * is split in two — no other commune set the indicator at all, or the others set it for another
 * year (Nghĩa Đàn's 2030 targets beside the others' 2026: not ranked together, not unique either).
 */
export function summaryItems(ds: Dataset, communeId: string, lang: Lang): SummaryItem[] {
  // From the tallies, not communeGroups: a province's list asks this for every commune, and needs no words.
  const entries = communeCore(ds, communeId).tallies.map((x) => ({
    standing: x.s.standing,
    target: x.s.target,
    unrankedYears: x.unrankedYears,
  }));
  type Entry = (typeof entries)[number];
  const otherYear = (e: Entry) => e.standing === 'only' && e.unrankedYears.some((y) => y !== e.target.targetYear);
  const years = (xs: number[]) => [...new Set(xs)].sort().join(', ');
  const items: SummaryItem[] = [];
  for (const standing of STANDING_ORDER) {
    const here = entries.filter((e) => e.standing === standing);
    if (standing !== 'only') {
      if (here.length > 0) items.push({ key: standing, standing, count: here.length, label: STANDING[standing].label[lang] });
      continue;
    }
    const alone = here.filter((e) => !otherYear(e));
    const split = here.filter(otherYear);
    if (alone.length > 0) items.push({ key: 'only', standing, count: alone.length, label: STANDING.only.label[lang] });
    if (split.length > 0) {
      const mine = years(split.map((e) => e.target.targetYear));
      const theirs = years(split.flatMap((e) => e.unrankedYears).filter((y) => !split.some((e) => e.target.targetYear === y)));
      items.push({
        key: 'only-year',
        standing,
        count: split.length,
        label:
          lang === 'vi'
            ? `chỉ xã này đặt cho năm ${mine} (xã khác đặt cho năm ${theirs})`
            : `set for ${mine} by this commune alone (others set them for ${theirs})`,
      });
    }
  }
  return items;
}

const SUMMARY_PHRASE: Record<Standing, { vi: (n: number) => string; en: (n: number) => string }> = {
  above: { vi: (n) => `cao hơn các xã khác ở ${n} chỉ tiêu`, en: (n) => `above the others on ${n}` },
  equal: { vi: (n) => `bằng các xã khác ở ${n}`, en: (n) => `equal to them on ${n}` },
  between: { vi: (n) => `ở giữa ở ${n}`, en: (n) => `in between on ${n}` },
  below: { vi: (n) => `thấp hơn ở ${n}`, en: (n) => `below them on ${n}` },
  only: { vi: (n) => `${n} chỉ tiêu chỉ xã này đặt`, en: (n) => `${n} set by this commune alone` },
  unranked: { vi: (n) => `${n} chỉ tiêu không xếp hạng`, en: (n) => `${n} not ranked` },
};

const RANKED: Standing[] = ['above', 'equal', 'between', 'below'];

/** "22 chỉ tiêu: cao hơn các xã khác ở 3 chỉ tiêu, bằng các xã khác ở 3, thấp hơn ở 8; 2 chỉ tiêu chỉ xã này đặt; 6 chỉ tiêu không xếp hạng." */
export function summarySentence(ds: Dataset, communeId: string, lang: Lang): string {
  const items = summaryItems(ds, communeId, lang);
  const phrase = (i: SummaryItem) =>
    i.key === 'only-year' ? `${i.count} ${lang === 'vi' ? 'chỉ tiêu ' : ''}${i.label}` : SUMMARY_PHRASE[i.standing][lang](i.count);
  const first = items
    .filter((i) => RANKED.includes(i.standing))
    .map(phrase)
    .join(', ');
  const second = items
    .filter((i) => !RANKED.includes(i.standing))
    .map(phrase)
    .join('; ');
  const total = targetsOf(ds, communeId).length;
  const head = lang === 'vi' ? `${total} chỉ tiêu: ` : `${total} targets: `;
  return `${head}${[first, second].filter(Boolean).join('; ')}.`;
}

export interface MissingItem {
  indicatorId: string;
  name: string;
  /** The communes named, with their figure: every setter up to MAX_NAMED; past that the highest and the lowest. */
  setters: OtherFigure[];
  /** How many other communes set it. */
  count: number;
  /** The setters in words: "Nhơn Trạch ≥ 100%; Xuân Thành ≥ 100%, năm 2026", or counted past MAX_NAMED. */
  whoText: string;
  /** The page with every setter's figure. */
  path: string;
}

const mainYearCache = new WeakMap<Dataset, number>();

/** The year most targets are set for (data-quality's mainYear), once per dataset. */
export function mainYearOf(ds: Dataset): number {
  let y = mainYearCache.get(ds);
  if (y === undefined) mainYearCache.set(ds, (y = mainYear(ds)));
  return y;
}

/** "42 xã khác đặt (38 cho năm 2026, 4 cho năm 2030); cao nhất: Mẫu 0003 ≥ 100%, thấp nhất: Mẫu 0010 ≥ 50%". */
function settersCounted(
  sc: Dataset,
  rows: HarmonizedTarget[],
  communes: number,
  lang: Lang,
  year: number,
): { named: OtherFigure[]; text: string } {
  const vi = lang === 'vi';
  const byYear = new Map<number, Set<string>>();
  for (const t of rows) {
    if (!byYear.has(t.targetYear)) byYear.set(t.targetYear, new Set());
    byYear.get(t.targetYear)!.add(t.communeId);
  }
  const years = [...byYear.entries()].sort((a, b) => a[0] - b[0]);
  const split = years.length > 1 ? ` (${years.map(([y, cs]) => (vi ? `${cs.size} cho năm ${y}` : `${cs.size} for ${y}`)).join(', ')})` : '';
  let text = vi ? `${communes} xã khác đặt${split}` : `set by ${communes} others${split}`;
  // The extremes of the largest rank group (the main year's, as a rule): its entries are in rank order.
  const ix = datasetIndex(sc);
  const groups = new Set(rows.flatMap((t) => ix.placement.get(t.targetId)?.group ?? []));
  const biggest = [...groups].sort((a, b) => b.entries.length - a.entries.length)[0];
  const named: OtherFigure[] = [];
  if (biggest && biggest.entries.length > 1) {
    const first = biggest.entries[0]!;
    const last = biggest.entries[biggest.entries.length - 1]!;
    const inGroup = new Set(biggest.entries.map((e) => e.communeId)).size;
    const fig = (e: RankedEntry) => otherFigure(sc, ix.target.get(e.targetId)!, null, lang);
    const withYear = biggest.targetYear !== year || years.length > 1;
    if (first.rank === last.rank) {
      const f = fig(first);
      named.push(f);
      const all = inGroup === communes;
      text += vi
        ? `; ${all ? 'tất cả' : `${inGroup} xã`} đặt cùng mức ${f.figure}${withYear ? ` cho năm ${f.year}` : ''}`
        : `; ${all ? 'all' : inGroup} at the same ${f.figure}${withYear ? ` for ${f.year}` : ''}`;
    } else {
      const [hi, lo] = [fig(first), fig(last)];
      named.push(hi, lo);
      text += vi
        ? `; cao nhất: ${figureText(hi, lang, withYear)}, thấp nhất: ${figureText(lo, lang, withYear)}`
        : `; highest: ${figureText(hi, lang, withYear)}, lowest: ${figureText(lo, lang, withYear)}`;
    }
  }
  return { named, text };
}

/**
 * Indicators the other communes (of the province, when scoped) set — same or comparable measure —
 * and this one did not, by pillar, with who set them: named up to MAX_NAMED, counted past that.
 */
export function missingByPillar(ds: Dataset, communeId: string, lang: Lang): { pillar: Pillar; items: MissingItem[] }[] {
  const sc = comparisonScopeOf(ds, communeId);
  const ix = datasetIndex(sc);
  const profile = ix.profile.get(communeId);
  if (!profile) throw new Error(`unknown commune ${communeId}`);
  const year = mainYearOf(ds);
  // Who set an indicator is the same for every commune of the scope that did not: worked out once
  // per scope, indicator and language (at 3,321 communes, per commune it cost 12 s of the build).
  let known = missingCache.get(sc);
  if (!known) missingCache.set(sc, (known = new Map()));
  const items = profile.missing.map((m): MissingItem & { pillar: string } => {
    const key = `${lang}|${m.indicatorId}`;
    let item = known.get(key);
    if (!item) known.set(key, (item = missingItem(ds, sc, communeId, m, lang, year)));
    return item;
  });
  return [...sc.rules.pillars]
    .sort((a, b) => a.order - b.order)
    .map((pillar) => ({ pillar, items: items.filter((i) => i.pillar === pillar.id).map(({ pillar: _p, ...rest }) => rest) }))
    .filter((g) => g.items.length > 0);
}
const missingCache = new WeakMap<Dataset, Map<string, MissingItem & { pillar: string }>>();

function missingItem(
  ds: Dataset,
  sc: Dataset,
  communeId: string,
  m: CommuneProfile['missing'][number],
  lang: Lang,
  year: number,
): MissingItem & { pillar: string } {
  const ix = datasetIndex(sc);
  const indicator = ix.indicator.get(m.indicatorId)!;
  const communes = new Set(m.communes);
  const rows = (ix.targetsFor.get(m.indicatorId) ?? []).filter(
    (t) => communes.has(t.communeId) && (t.match === 'same' || t.match === 'comparable'),
  );
  let setters: OtherFigure[];
  let whoText: string;
  if (rows.length <= MAX_NAMED) {
    setters = rows.map((t) => otherFigure(sc, t, null, lang));
    whoText = settersText(setters, lang, year);
  } else {
    const counted = settersCounted(sc, rows, communes.size, lang, year);
    setters = counted.named;
    whoText = counted.text;
  }
  return {
    indicatorId: m.indicatorId,
    name: indicatorName(sc, m.indicatorId, lang),
    setters,
    count: communes.size,
    whoText,
    // The same for every commune of the scope: the indicator's page in that province (or the whole set).
    path: indicatorPath(ds, communeId, m.indicatorId),
    pillar: indicator.pillar,
  };
}

const qualityCache = new WeakMap<Dataset, Partial<Record<Lang, Map<string, CommuneQuality>>>>();

/**
 * One commune's data-quality notes. dataQuality() computes every commune's at once (for the
 * data-quality page); a commune page calling it would make the build cubic, so it runs once per
 * dataset and language and the pages look their commune up.
 */
export function communeQuality(ds: Dataset, communeId: string, lang: Lang): CommuneQuality {
  let byLang = qualityCache.get(ds);
  if (!byLang) qualityCache.set(ds, (byLang = {}));
  const map = (byLang[lang] ??= new Map(dataQuality(ds, lang).map((q) => [q.communeId, q])));
  const q = map.get(communeId);
  if (!q) throw new Error(`unknown commune ${communeId}`);
  return q;
}

const issuesCache = new WeakMap<Dataset, DocumentedIssue[]>();

/** The hand-noted issues of one commune (documentedIssues, computed once per dataset). */
export function communeIssues(ds: Dataset, communeId: string): DocumentedIssue[] {
  let all = issuesCache.get(ds);
  if (!all) issuesCache.set(ds, (all = documentedIssues(ds)));
  return all.filter((i) => i.communeId === communeId);
}

/** "Nhơn Trạch ≥ 100%; Xuân Thành ≥ 100%, năm 2026" for a missing indicator. */
export function settersText(setters: OtherFigure[], lang: Lang, mainYear: number): string {
  return setters.map((o) => figureText(o, lang, o.year !== mainYear)).join('; ');
}

// ---------------------------------------------------------------------------------------------
// Tasks and responsible units

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
  /** The plan's targets this task restates. */
  targetIds: string[];
  /** Where the task stands in its plan text (src/lib/view/sources.ts makes the link). */
  source: Pick<Task, 'seed_file' | 'seed_lines'>;
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
      targetIds: t.target_ids,
      source: { seed_file: t.seed_file, seed_lines: t.seed_lines },
    };
    const last = groups[groups.length - 1];
    if (last && last.kind === t.kind && last.heading === t.group) last.tasks.push(view);
    else groups.push({ kind: t.kind, heading: t.group, tasks: [view] });
  }
  // Appendix rows after the duties, as in the plans (the appendix is attached at the end).
  return [...groups.filter((g) => g.kind === 'unit-assignment'), ...groups.filter((g) => g.kind === 'appendix-row')];
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

// ---------------------------------------------------------------------------------------------
// The communes index

export interface CommuneCard {
  id: string;
  title: string;
  name: string;
  province: string;
  /** The unit type when the plan was issued, when it differs from now. */
  formerly: string | null;
  plan: string;
  horizon: string;
  targets: number;
  tasks: number;
  counts: SummaryItem[];
  missing: number;
}

export function communeCards(ds: Dataset, lang: Lang): CommuneCard[] {
  return ds.raw.communes.map((c) => ({
    id: c.id,
    title: communeTitle(c, lang),
    name: c.name,
    province: c.province,
    formerly: c.unit_type_at_plan !== c.unit_type_now ? unitTypeChange(c, lang) : null,
    plan: planLabel(ds, c.id, lang),
    horizon: horizonText(ds, c.id, lang),
    targets: targetsOf(ds, c.id).length,
    tasks: tasksOf(ds, c.id).length,
    counts: summaryItems(ds, c.id, lang),
    missing: datasetIndex(comparisonScopeOf(ds, c.id)).profile.get(c.id)!.missing.length,
  }));
}

export interface ProvinceSummary {
  slug: string;
  name: string;
  /** Commune plans of the province. */
  communes: number;
  targets: number;
}

/** The communes index past a dozen plans: one row per province, in communes.csv order. */
export function provinceSummaries(ds: Dataset): ProvinceSummary[] {
  return provincesOf(ds).map((p) => ({
    slug: p.slug,
    name: p.name,
    communes: p.communeIds.length,
    targets: p.communeIds.reduce((n, id) => n + targetsOf(ds, id).length, 0),
  }));
}

export interface ProvinceRow {
  id: string;
  title: string;
  targets: number;
  /** Standings among the province's communes (as in ds.profiles: "only" includes those others set for another year). */
  counts: Record<Standing, number>;
  missing: number;
}

/**
 * The communes of one province with their standings among the province's communes: the page a
 * scoped communes index links to. Cost: the province's communes (each profile is looked up).
 */
export function provinceRows(ds: Dataset, slug: string, lang: Lang): { province: Province; rows: ProvinceRow[] } {
  const province = provincesOf(ds).find((p) => p.slug === slug);
  if (!province) throw new Error(`unknown province ${slug}`);
  const rows = province.communeIds.map((id): ProvinceRow => {
    const profile = datasetIndex(comparisonScopeOf(ds, id)).profile.get(id)!;
    return {
      id,
      title: communeTitle(communeById(ds, id), lang),
      targets: targetsOf(ds, id).length,
      counts: profile.counts,
      missing: profile.missing.length,
    };
  });
  return { province, rows };
}

/** The standing label with its shape, for lists: "▲ cao hơn các xã khác". */
export function standingText(standing: Standing, lang: Lang): string {
  return `${STANDING[standing].shape} ${STANDING[standing].label[lang]}`;
}
