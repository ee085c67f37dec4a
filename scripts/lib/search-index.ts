import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import * as pagefind from 'pagefind';
import { FOLD_SEPARATOR, withFoldedCopy } from '../../src/lib/search/fold-text.ts';
import { normalizeBase, PLANS_BUNDLE, TYPE_LABEL, type SearchRecord } from '../../src/lib/search/records.ts';
import { pageHref } from '../../src/lib/site/paths.ts';
import { LANGS } from '../../src/lib/site/i18n.ts';

/**
 * Full-text index with Pagefind's Node API, written into the built site's pagefind/ folder:
 * one index per language. Indicator and commune pages and the plan texts' passages are indexed as custom records, made from
 * the Dataset by src/lib/search/records.ts (in the build's pages process), not from their markup, which other pages own; the
 * methodology page is indexed from its HTML (its prose is the content), main element only.
 * URLs carry the build's base (BASE_PATH). Returns a one-line summary for the build log.
 */
export async function buildSearchIndex(siteDir: string, records: { pages: SearchRecord[]; plans: SearchRecord[] }): Promise<string> {
  const base = normalizeBase(process.env.BASE_PATH);
  try {
    await writeIndex(join(siteDir, PLANS_BUNDLE), records.plans, async () => 0);
    const pages = await writeIndex(join(siteDir, 'pagefind'), records.pages, async (index) => {
      let n = 0;
      for (const lang of LANGS) {
        const url = pageHref(base, lang, 'methodology');
        const file = join(siteDir, url.slice(base.length), 'index.html');
        if (!existsSync(file)) continue;
        const added = await index.addHTMLFile({ url, content: prepareProse(await readFile(file, 'utf8'), TYPE_LABEL.page[lang]) });
        if (added.errors.length > 0) throw new Error(`pagefind (${url}): ${added.errors.join('; ')}`);
        n++;
      }
      return n;
    });
    const kinds = (k: string) => [...records.pages, ...records.plans].filter((r) => r.meta.kind === k).length;
    return `${kinds('indicator')} indicator and ${kinds('commune')} commune records, ${pages} prose pages; ${kinds('source')} plan-text passages in ${PLANS_BUNDLE}/; ${LANGS.length} languages`;
  } finally {
    await pagefind.close();
  }
}

/** One Pagefind bundle: the records, whatever `more` adds, written to `outputPath`; returns what `more` returned. */
async function writeIndex(
  outputPath: string,
  records: SearchRecord[],
  more: (index: pagefind.PagefindIndex) => Promise<number>,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const added = await index.addCustomRecord(record);
    if (added.errors.length > 0) throw new Error(`pagefind (${record.url}): ${added.errors.join('; ')}`);
  }
  const n = await more(index);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  // Pagefind also writes its ready-made UIs (~430 KB); the search page uses only the core API.
  for (const file of UNUSED_UI_FILES) await rm(join(outputPath, file), { force: true });
  await index.deleteIndex();
  return n;
}

/** Stops Pagefind's indexing process (the build calls this when it is interrupted). */
export async function closeSearchIndex(): Promise<void> {
  await pagefind.close();
}

const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * A prose page as Pagefind should see it: only <main> (data-pagefind-body), marked as a page,
 * with the folded copy of its text appended after the separator so that "dong" finds "Đồng"
 * there too (the search page shows only the text before the separator).
 */
export function prepareProse(html: string, typeLabel: string): string {
  const { document } = parseHTML(html);
  const main = document.querySelector('main');
  if (!main) return html;
  main.setAttribute('data-pagefind-body', '');
  main.setAttribute('data-pagefind-meta', 'kind:page');
  main.setAttribute('data-pagefind-filter', `type:${typeLabel}`);
  const ignored = main.querySelectorAll('script, style, template, svg, [hidden], [data-pagefind-ignore]');
  for (const el of ignored) el.setAttribute('data-pagefind-ignore', 'all');
  const text = textOf(main, new Set(ignored)).replace(/\s+/g, ' ').trim();
  const copy = withFoldedCopy(text);
  const sep = copy.indexOf(FOLD_SEPARATOR);
  if (sep >= 0) {
    const folded = document.createElement('p');
    folded.textContent = copy.slice(sep);
    main.appendChild(folded);
  }
  return document.toString();
}

/** Text of an element, a space between elements (textContent runs "Phương pháp" into the next paragraph). */
function textOf(node: Node, skip: Set<Element>): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1 || skip.has(node as Element)) return '';
  return [...node.childNodes].map((c) => textOf(c, skip)).join(' ');
}
