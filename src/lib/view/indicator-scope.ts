import { formatTarget } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { mainYearOf } from '../compare/main-year.ts';
import { provincesOf, scopeDataset, type Province } from '../dataset/scope.ts';

/** One province in the national summary of an indicator (scoped sites only). */
export interface IndicatorProvinceRow {
  province: Province;
  /** Communes of the province with a same/comparable target. */
  set: number;
  /** Lowest and highest figure among those targets for the main year; null without a figure. */
  min: number | null;
  max: number | null;
  /** The most frequent normalized target ("≥ 80%") and how many communes set exactly it. */
  common: { text: string; count: number } | null;
}

export interface IndicatorProvinces {
  /** The indicator summarized, for the links to its province pages. */
  indicatorId: string;
  mainYear: number;
  /** Communes with a same/comparable target, in the whole country. */
  set: number;
  communes: number;
  rows: IndicatorProvinceRow[];
}

/**
 * The national page of an indicator past a dozen communes: per province, how many communes set
 * it, the range of their figures and the most common target, from the same comparisons as the
 * province page it links to (standings among the province).
 */
export function indicatorProvinces(ds: Dataset, id: string, lang: Lang): IndicatorProvinces {
  const national = ds.comparisons.find((c) => c.indicatorId === id);
  const mainYear = mainYearOf(national?.rows ?? [], ds.raw.communes[0]?.plan_year ?? 0);
  const rows = provincesOf(ds).map((province): IndicatorProvinceRow => {
    const c = scopeDataset(ds, province.communeIds).comparisons.find((x) => x.indicatorId === id);
    const counted = (c?.rows ?? []).filter((r) => (r.match === 'same' || r.match === 'comparable') && r.targetYear === mainYear);
    const values = counted.flatMap((r) => (r.value === null ? [] : [r.value, ...(r.valueMax === null ? [] : [r.valueMax])]));
    // Communes, not rows: a plan may set one indicator twice (two sub-targets).
    const texts = new Map<string, Set<string>>();
    for (const r of counted) {
      const text = formatTarget(r, lang);
      texts.set(text, (texts.get(text) ?? new Set()).add(r.communeId));
    }
    const top = [...texts.entries()]
      .map(([text, ids]) => [text, ids.size] as const)
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    return {
      province,
      set: c?.communesWithTarget.length ?? 0,
      min: values.length ? Math.min(...values) : null,
      max: values.length ? Math.max(...values) : null,
      common: top ? { text: top[0], count: top[1] } : null,
    };
  });
  return { indicatorId: id, mainYear, set: national?.communesWithTarget.length ?? 0, communes: ds.raw.communes.length, rows };
}
