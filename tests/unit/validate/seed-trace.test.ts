/**
 * Provenance: every figure and line reference in data/ stands in the plan texts of data/sources/.
 * The check itself (src/lib/validate/check-citations.ts) runs in `npm run check:data` and the
 * build; these tests show that it catches each kind of wrong citation, at its cell, and that the
 * real data passes it. No folder outside the repository is read.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../src/lib/load/read-data-files.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';
import { dataset, errorsOf, replaceOnce, REPO_ROOT, SOURCE_TEXTS } from '../../fixtures/dataset.ts';

const NT = 'targets/nhon-trach.csv';
const NT_SEED = '002_ba792d655f7fc0c8.txt';

describe('the real data against its plan texts', () => {
  it('passes every citation check with the texts in data/sources/', async () => {
    const result = checkDataset(await readDataFiles(`${REPO_ROOT}data`));
    expect(result.ok ? [] : result.errors.map(formatDataError)).toEqual([]);
  });

  it('shows the OCR rule’s evidence: each Nhơn Trạch "≥" target reads without "≥" in the OCR copy 000', async () => {
    const result = checkDataset(await readDataFiles(`${REPO_ROOT}data`));
    if (!result.ok) throw new Error('data/ does not pass its checks');
    const rows = result.value.raw.targets.filter((t) => t.file === 'data/targets/nhon-trach.csv' && t.target_raw.startsWith('≥'));
    expect(rows.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const t of rows) {
      if (!t.alt_seed_file.startsWith('000_'))
        problems.push(`${t.target_id}: alt_seed_file ${JSON.stringify(t.alt_seed_file)} is not the OCR copy 000`);
      else if (t.alt_seed_text === '') problems.push(`${t.target_id}: no alt_seed_text from 000`);
      else if (t.alt_seed_text.includes('≥'))
        problems.push(`${t.target_id}: alt_seed_text ${JSON.stringify(t.alt_seed_text)} still has "≥"`);
    }
    expect(problems).toEqual([]);
  });
});

describe('checkDataset refuses a citation that does not match its text', () => {
  it('names seed_lines past the end of the text, with the text’s length', () => {
    const files = dataset((t) => replaceOnce(t, NT, '94-95;107-108,≥ 60%', '94-95;1107-1108,≥ 60%'));
    const lines = SOURCE_TEXTS[`sources/${NT_SEED}`]!.split('\n').length;
    expect(errorsOf(files)).toEqual([
      `data/targets/nhon-trach.csv:2, column 14 "seed_lines": lines 1107-1108 are past the end of ${NT_SEED}, which has ${lines} lines; found "94-95;1107-1108"; expected line numbers from 1 to ${lines} of ${NT_SEED}`,
    ]);
  });

  it('names a seed_text that is not at its lines, and says what the lines read', () => {
    const files = dataset((t) => replaceOnce(t, NT, '94-95;107-108,≥ 60%', '94-95;107-108,≥ 70%'));
    const [error, ...rest] = errorsOf(files);
    expect(rest).toEqual([]);
    expect(error).toMatch(
      new RegExp(
        `^data/targets/nhon-trach\\.csv:2, column 15 "seed_text": this is not at ${NT_SEED}:94-95;107-108 \\(seed_lines\\), which reads ".*Tỉ lệ phủ sóng 5G trên địa bàn xã % ≥ 60%`,
      ),
    );
  });

  it('names a figure whose number is not in its seed_text (a rounded or corrected figure)', () => {
    const files = dataset((t) => replaceOnce(t, NT, ',≥ 60%,2026,', ',≥ 65%,2026,'));
    expect(errorsOf(files)).toEqual([
      'data/targets/nhon-trach.csv:2, column 8 "target_raw": "65" of the figure is not in seed_text "≥ 60%": a figure must be the one the plan writes; found "≥ 65%"; expected the figure as the cited text writes it (never rounded or corrected)',
    ]);
  });

  it('checks the alt_ twins the same way', () => {
    const files = dataset((t) => replaceOnce(t, NT, ',103,> 60%,', ',103,≥ 60%,'));
    expect(errorsOf(files)).toEqual([
      expect.stringMatching(
        /^data\/targets\/nhon-trach\.csv:2, column 18 "alt_seed_text": this is not at 000_aa4d0d6fc52ffda5\.txt:103 \(alt_seed_lines\)/,
      ),
    ]);
    const past = dataset((t) => replaceOnce(t, NT, ',103,> 60%,', ',9103,> 60%,'));
    expect(errorsOf(past)).toEqual([
      expect.stringMatching(/column 17 "alt_seed_lines": line 9103 is past the end of 000_aa4d0d6fc52ffda5\.txt/),
    ]);
  });

  it('names task lines past the end, and communes.csv and documents.csv references into texts that do not exist', () => {
    const files = dataset((t) => {
      replaceOnce(t, 'tasks/nhon-trach.csv', ',433-439,', ',433-4390,');
      replaceOnce(t, 'communes.csv', '000:3-4;002:554-556', '000:3-4;002:554-5560');
      replaceOnce(t, 'documents.csv', '002:2;004:17', '002:2;007:17');
    });
    expect(errorsOf(files).map((e) => e.replace(/;.*/, ''))).toEqual([
      `data/communes.csv:2, column 20 "source_lines": lines 554-5560 are past the end of ${NT_SEED}, which has 557 lines`,
      'data/documents.csv:2, column 9 "source": no text in data/sources/ is numbered 007',
      `data/tasks/nhon-trach.csv:2, column 14 "seed_lines": lines 433-4390 are past the end of ${NT_SEED}, which has 557 lines`,
    ]);
  });

  it('refuses a text whose bytes changed since it was listed (its SHA-256), and a text that is not listed', () => {
    const files = dataset((t) => {
      t[`sources/${NT_SEED}`] = t[`sources/${NT_SEED}`]!.replace('≥ 60%', '≥ 65%');
      t['sources/005_unlisted.txt'] = 'a plan nobody listed\n';
    });
    const errors = errorsOf(files);
    expect(errors).toContainEqual(
      expect.stringMatching(/^data\/sources\/005_unlisted\.txt: this text is not listed in sources\/sources\.csv/),
    );
    expect(errors).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^data/sources/sources\\.csv:\\d+, column 6 "sha256": data/sources/${NT_SEED} has SHA-256 [0-9a-f]{64}, not the one listed`,
        ),
      ),
    );
  });

  it('refuses a listed text that is missing, without also reporting every citation of it', () => {
    const files = dataset((t) => {
      delete t[`sources/${NT_SEED}`];
    });
    expect(errorsOf(files)).toEqual([
      expect.stringMatching(new RegExp(`^data/sources/sources\\.csv:\\d+, column 1 "seed_file": there is no file data/sources/${NT_SEED}`)),
    ]);
  });

  it('refuses a text whose bytes changed, with its new hash and what to do', () => {
    const files = dataset((t) => {
      t[`sources/${NT_SEED}`] += 'một dòng thêm vào cuối\n';
    });
    const hash = createHash('sha256')
      .update(files.get(`sources/${NT_SEED}`)!)
      .digest('hex');
    const listed = SOURCE_TEXTS['sources/sources.csv']!.split('\n')
      .find((l) => l.startsWith(NT_SEED))!
      .split(',')
      .at(-2)!;
    expect(errorsOf(files)).toEqual([
      `data/sources/sources.csv:3, column 6 "sha256": data/sources/${NT_SEED} has SHA-256 ${hash}, not the one listed: the text changed since it was listed, and the line numbers citing it may no longer point at what they cite; found "${listed}"; expected the text as it was obtained (restore it), or — if the new text is the right one — its new hash here, with every citation of it checked again`,
    ]);
  });

  it('refuses a text in sources/ that sources.csv does not list, and says what its row holds', () => {
    const files = dataset((t) => {
      t['sources/005_unlisted.txt'] = 'a plan nobody listed\n';
    });
    expect(errorsOf(files)).toEqual([
      'data/sources/005_unlisted.txt: this text is not listed in sources/sources.csv; expected a row for "005_unlisted.txt" in data/sources/sources.csv (commune, plan, kind, how it was obtained, sha256)',
    ]);
  });

  it('refuses a listed text that is missing, asking for the name of a text in the folder', () => {
    const files = dataset((t) => {
      delete t[`sources/${NT_SEED}`];
    });
    expect(errorsOf(files)).toEqual([
      `data/sources/sources.csv:3, column 1 "seed_file": there is no file data/sources/${NT_SEED}; found "${NT_SEED}"; expected the file name of a plan text in the sources folder`,
    ]);
  });

  it('refuses a source file of communes.csv that sources.csv does not list', () => {
    const files = dataset((t) => replaceOnce(t, 'communes.csv', ',004_af8008956ab8b7d3.txt,', ',004_af8008956ab8b7d3.txt;009_x.txt,'));
    expect(errorsOf(files)).toEqual([
      'data/communes.csv:3, column 19 "source_files": "009_x.txt" is not a text in data/sources/; found "009_x.txt"; expected a file listed in data/sources/sources.csv',
    ]);
  });

  it('refuses a reference into a text numbered like none, listing the numbers there are', () => {
    const files = dataset((t) => replaceOnce(t, 'documents.csv', '002:2;004:17', '002:2;007:17'));
    expect(errorsOf(files)).toEqual([
      'data/documents.csv:2, column 9 "source": no text in data/sources/ is numbered 007; found "007:17"; expected a number of a listed text (000, 002, 004)',
    ]);
  });

  it('refuses a commune’s source_lines into a text that is not among its source_files', () => {
    const files = dataset((t) => replaceOnce(t, 'communes.csv', '004:1-10', '002:1-10'));
    expect(errorsOf(files)).toEqual([
      `data/communes.csv:3, column 20 "source_lines": ${NT_SEED} is not one of this commune's source_files; found "002:1-10"; expected a reference into 004_af8008956ab8b7d3.txt`,
    ]);
  });

  it('refuses a row of sources.csv for its cell alone: its text is still listed, and its citations are not blamed', () => {
    const communeId = dataset((t) => {
      t['sources/sources.csv'] = t['sources/sources.csv']!.replace(/^(004_af8008956ab8b7d3\.txt),phuoc-an,/m, '$1,Phước An,');
    });
    expect(errorsOf(communeId)).toEqual([
      'data/sources/sources.csv:4, column 2 "commune_id": the value is not in the expected form; found "Phước An"; expected the id of the commune whose plan this is, or empty for a text that is no one commune’s',
    ]);
    let upper = '';
    const hash = dataset((t) => {
      t['sources/sources.csv'] = t['sources/sources.csv']!.replace(
        /^(004_af8008956ab8b7d3\.txt,.*),([0-9a-f]{64}),/m,
        (_, row: string, h: string) => {
          upper = h.toUpperCase();
          return `${row},${upper},`;
        },
      );
    });
    expect(errorsOf(hash)).toEqual([
      `data/sources/sources.csv:4, column 6 "sha256": the value is not in the expected form; found "${upper}"; expected the file’s SHA-256 as 64 lower-case hex digits (sha256sum prints it)`,
    ]);
  });
});
