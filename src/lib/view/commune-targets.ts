import { ST } from '../site/strings-commune-targets.ts';
import { fill } from '../site/fill.ts';
import { type DatasetIndex, datasetIndex, nameOf } from '../dataset/dataset-index.ts';
import { formatTarget, STANDING, indicatorName, planCitation } from '../site/format.ts';
import {
  type Relation,
  type OtherRef,
  type OthersCount,
  type Tally,
  relationTo,
  tallyOf,
  rankedRefs,
  unrankedRefs,
} from '../compare/commune-tallies.ts';
import { mainYearOf } from '../compare/main-year.ts';
import { indicatorPath } from './commune.ts';
import { targetStandings, type StandingView } from './references.ts';
import { targetSources, type TargetSources } from './sources.ts';
import type { TargetStanding } from '../compare/commune-profile.ts';
import type { RankedEntry } from '../compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { Bilingual, Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { Pillar } from '../validate/rule-schemas.ts';
import { comparisonScopeOf, MAX_NAMED } from '../dataset/scope.ts';

/**
 * A commune's targets by pillar, each against the others in words ("Xuân Thành ≥ 65% (cao
 * hơn)"), named up to MAX_NAMED and counted past that (src/lib/compare/commune-tallies.ts).
 */

export const RELATION_LABEL: Record<Relation, Bilingual> = {
  higher: { vi: 'cao hơn', en: 'higher' },
  equal: { vi: 'bằng', en: 'same' },
  lower: { vi: 'thấp hơn', en: 'lower' },
};

/** An other commune's target as a page names it. */
export interface OtherFigure extends OtherRef {
  name: string;
  /** The other commune's target, normalized ("≥ 65%"). */
  figure: string;
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

export function otherFigure(ds: Dataset, t: HarmonizedTarget, relation: Relation | null, lang: Lang): OtherFigure {
  return {
    communeId: t.communeId,
    name: nameOf(ds, t.communeId),
    targetId: t.targetId,
    figure: formatTarget(t, lang),
    year: t.targetYear,
    relation,
  };
}

export const figureOf = (ds: Dataset, o: OtherRef, lang: Lang): OtherFigure => ({
  ...otherFigure(ds, datasetIndex(ds).target.get(o.targetId)!, o.relation, lang),
});

export function figureText(o: OtherFigure, lang: Lang, withYear: boolean): string {
  const tail = [o.relation && RELATION_LABEL[o.relation][lang], withYear && fill(ST.forYear[lang], { year: o.year })].filter(Boolean);
  const figure = /^[≥>=≤<\d]/.test(o.figure) ? ` ${o.figure}` : `: ${o.figure.toLowerCase()}`;
  return `${o.name}${figure}${tail.length > 0 ? ` (${tail.join(', ')})` : ''}`;
}

/** "12 xã đặt mức cao hơn (cao nhất: Mẫu 0003 ≥ 100%), 40 xã bằng, 8 xã thấp hơn (thấp nhất: …), 5 xã đặt cho năm 2030". */
function countedText(c: OthersCount, top: OtherFigure | undefined, bottom: OtherFigure | undefined, lang: Lang): string {
  const plain = (o: OtherFigure) => figureText({ ...o, relation: null }, lang, false);
  const which = (o: OtherFigure | undefined, n: number, word: Bilingual) => (o ? ` (${n > 1 ? `${word[lang]}: ` : ''}${plain(o)})` : '');
  const year = c.years.length === 1 ? fill(ST.forYear[lang], { year: c.years[0]! }) : ST.otherYears[lang];
  return [
    c.higher > 0 && fill(ST.higher[lang], { n: c.higher }) + which(top, c.higher, ST.highest),
    c.equal > 0 && fill(ST.equal[lang], { n: c.equal }),
    c.lower > 0 && fill(ST.lower[lang], { n: c.lower }) + which(bottom, c.lower, ST.lowest),
    c.otherYear > 0 && fill(ST.otherYear[lang], { n: c.otherYear, year }),
    c.otherUnit > 0 && fill(ST.otherUnit[lang], { n: c.otherUnit }),
  ]
    .filter(Boolean)
    .join(', ');
}

function unrankedNote(t: HarmonizedTarget, lang: Lang): string | null {
  const note = t.matchNote[lang];
  if (t.match === 'unmapped') return note;
  if (t.match === 'related') return fill(ST.relatedNote[lang], { note });
  if (t.comparator === 'text') return ST.textNote[lang];
  if (t.comparator === 'yes') return ST.yesNote[lang];
  if (t.comparator === '<=' || t.comparator === '<') return ST.upperNote[lang];
  return null;
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
export function communeCore(ds: Dataset, communeId: string): CommuneCore {
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
    if (note === null && t.match === 'comparable') note = t.matchNote[lang];
    const otherYears = x.unrankedYears.filter((y) => y !== t.targetYear);
    if (s.standing === 'only' && x.unrankedYears.length > 0) {
      const why =
        otherYears.length > 0
          ? fill(ST.othersOtherYear[lang], { years: otherYears.join(', '), year: t.targetYear })
          : ST.othersOtherUnit[lang];
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
      standingLabel: otherYear ? fill(ST.onlyForYear[lang], { year: t.targetYear }) : STANDING[s.standing].label[lang],
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

export interface CommuneTargetItem {
  /** The target's standing among the other communes (communeGroups); its lists are computed when read. */
  entry: TargetEntry;
  /** Its lines in the plan texts, as links. */
  sources: TargetSources;
  /** Where it stands against the national and provincial goals. */
  versus: StandingView[];
  /** "Mục II.1" / "Phụ lục, dòng 3": where the plan states it. */
  citation: string;
}

export interface CommuneTargetsView {
  /** The year most targets are for: a target for another year says its year. */
  mainYear: number;
  groups: { pillar: Pillar | null; items: CommuneTargetItem[] }[];
}

/**
 * The commune page's targets section: communeGroups with each target's citations and reference
 * standings. Made per page and not kept: the links of every target would outlive their one render.
 */
export function communeTargetsView(ds: Dataset, communeId: string, lang: Lang): CommuneTargetsView {
  return {
    mainYear: mainYearOf(ds.targets),
    groups: communeGroups(ds, communeId, lang).map((g) => ({
      pillar: g.pillar,
      items: g.standings.map((entry) => ({
        entry,
        sources: targetSources(ds, entry.target, lang),
        versus: targetStandings(ds, entry.target, lang),
        citation: planCitation(ds, entry.target, lang),
      })),
    })),
  };
}
