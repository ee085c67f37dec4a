import * as pagefind from 'pagefind';

/**
 * Full-text index with Pagefind's Node API: one index per <html lang>, written into the
 * built site's pagefind/ folder. Returns a one-line summary for the build log.
 */
export async function buildSearchIndex(siteDir: string): Promise<string> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: undefined });
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  try {
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: `${siteDir}/pagefind` });
    if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
    return `${added.page_count} pages`;
  } finally {
    await pagefind.close();
  }
}
