import { inLang } from '../site/i18n.ts';
import { listWords } from '../site/words.ts';
import { mainYearOf } from '../compare/main-year.ts';
import type { Standing } from '../compare/commune-profile.ts';
import type { IndicatorComparison, RankGroup } from '../compare/compare-indicator.ts';
import { isRankable } from '../compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import { communeName, formatNumber, formatTarget, planCitation, UNIT_LABEL, unitNames } from '../site/format.ts';
import { indicatorReferences, provincesIn, referenceRow, targetStandings, type ReferenceRow, type StandingView } from './references.ts';
import { targetSources, type CitationLink } from './sources.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Indicator, Pillar } from '../validate/rule-schemas.ts';

/**
 * View models of the indicator pages: everything a page says about one catalogue indicator
 * (who set what, who asks most and least, what makes the figures hard to compare, who is
 * responsible, the national reference), and the catalogue index. Pure: dataset in, words out.
 */

/** Where a target stands among the communes' targets for the same year and unit. */
export interface RowStanding {
  standing: Standing;
  /** Most / least ambitious of its rank group (only when the group is ranked). */
  extreme: 'most' | 'least' | null;
}

export interface IndicatorRow {
  target: HarmonizedTarget;
  communeName: string;
  standing: Standing;
  extreme: 'most' | 'least' | null;
  /** "Kế hoạch 57/KH-UBND, mục II.2, STT 20" */
  plan: string;
  /** "002_….txt, dòng 94-95, 188" (and the second statement of the figure, if any). */
  /** Where the figure stands in the plan text, as a link (src/lib/view/sources.ts). */
  seed: CitationLink;
  altSeed: CitationLink | null;
  /** Against the national goals and its province's (horizons and a different unit included). */
  versusReferences: StandingView[];
  leadNames: string[];
  cooperatingNames: string[];
  /** Number of the transcription note in `transcriptionNotes`, or null. */
  noteNumber: number | null;
}

export interface CommuneResponsibility {
  communeId: string;
  name: string;
  /** Canonical names (responsible-units.csv), in the order first written. */
  lead: string[];
  cooperating: string[];
  /** The cells as written, for the reader who checks the plan. */
  leadRaw: string[];
  cooperatingRaw: string[];
  deadlines: string[];
  /** The commune's only rows for this indicator are related ones. */
  relatedOnly: boolean;
}

export interface IndicatorView {
  indicator: Indicator;
  pillar: Pillar | undefined;
  name: string;
  pillarName: string;
  unitLabel: string;
  definition: string;
  terms: string[];
  comparison: IndicatorComparison;
  /** The year most targets are for (the chart labels any other). */
  mainYear: number;
  rows: IndicatorRow[];
  /** One sentence per rank group: most and least ambitious, or "only X", or "all equal". */
  ranking: string[];
  /** Targets set but not ranked (yes/no, qualitative, upper bounds), as one sentence. */
  unranked: string | null;
  /** Communes that set no target, with "(related only)" where they have a related one. */
  missing: { communeId: string; name: string; relatedOnly: boolean }[];
  missingSentence: string;
  /** Plain-words notes on comparability. */
  notes: string[];
  responsible: CommuneResponsibility[];
  /** The national goals and those of the communes' provinces, national first (src/lib/view/references.ts). */
  references: ReferenceRow[];
  transcriptionNotes: { number: number; communeName: string; targetId: string; text: string }[];
  /** Path of this indicator's slice, for fileHref. */
  csvPath: string;
}

