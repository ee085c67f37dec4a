import { describe, expect, it } from 'vitest';
import {
  referenceStanding,
  referencesFor,
  standingsByTarget,
  standingsForTarget,
  type ReferenceStanding,
} from '../../../src/lib/compare/reference-standing.ts';
import { reference, target } from '../support/reference-fixtures.ts';
import type { HarmonizedTarget } from '../../../src/lib/harmonize/harmonize-targets.ts';
import type { Reference } from '../../../src/lib/validate/reference-schema.ts';
import { realDataset } from '../support/real-dataset.ts';

const standingOf = (t: Partial<HarmonizedTarget>, r: Partial<Reference>) => referenceStanding(target(t), reference(r));

describe('referenceStanding', () => {
  it('says a target asking for a higher figure than the reference is above it', () => {
    const s = standingOf({ value: 90 }, { value: 80 });
    expect([s.standing, s.reason]).toEqual(['above', null]);
  });

  it('says a target asking for the same figure with the same comparator is at the reference', () => {
    expect(standingOf({ value: 80 }, { value: 80 }).standing).toBe('at');
  });

  it('says a target asking for a lower figure than the reference is below it', () => {
    expect(standingOf({ value: 65 }, { value: 70 }).standing).toBe('below');
  });

  it('puts "≥ 50%" below a reference of "> 50%", as between communes, and flags the mix', () => {
    const s = standingOf({ value: 50 }, { value: 50, comparator: '>' });
    expect(s.standing).toBe('below');
    expect(s.flags.strictAndInclusive).toBe(true);
  });

  it('puts "> 50%" above a reference of "≥ 50%"', () => {
    const s = standingOf({ value: 50, comparator: '>' }, { value: 50 });
    expect(s.standing).toBe('above');
    expect(s.flags.strictAndInclusive).toBe(true);
  });

  it('does not flag a strict/inclusive mix when both comparators are the same', () => {
    expect(standingOf({ value: 50, comparator: '>' }, { value: 50, comparator: '>' }).flags.strictAndInclusive).toBe(false);
  });

  it('treats a ceiling (≥ 100% or 100%) as equal to any other ceiling', () => {
    const ceilingTarget = { value: 100, ceiling: true };
    expect(standingOf(ceilingTarget, { value: 100, comparator: '=' }).standing).toBe('at');
    expect(standingOf(ceilingTarget, { value: 100, comparator: '>=' }).standing).toBe('at');
  });

  it('compares a range target by its lower bound', () => {
    const range = { comparator: 'between' as const, value: 15, valueMax: 17 };
    expect(standingOf(range, { value: 14.5 }).standing).toBe('above');
    expect(standingOf(range, { value: 20 }).standing).toBe('below');
  });

  it('compares a range reference by its lower bound', () => {
    expect(standingOf({ value: 36 }, { comparator: 'between', value: 35, value_max: 37 }).standing).toBe('above');
    expect(standingOf({ value: 35 }, { comparator: 'between', value: 35, value_max: 37 }).standing).toBe('at');
  });

  it('shows a 2026 target and a 2030 reference side by side as a different horizon, never ranked', () => {
    const s = standingOf({ value: 40, targetYear: 2026 }, { value: 70, year: 2030 });
    expect([s.standing, s.reason, s.targetYear, s.referenceYear]).toEqual(['horizon', null, 2026, 2030]);
  });

  it('compares across a differing denominator and carries the reference’s note as a caveat', () => {
    const s = standingOf({ value: 65 }, { value: 70, denominator_note: '% dân số', denominator_note_en: '% of population' });
    expect(s.standing).toBe('below');
    expect(s.caveat).toEqual({ vi: '% dân số', en: '% of population' });
  });

  it('carries no caveat when the reference has no denominator note', () => {
    expect(standingOf({}, {}).caveat).toBeNull();
  });

  it('does not compare figures in different units', () => {
    const s = standingOf({ unit: 'index', value: 0.8 }, { unit: 'percent', value: 80 });
    expect([s.standing, s.reason]).toEqual(['not-comparable', 'different-unit']);
  });

  it('does not compare a target mapped "related"', () => {
    expect(standingOf({ match: 'related' }, {}).reason).toBe('target-related');
  });

  it('does not compare an unmapped target', () => {
    expect(standingOf({ match: 'unmapped' }, {}).reason).toBe('target-unmapped');
  });

  it('does not compare a target that is an upper bound', () => {
    expect(standingOf({ comparator: '<=', value: 5 }, {}).reason).toBe('target-upper-bound');
    expect(standingOf({ comparator: '<', value: 5 }, {}).reason).toBe('target-upper-bound');
  });

  it('does not compare a yes/no target', () => {
    expect(standingOf({ comparator: 'yes', value: null, unit: 'boolean' }, {}).reason).toBe('target-yes-no');
  });

  it('does not compare a text target', () => {
    expect(standingOf({ comparator: 'text', value: null, unit: 'text' }, {}).reason).toBe('target-text');
  });

  it('never compares a target against a reference that is context, not a goal', () => {
    const s = standingOf({ unit: 'index', value: 0.8 }, { kind: 'context', comparator: '=', unit: 'index', value: 0.7955, year: 2024 });
    expect([s.standing, s.reason]).toEqual(['not-comparable', 'reference-context']);
  });

  it('does not compare a target against a reference that is an upper bound', () => {
    expect(standingOf({}, { comparator: '<=', value: 10 }).reason).toBe('reference-upper-bound');
  });

  it('reports a reference of another indicator as not comparable instead of ranking it', () => {
    expect(standingOf({}, { indicator_id: 'y' }).reason).toBe('different-indicator');
  });

  it('carries the target’s reading flags (comparable match, implied comparator, OCR reading)', () => {
    expect(standingOf({ match: 'comparable', comparatorSource: 'implied' }, {}).flags).toMatchObject({
      comparableMatch: true,
      impliedComparator: true,
      ocrReading: false,
    });
    expect(standingOf({ comparatorSource: 'ocr-symbol' }, {}).flags.ocrReading).toBe(true);
  });
});

