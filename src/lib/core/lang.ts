/**
 * The site's languages (src/lib/site/i18n.ts has what the pages do with them). Here, below every
 * stage, because the data itself carries texts in each language (crosswalk notes, catalogue names)
 * and every stage that passes them on types them as Bilingual.
 */
export const LANGS = ['vi', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in every language: adding one to LANGS makes the compiler list every text that lacks it. */
export type Bilingual = Record<Lang, string>;