export function indicatorView(ds: Dataset, id: string, lang: Lang): IndicatorView {
  const indicator = ds.rules.indicators.find((i) => i.id === id);
  const comparison = ds.comparisons.find((c) => c.indicatorId === id);
  if (!indicator || !comparison) throw new Error(`unknown indicator ${id}`);
  const pillar = ds.rules.pillars.find((p) => p.id === indicator.pillar);
  const name = (c: string) => communeName(ds, c);
  const mainYear = mainYearOf(comparison.rows, ds.raw.communes[0]?.plan_year ?? 2026);

  const standingOf = standingIndex(ds, comparison);
  const links = targetSources(ds, lang);
  const notesByTarget = new Map<string, number>();
  const transcriptionNotes: IndicatorView['transcriptionNotes'] = [];
  for (const r of comparison.rows) {
    if (r.notes.trim() === '') continue;
    const number = transcriptionNotes.length + 1;
    notesByTarget.set(r.targetId, number);
    transcriptionNotes.push({ number, communeName: name(r.communeId), targetId: r.targetId, text: r.notes.trim() });
  }
  const rows: IndicatorRow[] = comparison.rows.map((r) => ({
    target: r,
    communeName: name(r.communeId),
    ...(standingOf.get(r.targetId) ?? { standing: 'unranked' as const, extreme: null }),
    plan: planCitation(ds, r, lang),
    seed: links.get(r.targetId)!.main,
    altSeed: links.get(r.targetId)!.alt,
    versusReferences: targetStandings(ds, r, lang),
    leadNames: unitNames(ds, r.leadUnitIds, lang),
    cooperatingNames: unitNames(ds, r.cooperatingUnitIds, lang),
    noteNumber: notesByTarget.get(r.targetId) ?? null,
  }));

  const missing = comparison.communesWithout.map((c) => ({
    communeId: c,
    name: name(c),
    relatedOnly: comparison.rows.some((r) => r.communeId === c),
  }));

  return {
    indicator,
    pillar,
    name: inLang(indicator, 'name', lang),
    pillarName: pillar ? inLang(pillar, 'name', lang) : indicator.pillar,
    unitLabel: UNIT_LABEL[indicator.unit][lang],
    definition: inLang(indicator, 'definition', lang),
    terms: indicator.related_terms
      .split(';')
      .map((t) => t.trim())
      .filter(Boolean),
    comparison,
    mainYear,
    rows,
    ranking: comparison.groups.map((g) => groupSentence(g, comparison, lang, name)),
    unranked: unrankedSentence(comparison, lang, name),
    missing,
    missingSentence: missingSentence(missing, ds.raw.communes.length, lang),
    notes: comparabilityNotes(comparison, lang, name),
    responsible: responsibilities(ds, comparison, lang),
    references: indicatorReferences(ds, id, provincesIn(ds)).map((r) => referenceRow(r, lang)),
    transcriptionNotes,
    csvPath: `data/indicators/${id}.csv`,
  };
}

function standingIndex(ds: Dataset, c: IndicatorComparison): Map<string, RowStanding> {
  const out = new Map<string, RowStanding>();
  // Lookups, not scans: a province's indicator page has a row per commune (up to 166).
  const groupOf = new Map(c.groups.flatMap((g) => g.entries.map((e) => [e.targetId, g] as const)));
  for (const r of c.rows) {
    const s = ds.standingByTarget.get(r.targetId);
    const group = groupOf.get(r.targetId);
    const extreme = group?.most.includes(r.communeId) ? 'most' : group?.least.includes(r.communeId) ? 'least' : null;
    out.set(r.targetId, { standing: s?.standing ?? 'unranked', extreme: group ? extreme : null });
  }
  return out;
}

function figureOf(g: RankGroup, c: IndicatorComparison, communeId: string, lang: Lang): string {
  const entry = g.entries.find((e) => e.communeId === communeId);
  const row = c.rows.find((r) => r.targetId === entry?.targetId);
  return row ? formatTarget(row, lang) : '';
}

/**
 * One rank group in words. With more than one unit the unit is named; the year always is,
 * because 2026 and 2030 targets are separate groups.
 */
export function groupSentence(g: RankGroup, c: IndicatorComparison, lang: Lang, name: (id: string) => string): string {
  const unit = c.flags.unitsDiffer ? ` (${UNIT_LABEL[g.unit][lang]})` : '';
  const head = lang === 'vi' ? `Năm ${g.targetYear}${unit}` : `${g.targetYear}${unit}`;
  const communes = [...new Set(g.entries.map((e) => e.communeId))];
  const fig = (id: string) => figureOf(g, c, id, lang);
  const named = (ids: string[]) => `${listWords(ids.map(name), lang)} (${fig(ids[0]!)})`;
  if (communes.length === 1) {
    return lang === 'vi'
      ? `${head}: chỉ ${name(communes[0]!)} đặt chỉ tiêu (${fig(communes[0]!)}), không có xã nào để so sánh.`
      : `${head}: only ${name(communes[0]!)} sets a target (${fig(communes[0]!)}); there is no other commune to compare with.`;
  }
  if (g.most.length === 0) {
    return lang === 'vi'
      ? `${head}: ${listWords(communes.map(name), lang)} đặt mức như nhau (${fig(communes[0]!)}).`
      : `${head}: ${listWords(communes.map(name), lang)} set the same level (${fig(communes[0]!)}).`;
  }
  const middle = communes.filter((id) => !g.most.includes(id) && !g.least.includes(id));
  const between = listWords(
    middle.map((id) => `${name(id)} (${fig(id)})`),
    lang,
  );
  const spread = g.spread !== null && g.spread > 0 ? spreadWords(g.spread, g.unit, lang) : null;
  if (lang === 'vi') {
    return (
      `${head}: cao nhất là ${named(g.most)}` +
      (middle.length > 0 ? `; ở giữa là ${between}` : '') +
      `; thấp nhất là ${named(g.least)}` +
      (spread ? `; chênh lệch ${spread}.` : '; cùng con số, khác cách ghi.')
    );
  }
  return (
    `${head}: most ambitious ${named(g.most)}` +
    (middle.length > 0 ? `; in between ${between}` : '') +
    `; least ambitious ${named(g.least)}` +
    (spread ? `; a spread of ${spread}.` : '; the same figure, worded differently.')
  );
}