describe('standingsForTarget', () => {
  const refs = [
    reference({ level: 'province', scope: 'Nghệ An', year: 2025, value: 50 }),
    reference({ year: 2030, value: 70 }),
    reference({ level: 'province', scope: 'Đồng Nai', year: 2026, value: 60 }),
    reference({ year: 2025, value: 50 }),
    reference({ indicator_id: 'y', year: 2026 }),
    reference({ year: 2026, value: 55 }),
  ];

  it('lists national references before provincial ones, each by year, and only those of the commune’s province and indicator', () => {
    const list = standingsForTarget(target({ value: 50 }), refs, 'Đồng Nai');
    expect(list.map((s) => [s.reference.level, s.reference.scope, s.reference.year, s.standing])).toEqual([
      ['national', 'Việt Nam', 2025, 'horizon'],
      ['national', 'Việt Nam', 2026, 'below'],
      ['national', 'Việt Nam', 2030, 'horizon'],
      ['province', 'Đồng Nai', 2026, 'below'],
    ]);
  });

  it('gives a commune of no known province the national references only', () => {
    expect(referencesFor('x', refs, null).every((r) => r.level === 'national')).toBe(true);
  });

  it('gives an unmapped target no references', () => {
    expect(standingsForTarget(target({ indicatorId: null, match: 'unmapped' }), refs, 'Đồng Nai')).toEqual([]);
  });

  it('gives every target the same standings in bulk as one by one', () => {
    const targets = [target({ targetId: 'a-01' }), target({ targetId: 'b-01', communeId: 'b', value: 80 })];
    const province = (c: string) => (c === 'a' ? 'Đồng Nai' : 'Nghệ An');
    const bulk = standingsByTarget(targets, refs, province);
    for (const t of targets) expect(bulk.get(t.targetId)).toEqual(standingsForTarget(t, refs, province(t.communeId)));
  });
});

/** The real data, checked as the build checks it. */
async function loadRealData() {
  const ds = await realDataset();
  return { targets: ds.targets, references: ds.rules.references, provinceOf: (id: string) => ds.communeById.get(id)?.province ?? null };
}

describe('standings on the real data', () => {
  const standings = async (targetId: string) => {
    const { targets, references, provinceOf } = await loadRealData();
    const t = targets.find((x) => x.targetId === targetId)!;
    return standingsForTarget(t, references, provinceOf(t.communeId));
  };
  const national = (list: ReferenceStanding[], year: number) =>
    list.filter((s) => s.reference.level === 'national' && s.reference.year === year);

  it('puts Xuân Thành’s 5G target (≥ 65%, 2026) below the national 2026 goal of 70% of the population, with the caveat', async () => {
    const national2026 = national(await standings('xuan-thanh-15'), 2026);
    expect(national2026.map((s) => [s.reference.value, s.standing])).toEqual([[70, 'below']]);
    expect(national2026[0]!.caveat?.en).toContain('population');
  });

  it('shows the communes’ 2026 adult digital-signature targets beside the national 2025 and 2030 goals as different horizons', async () => {
    const { targets } = await loadRealData();
    const signature = targets.filter((t) => t.indicatorId === 'adult-digital-signature' && t.targetYear === 2026);
    expect(signature.map((t) => [t.communeId, t.value])).toEqual([
      ['nhon-trach', 40],
      ['phuoc-an', 50],
    ]);
    for (const t of signature) {
      const list = (await standings(t.targetId)).filter((s) => s.reference.level === 'national');
      expect(new Set(list.map((s) => s.reference.year))).toEqual(new Set([2025, 2030]));
      expect(list.every((s) => s.standing === 'horizon')).toBe(true);
    }
  });
});
