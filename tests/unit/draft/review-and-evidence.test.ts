/**
 * What the reviewer relies on: every drafted row of the five plans cites lines that hold its
 * seed_text; restored words are listed and never enter seed_text or target_raw; a word without
 * evidence is kept as written and reported; the drafted commune's own rows are never evidence;
 * review.md counts what was found per section and gives each reason with its line; --check's
 * errors point into the draft.
 */
import { describe, expect, it } from 'vitest';
import { combineForCheck } from '../../../src/lib/draft/combine-for-check.ts';
import { draftFiles } from '../../../src/lib/draft/draft-files.ts';
import { restorationEvidence } from '../../../src/lib/draft/evidence.ts';
import { matchRows, wordAccuracy } from '../../../src/lib/draft/measure-draft.ts';
import { checkOutDir, inputKind, seedFileName } from '../../../src/lib/draft/plan-input.ts';
import { createRestorer } from '../../../src/lib/draft/restore-diacritics.ts';
import { dataError } from '../../../src/lib/core/data-error.ts';
import { badCitations, draftOf, source, SOURCES } from './support.ts';

describe('citations', () => {
  for (const file of Object.values(SOURCES)) {
    it(`every drafted row of ${file} has seed_lines and a seed_text found at them`, async () => {
      const { draft, plan } = await draftOf(source(file), 'xa-thu', file);
      expect(draft.targets.length).toBeGreaterThan(0);
      expect(badCitations(draft, plan)).toEqual([]);
      for (const t of draft.tasks) expect(t.seedLines.length).toBeGreaterThan(0);
    });
  }

  it('keeps restoration out of seed_text and target_raw: both are characters of the OCR text', async () => {
    const { draft, plan } = await draftOf(source(SOURCES.xt), 'xa-thu', SOURCES.xt);
    const text = plan.lines.join(' ');
    for (const t of draft.targets) {
      expect(text).toContain(t.seedText.split(' ')[0]!);
      if (t.targetRaw) expect(plan.lines.join(' ').replace(/\s+/g, ' ')).toContain(t.targetRaw);
    }
    expect(draft.targets.some((t) => t.restoredText && t.restoredText !== t.text)).toBe(true);
  });
});

describe('diacritic restoration', () => {
  it('restores from pairs of words seen in clean text, and says which evidence it used', () => {
    const r = createRestorer(['Tỷ lệ phủ sóng 5G trên địa bàn'], []).restore('Ty 1¢ phu séng 5G trén dia ban');
    expect(r.text).toBe('Tỷ lệ phủ sóng 5G trên địa bàn');
    expect(r.restored.every((w) => w.evidence === 'phrase')).toBe(true);
    expect(r.restored.map((w) => w.written)).toEqual(['Ty', '1¢', 'phu', 'séng', 'trén', 'dia', 'ban']);
  });

  it('keeps a word as written when nothing supports a reading, and reports it', () => {
    const r = createRestorer(['Tỷ lệ phủ sóng'], []).restore('Ty 1¢ qwxz');
    expect(r.text).toBe('Tỷ lệ qwxz');
    expect(r.kept).toEqual(['qwxz']);
  });

  it('uses the word list only for a syllable with a single form, never to choose between forms', () => {
    const dictionary = ['nghiệp', 'ban', 'bàn', 'bán', 'bạn'];
    const r = createRestorer([], dictionary).restore('doanh nghiep ban');
    expect(r.text).toBe('doanh nghiệp ban');
    expect(r.restored).toEqual([{ written: 'nghiep', restored: 'nghiệp', evidence: 'dictionary' }]);
  });

  it('never learns from the commune being drafted: its rows, plan texts and the unit spellings only it writes are left out', () => {
    const evidence = {
      catalogue: [{ id: 'i', name_vi: 'Tỷ lệ chung', definition_vi: 'Định nghĩa', related_terms: 'thuật ngữ' }],
      spellings: ['Phòng Riêng Một', 'Phòng Chung'],
      unitNames: ['Phòng Văn hóa – Xã hội'],
      rows: [
        { communeId: 'xa-mot', text: 'Chỉ tiêu riêng của xã một', group: 'Nhóm một', units: ['Phòng Riêng Một; Phòng Chung'] },
        { communeId: 'xa-hai', text: 'Chỉ tiêu của xã hai', group: 'Nhóm hai', units: ['Phòng Chung'] },
      ],
      crosswalk: [],
      targets: [],
      cleanSources: [
        { communeId: 'xa-mot', text: 'Kế hoạch của xã một' },
        { communeId: 'xa-hai', text: 'Kế hoạch của xã hai' },
      ],
    };
    const used = restorationEvidence(evidence, 'xa-mot');
    expect(used).toEqual(expect.arrayContaining(['Chỉ tiêu của xã hai', 'Kế hoạch của xã hai', 'Phòng Chung', 'Tỷ lệ chung']));
    for (const own of ['Chỉ tiêu riêng của xã một', 'Nhóm một', 'Kế hoạch của xã một', 'Phòng Riêng Một']) expect(used).not.toContain(own);
  });
});

