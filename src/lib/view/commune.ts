import type { Standing, TargetStanding } from '../compare/commune-profile.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { communeName, formatTarget, indicatorName, STANDING, unitNames } from '../site/format.ts';
import type { Bilingual, Lang } from '../site/i18n.ts';
import type { Dataset } from '../validate/check-dataset.ts';
import { splitUnits } from '../validate/check-rules.ts';
import { fold } from '../text/fold.ts';
import type { Pillar } from '../validate/rule-schemas.ts';
import type { Commune, Task, UNIT_TYPES } from '../validate/schemas.ts';

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

function commune(ds: Dataset, id: string): Commune {
  const c = ds.raw.communes.find((x) => x.id === id);
  if (!c) throw new Error(`unknown commune ${id}`);
  return c;
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
  const c = commune(ds, communeId);
  const n = planNumberReading(c, lang);
  const d = planDateReading(c, lang);
  const number = n.note ? `${n.asWritten} (${n.note})` : n.asWritten;
  const date = d.note ? `${d.asWritten} (${d.note.charAt(0).toLowerCase()}${d.note.slice(1)})` : d.asWritten;
  return lang === 'vi' ? `Kế hoạch số ${number}, ngày ${date}` : `Plan No. ${number}, dated ${date}`;
}

/** "2026 (22 chỉ tiêu)" or "2030 (15 chỉ tiêu), 2045 (2 chỉ tiêu)": the years the targets are for. */
export function horizonText(ds: Dataset, communeId: string, lang: Lang): string {
  const c = commune(ds, communeId);
  const rows = ds.targets.filter((t) => t.communeId === communeId);
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

export interface OtherFigure {
  communeId: string;
  name: string;
  targetId: string;
  /** The other commune's target, normalized ("≥ 65%"). */
  figure: string;
  year: number;
  /** How the other commune's target compares with this one (null when not ranked together). */
  relation: Relation | null;
}

export interface TargetEntry extends TargetStanding {
  indicatorName: string | null;
  /** Other communes ranked with this target (same indicator, unit and year). */
  ranked: OtherFigure[];
  /** Other communes' rankable targets for the indicator that are not ranked with this one: another year or unit. */
  unranked: OtherFigure[];
  /** The others in words: "Xuân Thành ≥ 65% (cao hơn), Phước An ≥ 60% (bằng)". */
  othersText: string;
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
    name: communeName(ds, t.communeId),
    targetId: t.targetId,
    figure: formatTarget(t, lang),
    year: t.targetYear,
    relation,
  };
}

