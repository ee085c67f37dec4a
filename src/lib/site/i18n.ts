/** The site's two languages. Vietnamese is the default and lives at the root; English under /en/. */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return value === 'vi' || value === 'en';
}

/** A text in both languages. Every user-visible string on the site is one of these. */
export type Bilingual = { vi: string; en: string };

/** getStaticPaths entries for the `[...lang]` rest parameter: vi at the root, en under /en/. */
export function langPaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return [
    { params: { lang: undefined }, props: { lang: 'vi' } },
    { params: { lang: 'en' }, props: { lang: 'en' } },
  ];
}

/** getStaticPaths entries for a `[...lang]/…/[id]` page: every id in both languages. */
export function langIdPaths(ids: string[]): { params: { lang: string | undefined; id: string }; props: { lang: Lang; id: string } }[] {
  // A commune's languages side by side: its pages then share the view caches (src/lib/view/commune.ts).
  return ids.flatMap((id) => LANGS.map((lang) => ({ params: { lang: lang === 'vi' ? undefined : lang, id }, props: { lang, id } })));
}
