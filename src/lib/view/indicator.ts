import { inLang, plural } from '../site/i18n.ts';
import { fill } from '../site/fill.ts';
import { SIS } from '../site/strings-indicator-sentences.ts';
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
  /** Every commune of the page, in communes.csv order: the chart's blocks and the table's order. */
  communes: { id: string; name: string }[];
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
  const notesByTarget = new Map<string, number>();
  const transcriptionNotes: IndicatorView['transcriptionNotes'] = [];
  for (const r of comparison.rows) {
    if (r.notes.trim() === '') continue;
    const number = transcriptionNotes.length + 1;
    notesByTarget.set(r.targetId, number);
    transcriptionNotes.push({ number, communeName: name(r.communeId), targetId: r.targetId, text: r.notes.trim() });
  }
  const rows: IndicatorRow[] = comparison.rows.map((r) => {
    const src = targetSources(ds, r, lang);
    return {
      target: r,
      communeName: name(r.communeId),
      ...(standingOf.get(r.targetId) ?? { standing: 'unranked' as const, extreme: null }),
      plan: planCitation(ds, r, lang),
      seed: src.main,
      altSeed: src.alt,
      versusReferences: targetStandings(ds, r, lang),
      leadNames: unitNames(ds, r.leadUnitIds, lang),
      cooperatingNames: unitNames(ds, r.cooperatingUnitIds, lang),
      noteNumber: notesByTarget.get(r.targetId) ?? null,
    };
  });

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
    communes: ds.raw.communes.map((c) => ({ id: c.id, name: c.name })),
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
  const head = fill(SIS.groupHead[lang], { year: g.targetYear, unit });
  const communes = [...new Set(g.entries.map((e) => e.communeId))];
  const fig = (id: string) => figureOf(g, c, id, lang);
  const named = (ids: string[]) => `${listWords(ids.map(name), lang)} (${fig(ids[0]!)})`;
  if (communes.length === 1) return fill(SIS.groupOnlyOne[lang], { head, name: name(communes[0]!), figure: fig(communes[0]!) });
  if (g.most.length === 0)
    return fill(SIS.groupSame[lang], { head, names: listWords(communes.map(name), lang), figure: fig(communes[0]!) });
  const middle = communes.filter((id) => !g.most.includes(id) && !g.least.includes(id));
  const between = listWords(
    middle.map((id) => `${name(id)} (${fig(id)})`),
    lang,
  );
  const spread = g.spread !== null && g.spread > 0 ? spreadWords(g.spread, g.unit, lang) : null;
  return (
    fill(SIS.groupMost[lang], { head, most: named(g.most) }) +
    (middle.length > 0 ? fill(SIS.groupBetween[lang], { between }) : '') +
    fill(SIS.groupLeast[lang], { least: named(g.least) }) +
    (spread ? fill(SIS.groupSpread[lang], { spread }) : SIS.groupNoSpread[lang])
  );
}

function spreadWords(spread: number, unit: string, lang: Lang): string {
  return unit === 'percent' ? plural(SIS.points, spread, lang, formatNumber(spread, lang)) : formatNumber(spread, lang);
}

function unrankedSentence(c: IndicatorComparison, lang: Lang, name: (id: string) => string): string | null {
  const rows = c.rows.filter((r) => (r.match === 'same' || r.match === 'comparable') && !isRankable(r));
  if (rows.length === 0) return null;
  const parts = rows.map((r) => `${name(r.communeId)} (${inSentence(r, lang)}${r.comparator === 'text' ? quoted(r.targetRaw) : ''})`);
  return fill(SIS.unranked[lang], { parts: parts.join('; ') });
}

/** formatTarget inside a sentence: "Định tính" / "Có" become lower case there. */
function inSentence(r: HarmonizedTarget, lang: Lang): string {
  const f = formatTarget(r, lang);
  return r.comparator === 'text' || r.comparator === 'yes' ? f.toLocaleLowerCase(lang) : f;
}

