import { communeProfile } from '../compare/commune-profile.ts';
import { compareIndicator, type IndicatorComparison } from '../compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { Comparator, ComparatorSource } from '../harmonize/parse-target.ts';
import type { UnitKind } from '../validate/rule-schemas.ts';
import { formatTarget, UNIT_LABEL } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import type { Match } from '../validate/rule-schemas.ts';
import { markOf, type Mark } from '../compare/commune-profile.ts';
import { cellTone, type Tone } from './matrix.ts';
import { mainYearOf } from '../compare/main-year.ts';

/**
 * The compare view past a dozen communes, computed in the browser. Precomputing every choice of
 * 2–4 communes is impossible at that scale (C(95, 4) = 3.2 million for Đồng Nai alone), so the
 * page fetches the chosen communes' published files (data/communes/<id>.json, the very files
 * researchers download) and ranks them with compareIndicator and communeProfile — the rules of
 * every other page, not a second implementation. Pure: records in, table model out.
 */

/** A row of data/communes/<id>.json (see src/lib/emit/tables.ts): snake_case, null for empty. */
export type PublishedTarget = Record<string, string | number | boolean | null>;

const str = (v: PublishedTarget[string] | undefined): string => (v === null || v === undefined ? '' : String(v));
const num = (v: PublishedTarget[string] | undefined): number | null => (typeof v === 'number' ? v : null);

/** The fields the comparison and the cell need, read back from a published record. */
export function fromPublished(r: PublishedTarget): HarmonizedTarget {
  return {
    targetId: str(r.target_id),
    communeId: str(r.commune_id),
    indicatorId: r.indicator_id === null || r.indicator_id === undefined ? null : String(r.indicator_id),
    match: str(r.match) as Match,
    matchNote: { vi: '', en: '' },
    targetYear: Number(r.target_year),
    comparator: str(r.comparator) as Comparator,
    value: num(r.value),
    valueMax: num(r.value_max),
    unit: str(r.unit) as UnitKind,
    ceiling: r.ceiling === true,
    comparatorSource: str(r.comparator_source) as ComparatorSource,
    comparatorAsWritten: str(r.comparator_as_written),
    targetRaw: str(r.target_raw),
    unitRaw: str(r.unit_raw),
    text: str(r.text),
    section: str(r.section),
    group: str(r.group),
    item: str(r.item),
    leadUnitsRaw: '',
    leadUnitIds: [],
    cooperatingUnitsRaw: '',
    cooperatingUnitIds: [],
    deadlineRaw: str(r.deadline),
    seedFile: str(r.seed_file),
    seedLines: str(r.seed_lines),
    seedText: '',
    seedAnchor: '',
    altSeedFile: '',
    altSeedLines: '',
    altSeedText: '',
    altSeedAnchor: '',
    notes: '',
  };
}

/**
 * The chosen communes ranked among themselves only: the comparison of each indicator and the mark
 * of each of their targets. The one ranking of the compare view, at build time (compareSubset)
 * and in the browser (liveTable).
 */
export function rankAmong(
  targets: HarmonizedTarget[],
  indicatorIds: string[],
  chosen: string[],
): { comparisons: IndicatorComparison[]; marks: Map<string, Mark> } {
  const keep = new Set(chosen);
  const rows = targets.filter((t) => keep.has(t.communeId));
  const comparisons = indicatorIds.map((id) => compareIndicator(id, rows, chosen));
  const byIndicator = new Map(comparisons.map((c) => [c.indicatorId, c]));
  const marks = new Map<string, Mark>();
  for (const id of chosen) {
    for (const s of communeProfile(id, rows, comparisons).standings) {
      marks.set(s.target.targetId, markOf(s.standing, s.target.indicatorId ? byIndicator.get(s.target.indicatorId) : undefined));
    }
  }
  return { comparisons, marks };
}

/** Marks of every target of the chosen communes, ranked among them only. */
export function marksAmong(targets: HarmonizedTarget[], indicatorIds: string[], chosen: string[]): Map<string, Mark> {
  return rankAmong(targets, indicatorIds, chosen).marks;
}

export interface LiveCatalogue {
  pillars: { id: string; name: string }[];
  indicators: { id: string; pillar: string; name: string; unit: UnitKind }[];
}

export interface LiveEntry {
  targetId: string;
  mark: Mark;
  related: boolean;
  otherYear: boolean;
  year: number;
  value: string;
  /** The wording as written, when it differs from the normalized figure. */
  raw: string;
  source: ComparatorSource;
}

export interface LiveTable {
  mainYear: number;
  columns: { id: string; name: string }[];
  sections: {
    id: string;
    name: string;
    rows: {
      id: string;
      name: string;
      unitLabel: string;
      onlyBy: string | null;
      cells: { communeId: string; tone: Tone; entries: LiveEntry[] }[];
    }[];
  }[];
  /** Indicators with a target of any chosen commune. */
  rowCount: number;
}

/** The compare table for the chosen communes: pillars, then indicators any of them set. */
export function liveTable(
  targets: HarmonizedTarget[],
  catalogue: LiveCatalogue,
  columns: { id: string; name: string }[],
  lang: Lang,
): LiveTable {
  const chosen = columns.map((c) => c.id);
  const keep = new Set(chosen);
  const rows = targets.filter((t) => keep.has(t.communeId) && t.indicatorId !== null && t.match !== 'unmapped');
  const marks = marksAmong(rows, [...new Set(rows.map((t) => t.indicatorId!))], chosen);
  const mainYear = mainYearOf(rows);
  const byCell = new Map<string, HarmonizedTarget[]>();
  for (const t of rows) {
    const key = `${t.indicatorId}|${t.communeId}`;
    byCell.set(key, [...(byCell.get(key) ?? []), t]);
  }
  let rowCount = 0;
  const sections = catalogue.pillars
    .map((p) => ({
      id: p.id,
      name: p.name,
      rows: catalogue.indicators
        .filter((i) => i.pillar === p.id && chosen.some((c) => byCell.has(`${i.id}|${c}`)))
        .map((i) => {
          const counted = chosen.filter((c) =>
            (byCell.get(`${i.id}|${c}`) ?? []).some((t) => t.match === 'same' || t.match === 'comparable'),
          );
          return {
            id: i.id,
            name: i.name,
            unitLabel: UNIT_LABEL[i.unit][lang],
            onlyBy: counted.length === 1 && chosen.length > 1 ? (columns.find((c) => c.id === counted[0])?.name ?? null) : null,
            cells: chosen.map((communeId) => {
              const mine = byCell.get(`${i.id}|${communeId}`) ?? [];
              const ordered = [...mine.filter((t) => t.match !== 'related'), ...mine.filter((t) => t.match === 'related')];
              const entries = ordered.map((t): LiveEntry => {
                const value = formatTarget(t, lang);
                const raw = t.targetRaw.trim();
                return {
                  targetId: t.targetId,
                  mark: marks.get(t.targetId) ?? 'unranked',
                  related: t.match === 'related',
                  otherYear: t.targetYear !== mainYear,
                  year: t.targetYear,
                  value,
                  raw: raw !== value ? raw : '',
                  source: t.comparatorSource,
                };
              });
              return { communeId, tone: cellTone(entries), entries };
            }),
          };
        }),
    }))
    .filter((s) => s.rows.length > 0);
  for (const s of sections) rowCount += s.rows.length;
  return { mainYear, columns, sections, rowCount };
}
