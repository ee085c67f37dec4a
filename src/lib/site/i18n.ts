/**
 * The site's languages, and the one contract every user-visible string keeps: a text is a
 * `Record<Lang, string>` (Bilingual), so adding a language to LANGS makes the compiler list every
 * string that lacks it. Counts and names are filled into strings (fill.ts), never written in;
 * plurals are entries too (`Plural`), chosen with Intl's plural rules.
 *
 * Vietnamese is the default and lives at the root; every other language under /<lang>/.
 */
import { LANGS, type Bilingual, type Lang } from '../core/lang.ts';

export { LANGS, type Bilingual, type Lang };

/** The language pages are written in first: at the site's root, and the language of every quotation from a plan. */
export const SOURCE_LANG: Lang = 'vi';

/** BCP 47 locale of each language, for Intl (numbers, plurals). */
export const LOCALE: Record<Lang, string> = { vi: 'vi-VN', en: 'en-GB' };

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** A text whose words depend on a count: the forms Intl.PluralRules names for the language (Vietnamese has only "other"). */
export type Plural = Record<Lang, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;

/** A strings table: texts, plural texts, lists of texts and nested tables. */
export interface Strings {
  readonly [key: string]: Bilingual | Plural | readonly Bilingual[] | Strings;
}

/** What a table's entries must be: each a text, a plural, a list of texts or a nested table, in every language. */
type Checked<T> = {
  readonly [K in keyof T]: T[K] extends readonly unknown[]
    ? readonly Bilingual[]
    : T[K] extends Readonly<Record<string, string>>
      ? Bilingual
      : T[K] extends Readonly<Record<string, { other: string }>>
        ? Plural
        : Checked<T[K]>;
};

/**
 * A strings table, checked and typed. Each entry must have every language: a missing one is a
 * compile error at that entry. The table is typed as what it must be (each entry a Bilingual or
 * a Plural), not as the literal it was written as, so that a use (`S.title[lang]`) is never where
 * the compiler stops: adding a language lists the texts to write, and only those.
 */
export function strings<const T extends object>(table: T & NoInfer<Checked<T>>): Checked<T> {
  return table;
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
const numberFormats = new Map<Lang, Intl.NumberFormat>();

/**
 * A whole count as the language writes it ("3.321", "3,321"). One formatter per language: a
 * `toLocaleString(locale)` call builds its formatter each time, 1.5 s of a 3,321-commune build.
 */
export function formatCount(n: number, lang: Lang): string {
  let f = numberFormats.get(lang);
  if (!f) numberFormats.set(lang, (f = new Intl.NumberFormat(LOCALE[lang])));
  return f.format(n);
}

/** The form of `p` for `n` in `lang`, with `{n}` filled (by `shown`, when the number is written otherwise): "1 target", "3 targets", "3 chỉ tiêu". */
export function plural(p: Plural, n: number, lang: Lang, shown = formatCount(n, lang)): string {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LOCALE[lang])));
  const forms = p[lang];
  const form = forms[rules.select(n)] ?? forms.other;
  return form.replace(/\{n\}/g, () => shown);
}

/** A data row's text in a language: its `<key>_<lang>` column ("name_vi", "name_en"). A new language is a new column of data/. */
export function inLang<K extends string>(row: { readonly [P in `${K}_${Lang}`]: string }, key: K, lang: Lang): string {
  return row[`${key}_${lang}` as `${K}_${Lang}`];
}

/** A text made for each language in turn (from data columns, or filled in). */
export function byLang(text: (lang: Lang) => string): Bilingual {
  return Object.fromEntries(LANGS.map((lang) => [lang, text(lang)])) as Bilingual;
}

/**
 * The `lang` attribute for text quoted from the plans, which are in SOURCE_LANG: none on a page
 * in that language, SOURCE_LANG elsewhere (screen readers then switch voice).
 */
export function quotedLang(lang: Lang): Lang | undefined {
  return lang === SOURCE_LANG ? undefined : SOURCE_LANG;
}

/** The URL segment of a language: none for SOURCE_LANG (the root), its code for the others. */
export function langSegment(lang: Lang): string | undefined {
  return lang === SOURCE_LANG ? undefined : lang;
}

/** getStaticPaths entries for the `[...lang]` rest parameter: SOURCE_LANG at the root, the others under /<lang>/. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang: langSegment(lang) }, props: { lang } }));
}

/** getStaticPaths entries for a `[...lang]/…/[id]` page: every id in every language. */
export function langIdPaths(ids: string[]): { params: { lang: string | undefined; id: string }; props: { lang: Lang; id: string } }[] {
  // A commune's languages side by side: its pages then share the view caches (src/lib/view/commune-targets.ts).
  return ids.flatMap((id) => LANGS.map((lang) => ({ params: { lang: langSegment(lang), id }, props: { lang, id } })));
}
