import { describe, expect, it } from 'vitest';
import { communeFacts } from '../../../src/lib/view/commune-facts.ts';
import { communeIssues } from '../../../src/lib/view/findings.ts';
import { sourceName, seedNumber } from '../../../src/lib/site/source-names.ts';
import { sourcePath } from '../../../src/lib/site/paths.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();
const ocrFiles = new Set(ds.rules.ocrReadings.map((o) => o.seed_file));

describe('a plan’s facts as the commune page lists them', () => {
  it('lists every text file of every plan, in its order, marking as OCR exactly those an OCR rule reads', () => {
    for (const c of ds.raw.communes) {
      const { files } = communeFacts(ds, c.id, 'vi');
      expect(files.map((f) => f.file)).toEqual(c.source_files);
      expect(files[0]!.ocr, c.id).toBe(c.text_quality === 'ocr');
      for (const f of files.slice(1)) expect(f.ocr, f.file).toBe(ocrFiles.has(f.file));
      expect(files.map((f) => f.name)).toEqual(c.source_files.map((f) => sourceName(ds, f, 'vi')));
    }
  });

  it('marks Nhơn Trạch’s second copy as OCR and its own text as clean', () => {
    const files = communeFacts(ds, 'nhon-trach', 'en').files;
    expect(files.length).toBeGreaterThan(1);
    expect(files.filter((f) => f.ocr).map((f) => f.file)).toEqual(files.slice(1).map((f) => f.file));
  });

  it('links each line the facts were read from to that plan text, and leaves out the research notes', () => {
    for (const c of ds.raw.communes) {
      const { lines } = communeFacts(ds, c.id, 'vi');
      const refs = c.source_lines.filter((r) => r !== 'research.md');
      expect(lines.length, c.id).toBe(refs.length);
      lines.forEach((l, i) => {
        const ref = refs[i] as Exclude<(typeof refs)[number], string>;
        const file = ds.raw.sources.find((s) => seedNumber(s.seed_file) === ref.seed)!.seed_file;
        expect(l.page).toBe(sourcePath(file));
        expect(l.label.startsWith(sourceName(ds, file, 'vi'))).toBe(true);
      });
    }
  });

  it('names the documents a plan cites in its order, with their issuer and date for the tooltip', () => {
    for (const c of ds.raw.communes) {
      const docs = communeFacts(ds, c.id, 'vi').documents;
      const cited = c.cited_documents.map((id) => ds.raw.documents.find((d) => d.id === id)!);
      expect(docs.map((d) => d.number)).toEqual(cited.map((d) => d.number));
      docs.forEach((d, i) => expect(d.title.startsWith(`${cited[i]!.issuer}, `)).toBe(true));
      expect(docs.every((d) => !/\d{4}-\d{2}-\d{2}/.test(d.title))).toBe(true);
    }
  });

  it('puts each finding on a fact of the plan beside that fact, in the page’s language', () => {
    const withFact = ds.raw.communes.flatMap((c) => communeIssues(ds, c.id).filter((i) => i.fact));
    expect(withFact.length).toBeGreaterThan(0);
    for (const issue of withFact) {
      expect(communeFacts(ds, issue.communeId, 'en').notes[issue.fact!]).toContain(issue.short.en);
      expect(communeFacts(ds, issue.communeId, 'vi').notes[issue.fact!]).toContain(issue.short.vi);
    }
    const without = ds.raw.communes.find((c) => communeIssues(ds, c.id).every((i) => !i.fact));
    if (without) expect(communeFacts(ds, without.id, 'vi').notes).toEqual({});
  });
});
