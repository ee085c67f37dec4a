import { inLang } from '../site/i18n.ts';
import type { IndicatorComparison } from '../compare/compare-indicator.ts';
import { communeName, UNIT_LABEL } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import type { Dataset } from '../dataset/check-dataset.ts';

/** The catalogue index page: every indicator by pillar and A–Z, with how many communes set it. */

export interface IndexEntry {
  id: string;
  name: string;
  unitLabel: string;
  /** Communes with a same/comparable target, in communes.csv order. */
  setBy: string[];
  /** Communes whose only rows are related ones. */
  relatedOnly: string[];
}

export interface IndicatorIndex {
  total: number;
  communeCount: number;
  pillars: { id: string; name: string; entries: IndexEntry[] }[];
  /** The A–Z list in the page language's collation, grouped by initial letter. */
  letters: { letter: string; entries: IndexEntry[] }[];
}

/**
 * The initial letter a reader looks an entry up under: Vietnamese keeps Ă Â Đ Ê Ô Ơ Ư as letters
 * of their own but files "Ứng" under Ư and "Điểm" under Đ (tone marks are not letters).
 */
export function initialLetter(text: string): string {
  const first = [...text.trim().normalize('NFC')][0] ?? '';
  if (/\d/.test(first)) return '0–9';
  return first
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC')
    .toLocaleUpperCase('vi');
}

/** Communes without a same/comparable target that still have a related row (one pass). */
function relatedOnly(c: IndicatorComparison | undefined): string[] {
  if (!c) return [];
  const withRows = new Set(c.rows.map((r) => r.communeId));
  return c.communesWithout.filter((id) => withRows.has(id));
}

export function indicatorIndex(ds: Dataset, lang: Lang): IndicatorIndex {
  const entries = ds.rules.indicators.map((i): IndexEntry => {
    const c = ds.comparisons.find((x) => x.indicatorId === i.id);
    return {
      id: i.id,
      name: inLang(i, 'name', lang),
      unitLabel: UNIT_LABEL[i.unit][lang],
      setBy: (c?.communesWithTarget ?? []).map((id) => communeName(ds, id)),
      relatedOnly: relatedOnly(c).map((id) => communeName(ds, id)),
    };
  });
  const byId = new Map(entries.map((e) => [e.id, e]));
  const pillars = [...ds.rules.pillars]
    .sort((a, b) => a.order - b.order)
    .map((p) => ({
      id: p.id,
      name: inLang(p, 'name', lang),
      entries: ds.rules.indicators.filter((i) => i.pillar === p.id).map((i) => byId.get(i.id)!),
    }));
  const collator = new Intl.Collator(lang);
  const sorted = [...entries].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  const letters: IndicatorIndex['letters'] = [];
  for (const e of sorted) {
    const letter = initialLetter(e.name);
    const last = letters[letters.length - 1];
    if (last && last.letter === letter) last.entries.push(e);
    else letters.push({ letter, entries: [e] });
  }
  return { total: entries.length, communeCount: ds.raw.communes.length, pillars, letters };
}
