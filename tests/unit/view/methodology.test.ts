import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  sourceFacts,
  FORM_ORDER,
  formOf,
  matchCounts,
  ocrEvidence,
  ocrRuleUse,
  readingForms,
  rulesAtWork,
  spellingTable,
} from '../../../src/lib/view/methodology.ts';
import { MT } from '../../../src/content-text/methodology.ts';
import { numberWord } from '../../../src/lib/site/words.ts';
import { realDataset } from '../support/real-dataset.ts';
import { generateSynthetic } from '../../../scripts/lib/bench/synthetic.ts';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { MAX_NAMED } from '../../../src/lib/dataset/scope.ts';

const ds = await realDataset();
const target = (id: string) => ds.targets.find((t) => t.targetId === id)!;

describe('the reading rules on the methodology page', () => {
  it('puts every target under exactly one form, so the counts add up to all targets', () => {
    const forms = readingForms(ds, 'vi');
    expect(forms.map((f) => f.key)).toEqual(FORM_ORDER);
    const total = forms.filter((f) => f.key !== 'ceiling').reduce((n, f) => n + f.count, 0);
    expect(total).toBe(ds.targets.length);
  });

  it('reads “đạt 100%” as a verb, “Trên 90%” as a strict word, “> 65%” in OCR as an OCR symbol, “80%” as bare', () => {
    expect(formOf(target('xuan-thanh-01'))).toBe('verb');
    expect(formOf(target('xuan-thanh-04'))).toBe('word-strict');
    expect(formOf(target('xuan-thanh-15'))).toBe('ocr-symbol');
    expect(formOf(target('xuan-thanh-06'))).toBe('bare');
    expect(formOf(target('phuoc-an-33'))).toBe('range');
  });

  it('illustrates each form with real targets, from different communes where there are', () => {
    const minimum = readingForms(ds, 'vi').find((f) => f.key === 'symbol-min')!;
    expect(minimum.examples[0]).toEqual({
      commune: 'Nhơn Trạch',
      asWritten: '≥ 60%',
      readAs: '≥ 60%',
      source: { page: 'sources/002-ba792d655f7fc0c8', hash: 'L107-L108', label: 'Kế hoạch 57/KH-UBND (bản có dấu), dòng 94–95, 107–108' },
    });
    expect(new Set(minimum.examples.slice(0, 2).map((e) => e.commune)).size).toBe(2);
    const ceiling = readingForms(ds, 'vi').find((f) => f.key === 'ceiling')!;
    expect(ceiling.examples[0]!.asWritten).toBe('≥ 100%');
  });

  it('has a reading rule, in both languages, for every form', () => {
    for (const key of FORM_ORDER) {
      expect(MT.form[key].form.vi && MT.form[key].form.en && MT.form[key].rule.vi && MT.form[key].rule.en, key).toBeTruthy();
    }
  });
});

describe('the OCR rule’s evidence', () => {
  it('shows Nhơn Trạch’s 17 “≥” of the clean copy as 13 “>” and 4 lost signs in the OCR, and no “>” added', () => {
    const e = ocrEvidence(ds, 'vi')!;
    expect(e).toMatchObject({ withSign: 17, signAsGreater: 13, signLost: 4, withoutSign: 6, greaterWithoutSign: 0 });
    expect(e.rows[0]).toEqual({
      targetId: 'nhon-trach-01',
      item: '1',
      text: 'Tỉ lệ phủ sóng 5G trên địa bàn xã',
      clean: '≥ 60%',
      cleanSource: {
        page: 'sources/002-ba792d655f7fc0c8',
        hash: 'L107-L108',
        label: 'Kế hoạch 57/KH-UBND (bản có dấu), dòng 94–95, 107–108',
      },
      ocr: '> 60%',
      ocrSource: { page: 'sources/000-aa4d0d6fc52ffda5', hash: 'L103', label: 'Kế hoạch 57/KH-UBND (bản OCR), dòng 103' },
    });
  });

  it('says the rule changed six targets, all Xuân Thành’s', () => {
    expect(ocrRuleUse(ds).map((u) => [u.commune, u.used])).toEqual([
      ['Nhơn Trạch', 0],
      ['Xuân Thành', 6],
      ['Nghĩa Đàn', 0],
    ]);
  });

  it('says why a rule changed no target: a clean copy the targets come from, or targets written in words', () => {
    const unused = new Map(ocrRuleUse(ds).map((u) => [u.commune, u.unused]));
    expect(unused.get('Nhơn Trạch')).toEqual({ cleanCopy: '002_ba792d655f7fc0c8.txt' });
    expect(unused.get('Xuân Thành')).toBeNull();
    const words = unused.get('Nghĩa Đàn');
    expect(words && 'words' in words ? words.words : []).toContain('trên');
    expect(MT.ocrUsed('Nhơn Trạch', '000', 0, unused.get('Nhơn Trạch')!).en).toContain('taken from the clean text (file 002)');
  });

  it('names the plan with both copies and its files from the data, not from the prose', () => {
    const e = ocrEvidence(ds, 'en')!;
    expect(e.commune).toBe('Nhơn Trạch');
    expect(MT.ocr({ ...e, commune: 'Xã Mới' }).en).toContain(
      'The evidence is Xã Mới’s, whose plan exists as clean text (file 002) and as OCR (file 000)',
    );
  });

  it('states the evidence in words with the computed counts', () => {
    expect(MT.ocr(ocrEvidence(ds, 'vi')!).vi).toContain(
      'Trong 17 chỉ tiêu ghi “≥” ở bản sạch, bản OCR cho thấy “>” ở 13 chỉ tiêu và mất hẳn dấu ở 4',
    );
  });
});

