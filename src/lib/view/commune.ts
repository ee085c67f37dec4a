import type { TargetStanding } from '../compare/commune-profile.ts';
import { communeName, formatNumber } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../validate/check-dataset.ts';
import type { Pillar } from '../validate/rule-schemas.ts';

export interface CommuneGroup {
  pillar: Pillar | null;
  standings: (TargetStanding & { othersText: string })[];
}

/** A commune's targets grouped by pillar (catalogue order), unmapped ones last. */
export function communeGroups(ds: Dataset, communeId: string, lang: Lang): CommuneGroup[] {
  const profile = ds.profiles.find((p) => p.communeId === communeId);
  if (!profile) throw new Error(`unknown commune ${communeId}`);
  const pillarOf = new Map(ds.rules.indicators.map((i) => [i.id, i.pillar]));
  const withText = profile.standings.map((s) => ({
    ...s,
    othersText: s.others
      .map(
        (o) =>
          `${communeName(ds, o.communeId)} ${o.strict ? '>' : '≥'} ${formatNumber(o.value, lang)}${s.target.unit === 'percent' ? '%' : ''}`,
      )
      .join(', '),
  }));
  const groups: CommuneGroup[] = [...ds.rules.pillars]
    .sort((a, b) => a.order - b.order)
    .map((pillar) => ({
      pillar,
      standings: withText.filter((s) => s.target.indicatorId && pillarOf.get(s.target.indicatorId) === pillar.id),
    }))
    .filter((g) => g.standings.length > 0);
  const unmapped = withText.filter((s) => s.target.indicatorId === null);
  if (unmapped.length > 0) groups.push({ pillar: null, standings: unmapped });
  return groups;
}

/** "Plan 68/KH-UBND, dated ../02/2026 (day unreadable)" with honest notes on blanks. */
export function planLabel(ds: Dataset, communeId: string, lang: Lang): string {
  const c = ds.raw.communes.find((x) => x.id === communeId)!;
  const blankNumber = c.plan_number.startsWith('/');
  const number = blankNumber ? (lang === 'vi' ? `${c.plan_number} (số để trống)` : `${c.plan_number} (number left blank)`) : c.plan_number;
  const unreadable = c.plan_date_raw.includes('..');
  const date = unreadable
    ? `${c.plan_date_raw} (${lang === 'vi' ? 'ngày, tháng để trống hoặc không đọc được' : 'day/month blank or unreadable'})`
    : c.plan_date_raw;
  return lang === 'vi' ? `Kế hoạch số ${number}, ngày ${date}` : `Plan No. ${number}, dated ${date}`;
}
