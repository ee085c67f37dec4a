import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HarmonizedTarget } from '../../../src/lib/harmonize/harmonize-targets.ts';
import { communeQuality, dataQuality, statedTwiceDiffers } from '../../../src/lib/view/data-quality.ts';
import { documentedIssues } from '../../../src/lib/view/findings.ts';
import { refLink } from '../../../src/lib/view/sources.ts';
import { QUALITY_KINDS, qualityByKind, qualityByProvince, qualityCounts } from '../../../src/lib/view/quality-summary.ts';
import { mainYearOf } from '../../../src/lib/compare/main-year.ts';
import { generateSynthetic } from '../../../scripts/lib/bench/synthetic.ts';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { MAX_NAMED, provincesOf } from '../../../src/lib/dataset/scope.ts';

import { REPO_ROOT } from '../../fixtures/dataset.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();
const vi = Object.fromEntries(dataQuality(ds, 'vi').map((q) => [q.communeId, q]));
const en = Object.fromEntries(dataQuality(ds, 'en').map((q) => [q.communeId, q]));

describe('what each plan lacks or states inconsistently, computed from the data', () => {
  it('finds the year most targets are for: 2026', () => {
    expect(mainYearOf(ds.targets)).toBe(2026);
  });

  it('flags Phước An’s blank number and blank day and month, and Nghĩa Đàn’s illegible signer', () => {
    expect(vi['phuoc-an']!.header.map((h) => h.detail)).toEqual([
      'số kế hoạch để trống trong văn bản',
      'Ngày và tháng để trống trong văn bản',
    ]);
    expect(vi['xuan-thanh']!.header.map((h) => [h.label, h.detail])).toEqual([['../02/2026', 'Ngày không đọc được trong bản OCR']]);
    expect(vi['nghia-dan']!.header.map((h) => h.sources)).toEqual([[{ file: '003_61e0d19b87fa339e.txt', lines: '360-368' }]]);
    expect(vi['nhon-trach']!.header).toEqual([]);
  });

  it('says Nghĩa Đàn sets its targets for 2030 and 2045 while the others set theirs for 2026', () => {
    expect(vi['nghia-dan']!.years).toBe(
      '2030 (15 chỉ tiêu), 2045 (2 chỉ tiêu); các kế hoạch khác đặt chỉ tiêu cho năm 2026: không xếp hạng chung.',
    );
    expect(vi['xuan-thanh']!.years).toBeNull();
  });

  it('lists Xuân Thành’s five objectives that no appendix row or duty gives to a unit, with their lines', () => {
    expect(vi['xuan-thanh']!.withoutLead.map((i) => i.sources.map((r) => `${r.file.slice(0, 3)}:${r.lines}`))).toEqual([
      ['001:63-64'],
      ['001:66-68'],
      ['001:73'],
      ['001:77-79'],
      ['001:99-100'],
    ]);
    expect(vi['nghia-dan']!.withoutLead).toHaveLength(17);
    expect(vi['phuoc-an']!.withoutLead).toEqual([]);
  });

  it('finds Xuân Thành’s objectives worded differently from its appendix: “Trên 90%” and “tối thiểu” against “>”', () => {
    const items = vi['xuan-thanh']!.statedTwice;
    expect(items.map((i) => i.id)).toEqual(['xuan-thanh-04', 'xuan-thanh-12', 'xuan-thanh-14', 'xuan-thanh-20']);
    expect(items[0]!.detail).toBe('mục tiêu ghi bằng chữ, phụ lục ghi bằng dấu: “Trén 90%” — “>90%”; giữ theo chữ (> 90%)');
    expect(items[0]!.sources.map((r) => `${r.file.slice(0, 3)}:${r.lines}`)).toEqual(['001:56-57', '001:325-326']);
    expect(items[2]!.detail).toContain('hai con số');
  });

  it('does not count Nhơn Trạch’s OCR copy as a second statement of its plan', () => {
    expect(vi['nhon-trach']!.statedTwice).toEqual([]);
  });

  it('lists the bare figures read as minimums and the OCR symbols read as “≥”, per commune', () => {
    const counts = Object.fromEntries(Object.entries(vi).map(([id, q]) => [id, [q.implied.length, q.ocrRead.length]]));
    expect(counts).toEqual({ 'nhon-trach': [6, 0], 'xuan-thanh': [8, 6], 'phuoc-an': [18, 0], 'nghia-dan': [4, 0] });
    expect(vi['xuan-thanh']!.ocrRead[1]).toMatchObject({
      id: 'xuan-thanh-15',
      detail: 'bản OCR ghi “> 65%”, đọc là ≥ 65%',
      sources: [{ file: '001_5965a3c068454845.txt', lines: '95', text: '> 65%' }],
    });
    expect(en['nghia-dan']!.implied[0]!.detail).toBe('written “đạt 100%”, read as ≥ 100%');
  });

  it('names Nhơn Trạch’s four “≥ 100%” targets as ceilings', () => {
    expect(vi['nhon-trach']!.ceilings.map((i) => i.id)).toEqual(['nhon-trach-14', 'nhon-trach-15', 'nhon-trach-19', 'nhon-trach-24']);
  });

  it('gives the reason for every unmapped target', () => {
    expect(vi['nghia-dan']!.unmapped).toHaveLength(4);
    expect(vi['nghia-dan']!.unmapped.every((i) => i.detail.length > 10)).toBe(true);
    expect(en['nghia-dan']!.unmapped[2]!.detail).toBe('Qualitative vision for 2045.');
  });

  it('lists the unit spellings that needed a note, with the cells they appear in', () => {
    expect(vi['phuoc-an']!.spellings.map((s) => [s.label, s.detail])).toEqual([['Phòng VHXXH', '→ Phòng Văn hóa – Xã hội (3 ô)']]);
    expect(en['phuoc-an']!.spellings[0]!.detail).toContain('Typo in the Phước An plan');
  });

  it('separates unreadable appendix cells from garbled ones read back from the plan', () => {
    const nd = vi['nghia-dan']!.garbledTasks;
    expect(nd.find((i) => i.id === 'nghia-dan-task-10')!.detail).toMatch(/không đọc được/);
    expect(nd.find((i) => i.id === 'nghia-dan-task-14')!.detail).toMatch(/đã đọc lại/);
    expect(vi['phuoc-an']!.garbledTasks).toEqual([]);
  });

  it('sums every commune up in the counts of the summary table', () => {
    expect(qualityCounts(vi['xuan-thanh']!)).toEqual({
      targets: 22,
      implied: 8,
      ocrRead: 6,
      qualitative: 5,
      withoutLead: 5,
      statedTwice: 4,
      unmapped: 0,
      garbledTasks: 6,
      documented: 3,
    });
  });
});

