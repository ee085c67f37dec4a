import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { generateSynthetic } from '../../../scripts/lib/bench/synthetic.ts';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { citation, bib } from '../../../src/lib/emit/citation.ts';
import { downloadGroups, formatBytes, formatDate } from '../../../src/lib/emit/download-list.ts';
import { emitAll } from '../../../src/lib/emit/emit-bundle.ts';
import { realDataset } from '../support/real-dataset.ts';

async function groups(lang: 'vi' | 'en') {
  const ds = await realDataset();
  const files = await emitAll(ds, { date: '2026-11-23' });
  return { ds, files, groups: downloadGroups(ds, files, lang) };
}

describe('the downloads list', () => {
  it('groups every published file: bundles, all communes, plan texts, per commune, per indicator', async () => {
    const { files, groups: g } = await groups('vi');
    expect(g.map((x) => x.id)).toEqual(['bundles', 'all', 'sources', 'commune', 'indicator']);
    const listed = g.flatMap((x) => x.entries.flatMap((e) => e.links.map((l) => l.path))).sort();
    expect(listed).toEqual(files.map((f) => f.path).sort());
    expect(g.every((x) => x.summary === null)).toBe(true);
  });

  it('lists targets.csv with its 103 rows and the size of its bytes, with its JSON twin', async () => {
    const { files, groups: g } = await groups('en');
    const targets = g.find((x) => x.id === 'all')!.entries.find((e) => e.key === 'targets')!;
    expect(targets.rows).toBe(103);
    expect(targets.title).toBe('Harmonized targets, all communes');
    expect(targets.links.map((l) => [l.path, l.format, l.bytes])).toEqual([
      ['targets.csv', 'CSV', files.find((f) => f.path === 'targets.csv')!.bytes.length],
      ['targets.json', 'JSON', files.find((f) => f.path === 'targets.json')!.bytes.length],
    ]);
  });

  it('names per-commune files after the commune and per-indicator files after the indicator, in the page language', async () => {
    const vi = (await groups('vi')).groups;
    const en = (await groups('en')).groups;
    expect(
      vi
        .find((x) => x.id === 'commune')!
        .entries.slice(0, 2)
        .map((e) => [e.title, e.description]),
    ).toEqual([
      ['Nhơn Trạch', 'chỉ tiêu đã chuẩn hóa'],
      ['Nhơn Trạch', 'chỉ tiêu chép nguyên văn, kèm nguồn'],
    ]);
    expect(vi.find((x) => x.id === 'indicator')!.entries[0]!.title).toBe('Tỷ lệ phủ sóng 5G');
    expect(en.find((x) => x.id === 'indicator')!.entries[0]!.title).toMatch(/5G/);
  });

  it('says what each bundle holds', async () => {
    const { files, groups: g } = await groups('en');
    const bundles = g.find((x) => x.id === 'bundles')!.entries;
    expect(bundles.map((e) => e.links[0]!.path)).toEqual(['chi-tieu-xa.zip', 'chi-tieu-xa.xlsx', 'datapackage.json']);
    // The zip: README, datapackage.json, the workbook, the 13 all-communes CSVs and the plan texts.
    const ds = await realDataset();
    const zip = unzipSync(files.find((f) => f.path === 'chi-tieu-xa.zip')!.bytes);
    expect(Object.keys(zip)).toHaveLength(16 + ds.raw.sources.length);
    expect(bundles[0]!.holds).toBe(`${16 + ds.raw.sources.length} files`);
    expect(bundles[1]!.holds).toBe('13 sheets');
    expect(bundles[2]!.holds).toBe(`13 tables, ${ds.raw.sources.length} plan texts`);
  });

  it('lists each plan text with its lines, as a TXT file', async () => {
    const ds = await realDataset();
    const { groups: g } = await groups('vi');
    const texts = g.find((x) => x.id === 'sources')!.entries;
    expect(texts.map((e) => e.links[0]!.path)).toEqual(ds.raw.sources.map((s) => `sources/${s.seed_file}`));
    expect(texts.map((e) => e.rows)).toEqual(ds.raw.sources.map((s) => s.lines.length - 1));
    expect(texts.every((e) => e.links[0]!.format === 'TXT' && e.rowsAre === 'lines')).toBe(true);
  });
});

