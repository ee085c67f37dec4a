/**
 * The plan texts as pages, and every provenance on the site as a link to its lines.
 *
 * A citation is a file and line ranges ("002_ba79….txt", "94-95;107-108"). On the site it becomes
 * a link with a label people read — "Kế hoạch 57/KH-UBND, dòng 107–108" — to the source page at
 * the range that holds the figure (#L107-L108): the other ranges of a citation are its context
 * (the table's column heading, the group's title). Every range a link can name has an element of
 * that id on the source page, at its first line, so the link works without JavaScript too.
 *
 * Pure: the dataset in, view models out; cached per dataset.
 */
import { formatTarget } from '../site/format.ts';
import type { Lang } from '../site/i18n.ts';
import { linesLabel, parseLines, seedNumber, sourceName, textsByFile } from '../site/source-names.ts';
import { fill } from '../site/fill.ts';
import { SRC } from '../site/strings-sources.ts';
import { sourcePath, sourceSlug } from '../site/paths.ts';
import { anchorRange, rangeId, type SourceText } from '../validate/check-citations.ts';
import type { Dataset } from '../dataset/check-dataset.ts';
import type { HarmonizedTarget } from '../harmonize/harmonize-targets.ts';
import type { LineRange } from '../validate/fields.ts';
import type { Task } from '../validate/schemas.ts';
import { communeTitle } from '../site/words.ts';
import { indicatorPath } from './commune.ts';
import { documentedIssues } from './findings.ts';

interface SourceIndex {
  /** Per file, the citations of each line. */
  citations: Map<string, Map<number, LineCitation[]>>;
  /** Per file, the ids of the ranges links name, by the range's first line. */
  anchors: Map<string, Map<number, Set<string>>>;
}

/** What cites a line, before it is put in words for a language. */
interface LineCitation {
  kind: 'target' | 'alt' | 'task' | 'facts' | 'document' | 'finding';
  /** The line holds what is cited (true), or is its context (a heading the citation also names). */
  main: boolean;
  /** The last line of the range that holds what is cited: where the page says what cites it. */
  last: boolean;
  communeId: string | null;
  id: string;
}

const indexes = new WeakMap<Dataset, SourceIndex>();

