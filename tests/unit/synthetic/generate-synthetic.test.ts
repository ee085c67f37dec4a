import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';
import {
  allocateProvinces,
  generateSynthetic,
  SYNTHETIC_NAME_MARK,
  SYNTHETIC_NOTE,
  withSynthetic,
} from '../../../scripts/lib/bench/synthetic.ts';

const real = await readDataFiles(resolve('data'));
const bytes = (files: Map<string, string>) => new Map([...files].map(([k, v]) => [k, new TextEncoder().encode(v)]));

describe('the synthetic data generator', () => {
  const five = generateSynthetic(real, { n: 5 });
  const checked = checkDataset(bytes(five), 'synthetic');

  it('writes a folder for 5 communes that passes every data check', () => {
    expect(checked.ok ? [] : checked.errors.map(formatDataError)).toEqual([]);
    expect(checked.ok && checked.value.raw.communes).toHaveLength(5);
  });

  it('marks every commune row as synthetic in its id, name, unit code, title and notes', () => {
    if (!checked.ok) throw new Error('invalid');
    for (const c of checked.value.raw.communes) {
      expect(c.id).toMatch(/^synthetic-\d{4}$/);
      expect(c.name).toContain(SYNTHETIC_NAME_MARK);
      expect(c.unit_code).toMatch(/^9\d{4}$/);
      expect(c.title).toContain('SYNTHETIC');
      expect(c.notes).toContain(SYNTHETIC_NOTE);
      expect(c.source_files.every((f) => /^9\d\d_synthetic/.test(f))).toBe(true);
    }
  });

  it('writes two plan texts that say they are synthetic on their first line, listed as synthetic in sources.csv', () => {
    if (!checked.ok) throw new Error('invalid');
    const { sources } = checked.value.raw;
    expect(sources.map((s) => s.seed_file).sort()).toEqual(['900_synthetic.txt', '901_synthetic-ocr.txt']);
    for (const s of sources) {
      expect(s.lines[1]).toContain(SYNTHETIC_NOTE);
      expect(s.notes).toBe(SYNTHETIC_NOTE);
      expect(s.commune_id).toBe('');
    }
  });

  it('marks every target and task as synthetic', () => {
    if (!checked.ok) throw new Error('invalid');
    expect(checked.value.raw.targets.every((t) => t.notes === SYNTHETIC_NOTE)).toBe(true);
    expect(checked.value.raw.tasks.every((t) => t.notes === SYNTHETIC_NOTE)).toBe(true);
  });

  it('gives each commune about forty targets, mostly for 2026', () => {
    if (!checked.ok) throw new Error('invalid');
    const { targets, communes } = checked.value.raw;
    for (const c of communes) expect(targets.filter((t) => t.commune_id === c.id).length).toBeGreaterThanOrEqual(36);
    const big = checkDataset(bytes(generateSynthetic(real, { n: 60 })), 'synthetic');
    if (!big.ok) throw new Error(big.errors.map(formatDataError).join('\n'));
    const years = big.value.raw.targets.map((t) => t.target_year);
    expect(years.filter((y) => y === 2026).length).toBeGreaterThan(years.length / 2);
    expect(years).toContain(2030);
  });

  it('uses the raw forms of the real plans, with ">" only in plans read under the OCR rule', () => {
    const big = checkDataset(bytes(generateSynthetic(real, { n: 60 })), 'synthetic');
    if (!big.ok) throw new Error('invalid');
    const ds = big.value;
    const raws = new Set(ds.raw.targets.map((t) => t.target_raw));
    for (const form of [/^≥ \d+%$/, /^[Tt]rên \d+%$/, /tối thiểu \d+%$/, /^15-17%$/, /^≥ 0\.\d$/, /^≥ 0\d$/, /^Có triển khai$/, /^\d+%$/])
      expect([...raws].some((r) => form.test(r))).toBe(true);
    expect(ds.targets.some((t) => t.comparatorSource === 'ocr-symbol')).toBe(true);
    const quality = new Map(ds.raw.communes.map((c) => [c.id, c.text_quality]));
    for (const t of ds.raw.targets) if (t.target_raw.includes('>')) expect(quality.get(t.commune_id)).toBe('ocr');
  });

  it('gives the same bytes for the same seed and different figures for another seed', () => {
    expect(generateSynthetic(real, { n: 5 })).toEqual(five);
    expect(generateSynthetic(real, { n: 5, seed: 58 }).get('targets/synthetic-0001.csv')).not.toEqual(
      five.get('targets/synthetic-0001.csv'),
    );
  });
});

describe('how synthetic communes are spread over the provinces', () => {
  it('gives every province its real number of units for 3,321 communes', () => {
    const all = allocateProvinces(3321);
    expect(all).toHaveLength(34);
    expect(all.reduce((a, p) => a + p.count, 0)).toBe(3321);
    expect(all.find((p) => p.name === 'Đồng Nai')?.count).toBe(95);
    expect(all.find((p) => p.name === 'Nghệ An')?.count).toBe(130);
  });

  it('fills Đồng Nai and Nghệ An first once there are enough communes', () => {
    const thousand = allocateProvinces(1000);
    expect(thousand.reduce((a, p) => a + p.count, 0)).toBe(1000);
    expect(thousand.slice(0, 2).map((p) => p.count)).toEqual([95, 130]);
    const hundred = allocateProvinces(100);
    expect(hundred.reduce((a, p) => a + p.count, 0)).toBe(100);
    expect(hundred.filter((p) => p.count > 0).length).toBeGreaterThan(20);
  });

  it('puts as many as asked in the first province and spreads the rest (the browser tests’ 13 + 1)', () => {
    const small = allocateProvinces(14, 13);
    expect(small.reduce((a, p) => a + p.count, 0)).toBe(14);
    expect(small[0]).toMatchObject({ name: 'Đồng Nai', count: 13 });
    expect(small.filter((p) => p.count > 0)).toHaveLength(2);
    expect(() => allocateProvinces(14, 15)).toThrow(/firstProvince/);
  });
});

describe('the real data with synthetic communes added', () => {
  const decode = (b: Uint8Array | undefined) => new TextDecoder().decode(b);

  it('checks, with every real commune and target kept and the new commune in the first province', () => {
    const merged = withSynthetic(real, { n: 1, seed: 57, firstProvince: 1 });
    const r = checkDataset(merged, 'data');
    if (!r.ok) throw new Error(r.errors.map(formatDataError).join('\n'));
    const before = checkDataset(real, 'data');
    if (!before.ok) throw new Error('the real data does not check');
    expect(r.value.raw.communes.length).toBe(before.value.raw.communes.length + 1);
    for (const t of before.value.targets) expect(r.value.targets.some((x) => x.targetId === t.targetId)).toBe(true);
    const added = r.value.raw.communes.find((c) => !before.value.raw.communes.some((o) => o.id === c.id))!;
    expect(added.name).toContain(SYNTHETIC_NAME_MARK);
    expect(added.province).toBe(before.value.raw.communes[0]!.province);
  });

  it('leaves a shared table whose rows all exist byte for byte as it was (documents.csv)', () => {
    const merged = withSynthetic(real, { n: 1, seed: 57 });
    expect(decode(merged.get('documents.csv'))).toBe(decode(real.get('documents.csv')));
  });
});