function spreadWords(spread: number, unit: string, lang: Lang): string {
  const n = formatNumber(spread, lang);
  if (unit === 'percent') return lang === 'vi' ? `${n} điểm phần trăm` : `${n} percentage point${spread === 1 ? '' : 's'}`;
  return n;
}

function unrankedSentence(c: IndicatorComparison, lang: Lang, name: (id: string) => string): string | null {
  const rows = c.rows.filter((r) => (r.match === 'same' || r.match === 'comparable') && !isRankable(r));
  if (rows.length === 0) return null;
  const parts = rows.map((r) => `${name(r.communeId)} (${inSentence(r, lang)}${r.comparator === 'text' ? quoted(r.targetRaw) : ''})`);
  return lang === 'vi'
    ? `Không xếp hạng vì không có con số để so (có/không, định tính hoặc mức trần): ${parts.join('; ')}.`
    : `Not ranked, as there is no figure to compare (yes/no, qualitative or an upper limit): ${parts.join('; ')}.`;
}

/** formatTarget inside a sentence: "Định tính" / "Có" become lower case there. */
function inSentence(r: HarmonizedTarget, lang: Lang): string {
  const f = formatTarget(r, lang);
  return r.comparator === 'text' || r.comparator === 'yes' ? f.toLocaleLowerCase(lang) : f;
}

const quoted = (raw: string) => (raw.trim() ? `: “${raw.trim()}”` : '');

function missingSentence(missing: IndicatorView['missing'], total: number, lang: Lang): string {
  if (missing.length === 0) return lang === 'vi' ? `Cả ${total} xã đều đặt chỉ tiêu này.` : `All ${total} communes set this target.`;
  if (missing.length === total) return lang === 'vi' ? 'Chưa xã nào đặt chỉ tiêu này.' : 'No commune sets this target.';
  const names = missing.map((m) =>
    m.relatedOnly
      ? `${m.name} (${lang === 'vi' ? 'chỉ có chỉ tiêu liên quan, không xếp hạng' : 'only a related target, not ranked'})`
      : m.name,
  );
  return lang === 'vi' ? `Không đặt chỉ tiêu này: ${listWords(names, lang)}.` : `Set no target for this: ${listWords(names, lang)}.`;
}