function index(ds: Dataset): SourceIndex {
  let ix = indexes.get(ds);
  if (ix) return ix;
  const byFile = textsByFile(ds);
  const byNumber = new Map(ds.raw.sources.map((s) => [seedNumber(s.seed_file), s]));
  const citations = new Map<string, Map<number, LineCitation[]>>();
  const anchors = new Map<string, Map<number, Set<string>>>();
  // What a line already lists, by who cites it: a line cited twice by one row (its main range and a
  // context range) is listed once and keeps its main mark; two findings of one commune on a line
  // are one link (both lead to its notes). A lookup, not a search of the line's list: that was
  // quadratic where many communes cite one provincial template (7.7 s at 3,321 communes).
  const listed = new Map<string, LineCitation>();
  const add = (file: string, ranges: LineRange[], main: LineRange, c: Omit<LineCitation, 'main' | 'last'>) => {
    let lines = citations.get(file);
    if (!lines) citations.set(file, (lines = new Map()));
    const who = `${c.kind}\u0000${c.kind === 'finding' ? c.communeId : c.id}`;
    for (const r of ranges) {
      for (let n = r.from; n <= r.to; n++) {
        const isMain = r === main;
        const last = isMain && n === r.to;
        const key = `${file}\u0000${n}\u0000${who}`;
        const same = listed.get(key);
        if (same) {
          same.main ||= isMain;
          same.last ||= last;
          continue;
        }
        const cite = { ...c, main: isMain, last };
        listed.set(key, cite);
        let list = lines.get(n);
        if (!list) lines.set(n, (list = []));
        list.push(cite);
      }
    }
    let a = anchors.get(file);
    if (!a) anchors.set(file, (a = new Map()));
    let ids = a.get(main.from);
    if (!ids) a.set(main.from, (ids = new Set()));
    ids.add(rangeId(main));
  };
  for (const t of ds.raw.targets) {
    add(t.seed_file, t.seed_lines, anchorRange(byFile.get(t.seed_file), t.seed_lines, t.seed_text), {
      kind: 'target',
      communeId: t.commune_id,
      id: t.target_id,
    });
    if (t.alt_seed_file !== '')
      add(t.alt_seed_file, t.alt_seed_lines, anchorRange(byFile.get(t.alt_seed_file), t.alt_seed_lines, t.alt_seed_text), {
        kind: 'alt',
        communeId: t.commune_id,
        id: t.target_id,
      });
  }
  for (const t of ds.raw.tasks) {
    // A task cites its group's heading first and its own lines last: the link goes to its own lines.
    add(t.seed_file, t.seed_lines, t.seed_lines[t.seed_lines.length - 1]!, { kind: 'task', communeId: t.commune_id, id: t.task_id });
  }
  for (const c of ds.raw.communes)
    for (const r of c.source_lines) {
      if (r === 'research.md') continue;
      const s = byNumber.get(r.seed);
      if (s) add(s.seed_file, [r.lines], r.lines, { kind: 'facts', communeId: c.id, id: c.id });
    }
  for (const d of ds.raw.documents)
    for (const r of d.source) {
      if (r === 'research.md') continue;
      const s = byNumber.get(r.seed);
      if (s) add(s.seed_file, [r.lines], r.lines, { kind: 'document', communeId: s.commune_id || null, id: d.id });
    }
  for (const issue of documentedIssues(ds))
    for (const r of issue.refs) {
      const s = byNumber.get(r.seed);
      const ranges = parseLines(r.lines);
      if (s) add(s.seed_file, ranges, ranges[0]!, { kind: 'finding', communeId: issue.communeId, id: issue.id });
    }
  ix = { citations, anchors };
  indexes.set(ds, ix);
  return ix;
}

export interface CitationLink {
  /** The source page's path, for pageHref. */
  page: string;
  /** The id on that page: the range that holds the figure. */
  hash: string;
  /** "Kế hoạch 57/KH-UBND, dòng 107–108". */
  label: string;
}

/** A citation as a link. `text`, when given, picks the range that holds it. */
export function citationLink(ds: Dataset, file: string, lines: string | LineRange[], lang: Lang, text?: string): CitationLink {
  const ranges = typeof lines === 'string' ? parseLines(lines) : lines;
  const main = anchorRange(textsByFile(ds).get(file), ranges, text);
  return { page: sourcePath(file), hash: rangeId(main), label: `${sourceName(ds, file, lang)}, ${linesLabel(ranges, lang)}` };
}

/** A task's citation: to its own lines, the last of its ranges (the first is its group's heading). */
export function taskLink(ds: Dataset, t: Pick<Task, 'seed_file' | 'seed_lines'>, lang: Lang): CitationLink {
  const main = t.seed_lines[t.seed_lines.length - 1]!;
  return {
    page: sourcePath(t.seed_file),
    hash: rangeId(main),
    label: `${sourceName(ds, t.seed_file, lang)}, ${linesLabel(t.seed_lines, lang)}`,
  };
}

/** An item's lines (src/lib/view/data-quality.ts) as a link. */
export function refLink(ds: Dataset, ref: { file: string; lines: string; text?: string; task?: boolean }, lang: Lang): CitationLink {
  return ref.task
    ? taskLink(ds, { seed_file: ref.file, seed_lines: parseLines(ref.lines) }, lang)
    : citationLink(ds, ref.file, ref.lines, lang, ref.text);
}

/** A communes.csv / documents.csv reference ("002", 554–556) as a link, or null for a text that is not there. */
export function numberedCitation(ds: Dataset, seed: string, lines: LineRange, lang: Lang): CitationLink | null {
  const s = ds.raw.sources.find((x) => x.seed_file.startsWith(`${seed}_`));
  return s ? citationLink(ds, s.seed_file, [lines], lang) : null;
}

