/**
 * The real data/ folder: it passes every check, and its target rows match the plans' own
 * structure (counts per commune and section, plan order).
 */
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';
import { REPO_ROOT } from '../../fixtures/dataset.ts';

const files = await readDataFiles(`${REPO_ROOT}data`);
const result = checkDataset(files);
const raw = result.ok ? result.value.raw : null;

/**
 * Target rows per commune and plan section, counted from the plans (data/sources/), not from
 * data/. Each number is the count of targets the plan states in that section.
 */
const PLAN_TARGETS: { commune: string; sections: Record<string, number>; source: string }[] = [
  {
    commune: 'nhon-trach',
    // 002 "2. MỤC TIÊU CỤ THỂ NĂM 2026" (002:91): one table, STT 1–24 in four groups (002:94-278).
    sections: { 'II.2': 24 },
    source: 'Nhơn Trạch plan II.2, table STT 1-24',
  },
  {
    commune: 'phuoc-an',
    // 004 "2. Mục tiêu cụ thể" (004:59): table of 40 rows — I (02) 2, II (04) 4, III (01) 1,
    // IV (03) 3, V 30 — although its heading announces "(54 chỉ tiêu)" (004:61).
    sections: { 'II.2': 40 },
    source: 'Phước An plan II.2, table I-V',
  },
  {
    commune: 'xuan-thanh',
    // 001 "2. Mục tiêu cụ thể" (001:45): a) Chính quyền số 11 bullets, b) Kinh tế số 3,
    // c) Xã hội số 8 (001:47-111).
    sections: { 'I.2.a': 11, 'I.2.b': 3, 'I.2.c': 8 },
    source: 'Xuân Thành plan I.2 a) b) c)',
  },
  {
    commune: 'nghia-dan',
    // 003 "2. Mục tiêu cụ thể" (003:65): a) vision 2030, six bullets split into measures as the
    // codebook says (1 + 6 + 2 + 1 + 2 + 3 = 15, 003:69-98); b) vision 2045, one paragraph of
    // two measures (003:100-105).
    sections: { 'II.2.a': 15, 'II.2.b': 2 },
    source: 'Nghĩa Đàn plan II.2 a) b)',
  },
];

/** Phước An's target table, groups I–V in order (004:61-118). */
const PHUOC_AN_GROUP_SIZES = [2, 4, 1, 3, 30];

describe('the real data', () => {
  it('passes checkDataset with zero errors', () => {
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([]);
  });

  it('holds exactly the four communes of the plans', () => {
    expect(raw?.communes.map((c) => c.id).sort()).toEqual(PLAN_TARGETS.map((p) => p.commune).sort());
  });

  it.each(PLAN_TARGETS.map((p) => [p.commune, Object.values(p.sections).reduce((a, b) => a + b, 0), p] as const))(
    'has as many %s targets as the plan states (%i)',
    (commune, total, plan) => {
      const rows = raw!.targets.filter((t) => t.commune_id === commune);
      expect(rows.length, plan.source).toBe(total);
      const bySection: Record<string, number> = {};
      for (const t of rows) bySection[t.section] = (bySection[t.section] ?? 0) + 1;
      expect(bySection, plan.source).toEqual(plan.sections);
    },
  );

  it('states the expected totals: nhon-trach 24, phuoc-an 40, xuan-thanh 22, nghia-dan 17', () => {
    const totals = Object.fromEntries(PLAN_TARGETS.map((p) => [p.commune, Object.values(p.sections).reduce((a, b) => a + b, 0)]));
    expect(totals).toEqual({ 'nhon-trach': 24, 'phuoc-an': 40, 'xuan-thanh': 22, 'nghia-dan': 17 });
  });

  it.each(PLAN_TARGETS.map((p) => [p.commune] as const))('numbers the %s targets 01, 02, … in file order', (commune) => {
    const ids = raw!.targets.filter((t) => t.commune_id === commune).map((t) => t.target_id);
    expect(ids).toEqual(ids.map((_, i) => `${commune}-${String(i + 1).padStart(2, '0')}`));
  });

  it('splits Phước An’s table into groups of 2, 4, 1, 3 and 30 targets', () => {
    const sizes: number[] = [];
    let last: string | null = null;
    for (const t of raw!.targets.filter((r) => r.commune_id === 'phuoc-an')) {
      if (t.group !== last) sizes.push(0);
      sizes[sizes.length - 1]! += 1;
      last = t.group;
    }
    expect(sizes).toEqual(PHUOC_AN_GROUP_SIZES);
  });
});
