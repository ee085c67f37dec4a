import type { Dataset } from '../validate/check-dataset.ts';
import { isScoped } from '../view/scope.ts';
import { LANGS, type Lang } from '../site/i18n.ts';
import { pageHref } from '../site/paths.ts';
import { withFoldedCopy } from './fold-text.ts';
import { SEARCH_LABEL } from '../site/strings-search.ts';

/**
 * Full-text search records, built from the Dataset (not from page markup, which other pages
 * own): one per indicator page and per commune page, in each language. The shape is Pagefind's
 * CustomRecord; scripts/lib/search-index.ts hands them to Pagefind. Pure.
 */
export type RecordKind = 'indicator' | 'commune' | 'page';

export interface SearchRecord {
  url: string;
  language: Lang;
  /** Readable text, then FOLD_SEPARATOR and its folded copy (see fold-text.ts). */
  content: string;
  meta: {
    title: string;
    kind: RecordKind;
    /** Indicator: its pillar's name. */
    pillar?: string;
    /** Indicator: the communes with a target mapped to it; commune: its own name. */
    communes?: string;
    /** Commune: its province. */
    province?: string;
  };
  filters: { pillar?: string[]; commune?: string[]; province?: string[] };
}

/** The names Pagefind filters on are display names, so a filter control can show them as they are. */
export const FILTER_KEYS = ['pillar', 'commune', 'province'] as const;

/**
 * Where a result is: by commune while the communes are a dozen, by province past that. Pagefind
 * fetches every filter's index with a first query (to count results per value): at 3,321
 * communes a commune filter was 59 KB of the 161 KB a first query fetched, and the search page
 * listed 3,321 options.
 */
export function placeFilter(ds: Pick<Dataset, 'raw'>): 'commune' | 'province' {
  return isScoped(ds) ? 'province' : 'commune';
}

