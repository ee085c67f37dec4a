/**
 * The words a citation is read in, wherever it is shown (pages, published tables, search
 * records): a plan text's name ("Kế hoạch 57/KH-UBND (bản OCR)") and its lines ("dòng 107–108").
 * Pure; the lookup by file is built once per dataset.
 */
import type { Dataset } from '../dataset/check-dataset.ts';
import type { SourceText } from '../validate/check-citations.ts';
import type { LineRange } from '../validate/fields.ts';
import { fill } from './fill.ts';
import type { Lang } from './i18n.ts';
import { SRC } from './strings-sources.ts';
import { formatRange } from '../validate/fields.ts';

/** "94-95;107-108" → ranges; the form the published tables and harmonized rows carry. */
export function parseLines(lines: string): LineRange[] {
  return lines
    .split(';')
    .filter((p) => p.trim() !== '')
    .map((p) => {
      const [a, b] = p.split('-').map((n) => Number(n.trim()));
      return { from: a!, to: b ?? a! };
    });
}

const dash = (r: LineRange) => formatRange(r, '–');

/** "dòng 108", "dòng 107–108", "dòng 94–95, 107–108" / "line 108", "lines 107–108". */
export function linesLabel(ranges: LineRange[], lang: Lang): string {
  const one = ranges.length === 1 && ranges[0]!.from === ranges[0]!.to;
  return `${one ? SRC.line[lang] : SRC.lines[lang]} ${ranges.map(dash).join(', ')}`;
}

const files = new WeakMap<Dataset['raw']['sources'], Map<string, SourceText>>();

/**
 * The plan texts by file name. Cached on the list of texts, which a province's scoped dataset
 * shares with the whole one: built once per build, not once per scope.
 */
export function textsByFile(ds: Dataset): Map<string, SourceText> {
  let m = files.get(ds.raw.sources);
  if (!m) files.set(ds.raw.sources, (m = new Map(ds.raw.sources.map((s) => [s.seed_file, s]))));
  return m;
}

/** A plan text's number, the start of its file name: "002_ba79….txt" → "002" (how the pages and the data cite it). */
export function seedNumber(file: string): string {
  return file.slice(0, 3);
}

/** How a plan text is named in a link: "Kế hoạch 57/KH-UBND", and "(bản OCR)" when its commune has another copy. */
export function sourceName(ds: Dataset, file: string, lang: Lang): string {
  const s = textsByFile(ds).get(file);
  const c = s?.commune_id ? ds.communeById.get(s.commune_id) : undefined;
  if (!s || !c) return s ? fill(SRC.text[lang], { plan: s.plan }) : file;
  const number = c.plan_number.startsWith('/') ? SRC.unnumbered[lang] : c.plan_number;
  const copy = c.source_files.length > 1 ? ` (${s.kind === 'ocr' ? SRC.ocrCopy[lang] : SRC.cleanCopy[lang]})` : '';
  return `${SRC.plan[lang]} ${number}${copy}`;
}