describe('matching and units', () => {
  it('counts every target under one degree of match', () => {
    const counts = matchCounts(ds, 'en');
    expect(counts.reduce((n, m) => n + m.count, 0)).toBe(ds.targets.length);
    expect(counts.find((m) => m.match === 'unmapped')!.count).toBe(4);
  });

  it('maps every spelling in the plans to its canonical unit, with who uses it', () => {
    const rows = spellingTable(ds, 'vi');
    expect(rows).toHaveLength(ds.rules.spellings.length);
    expect(rows.find((r) => r.spelling === 'Phòng VHXXH')).toMatchObject({
      canonical: ['Phòng Văn hóa – Xã hội'],
      communes: ['Phước An'],
      uses: 3,
    });
    expect(rows.filter((r) => r.uses === 0)).toEqual([]);
  });

  it('points at where the comparison rules change a result in this data', () => {
    const lines = rulesAtWork(ds);
    expect(lines[0]!.vi).toMatch(/^\d+ chỉ tiêu có con số cho hai năm khác nhau/);
    // Once Xuân Thành's online-service satisfaction became "related", no group mixes “above” and “at least”.
    const strict = ds.comparisons.filter((c) => c.groups.some((g) => g.flags.strictAndInclusive));
    expect(lines[1]!.en).toMatch(strict.length === 0 ? /^No indicator has both “above”/ : new RegExp(`^${strict.length} indicator`));
  });
});

/** 40 synthetic communes in several provinces: more than fit side by side, so the page summarizes. */
async function syntheticDataset() {
  const files = generateSynthetic(await readDataFiles(resolve('data')), { n: 40, seed: 1 });
  const checked = checkDataset(new Map([...files].map(([k, v]) => [k, new TextEncoder().encode(v)])), 'synthetic');
  if (!checked.ok) throw new Error('synthetic data do not pass the checks');
  return checked.value;
}
const syn = await syntheticDataset();

describe('the methodology figures past a dozen plans (40 synthetic communes)', () => {
  it('counts targets over all plans', () => {
    expect(readingForms(syn, 'en').reduce((n, f) => n + (f.key === 'ceiling' ? 0 : f.count), 0)).toBe(syn.targets.length);
    expect(matchCounts(syn, 'en').reduce((n, m) => n + m.count, 0)).toBe(syn.targets.length);
    for (const f of readingForms(syn, 'vi')) expect(f.examples.length).toBeLessThanOrEqual(3);
  });

  it('names at most MAX_NAMED communes per unit spelling and counts them all', () => {
    const rows = spellingTable(syn, 'vi');
    for (const r of rows) {
      expect(r.communes.length).toBe(Math.min(MAX_NAMED, r.communeCount));
      expect(r.communeCount).toBeLessThanOrEqual(40);
    }
    expect(rows.some((r) => r.communeCount > MAX_NAMED)).toBe(true);
  });

  it('counts the OCR rule over every target of its file', () => {
    const use = ocrRuleUse(syn);
    expect(use.reduce((n, u) => n + u.used, 0)).toBe(syn.targets.filter((t) => t.comparatorSource === 'ocr-symbol').length);
    expect(use.reduce((n, u) => n + u.communes, 0)).toBe(syn.raw.communes.filter((c) => c.text_quality === 'ocr').length);
  });
});

describe('the sources paragraph counts its plans and texts from the data', () => {
  it('counts the real plans, their OCR and clean texts, and the plans held in both forms', () => {
    const f = sourceFacts(ds);
    const files = ds.raw.communes.flatMap((c) => c.source_files);
    const kind = new Map(ds.raw.sources.map((s) => [s.seed_file, s.kind]));
    expect(f.plans).toBe(ds.raw.communes.length);
    expect(f.ocr + f.clean).toBe(files.length);
    expect(f.ocr).toBe(files.filter((x) => kind.get(x) === 'ocr').length);
    expect(f.both).toEqual(ds.raw.communes.filter((c) => new Set(c.source_files.map((x) => kind.get(x))).size > 1).map((c) => c.name));
    expect(f.both.length).toBeGreaterThan(0);
  });

  it('says how many plans there are in words, and names the plan held in both forms', () => {
    const f = sourceFacts(ds);
    const text = MT.sourcesText(f);
    expect(text.vi).toContain(`văn bản của ${numberWord(f.plans, 'vi')} kế hoạch`);
    expect(text.en).toContain(`the ${numberWord(f.plans, 'en')} plans`);
    for (const name of f.both) expect(text.en).toContain(name);
  });

  it('does not keep the real counts when the data grow (40 synthetic plans)', () => {
    const f = sourceFacts(syn);
    expect(f.plans).toBe(40);
    const text = MT.sourcesText(f);
    expect(text.vi).toContain('văn bản của 40 kế hoạch');
    expect(text.en).toContain('the 40 plans');
    expect(text.en).not.toContain(numberWord(ds.raw.communes.length, 'en'));
  });
});
