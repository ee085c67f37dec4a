/**
 * Page weight per page type of a built site: HTML, CSS and JS bytes gzipped (level 9), JS being
 * everything a page loads on load (scripts, modulepreloads and their static imports, followed).
 * Content pages must need 0 KB of JS to show their data: their tables and SVG charts are in the
 * HTML (the "data in HTML" column). How it is measured: scripts/lib/bench/page-weight.ts.
 *
 *   npm run weight [-- <dist-dir>]          (default DIST_DIR or "dist"; BASE_PATH if built under a sub-path)
 */
import { resolve } from 'node:path';
import { normalizeBase } from '../src/lib/search/records.ts';
import { formatPageWeights, pageWeights } from './lib/bench/page-weight.ts';

const dist = resolve(process.argv[2] ?? process.env.DIST_DIR ?? 'dist');
const rows = await pageWeights(dist, normalizeBase(process.env.BASE_PATH));
console.log(`page weight of ${dist}`);
for (const line of formatPageWeights(rows)) console.log(line);