const quoted = (raw: string) => (raw.trim() ? `: “${raw.trim()}”` : '');

function missingSentence(missing: IndicatorView['missing'], total: number, lang: Lang): string {
  if (missing.length === 0) return fill(SIS.allSet[lang], { n: total });
  if (missing.length === total) return SIS.noneSet[lang];
  const names = missing.map((m) => (m.relatedOnly ? `${m.name} (${SIS.relatedOnly[lang]})` : m.name));
  return fill(SIS.notSet[lang], { names: listWords(names, lang) });
}

/** The comparison's flags and the rows' readings, as sentences a planner can repeat in a meeting. */
export function comparabilityNotes(c: IndicatorComparison, lang: Lang, name: (id: string) => string): string[] {
  const notes: string[] = [];
  const rankable = c.rows.filter(isRankable);
  const head = (year: number) => fill(SIS.groupHead[lang], { year, unit: '' });
  if (c.flags.yearsDiffer) {
    const years = [...new Set(rankable.map((r) => r.targetYear))].sort();
    const yearsEach = listWords(
      years.map((year) => fill(SIS.eachYear[lang], { year })),
      lang,
    );
    notes.push(fill(SIS.yearsDiffer[lang], { years: listWords(years.map(String), lang), yearsEach }));
  }
  if (c.flags.unitsDiffer) {
    notes.push(fill(SIS.unitsDiffer[lang], { units: listWords([...new Set(rankable.map((r) => UNIT_LABEL[r.unit][lang]))], lang) }));
  }
  for (const g of c.groups.filter((x) => x.flags.strictAndInclusive)) {
    const rows = c.rows.filter((r) => g.entries.some((e) => e.targetId === r.targetId));
    const strictIds = [...new Set(rows.filter((r) => r.comparator === '>' && !r.ceiling).map((r) => r.communeId))];
    const inclusiveIds = [...new Set(rows.filter((r) => !(r.comparator === '>' && !r.ceiling)).map((r) => r.communeId))];
    notes.push(
      fill(SIS.strictAndInclusive[lang], {
        head: head(g.targetYear),
        strict: listWords(strictIds.map(name), lang),
        inclusive: listWords(inclusiveIds.map(name), lang),
        strictVerb: plural(SIS.writes, strictIds.length, lang),
        inclusiveVerb: plural(SIS.writes, inclusiveIds.length, lang),
      }),
    );
  }
  for (const r of c.rows.filter((x) => x.match === 'comparable'))
    notes.push(fill(SIS.comparable[lang], { name: name(r.communeId), note: r.matchNote[lang] }));
  for (const r of c.rows.filter((x) => x.match === 'related'))
    notes.push(fill(SIS.related[lang], { name: name(r.communeId), figure: inSentence(r, lang), note: r.matchNote[lang] }));
  const counted = c.rows.filter((r) => r.match !== 'related');
  for (const r of counted.filter((x) => x.comparatorSource === 'ocr-symbol'))
    notes.push(fill(SIS.ocr[lang], { name: name(r.communeId), raw: r.targetRaw, figure: formatTarget(r, lang) }));
  for (const r of counted.filter((x) => x.comparatorSource === 'implied'))
    notes.push(fill(SIS.implied[lang], { name: name(r.communeId), raw: r.targetRaw, figure: formatTarget(r, lang) }));
  for (const g of c.groups) {
    const ceilings = c.rows.filter((r) => r.ceiling && g.entries.some((e) => e.targetId === r.targetId));
    if (ceilings.length > 1 && new Set(ceilings.map((r) => r.targetRaw.trim())).size > 1) {
      const forms = listWords([...new Set(ceilings.map((r) => `“${r.targetRaw.trim()}”`))], lang);
      notes.push(fill(SIS.ceilings[lang], { head: head(g.targetYear), forms }));
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
