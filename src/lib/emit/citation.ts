import type { Bilingual, Lang } from '../site/i18n.ts';
import { S } from '../site/strings.ts';

/**
 * How to cite the data: an APA-like line and a BibTeX entry, both carrying the data version
 * (a hash of the published tables) and the build date, so a citation names exactly one state of
 * the data. Pure; used by CiteThis.astro and the README of the zip.
 */
export interface CitationInput {
  lang: Lang;
  version: string;
  /** Build date, YYYY-MM-DD. */
  date: string;
  /** Absolute URL of what is cited; omitted in the README, which travels without a host. */
  url?: string;
  /** What is cited within the data set, e.g. an indicator's or a commune's name. */
  subject?: string;
}

export const DATASET_TITLE: Bilingual = {
  vi: 'Chỉ tiêu khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số cấp xã theo Nghị quyết 57-NQ/TW: bộ dữ liệu so sánh',
  en: 'Commune science, technology, innovation and digital-transformation targets under Resolution 57-NQ/TW: a comparison data set',
};

const WORDS: Record<Lang, { version: string; dataset: string; built: string }> = {
  vi: { version: 'phiên bản', dataset: 'Bộ dữ liệu', built: 'tạo ngày' },
  en: { version: 'version', dataset: 'Data set', built: 'built' },
};

export function citation({ lang, version, date, url, subject }: CitationInput): { apa: string; bibtex: string } {
  const w = WORDS[lang];
  const author = S.siteName[lang];
  const year = date.slice(0, 4);
  const title = subject ? `${DATASET_TITLE[lang]} — ${subject}` : DATASET_TITLE[lang];
  const apa = `${author}. (${year}). ${title} (${w.version} ${version}, ${w.built} ${date}) [${w.dataset}].${url ? ` ${url}` : ''}`;
  const fields: [string, string][] = [
    ['author', `{${bib(author)}}`],
    ['title', bib(title)],
    ['year', year],
    ['version', version],
    ['note', `${w.dataset}, ${w.version} ${version}, ${w.built} ${date}`],
    ...(url ? ([['url', url]] as [string, string][]) : []),
  ];
  const bibtex = `@misc{chitieuxa-${version},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}`;
  return { apa, bibtex };
}

/** BibTeX's special characters, escaped so that a name with "%" or "&" does not break the entry. */
export function bib(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => (c === '\\' ? '\\textbackslash{}' : c === '^' ? '\\^{}' : c === '~' ? '\\~{}' : `\\${c}`));
}