/** 40 synthetic communes: more than fit side by side, so per-commune files are counted, not listed. */
async function synthetic() {
  const data = generateSynthetic(await readDataFiles(resolve('data')), { n: 40, seed: 1 });
  const checked = checkDataset(new Map([...data].map(([k, v]) => [k, new TextEncoder().encode(v)])), 'synthetic');
  if (!checked.ok) throw new Error('synthetic data do not pass the checks');
  const ds = checked.value;
  const files = await emitAll(ds, { date: '2026-11-23' });
  return { ds, files, vi: downloadGroups(ds, files, 'vi'), en: downloadGroups(ds, files, 'en') };
}

describe('the downloads list past a dozen communes (40 synthetic)', async () => {
  const { ds, files, vi, en } = await synthetic();
  const perCommune = files.filter((f) => f.table?.group === 'commune');

  it('lists the bundles, the all-communes tables and every per-indicator file', () => {
    const listed = vi.flatMap((x) => x.entries.flatMap((e) => e.links.map((l) => l.path)));
    const notPerCommune = files.filter((f) => f.table?.group !== 'commune').map((f) => f.path);
    expect(listed.sort()).toEqual(notPerCommune.sort());
    expect(vi.find((x) => x.id === 'indicator')!.entries.length).toBe(files.filter((f) => f.table?.group === 'indicator').length / 2);
  });

  it('counts the per-commune files with their total size instead of listing them', () => {
    const g = vi.find((x) => x.id === 'commune')!;
    expect(g.entries).toEqual([]);
    expect(perCommune.length).toBe(4 * 40);
    expect(g.summary).toMatchObject({ files: 160, communes: 40, bytes: perCommune.reduce((n, f) => n + f.bytes.length, 0) });
    expect(g.summary!.text).toMatch(/^160 tệp của 40 xã, tổng cộng [\d,]+ (KB|MB), /);
    expect(en.find((x) => x.id === 'commune')!.summary!.text).toContain('each commune’s page links its own');
    // The example names files that exist.
    const example = g.summary!.example;
    expect(example).toBe(ds.raw.communes[0]!.id);
    for (const ext of ['.csv', '.json', '-source.csv', '-source.json'])
      expect(files.some((f) => f.path === `communes/${example}${ext}`)).toBe(true);
  });
});

describe('formatBytes', () => {
  it.each([
    [512, 'vi', '512 B'],
    [1536, 'vi', '1,5 KB'],
    [1536, 'en', '1.5 KB'],
    [87915, 'en', '86 KB'],
    [1_363_149, 'vi', '1,3 MB'],
  ] as const)('writes %d bytes in %s as %s', (n, lang, text) => {
    expect(formatBytes(n, lang)).toBe(text);
  });
});

describe('formatDate', () => {
  it('writes the build date the Vietnamese and the English way', () => {
    expect(formatDate('2026-03-05', 'vi')).toBe('05/03/2026');
    expect(formatDate('2026-03-05', 'en')).toBe('5 March 2026');
  });
});

describe('citation', () => {
  it('names the data version and build date in the APA-like line and the BibTeX entry', () => {
    const { apa, bibtex } = citation({ lang: 'en', version: 'abc1234567', date: '2026-11-23', url: 'https://example.org/downloads/' });
    expect(apa).toBe(
      'Commune digital-transformation targets compared. (2026). Commune science, technology, innovation and digital-transformation targets under Resolution 57-NQ/TW: a comparison data set (version abc1234567, built 2026-11-23) [Data set]. https://example.org/downloads/',
    );
    expect(bibtex).toContain('@misc{chitieuxa-abc1234567,');
    expect(bibtex).toContain('  year = {2026}');
    expect(bibtex).toContain('  version = {abc1234567}');
    expect(bibtex).toContain('  url = {https://example.org/downloads/}');
    expect(bibtex.endsWith('\n}')).toBe(true);
  });

  it('cites a subject within the data set, in the page language', () => {
    const { apa } = citation({ lang: 'vi', version: 'v1', date: '2026-01-02', url: 'https://x.invalid/', subject: 'Tỷ lệ phủ sóng 5G' });
    expect(apa).toContain('— Tỷ lệ phủ sóng 5G (phiên bản v1, tạo ngày 2026-01-02) [Bộ dữ liệu].');
  });

  it('escapes BibTeX’s special characters in a subject', () => {
    expect(bib('R&D 50% {x}_1')).toBe('R\\&D 50\\% \\{x\\}\\_1');
    const { bibtex } = citation({ lang: 'en', version: 'v', date: '2026-01-01', subject: '100% & more' });
    expect(bibtex).toContain('100\\% \\& more');
    expect(bibtex).not.toContain('url');
  });
});