/** "/cong-thong-tin/chi-tieu-57" or "/" from BASE_PATH, normalized as astro.config.mjs does. */
export function normalizeBase(b: string | undefined): string {
  const trimmed = (b ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function sentence(s: string): string {
  const t = s.trim();
  return t === '' || /[.!?…:;]$/.test(t) ? t : `${t}.`;
}

export function searchRecords(ds: Dataset, base: string): SearchRecord[] {
  return LANGS.flatMap((lang) => [...indicatorRecords(ds, base, lang), ...communeRecords(ds, base, lang)]);
}

export function indicatorRecords(ds: Dataset, base: string, lang: Lang): SearchRecord[] {
  const L = SEARCH_LABEL;
  const communeName = new Map(ds.raw.communes.map((c) => [c.id, c.name]));
  const place = placeFilter(ds);
  return ds.rules.indicators.map((ind) => {
    const pillar = ds.rules.pillars.find((p) => p.id === ind.pillar);
    const pillarName = pillar ? (lang === 'vi' ? pillar.name_vi : pillar.name_en) : ind.pillar;
    const rows = ds.comparisons.find((c) => c.indicatorId === ind.id)?.rows ?? [];
    // Sets and maps, not nested scans: at 3,321 communes those made the index take minutes.
    const withRow = new Set(rows.map((r) => r.communeId));
    const communeIds = ds.raw.communes.map((c) => c.id).filter((id) => withRow.has(id));
    const communes = communeIds.map((id) => communeName.get(id) ?? id);
    const [name, otherName, definition] =
      lang === 'vi' ? [ind.name_vi, ind.name_en, ind.definition_vi] : [ind.name_en, ind.name_vi, ind.definition_en];
    const terms = ind.related_terms
      .split(';')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    const wordings = indicatorWordings(
      rows.map((r) => ({ commune: communeName.get(r.communeId) ?? r.communeId, text: `${r.text} ${r.targetRaw}` })),
    );
    const text = [
      sentence(name),
      sentence(otherName),
      sentence(`${L.pillar[lang]}: ${pillarName}`),
      sentence(definition),
      terms.length > 0 ? sentence(`${L.relatedTerms[lang]}: ${terms.join('; ')}`) : '',
      communes.length > 0 ? sentence(`${L.setBy[lang]}: ${communes.join(', ')}`) : sentence(L.setByNone[lang]),
      ...wordings,
    ]
      .filter((s) => s !== '')
      .join(' ');
    return {
      url: pageHref(base, lang, `indicators/${ind.id}`),
      language: lang,
      content: withFoldedCopy(text),
      meta: { title: name, kind: 'indicator' as const, pillar: pillarName, communes: communeSummary(communes) },
      filters: {
        pillar: [pillarName],
        [place]: place === 'commune' ? communes : [...new Set(communeIds.map((id) => ds.communeById.get(id)!.province))],
      },
    };
  });
}

export function communeRecords(ds: Dataset, base: string, lang: Lang): SearchRecord[] {
  const L = SEARCH_LABEL;
  const targetsOf = Map.groupBy(ds.targets, (t) => t.communeId);
  const indicators = new Map(ds.rules.indicators.map((i) => [i.id, i]));
  const indicatorName = (id: string | null) => {
    const i = id ? indicators.get(id) : undefined;
    return i ? (lang === 'vi' ? i.name_vi : i.name_en) : '';
  };
  // Past a dozen communes a commune's record holds who and where, not its targets' wordings nor
  // the plan title every plan shares: Pagefind fetches one index chunk per query word, and with
  // 1,000 communes' wordings the chunks of common words ("số", "ký") made a first query 230 KB.
  // The wordings stay findable through the indicator records; the commune page carries them all.
  const brief = isScoped(ds);
  const place = placeFilter(ds);
  return ds.raw.communes.map((c) => {
    const targets = brief ? [] : (targetsOf.get(c.id) ?? []);
    const wordings = targets.map((t) => {
      const named = indicatorName(t.indicatorId);
      return sentence([named && `${named}:`, t.text, t.targetRaw].filter((s) => s !== '').join(' '));
    });
    const unitType = L.unitType[c.unit_type_now][lang];
    const text = [
      sentence(
        lang === 'vi'
          ? `${capitalize(unitType)} ${c.name}, ${L.province.vi} ${c.province}`
          : `${c.name} ${unitType}, ${c.province} ${L.province.en}`,
      ),
      sentence(`${L.plan[lang]} ${c.plan_number}, ${c.plan_date_raw}`),
      brief ? '' : sentence(c.title),
      c.signer ? sentence(`${L.signedBy[lang]}: ${c.signer}${c.signer_title ? ` (${c.signer_title})` : ''}`) : '',
      ...wordings,
    ]
      .filter((s) => s !== '')
      .join(' ');
    return {
      url: pageHref(base, lang, `communes/${c.id}`),
      language: lang,
      content: withFoldedCopy(text),
      meta: { title: c.name, kind: 'commune' as const, communes: c.name, province: c.province },
      filters: { [place]: [place === 'commune' ? c.name : c.province] },
    };
  });
}

/**
 * At most this many distinct plan wordings go into an indicator record. Pagefind sends a
 * record's whole text with each result shown, and at 3,321 communes an indicator with every
 * commune's wording would be a fragment of hundreds of KB; the commune records still hold every
 * wording, so a rare one is still found (on the commune's page).
 */
export const MAX_INDICATOR_WORDINGS = 12;
/** Above this many communes, a result line gives their number rather than their names. */
export const MAX_NAMED_COMMUNES = 5;

/**
 * An indicator's plan wordings as sentences, each distinct wording once, the most used first
 * (then in plan order), with the communes that used it ("Nhơn Trạch: …", "A, B +3: …").
 */
export function indicatorWordings(rows: readonly { commune: string; text: string }[], max = MAX_INDICATOR_WORDINGS): string[] {
  // Sets, in the order communes come: one wording can be shared by thousands of communes.
  const by = new Map<string, Set<string>>();
  for (const r of rows) {
    const text = sentence(r.text.replace(/\s+/g, ' '));
    if (text === '') continue;
    let names = by.get(text);
    if (!names) by.set(text, (names = new Set()));
    names.add(r.commune);
  }
  return [...by]
    .map(([text, names], i) => ({ text, names: [...names], i }))
    .sort((a, b) => b.names.length - a.names.length || a.i - b.i)
    .slice(0, max)
    .map(({ text, names }) => `${names.slice(0, 2).join(', ')}${names.length > 2 ? ` +${names.length - 2}` : ''}: ${text}`);
}

/** "Nhơn Trạch, Xuân Thành" while they are few; their number ("2950") when there are many. */
export function communeSummary(names: readonly string[], max = MAX_NAMED_COMMUNES): string {
  return names.length > max ? String(names.length) : names.join(', ');
}

function capitalize(s: string): string {
  return s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);
}
