import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/load/site-data.ts';
import { finderCommunes } from '../../lib/search/finder.ts';

/** The instant finder's communes, one compact list for both languages: /search-index/communes.json. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(finderCommunes(await getDataset())), { headers: { 'content-type': 'application/json; charset=utf-8' } });
