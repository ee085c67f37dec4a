import { datasetIndex, communeById, targetsOf, tasksOf } from '../dataset/dataset-index.ts';
import { unitTypeChange, planLabel, horizonText } from './plan-facts.ts';
import { capitalize, communeTitle, listWords, numberWord } from '../site/words.ts';
import { fill } from '../site/fill.ts';
import { formatCount, plural } from '../site/i18n.ts';
import { SC } from '../site/strings-commune.ts';
import { type SummaryItem, summaryItems } from './commune-summary.ts';
import type { Standing } from '../compare/commune-profile.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { comparisonScopeOf, isScoped, provincesOf, type Province } from '../dataset/scope.ts';

/** The communes index: a card per plan, or past a dozen plans a row per province and per commune. */

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
export interface ProvinceRowsView {
  province: Province;
  rows: ProvinceRow[];
}

export function provinceRows(ds: Dataset, slug: string, lang: Lang): ProvinceRowsView {
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

/** The communes index's opening sentence: how many plans, and how many communes of each province (or, past a dozen, of how many provinces). */
export function communesIntro(ds: Dataset, lang: Lang): string {
  const provinces = provincesOf(ds);
  if (isScoped(ds)) return fill(SC.scopedIntro[lang], { n: formatCount(ds.raw.communes.length, lang), p: provinces.length });
  const byProvince = provinces.map((p) =>
    fill(plural(SC.introProvince, p.communeIds.length, lang, numberWord(p.communeIds.length, lang)), { province: p.name }),
  );
  return fill(SC.intro[lang], { Plans: capitalize(numberWord(ds.raw.communes.length, lang)), byProvince: listWords(byProvince, lang) });
}
