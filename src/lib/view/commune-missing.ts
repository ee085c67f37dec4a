import { strings } from '../site/i18n.ts';
import { fill } from '../site/fill.ts';
import { datasetIndex } from '../dataset/dataset-index.ts';
import { type OtherFigure, otherFigure, figureText } from './commune-targets.ts';
import { indicatorName } from '../site/format.ts';
import { indicatorPath } from './commune.ts';
import type { CommuneProfile } from '../compare/commune-profile.ts';
import type { RankedEntry } from '../compare/compare-indicator.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { mainYearOf } from '../compare/main-year.ts';
import type { Pillar } from '../validate/rule-schemas.ts';
import { comparisonScopeOf, MAX_NAMED } from '../dataset/scope.ts';

/** What the other communes set that this one did not, by pillar, with who set it and how much. */

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

/** "42 xã khác đặt (38 cho năm 2026, 4 cho năm 2030); cao nhất: Mẫu 0003 ≥ 100%, thấp nhất: Mẫu 0010 ≥ 50%". */
/** The words of a missing indicator's setters, counted. */
const SMI = strings({
  forYear: { vi: '{n} cho năm {year}', en: '{n} for {year}' },
  setBy: { vi: '{n} xã khác đặt{split}', en: 'set by {n} others{split}' },
  sameLevel: { vi: '; {who} đặt cùng mức {figure}{year}', en: '; {who} at the same {figure}{year}' },
  all: { vi: 'tất cả', en: 'all' },
  some: { vi: '{n} xã', en: '{n}' },
  year: { vi: ' cho năm {year}', en: ' for {year}' },
  extremes: { vi: '; cao nhất: {hi}, thấp nhất: {lo}', en: '; highest: {hi}, lowest: {lo}' },
});

function settersCounted(
  sc: Dataset,
  rows: HarmonizedTarget[],
  communes: number,
  lang: Lang,
  year: number,
): { named: OtherFigure[]; text: string } {
  const byYear = new Map<number, Set<string>>();
  for (const t of rows) {
    if (!byYear.has(t.targetYear)) byYear.set(t.targetYear, new Set());
    byYear.get(t.targetYear)!.add(t.communeId);
  }
  const years = [...byYear.entries()].sort((a, b) => a[0] - b[0]);
  const split = years.length > 1 ? ` (${years.map(([y, cs]) => fill(SMI.forYear[lang], { n: cs.size, year: y })).join(', ')})` : '';
  let text = fill(SMI.setBy[lang], { n: communes, split });
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
      text += fill(SMI.sameLevel[lang], {
        who: all ? SMI.all[lang] : fill(SMI.some[lang], { n: inGroup }),
        figure: f.figure,
        year: withYear ? fill(SMI.year[lang], { year: f.year }) : '',
      });
    } else {
      const [hi, lo] = [fig(first), fig(last)];
      named.push(hi, lo);
      text += fill(SMI.extremes[lang], { hi: figureText(hi, lang, withYear), lo: figureText(lo, lang, withYear) });
    }
  }
  return { named, text };
}

/**
 * Indicators the other communes (of the province, when scoped) set — same or comparable measure —
 * and this one did not, by pillar, with who set them: named up to MAX_NAMED, counted past that.
 */
/** One pillar's indicators that the commune did not set (the commune page's "not set" section). */
export interface MissingGroup {
  pillar: Pillar;
  items: MissingItem[];
}

export function missingByPillar(ds: Dataset, communeId: string, lang: Lang): MissingGroup[] {
  const sc = comparisonScopeOf(ds, communeId);
  const ix = datasetIndex(sc);
  const profile = ix.profile.get(communeId);
  if (!profile) throw new Error(`unknown commune ${communeId}`);
  const year = mainYearOf(ds.targets);
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

/** "Nhơn Trạch ≥ 100%; Xuân Thành ≥ 100%, năm 2026" for a missing indicator. */
export function settersText(setters: OtherFigure[], lang: Lang, mainYear: number): string {
  return setters.map((o) => figureText(o, lang, o.year !== mainYear)).join('; ');
}