/** Most citations a line names; the rest are counted. */
export const MAX_CITES = 8;

export interface CiteView {
  label: string;
  /** Where the cited row is shown: the commune page's target or task, or the plan's facts. */
  page: string | null;
  hash: string | null;
  /** The indicator page of a target, at its row. */
  indicatorPage: string | null;
  /** For an OCR text: how the data reads this line (the figure and the wording restored). */
  reading: string | null;
}

export interface SourceLineView {
  n: number;
  text: string;
  /** 'main': a figure or row stands here; 'context': a heading a citation also names. */
  mark: 'main' | 'context' | null;
  /** Ids of the ranges starting on this line (besides "L<n>"). */
  anchors: string[];
  cites: CiteView[];
  /** Citations of this line beyond MAX_CITES. */
  more: number;
}

export interface SourcePageView {
  source: SourceText;
  slug: string;
  title: string;
  communeName: string | null;
  communePage: string | null;
  lineCount: number;
  citedLines: number;
  lines: SourceLineView[];
}

const views = new WeakMap<Dataset, Map<string, SourcePageView>>();

export function sourcePage(ds: Dataset, file: string, lang: Lang): SourcePageView {
  let perDs = views.get(ds);
  if (!perDs) views.set(ds, (perDs = new Map()));
  const key = `${lang}\u0000${file}`;
  const cached = perDs.get(key);
  if (cached) return cached;
  const ix = index(ds);
  const source = textsByFile(ds).get(file);
  if (!source) throw new Error(`no source text ${file}`);
  const commune = source.commune_id ? ds.communeById.get(source.commune_id) : undefined;
  const harmonized = new Map(ds.targets.map((t) => [t.targetId, t]));
  const rawTargets = new Map(ds.raw.targets.map((t) => [t.target_id, t]));
  const tasks = new Map(ds.raw.tasks.map((t) => [t.task_id, t]));
  const documents = new Map(ds.raw.documents.map((d) => [d.id, d]));
  const lineCites = ix.citations.get(file) ?? new Map<number, LineCitation[]>();
  const lineAnchors = ix.anchors.get(file) ?? new Map<number, Set<string>>();
  const cname = (id: string | null) => {
    const c = id ? ds.communeById.get(id) : undefined;
    return c ? c.name : '';
  };
  const describe = (c: LineCitation): CiteView => {
    const who = cname(c.communeId);
    if (c.kind === 'target' || c.kind === 'alt') {
      const t = harmonized.get(c.id);
      const raw = rawTargets.get(c.id)!;
      const figure = t ? formatTarget(t, lang) : raw.target_raw;
      const label = fill(c.kind === 'alt' ? SRC.citeAlt[lang] : SRC.citeTarget[lang], { commune: who, text: shorten(raw.text), figure });
      return {
        label,
        page: `communes/${raw.commune_id}`,
        hash: `t-${raw.target_id}`,
        indicatorPage: t?.indicatorId ? indicatorPath(ds, raw.commune_id, t.indicatorId) : null,
        reading:
          source.kind === 'ocr'
            ? fill(SRC.reading[lang], { figure: raw.target_raw === '' ? figure : `${raw.target_raw} → ${figure}`, text: raw.text })
            : null,
      };
    }
    if (c.kind === 'task') {
      const t = tasks.get(c.id)!;
      return {
        label: fill(SRC.citeTask[lang], { commune: who, text: shorten(t.text) }),
        page: `communes/${t.commune_id}`,
        hash: `task-${t.task_id}`,
        indicatorPage: null,
        reading: source.kind === 'ocr' ? fill(SRC.readingTask[lang], { text: t.text }) : null,
      };
    }
    if (c.kind === 'finding')
      return {
        label: fill(SRC.citeFinding[lang], { commune: who }),
        page: `communes/${c.communeId}`,
        hash: 'quality-h',
        indicatorPage: null,
        reading: null,
      };
    if (c.kind === 'facts')
      return {
        label: fill(SRC.citeFacts[lang], { commune: who }),
        page: `communes/${c.id}`,
        hash: 'facts-h',
        indicatorPage: null,
        reading: null,
      };
    const d = documents.get(c.id);
    return {
      label: fill(SRC.citeDocument[lang], { number: d?.number ?? c.id }),
      page: null,
      hash: null,
      indicatorPage: null,
      reading: null,
    };
  };
  const lines: SourceLineView[] = [];
  let citedLines = 0;
  for (let n = 1; n < source.lines.length; n++) {
    const cites = lineCites.get(n) ?? [];
    const main = cites.some((c) => c.main);
    // What cites a range is said once, under its last line.
    const said = cites.filter((c) => c.last);
    if (cites.length > 0) citedLines++;
    lines.push({
      n,
      text: source.lines[n]!,
      mark: main ? 'main' : cites.length > 0 ? 'context' : null,
      anchors: [...(lineAnchors.get(n) ?? [])].filter((id) => id !== `L${n}`),
      cites: said.slice(0, MAX_CITES).map(describe),
      more: Math.max(0, said.length - MAX_CITES),
    });
  }
  const view: SourcePageView = {
    source,
    slug: sourceSlug(file),
    title: commune
      ? fill(SRC.pageTitle[lang], { name: sourceName(ds, file, lang), commune: communeTitle(commune, lang) })
      : fill(SRC.text[lang], { plan: source.plan }),
    communeName: commune ? communeTitle(commune, lang) : null,
    communePage: commune ? `communes/${commune.id}` : null,
    lineCount: source.lines.length - 1,
    citedLines,
    lines,
  };
  perDs.set(key, view);
  return view;
}