function figureText(o: OtherFigure, lang: Lang, withYear: boolean): string {
  const tail = [o.relation && RELATION_LABEL[o.relation][lang], withYear && `${lang === 'vi' ? 'năm' : 'for'} ${o.year}`].filter(Boolean);
  const figure = /^[≥>=≤<\d]/.test(o.figure) ? ` ${o.figure}` : `: ${o.figure.toLowerCase()}`;
  return `${o.name}${figure}${tail.length > 0 ? ` (${tail.join(', ')})` : ''}`;
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

/** A commune's targets grouped by pillar (catalogue order), unmapped ones last, each against the others. */
export function communeGroups(ds: Dataset, communeId: string, lang: Lang): CommuneGroup[] {
  const profile = ds.profiles.find((p) => p.communeId === communeId);
  if (!profile) throw new Error(`unknown commune ${communeId}`);
  const byId = new Map(ds.targets.map((t) => [t.targetId, t]));
  const pillarOf = new Map(ds.rules.indicators.map((i) => [i.id, i.pillar]));
  const entries = profile.standings.map((s): TargetEntry => {
    const t = s.target;
    const comparison = t.indicatorId ? ds.comparisons.find((c) => c.indicatorId === t.indicatorId) : undefined;
    const group = comparison?.groups.find((g) => g.entries.some((e) => e.targetId === t.targetId));
    const mine = group?.entries.find((e) => e.targetId === t.targetId);
    const ranked = s.others.map((o) => {
      const rank = group?.entries.find((e) => e.targetId === o.targetId)?.rank;
      const relation: Relation | null =
        mine && rank !== undefined ? (rank < mine.rank ? 'higher' : rank > mine.rank ? 'lower' : 'equal') : null;
      return otherFigure(ds, byId.get(o.targetId)!, relation, lang);
    });
    const rankedIds = new Set(s.others.map((o) => o.targetId));
    const unranked = (comparison?.groups ?? [])
      .filter((g) => g !== group)
      .flatMap((g) => g.entries)
      .filter((e) => e.communeId !== communeId && !rankedIds.has(e.targetId))
      .map((e) => otherFigure(ds, byId.get(e.targetId)!, null, lang));
    const parts = [...ranked.map((o) => figureText(o, lang, false)), ...unranked.map((o) => figureText(o, lang, o.year !== t.targetYear))];
    let note = unrankedNote(t, lang);
    if (note === null && t.match === 'comparable') note = lang === 'vi' ? t.matchNoteVi : t.matchNoteEn;
    if (s.standing === 'only' && unranked.length > 0) {
      const years = [...new Set(unranked.map((o) => o.year))].filter((y) => y !== t.targetYear);
      const why =
        years.length > 0
          ? lang === 'vi'
            ? `Xã khác đặt chỉ tiêu này cho năm ${years.join(', ')}, không phải ${t.targetYear}: không xếp hạng chung.`
            : `Others set this for ${years.join(', ')}, not ${t.targetYear}: not ranked together.`
          : lang === 'vi'
            ? 'Xã khác đặt chỉ tiêu này theo đơn vị khác: không xếp hạng chung.'
            : 'Others state this in another unit: not ranked together.';
      note = note ? `${why} ${note}` : why;
    }
    const otherYear = s.standing === 'only' && unranked.some((o) => o.year !== t.targetYear);
    return {
      ...s,
      standingLabel: otherYear
        ? lang === 'vi'
          ? `chỉ xã này đặt cho năm ${t.targetYear}`
          : `only this commune for ${t.targetYear}`
        : STANDING[s.standing].label[lang],
      indicatorName: t.indicatorId ? indicatorName(ds, t.indicatorId, lang) : null,
      ranked,
      unranked,
      othersText: parts.join(', '),
      note,
    };
  });
  const groups: CommuneGroup[] = [...ds.rules.pillars]
    .sort((a, b) => a.order - b.order)
    .map((pillar) => ({
      pillar,
      standings: entries.filter((e) => e.target.indicatorId !== null && pillarOf.get(e.target.indicatorId) === pillar.id),
    }))
    .filter((g) => g.standings.length > 0);
  const unmapped = entries.filter((e) => e.target.indicatorId === null);
  if (unmapped.length > 0) groups.push({ pillar: null, standings: unmapped });
  return groups;
}

export const STANDING_ORDER: Standing[] = ['above', 'equal', 'between', 'below', 'only', 'unranked'];

/** How many of the commune's targets stand above, equal, … the others (standings with none left out). */
export function standingSummary(ds: Dataset, communeId: string): { standing: Standing; count: number }[] {
  const profile = ds.profiles.find((p) => p.communeId === communeId);
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
  const entries = communeGroups(ds, communeId, lang).flatMap((g) => g.standings);
  const otherYear = (e: TargetEntry) => e.standing === 'only' && e.unranked.some((o) => o.year !== e.target.targetYear);
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
      const theirs = years(
        split.flatMap((e) => e.unranked.map((o) => o.year)).filter((y) => !split.some((e) => e.target.targetYear === y)),
      );
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
  const total = ds.targets.filter((t) => t.communeId === communeId).length;
  const head = lang === 'vi' ? `${total} chỉ tiêu: ` : `${total} targets: `;
  return `${head}${[first, second].filter(Boolean).join('; ')}.`;
}

export interface MissingItem {
  indicatorId: string;
  name: string;
  /** The communes that set it, with their figure. */
  setters: OtherFigure[];
}

/** Indicators the other communes set (same/comparable) and this one did not, by pillar. */
export function missingByPillar(ds: Dataset, communeId: string, lang: Lang): { pillar: Pillar; items: MissingItem[] }[] {
  const profile = ds.profiles.find((p) => p.communeId === communeId);
  if (!profile) throw new Error(`unknown commune ${communeId}`);
  const items = profile.missing.map((m): MissingItem & { pillar: string } => {
    const indicator = ds.rules.indicators.find((i) => i.id === m.indicatorId)!;
    const setters = ds.targets
      .filter(
        (t) => t.indicatorId === m.indicatorId && m.communes.includes(t.communeId) && (t.match === 'same' || t.match === 'comparable'),
      )
      .map((t) => otherFigure(ds, t, null, lang));
    return { indicatorId: m.indicatorId, name: indicatorName(ds, m.indicatorId, lang), setters, pillar: indicator.pillar };
  });
  return [...ds.rules.pillars]
    .sort((a, b) => a.order - b.order)
    .map((pillar) => ({ pillar, items: items.filter((i) => i.pillar === pillar.id).map(({ pillar: _p, ...rest }) => rest) }))
    .filter((g) => g.items.length > 0);
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
  const spelling = new Map(ds.rules.spellings.map((s) => [s.spelling, s.unit_ids]));
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
  source: string;
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
  for (const t of ds.raw.tasks.filter((x) => x.commune_id === communeId)) {
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
      source: seedRef(t.seed_file, t.seed_lines.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`)).join(';')),
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
  const spelling = new Map(ds.rules.spellings.map((s) => [s.spelling, s.unit_ids]));
  const ids = (cell: string) => [...new Set(splitUnits(cell).flatMap((p) => spelling.get(p) ?? []))];
  const rows = new Map<string, UnitResponsibility>();
  const row = (id: string) => {
    if (!rows.has(id)) rows.set(id, { unitId: id, name: unitNames(ds, [id], lang)[0]!, leadTargets: 0, leadTasks: 0, cooperates: 0 });
    return rows.get(id)!;
  };
  for (const t of ds.targets.filter((x) => x.communeId === communeId)) {
    for (const id of t.leadUnitIds) row(id).leadTargets++;
    for (const id of t.cooperatingUnitIds) row(id).cooperates++;
  }
  for (const t of ds.raw.tasks.filter((x) => x.commune_id === communeId)) {
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
    targets: ds.targets.filter((t) => t.communeId === c.id).length,
    tasks: ds.raw.tasks.filter((t) => t.commune_id === c.id).length,
    counts: summaryItems(ds, c.id, lang),
    missing: ds.profiles.find((p) => p.communeId === c.id)!.missing.length,
  }));
}

/** The standing label with its shape, for lists: "▲ cao hơn các xã khác". */
export function standingText(standing: Standing, lang: Lang): string {
  return `${STANDING[standing].shape} ${STANDING[standing].label[lang]}`;
}