describe('a target stated twice', () => {
  const row = (over: Partial<HarmonizedTarget>): HarmonizedTarget =>
    ({
      comparatorSource: 'word',
      seedFile: '001_x.txt',
      seedText: 'Trén 90%',
      altSeedFile: '001_x.txt',
      altSeedText: '>90%',
      ...over,
    }) as HarmonizedTarget;

  it('differs in comparator when the objective uses a word and the appendix a symbol', () => {
    expect(statedTwiceDiffers(row({}))).toBe('comparator');
  });

  it('differs in figure when the two statements give other numbers', () => {
    expect(statedTwiceDiffers(row({ comparatorSource: 'ocr-symbol', seedText: '> 40%', altSeedText: '> 400' }))).toBe('figure');
  });

  it('does not differ when both say the same, or when the other statement is another copy of the plan', () => {
    expect(statedTwiceDiffers(row({ comparatorSource: 'implied', seedText: '100%', altSeedText: '100%' }))).toBeNull();
    expect(statedTwiceDiffers(row({ altSeedFile: '000_y.txt' }))).toBeNull();
    expect(statedTwiceDiffers(row({ altSeedText: '' }))).toBeNull();
  });
});

describe('inconsistencies noted by hand', () => {
  const issues = documentedIssues(ds);

  it('cover the points the plans get wrong, each tied to a commune and to source lines', () => {
    expect(issues.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'phuoc-an-heading-count',
        'phuoc-an-blank-number',
        'phuoc-an-469-dates',
        'phuoc-an-vhxxh',
        'xuan-thanh-date',
        'xuan-thanh-signer',
        'nhon-trach-digitisation',
        'nghia-dan-signer',
        'nghia-dan-district-wording',
      ]),
    );
    const communes = new Set(ds.raw.communes.map((c) => c.id));
    for (const i of issues) {
      expect(communes.has(i.communeId), i.id).toBe(true);
      expect(i.refs.length, i.id).toBeGreaterThan(0);
      expect(i.text.vi.length > 20 && i.text.en.length > 20 && i.short.vi !== '' && i.short.en !== '', i.id).toBe(true);
    }
  });

  it('count what the data can count: 40 listed targets against the heading’s 54, six cells spelt “VHXXH”', () => {
    const heading = issues.find((i) => i.id === 'phuoc-an-heading-count')!;
    expect(heading.text.vi).toContain('bảng chỉ liệt kê 40 (nhóm I: 2, II: 4, III: 1, IV: 3, V: 30)');
    expect(issues.find((i) => i.id === 'phuoc-an-vhxxh')!.text.vi).toContain('ở 6 chỉ tiêu đầu bảng');
  });

  const SEEDS_DIR = resolve(REPO_ROOT, 'data/sources');
  it('quote exactly the characters that stand at the cited lines of data/sources/', () => {
    const files = readdirSync(SEEDS_DIR);
    const problems: string[] = [];
    for (const i of issues)
      for (const r of i.refs) {
        const file = files.find((f) => f.startsWith(`${r.seed}_`));
        if (!file) {
          problems.push(`${i.id}: no seed ${r.seed}`);
          continue;
        }
        const lines = readFileSync(resolve(SEEDS_DIR, file), 'utf8').replace(/\r\n?/g, '\n').split('\n');
        const [from, to = from] = r.lines.split('-').map(Number) as [number, number?];
        const cited = lines
          .slice(from - 1, to)
          .map((l) => l.trim())
          .join(' ');
        if (!cited.includes(r.quote)) problems.push(`${i.id}: “${r.quote}” not at ${r.seed}:${r.lines}`);
      }
    expect(problems).toEqual([]);
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

describe('data quality past a dozen plans (40 synthetic communes)', () => {
  const quality = dataQuality(syn, 'vi');
  const kinds = qualityByKind(syn, quality, 'vi');

  it('computes each plan once per language and serves a commune page from it', () => {
    expect(dataQuality(syn, 'vi')).toBe(quality);
    expect(communeQuality(syn, syn.raw.communes[7]!.id, 'vi')).toBe(quality[7]);
    expect(communeQuality(syn, 'no-such-commune', 'vi')).toBeUndefined();
  });

  it('counts every item of each kind over all plans, and names at most MAX_NAMED, one plan each first', () => {
    expect(kinds.map((k) => k.kind)).toEqual(QUALITY_KINDS);
    const implied = kinds.find((k) => k.kind === 'implied')!;
    expect(implied.items).toBe(quality.reduce((n, q) => n + q.implied.length, 0));
    expect(implied.items).toBe(syn.targets.filter((t) => t.comparatorSource === 'implied').length);
    expect(implied.communes).toBe(quality.filter((q) => q.implied.length > 0).length);
    for (const k of kinds) {
      expect(k.examples.length).toBeLessThanOrEqual(MAX_NAMED);
      expect(k.examples.length).toBe(Math.min(MAX_NAMED, k.items));
      if (k.communes >= MAX_NAMED) expect(new Set(k.examples.map((e) => e.communeId)).size).toBe(MAX_NAMED);
    }
    expect(kinds.filter((k) => k.items > MAX_NAMED).length).toBeGreaterThan(2);
  });

  it('links each example to the lines of its item, as the plan’s own page does', () => {
    const implied = kinds.find((k) => k.kind === 'implied')!;
    for (const e of implied.examples) {
      const q = quality.find((x) => x.communeId === e.communeId)!;
      const item = q.implied.find((it) => it.label === e.label)!;
      expect(e.links).toEqual(item.sources.map((r) => refLink(syn, r, 'vi')));
      expect(e.links.length).toBeGreaterThan(0);
    }
    expect(kinds.find((k) => k.kind === 'years')!.examples.every((e) => e.links.length === 0)).toBe(true);
  });

  it('points each computed kind at the published table that lists them all', () => {
    expect(kinds.find((k) => k.kind === 'implied')!.table).toEqual({
      path: 'targets.csv',
      how: { vi: 'cột comparator_source = implied', en: 'column comparator_source = implied' },
    });
    expect(kinds.find((k) => k.kind === 'garbledTasks')!.table?.path).toBe('tasks.csv');
    expect(kinds.find((k) => k.kind === 'documented')!.table).toBeNull();
  });

  it('sums the summary counts by province, one row per province', () => {
    const provinces = qualityByProvince(syn, quality);
    expect(provinces.map((p) => p.slug)).toEqual(provincesOf(syn).map((p) => p.slug));
    expect(provinces.reduce((n, p) => n + p.plans, 0)).toBe(40);
    for (const key of Object.keys(qualityCounts(quality[0]!)))
      expect(provinces.reduce((n, p) => n + (p.counts[key] ?? 0), 0)).toBe(quality.reduce((n, q) => n + qualityCounts(q)[key]!, 0));
    expect(provinces.reduce((n, p) => n + p.counts.targets!, 0)).toBe(syn.targets.length);
  });

  it('says each example once: no repeated tail for target years, no dash for a signer with no text', () => {
    const years = kinds.find((k) => k.kind === 'years')!;
    expect(years.examples.length).toBeGreaterThan(0);
    for (const e of years.examples) expect(e.detail).toMatch(/^\d{4} \(\d+ chỉ tiêu\)(, \d{4} \(\d+ chỉ tiêu\))*$/);
    expect(kinds.flatMap((k) => k.examples).some((e) => e.label === '—')).toBe(false);
  });

  it('notes nothing by hand about plans that are not in the data', () => {
    expect(quality.flatMap((q) => q.documented)).toEqual([]);
  });
});
