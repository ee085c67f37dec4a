/**
 * Figures as the drafter finds them: through the comparator vocabulary of data/harmonize/
 * comparator-words.csv (never a list of its own), on folded text so that OCR copies are read,
 * with the characters kept as written.
 */
import { describe, expect, it } from 'vitest';
import { findFigures, figureText } from '../../../src/lib/draft/find-figures.ts';
import { streamOf, toPlanText } from '../../../src/lib/draft/plan-text.ts';
import { readContext } from '../../../src/lib/draft/read-context.ts';
import { draftData } from './support.ts';

async function figures(text: string, words?: (w: { phrase: string }) => boolean) {
  const d = await draftData();
  const ctx = readContext(words ? d.words.filter(words) : d.words, d.units, [], d.template, true);
  const s = streamOf(toPlanText('t.txt', text), 1, text.split('\n').length);
  return findFigures(s, ctx.grammar).map((f) => ({
    text: figureText(s, f),
    comparator: f.comparator?.phrase ?? '',
    foldedOnly: f.foldedOnly,
    percent: f.percent,
  }));
}

describe('figures in a plan’s text', () => {
  it('reads a comparator word of comparator-words.csv in an OCR copy that lost its marks, and keeps it as written', async () => {
    expect(await figures('- Trén 90% ngudi dan hai long')).toEqual([
      { text: 'Trén 90%', comparator: 'trên', foldedOnly: true, percent: true },
    ]);
  });

  it('leaves the verb "đạt" out of the figure: it states no comparison', async () => {
    expect((await figures('Tỷ lệ số hóa đạt 100%; tối thiểu 90% hộ'))[0]).toMatchObject({ text: '100%', comparator: '' });
    expect((await figures('Tỷ lệ số hóa đạt 100%; tối thiểu 90% hộ'))[1]).toMatchObject({ text: 'tối thiểu 90%', foldedOnly: false });
  });

  it('finds a figure whose symbol and number are on two lines, as one', async () => {
    expect(await figures('%\n\n≥\n100%')).toEqual([{ text: '≥ 100%', comparator: '≥', foldedOnly: false, percent: true }]);
  });

  it('does not take "từ 15 tuổi" for a comparator, nor the digits of OCR words ("s6") for figures', async () => {
    const found = await figures('Dân số từ 15 tuổi trở lên; Ty 1¢ s6 hoa');
    expect(found[0]).toMatchObject({ text: '15', comparator: '' });
    expect(found.some((f) => f.text.includes('6'))).toBe(false);
  });

  it('reads comparators only from the vocabulary: without the row for "tối thiểu" it is not a comparator', async () => {
    const found = await figures('bảo đảm tối thiểu 90% hộ', (w) => w.phrase !== 'tối thiểu');
    expect(found).toEqual([{ text: '90%', comparator: '', foldedOnly: false, percent: true }]);
  });

  it('reads a range as one figure', async () => {
    expect((await figures('Quy mô kinh tế số 15-17%')).map((f) => f.text)).toEqual(['15-17%']);
  });
});
