import { describe, expect, it } from 'vitest';
import { realDataset } from '../support/real-dataset.ts';
import { FOLD_SEPARATOR, readablePart } from '../../../src/lib/search/fold-text.ts';
import { communeSummary, indicatorWordings, normalizeBase, passages, searchRecords } from '../../../src/lib/search/records.ts';

const BASE = '/cong-thong-tin/chi-tieu-57/';

describe('the plan texts’ search records', () => {
  it('cover every non-blank line of every text once, in passages of at most 24 lines, opening each text’s page at the passage', async () => {
    const ds = await realDataset();
    const { plans } = searchRecords(ds, BASE);
    for (const s of ds.raw.sources) {
      const ps = passages(s.lines);
      expect(ps[0]!.from).toBe(1);
      for (let i = 1; i < ps.length; i++) expect(ps[i]!.from).toBeGreaterThan(ps[i - 1]!.to);
      expect(Math.max(...ps.map((p) => p.to - p.from + 1))).toBeLessThanOrEqual(24);
      const covered = new Set(ps.flatMap((p) => Array.from({ length: p.to - p.from + 1 }, (_, k) => p.from + k)));
      for (let n = 1; n < s.lines.length; n++) if (s.lines[n]!.trim() !== '') expect(covered.has(n), `${s.seed_file}:${n}`).toBe(true);
      const urls = plans.filter((r) => r.language === 'vi' && r.url.includes(s.seed_file.slice(0, 3))).map((r) => r.url);
      expect(urls.length).toBe(ps.filter((p) => s.lines.slice(p.from, p.to + 1).some((l) => l.trim() !== '')).length);
      expect(urls[0]).toMatch(new RegExp(`^${BASE}sources/${s.seed_file.slice(0, 3)}-[0-9a-f]+/#L1$`));
    }
  });

  it('find “Binh dan hoc vu” in the passage of 001 that holds it, under the plan-text type and its commune', async () => {
    const ds = await realDataset();
    const hits = searchRecords(ds, '/').plans.filter((r) => r.language === 'vi' && readablePart(r.content).includes('Binh dan hoc vu'));
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.url).toMatch(/^\/sources\/001-/);
      expect(h.filters).toEqual({ type: ['Văn bản kế hoạch'], commune: ['Xuân Thành'] });
      expect(h.meta.kind).toBe('source');
    }
  });
});

