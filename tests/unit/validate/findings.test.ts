import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { documentedIssues } from '../../../src/lib/view/findings.ts';
import { dataset, errorsOf, type Texts } from '../../fixtures/dataset.ts';

const NT_SEED = '002_ba792d655f7fc0c8.txt';
const FINDINGS = 'findings/findings.csv';
const QUOTES = 'findings/quotes.csv';

/** One finding of Nhơn Trạch with one quote, edited by the test. */
function withFinding(finding: string, quotes: string) {
  return (t: Texts) => {
    t[FINDINGS] = `finding_id,commune_id,fact,short_vi,short_en,text_vi,text_en\n${finding}\n`;
    t[QUOTES] = `finding_id,seed_file,seed_lines,quote\n${quotes}\n`;
  };
}
const GOOD =
  'nt-digitisation,nhon-trach,,Số hóa: bảng ghi {targets} chỉ tiêu,Digitisation: {targets} targets,Văn bản {targets},Text {targets}';
const GOOD_QUOTE = `nt-digitisation,${NT_SEED},204,≥ 95%`;

describe('data/findings: what reading the plans found, checked against the texts', () => {
  it('accepts a finding quoted at its lines, and fills its counts from the data', () => {
    const r = checkDataset(dataset(withFinding(GOOD, GOOD_QUOTE)));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const [issue] = documentedIssues(r.value);
    const rows = r.value.targetsByCommune.get('nhon-trach')!.length;
    expect(issue).toMatchObject({
      id: 'nt-digitisation',
      communeId: 'nhon-trach',
      text: expect.objectContaining({ en: `Text ${rows}` }),
      refs: [{ seed: '002', lines: '204', quote: '≥ 95%' }],
    });
  });

  it('is optional: a data folder without findings has none', () => {
    const r = checkDataset(dataset());
    expect(r.ok && r.value.raw.findings).toEqual([]);
  });

  it('refuses a quote that is not at its lines, and says what the lines read', () => {
    const [error, ...rest] = errorsOf(dataset(withFinding(GOOD, `nt-digitisation,${NT_SEED},204,≥ 96%`)));
    expect(rest).toEqual([]);
    expect(error).toMatch(
      /^data\/findings\/quotes\.csv:2, column 4 "quote": this is not at 002_ba792d655f7fc0c8\.txt:204 \(seed_lines\), which reads ".*≥ 95%/,
    );
  });

  it('refuses lines past the end of the text', () => {
    const [error] = errorsOf(dataset(withFinding(GOOD, `nt-digitisation,${NT_SEED},99999,≥ 95%`)));
    expect(error).toMatch(/^data\/findings\/quotes\.csv:2, column 3 "seed_lines": line 99999 is past the end of 002_ba792d655f7fc0c8\.txt/);
  });

  it('refuses a text that is not listed in sources.csv', () => {
    const [error] = errorsOf(dataset(withFinding(GOOD, 'nt-digitisation,009_nothere.txt,4,x')));
    expect(error).toMatch(/^data\/findings\/quotes\.csv:2, column 2 "seed_file": "009_nothere\.txt" is not a text in data\/sources\//);
  });

  it('refuses an unknown commune, an unknown placeholder, a finding without quotes and a quote of no finding', () => {
    const errors = errorsOf(dataset(withFinding('nt-x,nowhere,,a {targets},b,c {rows},d', `nt-other,${NT_SEED},204,≥ 95%`)));
    expect(errors).toEqual([
      expect.stringMatching(/^data\/findings\/findings\.csv:2, column 1 "finding_id": no row of findings\/quotes\.csv quotes the text/),
      expect.stringMatching(/^data\/findings\/findings\.csv:2, column 2 "commune_id": .*"nowhere".*a commune id from communes\.csv/),
      expect.stringMatching(/^data\/findings\/findings\.csv:2, column 6 "text_vi": \{rows\} is not a placeholder the site can fill/),
      expect.stringMatching(/^data\/findings\/quotes\.csv:2, column 1 "finding_id": .*"nt-other".*a finding_id of findings\/findings\.csv/),
    ]);
  });

  it('refuses a fact it does not know', () => {
    const [error] = errorsOf(dataset(withFinding(GOOD.replace('nhon-trach,,', 'nhon-trach,date,'), GOOD_QUOTE)));
    expect(error).toMatch(/^data\/findings\/findings\.csv:2, column 3 "fact"/);
  });

  it('says what a finding without quotes needs, and which placeholders there are', () => {
    const files = dataset((t) => {
      withFinding(GOOD.replace('Text {targets}', 'Text {lead}'), GOOD_QUOTE)(t);
      t[QUOTES] = 'finding_id,seed_file,seed_lines,quote\n' + `nt-other,${NT_SEED},204,≥ 95%\n`;
    });
    expect(errorsOf(files)).toEqual([
      'data/findings/findings.csv:2, column 1 "finding_id": no row of findings/quotes.csv quotes the text that shows this finding; found "nt-digitisation"; expected at least one quote (finding_id, seed_file, seed_lines, quote) for every finding',
      'data/findings/findings.csv:2, column 7 "text_en": {lead} is not a placeholder the site can fill; found "{lead}"; expected plain text, or the placeholders {targets}, {groups} and {lead:<text>}',
      'data/findings/quotes.csv:2, column 1 "finding_id": "nt-other" does not match; found "nt-other"; expected a finding_id of findings/findings.csv',
    ]);
  });
});
