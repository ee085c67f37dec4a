import { describe, expect, it } from 'vitest';
import { methodologyFormsView, methodologyOcrView, methodologyUnitsView } from '../../../src/lib/view/methodology-sections.ts';
import { ocrRuleUse, readingForms } from '../../../src/lib/view/methodology.ts';
import { MAX_NAMED } from '../../../src/lib/dataset/scope.ts';
import type { Dataset } from '../../../src/lib/dataset/check-dataset.ts';
import { realDataset } from '../support/real-dataset.ts';

const ds = await realDataset();
const sum = (xs: number[]) => xs.reduce((n, x) => n + x, 0);

describe('the reading forms section', () => {
  it('leaves out the rules no target went through, but keeps “>” in clean text, which the OCR row is read against', () => {
    const shown = methodologyFormsView(ds, 'en').forms.map((f) => f.key);
    const all = readingForms(ds, 'en');
    expect(shown).toEqual(all.filter((f) => f.count > 0 || f.key === 'symbol-strict').map((f) => f.key));
    // No real plan writes “>” in a clean text: the row is there all the same.
    expect(all.find((f) => f.key === 'symbol-strict')!.count).toBe(0);
    expect(shown).toContain('symbol-strict');
  });

  it('lists the whole vocabulary once, symbols, then words, then verbs', () => {
    const { vocabulary } = methodologyFormsView(ds, 'vi');
    expect(vocabulary.map((v) => v.kind)).toEqual(['symbol', 'word', 'verb']);
    expect(vocabulary.flatMap((v) => v.phrases.map((p) => p.phrase)).sort()).toEqual(ds.rules.words.map((w) => w.phrase).sort());
    const kinds = new Map(ds.rules.words.map((w) => [w.phrase, w.kind]));
    for (const v of vocabulary) {
      for (const p of v.phrases) expect(kinds.get(p.phrase), p.phrase).toBe(v.kind);
    }
  });
});

describe('the OCR section', () => {
  it('shows each target stated twice in one OCR copy with both statements, each at its own lines of that plan', () => {
    const v = methodologyOcrView(ds, 'vi');
    const cases = [...v.inside.shown, ...v.strictWord.shown];
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      expect(c.seedText).not.toBe(c.altSeedText);
      expect(c.altSeedSource.page).toBe(c.seedSource.page);
      expect(c.altSeedSource.hash).not.toBe(c.seedSource.hash);
    }
  });

  it('names who writes “at least” in words where the appendix has “>”, and the words they use', () => {
    // Xuân Thành's OCR plan is the one whose objectives say “tối thiểu” beside an appendix “>”.
    const { inside } = methodologyOcrView(ds, 'en');
    expect(inside.communes).toEqual(['Xuân Thành']);
    expect(inside.words).toEqual(['tối thiểu']);
  });

  it('names at most MAX_NAMED cases and counts the rest, however many plans show the rule', () => {
    // Every target stated MAX_NAMED + 1 times over, as if as many plans had been written alike.
    const copies = Array.from({ length: MAX_NAMED }, (_, k) => ds.targets.map((t) => ({ ...t, targetId: `${t.targetId}-copy-${k}` })));
    const grown = methodologyOcrView({ ...ds, targets: [...ds.targets, ...copies.flat()] }, 'vi');
    const real = methodologyOcrView(ds, 'vi');
    for (const list of ['inside', 'strictWord'] as const) {
      const cases = real[list].shown.length + real[list].more;
      expect(grown[list].shown, list).toHaveLength(Math.min(MAX_NAMED, cases * (MAX_NAMED + 1)));
      expect(grown[list].shown.length + grown[list].more, list).toBe(cases * (MAX_NAMED + 1));
    }
    expect(grown.inside.more).toBeGreaterThan(0);
    expect(grown.inside.communes).toEqual(real.inside.communes);
  });

  it('lists the rule file by file up to MAX_NAMED files, and counts the others with the targets it changed there', () => {
    const many: Dataset = { ...ds, rules: { ...ds.rules, ocrReadings: Array.from({ length: 4 }, () => ds.rules.ocrReadings).flat() } };
    const all = ocrRuleUse(many);
    const { use } = methodologyOcrView(many, 'en');
    expect(all.length).toBeGreaterThan(MAX_NAMED);
    expect(use.shown).toHaveLength(MAX_NAMED);
    expect(use.more).toBe(all.length - MAX_NAMED);
    expect(sum(use.shown.map((u) => u.used)) + use.moreUsed).toBe(sum(all.map((u) => u.used)));
  });
});

describe('the responsible units section', () => {
  it('counts the canonical units the spellings lead to, each once', () => {
    const v = methodologyUnitsView(ds, 'vi');
    expect(v.rows).toHaveLength(ds.rules.spellings.length);
    expect(v.canonicalCount).toBe(new Set(v.rows.flatMap((r) => r.canonical)).size);
    expect(v.canonicalCount).toBeLessThan(v.rows.length);
    expect(v.canonicalCount).toBeLessThanOrEqual(ds.rules.units.length);
  });
});
