import { inLang } from '../../../src/lib/site/i18n.ts';
import type { ChartInput } from '../../../src/lib/chart/target-chart-model.ts';
import type { Lang } from '../../../src/lib/site/i18n.ts';
import type { Dataset } from '../../../src/lib/dataset/check-dataset.ts';
import { mainYearOf } from '../../../src/lib/compare/main-year.ts';

/** An indicator's chart input as its page builds it: every commune, that indicator's rows and references. */
export function chartInput(data: Dataset, id: string, lang: Lang): ChartInput {
  const indicator = data.rules.indicators.find((i) => i.id === id)!;
  const rows = data.comparisons.find((c) => c.indicatorId === id)!.rows;
  return {
    rows,
    communes: data.raw.communes.map((c) => ({ id: c.id, name: c.name })),
    unit: indicator.unit,
    references: data.rules.references.filter((r) => r.indicator_id === id),
    lang,
    title: inLang(indicator, 'name', lang),
    mainYear: mainYearOf(rows, 2026),
    idPrefix: `chart-${id}`,
  };
}