/** The comparison's flags and the rows' readings, as sentences a planner can repeat in a meeting. */
export function comparabilityNotes(c: IndicatorComparison, lang: Lang, name: (id: string) => string): string[] {
  const notes: string[] = [];
  const rankable = c.rows.filter(isRankable);
  if (c.flags.yearsDiffer) {
    const years = [...new Set(rankable.map((r) => r.targetYear))].sort();
    const y = listWords(years.map(String), lang);
    notes.push(
      lang === 'vi'
        ? `Các chỉ tiêu đặt cho những năm khác nhau (${y}): chỉ tiêu năm ${years.join(' và năm ')} không bao giờ được xếp hạng chung; mỗi năm được so sánh riêng.`
        : `The targets are set for different years (${y}): targets for ${listWords(years.map(String), lang)} are never ranked together; each year is compared on its own.`,
    );
  }
  if (c.flags.unitsDiffer) {
    const units = listWords([...new Set(rankable.map((r) => UNIT_LABEL[r.unit][lang]))], lang);
    notes.push(
      lang === 'vi'
        ? `Các chỉ tiêu dùng đơn vị khác nhau (${units}): mỗi đơn vị được so sánh riêng.`
        : `The targets use different units (${units}): each unit is compared on its own.`,
    );
  }
  for (const g of c.groups.filter((x) => x.flags.strictAndInclusive)) {
    const rows = c.rows.filter((r) => g.entries.some((e) => e.targetId === r.targetId));
    const strictIds = [...new Set(rows.filter((r) => r.comparator === '>' && !r.ceiling).map((r) => r.communeId))];
    const inclusiveIds = [...new Set(rows.filter((r) => !(r.comparator === '>' && !r.ceiling)).map((r) => r.communeId))];
    const strict = listWords(strictIds.map(name), lang);
    const inclusive = listWords(inclusiveIds.map(name), lang);
    const verb = (n: number) => (n === 1 ? 'writes' : 'write');
    notes.push(
      lang === 'vi'
        ? `Năm ${g.targetYear}: ${strict} ghi “trên” (lớn hơn hẳn, >), còn ${inclusive} ghi mức tối thiểu (≥). Cùng một con số thì “trên” đòi hỏi cao hơn một chút.`
        : `${g.targetYear}: ${strict} ${verb(strictIds.length)} “above” (strictly more, >), while ${inclusive} ${verb(inclusiveIds.length)} “at least” (≥). At the same figure, “above” asks slightly more.`,
    );
  }
  for (const r of c.rows.filter((x) => x.match === 'comparable')) {
    notes.push(
      lang === 'vi'
        ? `${name(r.communeId)}: so sánh được nhưng phạm vi khác — ${r.matchNote.vi}`
        : `${name(r.communeId)}: comparable, but the scope differs — ${r.matchNote.en}`,
    );
  }
  for (const r of c.rows.filter((x) => x.match === 'related')) {
    notes.push(
      lang === 'vi'
        ? `${name(r.communeId)} có một chỉ tiêu liên quan (${inSentence(r, lang)}), hiển thị để tham khảo, không xếp hạng: ${r.matchNote.vi}`
        : `${name(r.communeId)} has a related target (${inSentence(r, lang)}), shown for reference and not ranked: ${r.matchNote.en}`,
    );
  }
  const counted = c.rows.filter((r) => r.match !== 'related');
  for (const r of counted.filter((x) => x.comparatorSource === 'ocr-symbol')) {
    notes.push(
      lang === 'vi'
        ? `${name(r.communeId)}: văn bản là bản OCR và ghi “${r.targetRaw}”. Bản OCR này in dấu “≥” thành “>” (đối chiếu với bản sạch của cùng văn bản), nên được đọc là ${formatTarget(r, lang)}.`
        : `${name(r.communeId)}: the text is an OCR copy that reads “${r.targetRaw}”. This OCR renders “≥” as “>” (checked against a clean copy of the same plan), so it is read as ${formatTarget(r, lang)}.`,
    );
  }
  for (const r of counted.filter((x) => x.comparatorSource === 'implied')) {
    notes.push(
      lang === 'vi'
        ? `${name(r.communeId)} ghi “${r.targetRaw}”, không kèm dấu so sánh: được hiểu là mức tối thiểu cần đạt (${formatTarget(r, lang)}).`
        : `${name(r.communeId)} writes “${r.targetRaw}” with no comparator: it is read as a minimum to reach (${formatTarget(r, lang)}).`,
    );
  }
  for (const g of c.groups) {
    const ceilings = c.rows.filter((r) => r.ceiling && g.entries.some((e) => e.targetId === r.targetId));
    if (ceilings.length > 1 && new Set(ceilings.map((r) => r.targetRaw.trim())).size > 1) {
      const forms = listWords([...new Set(ceilings.map((r) => `“${r.targetRaw.trim()}”`))], lang);
      notes.push(
        lang === 'vi'
          ? `Năm ${g.targetYear}: ${forms} đều có nghĩa là toàn bộ (100%), nên được coi là bằng nhau.`
          : `${g.targetYear}: ${forms} all mean everything (100%), so they count as equal.`,
      );
    }
  }
  return notes;
}

function responsibilities(ds: Dataset, c: IndicatorComparison, lang: Lang): CommuneResponsibility[] {
  const out: CommuneResponsibility[] = [];
  for (const commune of ds.raw.communes) {
    const all = c.rows.filter((r) => r.communeId === commune.id);
    if (all.length === 0) continue;
    const counted = all.filter((r) => r.match !== 'related');
    const rows = counted.length > 0 ? counted : all;
    const uniq = (xs: string[]) => [...new Set(xs.map((x) => x.trim()).filter(Boolean))];
    out.push({
      communeId: commune.id,
      name: commune.name,
      lead: uniq(unitNames(ds, uniq(rows.flatMap((r) => r.leadUnitIds)), lang)),
      cooperating: uniq(unitNames(ds, uniq(rows.flatMap((r) => r.cooperatingUnitIds)), lang)),
      leadRaw: uniq(rows.map((r) => r.leadUnitsRaw)),
      cooperatingRaw: uniq(rows.map((r) => r.cooperatingUnitsRaw)),
      deadlines: uniq(rows.map((r) => r.deadlineRaw)),
      relatedOnly: counted.length === 0,
    });
  }
  return out;
}