function shorten(text: string, max = 90): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : text;
}

export interface SourceRow {
  file: string;
  page: string;
  name: string;
  communeName: string | null;
  communePage: string | null;
  kind: SourceText['kind'];
  lines: number;
  cited: number;
}

/** The texts, in the order of their commune in communes.csv, then by file name. */
export function sourceList(ds: Dataset, lang: Lang): SourceRow[] {
  const order = new Map(ds.raw.communes.map((c, i) => [c.id, i]));
  return [...ds.raw.sources]
    .sort((a, b) => (order.get(a.commune_id) ?? 1e9) - (order.get(b.commune_id) ?? 1e9) || a.seed_file.localeCompare(b.seed_file))
    .map((s) => {
      const v = sourcePage(ds, s.seed_file, lang);
      return {
        file: s.seed_file,
        page: sourcePath(s.seed_file),
        name: sourceName(ds, s.seed_file, lang),
        communeName: v.communeName,
        communePage: v.communePage,
        kind: s.kind,
        lines: v.lineCount,
        cited: v.citedLines,
      };
    });
}

export interface TargetSources {
  main: CitationLink;
  /** The second statement (the other copy of the plan, or its appendix), when there is one. */
  alt: CitationLink | null;
}

/**
 * A target's citations as links. Made when a page asks, not kept: a commune page and an indicator
 * page each ask for their own rows, and a map of every target per dataset and language (kept for the
 * whole build, for the root and every province's scoped dataset) held 168 MB at 3,321 communes.
 */
export function targetSources(
  ds: Dataset,
  t: Pick<HarmonizedTarget, 'seedFile' | 'seedLines' | 'seedText' | 'altSeedFile' | 'altSeedLines' | 'altSeedText'>,
  lang: Lang,
): TargetSources {
  return {
    main: citationLink(ds, t.seedFile, t.seedLines, lang, t.seedText),
    alt: t.altSeedFile ? citationLink(ds, t.altSeedFile, t.altSeedLines, lang, t.altSeedText) : null,
  };
}