describe('searchRecords on the real data', () => {
  it('makes one record per indicator and per commune in each language, with the base in every URL', async () => {
    const ds = await realDataset();
    const records = searchRecords(ds, BASE).pages;
    const n = ds.rules.indicators.length + ds.raw.communes.length;
    expect(records.filter((r) => r.language === 'vi')).toHaveLength(n);
    expect(records.filter((r) => r.language === 'en')).toHaveLength(n);
    expect(records.map((r) => r.url)).toContain(`${BASE}indicators/5g-coverage/`);
    expect(records.map((r) => r.url)).toContain(`${BASE}en/communes/xuan-thanh/`);
    expect(new Set(records.map((r) => r.url)).size).toBe(records.length);
  });

  it('puts in an indicator record its names in both languages, definition, related terms and every plan wording', async () => {
    const ds = await realDataset();
    const rec = searchRecords(ds, '/').pages.find((r) => r.url === '/indicators/vneid-account/')!;
    const text = readablePart(rec.content);
    expect(text).toContain('Người dân có tài khoản định danh điện tử (VNeID)');
    expect(text).toContain('Residents with an electronic identity account (VNeID)');
    expect(text).toContain('do Bộ Công an cấp');
    expect(text).toContain('Đề án 06');
    const rows = ds.comparisons.find((c) => c.indicatorId === 'vneid-account')!.rows;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(text).toContain(row.text);
    expect(rec.meta).toMatchObject({ title: 'Người dân có tài khoản định danh điện tử (VNeID)', kind: 'indicator', pillar: 'Xã hội số' });
  });

  it('appends the folded copy so that "dinh danh" and "Dong Nai" are words of the records', async () => {
    const ds = await realDataset();
    const records = searchRecords(ds, '/').pages;
    const vneid = records.find((r) => r.url === '/indicators/vneid-account/')!;
    expect(vneid.content.split(FOLD_SEPARATOR)[1]).toContain('dinh danh dien tu');
    const nghiaDan = records.find((r) => r.url === '/communes/nghia-dan/')!;
    expect(nghiaDan.content).toContain('Nghia Dan');
    expect(records.find((r) => r.url === '/communes/xuan-thanh/')!.content).toContain('Dong Nai');
  });

  it('filters an indicator by its pillar and by the communes that set a target for it', async () => {
    const ds = await realDataset();
    const rec = searchRecords(ds, '/').pages.find((r) => r.url === '/en/indicators/vneid-account/')!;
    expect(rec.filters.pillar).toEqual(['Digital society']);
    expect(rec.filters.commune).toEqual(['Nhơn Trạch', 'Xuân Thành', 'Phước An']);
    expect(rec.meta.communes).toBe('Nhơn Trạch, Xuân Thành, Phước An');
  });

  it('puts in a commune record its name, province, plan facts and the wording of its targets', async () => {
    const ds = await realDataset();
    const rec = searchRecords(ds, '/').pages.find((r) => r.url === '/communes/xuan-thanh/')!;
    const text = readablePart(rec.content);
    expect(text).toMatch(/^Xã Xuân Thành, tỉnh Đồng Nai\./);
    expect(text).toContain('Kế hoạch 68/KH-UBND');
    for (const t of ds.targets.filter((x) => x.communeId === 'xuan-thanh')) expect(text).toContain(t.text);
    expect(rec.meta).toMatchObject({ title: 'Xuân Thành', kind: 'commune', province: 'Đồng Nai' });
    expect(rec.filters).toEqual({ type: ['Xã'], commune: ['Xuân Thành'] });
  });

  it('writes the English commune record in English around the plan wordings', async () => {
    const ds = await realDataset();
    const rec = searchRecords(ds, '/').pages.find((r) => r.url === '/en/communes/nhon-trach/')!;
    expect(readablePart(rec.content)).toMatch(/^Nhơn Trạch ward, Đồng Nai province\. Plan 57\/KH-UBND/);
    expect(rec.language).toBe('en');
  });
});

describe('the goals in the indicator records', () => {
  it('name each national and provincial goal with its document, so the full-text search finds “03/NQ-CP”', async () => {
    const ds = await realDataset();
    const { pages } = searchRecords(ds, '/');
    for (const lang of ['vi', 'en'] as const) {
      const withDoc = pages.filter(
        (r) => r.language === lang && r.meta.kind === 'indicator' && readablePart(r.content).includes('03/NQ-CP'),
      );
      const expected = new Set(ds.rules.references.filter((r) => r.document.includes('03/NQ-CP')).map((r) => r.indicator_id));
      expect(new Set(withDoc.map((r) => r.url.split('/').filter(Boolean).pop()))).toEqual(expected);
    }
  });
});

describe('indicator records stay small at thousands of communes', () => {
  const rows = Array.from({ length: 3000 }, (_, i) => ({ commune: `Xã ${i}`, text: `Mẫu câu ${i % 40} về chữ ký số` }));

  it('keeps each distinct wording once, the most used first, at most the cap', () => {
    const out = indicatorWordings([...rows, { commune: 'Xã A', text: 'Hiếm  gặp' }], 12);
    expect(out).toHaveLength(12);
    expect(out[0]).toBe('Xã 0, Xã 40 +73: Mẫu câu 0 về chữ ký số.');
    expect(out.some((w) => w.includes('Hiếm'))).toBe(false);
    expect(indicatorWordings([{ commune: 'Nhơn Trạch', text: 'Đạt  95% ' }])).toEqual(['Nhơn Trạch: Đạt 95%.']);
  });

  it('names a few communes, and counts many', () => {
    expect(communeSummary(['Nhơn Trạch', 'Xuân Thành'])).toBe('Nhơn Trạch, Xuân Thành');
    expect(communeSummary(rows.map((r) => r.commune))).toBe('3000');
  });
});

describe('normalizeBase', () => {
  it('normalizes BASE_PATH as astro.config.mjs does', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('cong-thong-tin/chi-tieu-57')).toBe(BASE);
    expect(normalizeBase('/cong-thong-tin/chi-tieu-57/')).toBe(BASE);
  });
});
