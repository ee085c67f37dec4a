import { inLang } from '../site/i18n.ts';
import { fill } from '../site/fill.ts';
import { referenceLabel } from '../site/reference-label.ts';
import { SR } from '../site/strings-references.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import { isScoped } from '../dataset/scope.ts';
import { LANGS, type Bilingual, type Lang } from '../site/i18n.ts';
import { pageHref, sourcePath } from '../site/paths.ts';
import { withFoldedCopy } from './fold-text.ts';
import { SEARCH_LABEL, SS } from '../site/strings-search.ts';
import { linesLabel, sourceName } from '../site/source-names.ts';

/**
 * Full-text search records, built from the Dataset (not from page markup, which other pages
 * own): one per indicator page and per commune page, in each language. The shape is Pagefind's
 * CustomRecord; scripts/lib/search-index.ts hands them to Pagefind. Pure.
 */
export type RecordKind = 'indicator' | 'commune' | 'source' | 'page';

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
    /** Source passage: which lines of the plan text ("dòng 120–139"). */
    lines?: string;
  };
  filters: { pillar?: string[]; commune?: string[]; province?: string[]; type?: string[] };
}

/** The result types, as the type filter names them (a display name per language). */
export const TYPE_LABEL: Record<RecordKind, Bilingual> = {
  indicator: SS.kindIndicator,
  commune: SS.kindCommune,
  source: SS.kindSource,
  page: SS.kindPage,
};

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

/**
 * The two search indexes' records: the site's pages (indicators, communes; the methodology page is
 * added from its HTML), and the plan texts' passages. The passages are an index of their own
 * (/pagefind-plans/), merged into the search only when someone searches the plan texts: in one
 * index their words made every first query fetch more (the real site's worst first query
 * 127 → 150 KB gzip).
 */
export function searchRecords(ds: Dataset, base: string): { pages: SearchRecord[]; plans: SearchRecord[] } {
  return {
    pages: LANGS.flatMap((lang) => [...indicatorRecords(ds, base, lang), ...communeRecords(ds, base, lang)]),
    plans: LANGS.flatMap((lang) => sourceRecords(ds, base, lang)),
  };
}

/** Where the plan texts' index is, under the site's base. */
export const PLANS_BUNDLE = 'pagefind-plans';

/** A passage is a few paragraphs of a plan text: at least this many lines, and at most the larger. */
const PASSAGE_MIN_LINES = 6;
const PASSAGE_MAX_LINES = 24;

/** The passages of a text: runs of lines cut at blank lines, PASSAGE_MIN_LINES to PASSAGE_MAX_LINES long. */
export function passages(lines: readonly string[]): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  let from = 1;
  for (let n = 1; n < lines.length; n++) {
    const size = n - from + 1;
    const blank = lines[n]!.trim() === '';
    if ((blank && size >= PASSAGE_MIN_LINES) || size >= PASSAGE_MAX_LINES || n === lines.length - 1) {
      out.push({ from, to: n });
      from = n + 1;
    }
  }
  return out.filter((p) => lines.slice(p.from, p.to + 1).some((l) => l.trim() !== ''));
}

/**
 * The plan texts, a record per passage, in each language (the source page exists in both): a
 * search for "Bình dân học vụ số" finds the passages of each plan and opens the page at the
 * passage's first line. OCR text keeps its lost diacritics; Pagefind folds the query's tones, and
 * the folded copy makes "d" find "đ".
 */
export function sourceRecords(ds: Dataset, base: string, lang: Lang): SearchRecord[] {
  const place = placeFilter(ds);
  return ds.raw.sources.flatMap((s) => {
    const commune = s.commune_id ? ds.communeById.get(s.commune_id) : undefined;
    const name = sourceName(ds, s.seed_file, lang);
    return passages(s.lines).map((p) => ({
      url: `${pageHref(base, lang, sourcePath(s.seed_file))}#L${p.from}`,
      language: lang,
      content: withFoldedCopy(
        s.lines
          .slice(p.from, p.to + 1)
          .map((l) => l.trim())
          .filter((l) => l !== '')
          .join(' '),
      ),
      meta: {
        title: commune ? `${name} — ${commune.name}` : name,
        kind: 'source' as const,
        lines: linesLabel([p], lang),
        ...(commune ? { communes: commune.name, province: commune.province } : {}),
      },
      filters: {
        type: [TYPE_LABEL.source[lang]],
        ...(commune ? { [place]: [place === 'commune' ? commune.name : commune.province] } : {}),
      },
    }));
  });
}

export function indicatorRecords(ds: Dataset, base: string, lang: Lang): SearchRecord[] {
  const L = SEARCH_LABEL;
  const communeName = new Map(ds.raw.communes.map((c) => [c.id, c.name]));
  const place = placeFilter(ds);
  return ds.rules.indicators.map((ind) => {
    const pillar = ds.rules.pillars.find((p) => p.id === ind.pillar);
    const pillarName = pillar ? inLang(pillar, 'name', lang) : ind.pillar;
    const rows = ds.comparisons.find((c) => c.indicatorId === ind.id)?.rows ?? [];
    // Sets and maps, not nested scans: at 3,321 communes those made the index take minutes.
    const withRow = new Set(rows.map((r) => r.communeId));
    const communeIds = ds.raw.communes.map((c) => c.id).filter((id) => withRow.has(id));
    const communes = communeIds.map((id) => communeName.get(id) ?? id);
    const name = inLang(ind, 'name', lang);
    const otherNames = LANGS.filter((other) => other !== lang).map((other) => inLang(ind, 'name', other));
    const definition = inLang(ind, 'definition', lang);
    const terms = ind.related_terms
      .split(';')
      .map((t) => t.trim())
      .filter((t) => t !== '');
    // The national and provincial goals with their documents, so that "411/QĐ-TTg" finds the page.
    const goals = ds.rules.references.filter((r) => r.indicator_id === ind.id).map((r) => `${referenceLabel(r, lang)} (${r.document})`);
    const wordings = indicatorWordings(
      rows.map((r) => ({ commune: communeName.get(r.communeId) ?? r.communeId, text: `${r.text} ${r.targetRaw}` })),
    );
    const text = [
      sentence(name),
      ...otherNames.map(sentence),
      sentence(`${L.pillar[lang]}: ${pillarName}`),
      sentence(definition),
      terms.length > 0 ? sentence(`${L.relatedTerms[lang]}: ${terms.join('; ')}`) : '',
      communes.length > 0 ? sentence(`${L.setBy[lang]}: ${communes.join(', ')}`) : sentence(L.setByNone[lang]),
      goals.length > 0 ? sentence(`${SR.heading[lang]}: ${goals.join('; ')}`) : '',
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
        type: [TYPE_LABEL.indicator[lang]],
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
    return i ? inLang(i, 'name', lang) : '';
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
      sentence(fill(L.communeLine[lang], { Type: capitalize(unitType), type: unitType, name: c.name, province: c.province })),
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
      filters: { type: [TYPE_LABEL.commune[lang]], [place]: [place === 'commune' ? c.name : c.province] },
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
