import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/load/site-data.ts';
import { finderEntries } from '../../lib/search/finder.ts';
import { LANGS, type Lang } from '../../lib/site/i18n.ts';

/** The instant finder's indicators, one file per language: /search-index/vi.json, /search-index/en.json. */
export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang }, props: { lang } }));
}

export const GET: APIRoute = async ({ props }) => {
  const entries = finderEntries(await getDataset(), (props as { lang: Lang }).lang, import.meta.env.BASE_URL);
  return new Response(JSON.stringify(entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
