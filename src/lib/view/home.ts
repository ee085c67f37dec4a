import { communeName, formatNumber, formatTarget, indicatorName } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../validate/check-dataset.ts';

export interface Headline {
  indicatorId: string;
  text: string;
  spread: number;
}

const join = (xs: string[], lang: Lang) =>
  xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${lang === 'vi' ? 'và' : 'and'} ${xs[xs.length - 1]}`;

/**
 * The biggest differences in ambition: percent rank groups with two or more communes and a
 * non-zero spread, largest spread first. Each headline names the communes and their figures.
 */
export function headlines(ds: Dataset, lang: Lang, limit = 6): Headline[] {
  const out: Headline[] = [];
  for (const c of ds.comparisons) {
    for (const g of c.groups) {
      if (g.unit !== 'percent' || g.spread === null || g.spread === 0 || g.most.length === 0) continue;
      const fig = (communeId: string) => {
        const row = c.rows.find((r) => r.communeId === communeId && g.entries.some((e) => e.targetId === r.targetId))!;
        return formatTarget(row, lang);
      };
      const most = join(
        g.most.map((id) => `${communeName(ds, id)} ${fig(id)}`),
        lang,
      );
      const least = join(
        g.least.map((id) => `${communeName(ds, id)} ${fig(id)}`),
        lang,
      );
      const name = indicatorName(ds, c.indicatorId, lang);
      const pts = formatNumber(g.spread, lang);
      out.push({
        indicatorId: c.indicatorId,
        spread: g.spread,
        text:
          lang === 'vi'
            ? `${name}: ${most}, trong khi ${least} (chênh ${pts} điểm phần trăm, năm ${g.targetYear}).`
            : `${name}: ${most}, while ${least} (${pts} percentage points apart, ${g.targetYear}).`,
      });
    }
  }
  return out.sort((a, b) => b.spread - a.spread || a.indicatorId.localeCompare(b.indicatorId)).slice(0, limit);
}

/** Indicators only one commune set (same/comparable), per commune. */
export function onlyOne(ds: Dataset): { communeId: string; indicators: string[] }[] {
  return ds.raw.communes.map((c) => ({
    communeId: c.id,
    indicators: ds.comparisons
      .filter((x) => x.communesWithTarget.length === 1 && x.communesWithTarget[0] === c.id)
      .map((x) => x.indicatorId),
  }));
}