describe('review.md', () => {
  it('counts what it found per section and lists each reason with the line to check', async () => {
    const { draft } = await draftOf(source(SOURCES.xt), 'xa-thu', SOURCES.xt);
    const review = draftFiles(draft, source(SOURCES.xt), 'test', '0'.repeat(64)).get('review.md')!;
    expect(review).toMatch(/\| I\.2\.a .* \| 11 \|/);
    expect(review).toMatch(/\| I\.2\.c .* \| 8 \|/);
    expect(review).toContain('**OCR comparator symbol** (`001_5965a3c068454845.txt:91`)');
    expect(review).toContain('**OCR comparator word** (`001_5965a3c068454845.txt:56`)');
    expect(review).toMatch(/\*\*restored diacritics\*\* \(`001_5965a3c068454845\.txt:\d+`\): diacritics restored in text: .*→/);
  });
});

describe('--check’s combined folder', () => {
  it('appends the draft’s crosswalk rows to data/ and maps an error there back to the draft’s line', () => {
    const data = new Map([['harmonize/crosswalk.csv', 'target_id,indicator_id,match,note_vi,note_en\na-01,x,same,,\nb-01,y,same,,\n']]);
    const draft = new Map([
      ['crosswalk.csv', 'target_id,indicator_id,match,note_vi,note_en\nb-01,z,same,,\nb-02,,bogus,,\n'],
      ['targets/b.csv', 'header\n'],
    ]);
    const c = combineForCheck(data, draft, 'b', 'drafts/b');
    expect(c.files.get('harmonize/crosswalk.csv')).toBe(
      'target_id,indicator_id,match,note_vi,note_en\na-01,x,same,,\nb-01,z,same,,\nb-02,,bogus,,\n',
    );
    expect(c.locate(dataError({ file: 'data/harmonize/crosswalk.csv', line: 4, problem: 'p' }))).toMatchObject({
      file: 'drafts/b/crosswalk.csv',
      line: 3,
    });
    expect(c.locate(dataError({ file: 'data/harmonize/crosswalk.csv', line: 2, problem: 'p' }))).toMatchObject({
      file: 'data/harmonize/crosswalk.csv',
      line: 2,
    });
    expect(c.locate(dataError({ file: 'data/targets/b.csv', line: 2, problem: 'p' }))).toMatchObject({
      file: 'drafts/b/targets/b.csv',
      line: 2,
    });
  });
});

describe('inputs and measures', () => {
  it('reads the kind of a plan from its extension and names the seed file as check:data wants it', () => {
    expect(['a.TXT', 'b.md', 'c.docx', 'd.pdf'].map(inputKind)).toEqual(['txt', 'md', 'docx', 'pdf']);
    expect(() => inputKind('e.doc')).toThrow(/expected \.txt or \.md/);
    expect(seedFileName('/x/Kế hoạch số 57.docx')).toBe('000_Ke-hoach-so-57.txt');
    // communes.csv cites a text by its number: a name without one gets the next number free.
    expect(seedFileName('/x/Kế hoạch số 57.docx', ['000_a.txt', '001_b.txt', '003_c.txt'])).toBe('002_Ke-hoach-so-57.txt');
    expect(seedFileName('002_ba792d655f7fc0c8.txt')).toBe('002_ba792d655f7fc0c8.txt');
    expect(() => checkOutDir('/r/data', '/r/data')).toThrow(/inside/);
    expect(() => checkOutDir('/r/data/x', '/r/data')).toThrow(/inside/);
    expect(() => checkOutDir('/r/drafts/x', '/r/data')).not.toThrow();
  });

  it('matches a drafted row to a hand row only with the same figure at a shared line, one to one', () => {
    const hand = [
      { numbers: [90], lines: new Set([10]) },
      { numbers: [100], lines: new Set([12, 14]) },
      { numbers: [100], lines: new Set([12, 14]) },
    ];
    const drafted = [
      { numbers: [100], lines: new Set([14]) },
      { numbers: [90], lines: new Set([11]) },
      { numbers: [100], lines: new Set([12]) },
    ];
    expect([...matchRows(hand, drafted)]).toEqual([
      [1, 0],
      [2, 2],
    ]);
    expect(wordAccuracy('Tỷ lệ phủ sóng', 'Tỉ lệ phủ sóng 5G')).toEqual([3, 5]);
  });
});

describe('what check:data will refuse', () => {
  it('is flagged in the draft already, with the data check’s own parser and message', async () => {
    const { draft } = await draftOf(source(SOURCES.xt), 'xa-thu', SOURCES.xt);
    const row = draft.targets.find((t) => t.targetRaw === 'Trén 90%')!;
    expect(row.flags.find((f) => f.kind === 'unreadable-target')?.message).toContain('Cannot read the target "Trén 90%"');
    expect(draft.targets.filter((t) => t.targetRaw === '100%').every((t) => !t.flags.some((f) => f.kind === 'unreadable-target'))).toBe(
      true,
    );
  });
});
