import type { APIRoute } from 'astro';
import { getDataset } from '../../lib/load/site-data.ts';
import { isScoped, provincesOf, type Province } from '../../lib/dataset/scope.ts';

/**
 * The communes of one province for the compare view's picker, as [id, name] pairs:
 * /compare-data/<province>.json. Only past a dozen communes (below that the page lists them all).
 */
export async function getStaticPaths() {
  const ds = await getDataset();
  return isScoped(ds) ? provincesOf(ds).map((province) => ({ params: { province: province.slug }, props: { province } })) : [];
}

export const GET: APIRoute = async ({ props }) => {
  const ds = await getDataset();
  const { province } = props as { province: Province };
  const names = new Map(ds.raw.communes.map((c) => [c.id, c.name]));
  const pairs = province.communeIds.map((id) => [id, names.get(id) ?? id]);
  return new Response(JSON.stringify(pairs), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
