import { describe, expect, it } from 'vitest';
import { referenceStanding } from '../../../src/lib/compare/reference-standing.ts';
import { communeReferenceSummary, referenceGaps, referencesOverview, targetStandings } from '../../../src/lib/view/references.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();
const target = (communeId: string, indicatorId: string) =>
  ds.targets.find((t) => t.communeId === communeId && t.indicatorId === indicatorId && t.match !== 'related')!;

describe('a target’s standings', () => {
  it('mark Xuân Thành’s 5G ≥ 65% below the national 2026 goal, and beside the 2030 one as another horizon', () => {
    const s = targetStandings(ds, target('xuan-thanh', '5g-coverage'), 'vi');
    expect(s.map((x) => [x.reference.year, x.standing])).toEqual([
      [2026, 'below'],
      [2030, 'horizon'],
    ]);
    expect(s[0]).toMatchObject({ shape: '▼', short: 'thấp hơn', label: 'Quốc gia 2026: ≥ 70% dân số' });
    expect(s[0]!.caveat).toContain('dân số');
  });

  it('put the communes’ 2026 digital-signature targets beside the national 2025 and 2030 goals as other horizons', () => {
    const rows = ds.targets.filter((t) => t.indicatorId === 'adult-digital-signature' && t.match !== 'related');
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const t of rows) {
      const s = targetStandings(ds, t, 'en');
      const years = s.map((x) => x.reference.year);
      expect(years).toContain(2025);
      expect(years).toContain(2030);
      for (const x of s) if (x.reference.year !== t.targetYear) expect(x.standing).toBe('horizon');
    }
  });

  it('leave out another province’s goals', () => {
    const dongNai = ds.raw.communes.find((c) => c.province === 'Đồng Nai')!;
    for (const t of ds.targetsByCommune.get(dongNai.id) ?? [])
      for (const s of targetStandings(ds, t, 'vi')) expect(s.reference.level === 'national' || s.reference.scope === 'Đồng Nai').toBe(true);
  });
});

describe('a commune’s summary against the national goals', () => {
  it.each(['nhon-trach', 'xuan-thanh', 'phuoc-an', 'nghia-dan'])(
    'counts each indicator of %s once, in the sentence as in the lists',
    (id) => {
      const s = communeReferenceSummary(ds, id, 'vi');
      const all = [...s.below, ...s.at, ...s.above];
      expect(new Set(all.map((i) => i.indicatorId)).size).toBe(all.length);
      if (all.length > 0)
        expect(s.sentence).toContain(`thấp hơn ở ${s.below.length} chỉ tiêu, bằng ở ${s.at.length}, cao hơn ở ${s.above.length}`);
      for (const i of all) {
        expect(i.target.communeId).toBe(id);
        expect(i.standing.reference.level).toBe('national');
        expect(i.standing.reference.year).toBe(i.target.targetYear);
      }
    },
  );

  it('lists an indicator as below when any national goal of its year is above the target', () => {
    const s = communeReferenceSummary(ds, 'xuan-thanh', 'en');
    expect(s.below.map((i) => i.indicatorId)).toContain('5g-coverage');
    for (const i of s.at) {
      const refs = ds.rules.references.filter((r) => r.indicator_id === i.indicatorId && r.level === 'national');
      expect(refs.some((r) => referenceStanding(i.target, r).standing === 'below')).toBe(false);
    }
  });
});

describe('the largest gaps to the national goals', () => {
  const gaps = referenceGaps(ds, 'vi');

  it('come largest first, one per indicator, each the distance from the lowest target below a goal of its year', () => {
    expect(gaps.length).toBeGreaterThan(0);
    expect(new Set(gaps.map((g) => g.indicatorId)).size).toBe(gaps.length);
    for (let i = 1; i < gaps.length; i++) expect(gaps[i]!.gap).toBeLessThanOrEqual(gaps[i - 1]!.gap);
    for (const g of gaps) {
      const below = ds.targets.filter((t) => t.indicatorId === g.indicatorId && referenceStanding(t, g.reference).standing === 'below');
      expect(below.length).toBeGreaterThan(0);
      expect(g.gap).toBeCloseTo(g.reference.value - Math.min(...below.map((t) => t.value!)), 6);
      expect(g.detail).toContain(`năm ${g.reference.year}`);
    }
  });

  it('include the 5G gap to the 2026 goal', () => {
    const fiveG = gaps.find((g) => g.indicatorId === '5g-coverage')!;
    expect(fiveG.reference.year).toBe(2026);
    const lowest = Math.min(
      ...ds.targets.filter((t) => t.indicatorId === '5g-coverage' && t.targetYear === 2026 && t.value !== null).map((t) => t.value!),
    );
    expect(fiveG.gap).toBe(70 - lowest);
  });
});

describe('the references overview', () => {
  it('counts figures, documents and kinds from the table, and lists every goal once by indicator', () => {
    const o = referencesOverview(ds, 'en');
    expect(o.counts.figures).toBe(ds.rules.references.length);
    expect(o.counts.official + o.counts.secondary).toBe(o.counts.figures);
    expect(o.byIndicator.flatMap((g) => g.rows)).toHaveLength(ds.rules.references.length);
    expect(o.counts.indicators).toBe(new Set(ds.rules.references.map((r) => r.indicator_id)).size);
    const fiveG = o.caveats.find((c) => c.indicatorId === '5g-coverage')!;
    expect(fiveG.notes.join(' ')).toContain('population');
  });
});
