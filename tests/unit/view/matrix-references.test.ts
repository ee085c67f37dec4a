import { describe, expect, it } from 'vitest';
import { reference, target } from '../support/reference-fixtures.ts';
import { belowNationalGoal, rowGoals } from '../../../src/lib/view/matrix-references.ts';

const nb = (s: string) => s.replace(/([≥≤<>]) (?=\d)/g, '$1\u00a0');

describe('rowGoals: the goals column of a matrix row', () => {
  it('shows the goals for the row’s years, national before provincial, and lists the other years', () => {
    const refs = [
      reference({ year: 2026, value: 70 }),
      reference({ year: 2030, value: 99 }),
      reference({ level: 'province', scope: 'Nghệ An', year: 2026, value: 75 }),
    ];
    expect(rowGoals(refs, [2026], 'vi')).toEqual({
      shown: [
        { level: 'national', year: 2026, label: nb('Quốc gia 2026: ≥ 70%'), otherYear: false },
        { level: 'province', year: 2026, label: nb('Nghệ An 2026: ≥ 75%'), otherYear: false },
      ],
      otherYears: [2030],
    });
    expect(rowGoals(refs, [2026, 2030], 'en').shown.map((g) => g.label)).toEqual([
      nb('National 2026: ≥ 70%'),
      nb('National 2030: ≥ 99%'),
      nb('Nghệ An 2026: ≥ 75%'),
    ]);
  });

  it('keeps a sign with its figure so that a narrow column never breaks “≥” from “70%”', () => {
    expect(rowGoals([reference({ value: 70 })], [2026], 'vi').shown[0]!.label).toBe('Quốc gia 2026: ≥\u00a070%');
  });

  it('shows the same figure of two documents once, and never a context figure', () => {
    const refs = [
      reference({ year: 2030, value: 30, document: 'A' }),
      reference({ year: 2030, value: 30, document: 'B' }),
      reference({ kind: 'context', year: 2030, value: 0.7, unit: 'index', comparator: '=' }),
    ];
    expect(rowGoals(refs, [2030], 'vi')).toEqual({
      shown: [{ level: 'national', year: 2030, label: nb('Quốc gia 2030: ≥ 30%'), otherYear: false }],
      otherYears: [],
    });
    // A context figure alone: nothing to show, and no other year to point at.
    expect(rowGoals([refs[2]!], [2026], 'vi')).toEqual({ shown: [], otherYears: [] });
  });

  it('falls back to at most `max` goals of other years, flagged, when none is for the row’s years', () => {
    const refs = [reference({ year: 2025, value: 50 }), reference({ year: 2030, value: 70 }), reference({ year: 2035, value: 90 })];
    const goals = rowGoals(refs, [2026], 'vi');
    expect(goals.shown.map((g) => [g.year, g.otherYear])).toEqual([
      [2025, true],
      [2030, true],
    ]);
    expect(goals.otherYears).toEqual([2035]);
    expect(rowGoals(refs, [2026], 'vi', 1).otherYears).toEqual([2030, 2035]);
    expect(rowGoals([], [2026], 'vi')).toEqual({ shown: [], otherYears: [] });
  });
});

describe('belowNationalGoal: the ▽ mark of a matrix cell', () => {
  it('returns the national goal of the same year a target is below, by the comparison rules', () => {
    const goal = reference({ value: 70 });
    expect(belowNationalGoal(target({ value: 60 }), [goal])).toBe(goal);
    // "≥ 50%" asks less than "> 50%", as between communes.
    const strict = reference({ value: 50, comparator: '>' });
    expect(belowNationalGoal(target({ value: 50 }), [strict])).toBe(strict);
  });

  it('is null at or above the goal', () => {
    expect(belowNationalGoal(target({ value: 70 }), [reference({ value: 70 })])).toBeNull();
    expect(belowNationalGoal(target({ value: 80 }), [reference({ value: 70 })])).toBeNull();
  });

  it('never compares across years, with a provincial goal, a context figure or another indicator', () => {
    const t = target({ value: 10 });
    expect(belowNationalGoal(t, [reference({ year: 2030, value: 70 })])).toBeNull();
    expect(belowNationalGoal(t, [reference({ level: 'province', scope: 'Nghệ An', value: 70 })])).toBeNull();
    expect(belowNationalGoal(t, [reference({ kind: 'context', value: 70 })])).toBeNull();
    expect(belowNationalGoal(t, [reference({ indicator_id: 'y', value: 70 })])).toBeNull();
  });

  it('never marks a target that is not comparable: related, unmapped, an upper bound, text or another unit', () => {
    const goal = [reference({ value: 70 })];
    expect(belowNationalGoal(target({ value: 10, match: 'related' }), goal)).toBeNull();
    expect(belowNationalGoal(target({ value: 10, match: 'unmapped' }), goal)).toBeNull();
    expect(belowNationalGoal(target({ value: 10, comparator: '<=' }), goal)).toBeNull();
    expect(belowNationalGoal(target({ value: null, comparator: 'text' }), goal)).toBeNull();
    expect(belowNationalGoal(target({ value: 10, unit: 'count' }), goal)).toBeNull();
  });

  it('returns the first goal it is below when the year has several', () => {
    const a = reference({ value: 80, document: 'A' });
    const b = reference({ value: 70, comparator: '>', document: 'B' });
    expect(belowNationalGoal(target({ value: 60 }), [a, b])).toBe(a);
    expect(belowNationalGoal(target({ value: 75 }), [a, b])).toBe(a);
    expect(belowNationalGoal(target({ value: 85 }), [a, b])).toBeNull();
  });
});
