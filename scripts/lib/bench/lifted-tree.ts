/**
 * A throw-away copy of the project in which one limit is lifted, for measuring past it.
 *
 * src/lib/read/decode-text.ts refuses data files over 5 MB. At 3,321 communes the one
 * harmonize/crosswalk.csv holds ~133,000 rows (~12 MB with notes like the real ones; even bare
 * "same" rows would be ~5–6 MB), so the real build refuses the data before doing anything. To
 * still measure everything after that check, the bench can build in a copy of the project whose
 * only difference is that limit (node_modules is a symlink to the real one). The report says so
 * on every figure measured that way. The repository itself is never touched.
 *
 * The same copy can leave out pages that cannot be built at a size at all (the compare page
 * precomputes every choice of 2–4 communes: C(N,2)+C(N,3)+C(N,4) — 4 million at N = 100), so
 * that the rest of the site can still be measured; the report names the pages left out.
 */
import { cp, mkdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

const SKIP = new Set(['node_modules', '.git', '.astro', 'test-results', 'bench-results']);
const LIMIT = 'export const MAX_FILE_BYTES = 5 * 1024 * 1024;';

/**
 * Copies the project to `dest` with the data-file limit lifted and, optionally, some pages left
 * out (names under src/pages/[...lang]/: "compare" removes compare.astro or compare/,
 * "communes/[id]" removes communes/[id].astro).
 */
export async function liftedTree(repo: string, dest: string, opts: { limitMb?: number; excludePages?: string[] } = {}): Promise<string> {
  const limitMb = opts.limitMb ?? 256;
  await rm(dest, { recursive: true, force: true });
  await mkdir(dest, { recursive: true });
  await cp(repo, dest, {
    recursive: true,
    filter: (src) => {
      if (src === repo) return true;
      const rel = src.slice(repo.length + 1);
      const top = rel.split('/')[0]!;
      return !SKIP.has(top) && !/^(dist|\.build-)/.test(top) && basename(src) !== '.DS_Store';
    },
  });
  await symlink(join(repo, 'node_modules'), join(dest, 'node_modules'), 'dir');
  const file = join(dest, 'src/lib/read/decode-text.ts');
  const text = await readFile(file, 'utf8');
  if (!text.includes(LIMIT))
    throw new Error(`lifted tree: "${LIMIT}" not found in src/lib/read/decode-text.ts; update scripts/lib/bench/lifted-tree.ts`);
  await writeFile(file, text.replace(LIMIT, `export const MAX_FILE_BYTES = ${limitMb} * 1024 * 1024; // BENCH COPY: limit lifted`));
  for (const name of opts.excludePages ?? []) {
    if (!/^[a-z0-9[\]-]+(?:\/[a-z0-9[\]-]+)*$/.test(name)) throw new Error(`lifted tree: bad page name "${name}"`);
    const pages = join(dest, 'src/pages/[...lang]');
    await rm(join(pages, `${name}.astro`), { force: true });
    await rm(join(pages, name), { recursive: true, force: true });
  }
  return dest;
}
