/**
 * Malformed and hostile inputs. Each case starts from the small valid dataset of
 * tests/fixtures/dataset.ts, applies one mutation, runs checkDataset and compares the complete
 * list of formatted errors (or, for inputs that must be accepted, the records they produce).
 */
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES } from '../../../src/lib/read/decode-text.ts';
import { checkDataset } from '../../../src/lib/dataset/check-dataset.ts';
import { dataset, encode, errorsOf, recordsOf, replaceOnce, validTexts, type Texts } from '../../fixtures/dataset.ts';

const NT = 'targets/nhon-trach.csv';
const PA = 'targets/phuoc-an.csv';
const PA_TASKS = 'tasks/phuoc-an.csv';
const COMMUNES = 'communes.csv';

const utf8 = (s: string) => new TextEncoder().encode(s);

/** The text of `rel` as bytes, with `marker` replaced by raw `bytes` (for non-UTF-8 input). */
function withBytes(t: Texts, rel: string, marker: string, bytes: number[]): Uint8Array {
  const src = t[rel]!;
  const at = src.indexOf(marker);
  if (at === -1) throw new Error(`no "${marker}" in ${rel}`);
  return new Uint8Array([...utf8(src.slice(0, at)), ...bytes, ...utf8(src.slice(at + marker.length))]);
}

/** Dataset whose file `rel` is replaced by `bytes`. */
function withFile(rel: string, bytes: Uint8Array, t: Texts = validTexts()): Map<string, Uint8Array> {
  const files = encode(t);
  files.set(rel, bytes);
  return files;
}

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const le = Buffer.from((bom ? '\uFEFF' : '') + text, 'utf16le');
  if (order === 'be') le.swap16();
  return new Uint8Array(le);
}

const TARGET_COLUMNS_LIST =
  'target_id, commune_id, section, group, item, text, unit_raw, target_raw, target_year, lead_units, cooperating_units, deadline_raw, seed_file, seed_lines, seed_text, alt_seed_file, alt_seed_lines, alt_seed_text, notes';
const QUOTES = 'quotes only around a whole cell, with any " inside written as ""';

describe('the small valid dataset', () => {
  it('passes every check, so each case below fails only because of its one mutation', () => {
    expect(errorsOf(dataset())).toEqual([]);
  });
});

describe('CSV shape', () => {
  it('refuses a semicolon-separated file and says it expected commas', () => {
    const files = dataset((t) => {
      t['documents.csv'] = t['documents.csv']!.replace(/,/g, ';');
    });
    expect(errorsOf(files)).toEqual([
      'data/documents.csv:1: the header is separated by semicolons, not commas; found "id;number;date;issuer;level;province;title;implements;source"; expected comma-separated values (",")',
    ]);
  });

  it('refuses a tab-separated file and says it expected commas', () => {
    const files = dataset((t) => {
      t[PA] = t[PA]!.replace(/,/g, '\t');
    });
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:1: the header is separated by tabs, not commas; found "target_id\\tcommune_id\\tsection\\tgroup\\titem\\ttext\\tunit_raw\\ttarget_raw\\ttarget_year\\t..."; expected comma-separated values (",")',
    ]);
  });

  it('refuses a file whose header lacks a column and names the column', () => {
    const files = dataset((t) => {
      t[PA] = t[PA]!.split('\n')
        .map((l) =>
          l
            .split(',')
            .filter((_, i) => i !== 6)
            .join(','),
        )
        .join('\n');
    });
    expect(errorsOf(files)).toEqual([
      `data/targets/phuoc-an.csv:1: the header lacks a column: unit_raw; expected all of: ${TARGET_COLUMNS_LIST}`,
    ]);
  });

  it('refuses an unknown extra column and lists the codebook columns', () => {
    const files = dataset((t) => {
      t[PA] = t[PA]!.split('\n')
        .map((l, i) => (l === '' ? l : l + (i === 0 ? ',priority' : ',high')))
        .join('\n');
    });
    expect(errorsOf(files)).toEqual([
      `data/targets/phuoc-an.csv:1, column 20 "priority": unknown column; found "priority"; expected only the columns of the codebook: ${TARGET_COLUMNS_LIST}`,
    ]);
  });

  it('refuses a header that names a column twice', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'target_raw,target_year', 'target_raw,target_raw'));
    expect(errorsOf(files)).toEqual([
      `data/targets/phuoc-an.csv:1: the header lacks a column: target_year; expected all of: ${TARGET_COLUMNS_LIST}`,
      'data/targets/phuoc-an.csv:1, column 9 "target_raw": this column name appears twice in the header; found "target_raw"; expected each column once',
    ]);
  });

  it('refuses a row with one cell more than the header', () => {
    const files = dataset((t) => replaceOnce(t, PA, '≥ 60%,,,,\n', '≥ 60%,,,,,\n'));
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:2: the row has 20 cells but the header has 19; expected 19 comma-separated cells (quote a cell that contains a comma)',
    ]);
  });

  it('refuses a row with one cell fewer than the header', () => {
    const files = dataset((t) => replaceOnce(t, PA, '≥ 60%,,,,\n', '≥ 60%,,,\n'));
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:2: the row has 18 cells but the header has 19; expected 19 comma-separated cells (quote a cell that contains a comma)',
    ]);
  });

  it('refuses an empty file', () => {
    const files = dataset((t) => {
      t[PA] = '';
    });
    expect(errorsOf(files)).toEqual(['data/targets/phuoc-an.csv: file is empty; expected a header row and at least one data row']);
  });

  it('refuses a header-only file once (the crosswalk rows of its lost targets are not each reported too)', () => {
    const files = dataset((t) => {
      t[PA] = t[PA]!.split('\n')[0] + '\n';
    });
    expect(errorsOf(files)).toEqual(['data/targets/phuoc-an.csv:1: the file has a header but no data rows; expected at least one row']);
  });

  it('refuses a data folder without a required file, naming where it belongs', () => {
    const files = dataset((t) => {
      delete t['harmonize/pillars.csv'];
    });
    expect(errorsOf(files)).toEqual([
      'data/harmonize/pillars.csv: required file is missing; expected a file at data/harmonize/pillars.csv',
    ]);
  });

  it('accepts blank lines between rows and keeps each record on its physical line', () => {
    const plain = recordsOf(dataset());
    const spaced = recordsOf(
      dataset((t) => {
        t[NT] = t[NT]!.replace(/\n/g, '\n\n');
      }),
    );
    expect(spaced.targets.filter((r) => r.commune_id === 'nhon-trach').map((r) => r.line)).toEqual([3, 5]);
    const withoutLine = (rows: { line: number }[]) => rows.map(({ line: _line, ...rest }) => rest);
    expect(withoutLine(spaced.targets)).toEqual(withoutLine(plain.targets));
  });
});

describe('quoting and line numbers', () => {
  it('accepts a quoted line break inside text, and the next row’s error points to its physical line', () => {
    const files = dataset((t) => {
      replaceOnce(t, NT, 'Tỉ lệ phủ sóng 5G trên địa bàn xã', '"Tỉ lệ phủ sóng 5G\ntrên địa bàn xã"');
      replaceOnce(t, NT, 'nhon-trach-02,nhon-trach,II.2,', 'nhon-trach-02,nhon-trach,,');
    });
    // Line 1 header, lines 2-3 the first target (its text spans two lines), line 4 the second.
    expect(errorsOf(files)).toEqual([
      'data/targets/nhon-trach.csv:4, column 3 "section": a required cell is empty; found ""; expected a value (this cell is required)',
    ]);
  });

  it('keeps the quoted line break in the record', () => {
    const raw = recordsOf(dataset((t) => replaceOnce(t, NT, 'Tỉ lệ phủ sóng 5G trên địa bàn xã', '"Tỉ lệ phủ sóng 5G\ntrên địa bàn xã"')));
    expect(raw.targets.find((r) => r.target_id === 'nhon-trach-01')?.text).toBe('Tỉ lệ phủ sóng 5G\ntrên địa bàn xã');
    expect(raw.targets.find((r) => r.target_id === 'nhon-trach-02')?.line).toBe(4);
  });

  it('refuses a quoted cell that is never closed and points at the opening quote', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'Tỉ lệ phủ sóng', '"Tỉ lệ phủ sóng'));
    expect(errorsOf(files)).toEqual([
      `data/targets/phuoc-an.csv:2:59: a quoted cell is never closed; found "\\"Tỉ lệ phủ sóng 5G trên địa bàn,%,≥ 60%,2026,Phòng VHXH,,đến cuối năm 2026,00..."; expected ${QUOTES}`,
    ]);
  });

  it('refuses a stray quote inside an unquoted cell and points at it', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'Tỉ lệ phủ sóng', 'Tỉ lệ "phủ" sóng'));
    expect(errorsOf(files)).toEqual([
      `data/targets/phuoc-an.csv:2:65: a quote character stands inside a cell that is not quoted; found "Tỉ lệ \\"phủ\\" sóng 5G trên địa bàn"; expected ${QUOTES}`,
    ]);
  });

  it('refuses text after the closing quote of a quoted cell', () => {
    const files = dataset((t) => replaceOnce(t, NT, 'phục vụ người dân",', 'phục vụ người dân" (trích),'));
    expect(errorsOf(files)).toEqual([
      `data/targets/nhon-trach.csv:3:105: text follows the closing quote of a quoted cell; found "\\"Tỷ lệ Nhà văn hóa ấp có wifi miễn phí, phục vụ người dân\\" (trích)"; expected ${QUOTES}`,
    ]);
  });
});

describe('encodings and line endings', () => {
  it('refuses Latin-1 bytes (0xE9) with the line and character column of the byte', () => {
    const t = validTexts();
    const files = withFile(PA, withBytes(t, PA, 'Tỉ lệ phủ sóng', [...utf8('R'), 0xe9, ...utf8('seau')]), t);
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:2:60: byte 0xE9 is not valid UTF-8 (the file looks like Windows-1258, TCVN3, VNI or Latin-1); expected UTF-8 text (re-save the file as "CSV UTF-8")',
    ]);
  });

  it('refuses Windows-1258 bytes of "Nhơn Trạch" at the first byte that is not UTF-8', () => {
    // Windows-1258: ơ = 0xF5; ạ = a + combining dot below 0xF2.
    const cp1258 = [0x4e, 0x68, 0xf5, 0x6e, 0x20, 0x54, 0x72, 0x61, 0xf2, 0x63, 0x68];
    expect(new TextDecoder('windows-1258').decode(Uint8Array.from(cp1258)).normalize('NFC')).toBe('Nhơn Trạch');
    const t = validTexts();
    const files = withFile(COMMUNES, withBytes(t, COMMUNES, 'Nhơn Trạch', cp1258), t);
    expect(errorsOf(files)).toEqual([
      'data/communes.csv:2:20: byte 0xF5 is not valid UTF-8 (the file looks like Windows-1258, TCVN3, VNI or Latin-1); expected UTF-8 text (re-save the file as "CSV UTF-8")',
    ]);
  });

  it('refuses UTF-16 little-endian with a byte-order mark', () => {
    const files = withFile(PA, utf16(validTexts()[PA]!, 'le', true));
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv: file is UTF-16 (little-endian byte-order mark); expected UTF-8 text (save as "CSV UTF-8")',
    ]);
  });

  it('refuses UTF-16 big-endian with a byte-order mark', () => {
    const files = withFile(PA, utf16(validTexts()[PA]!, 'be', true));
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv: file is UTF-16 (big-endian byte-order mark); expected UTF-8 text (save as "CSV UTF-8")',
    ]);
  });

  it('refuses UTF-16 without a byte-order mark because of its NUL bytes', () => {
    const le = withFile(PA, utf16(validTexts()[PA]!, 'le', false));
    expect(errorsOf(le)).toEqual([
      'data/targets/phuoc-an.csv:1:2: file contains a NUL byte (it looks like UTF-16 without a byte-order mark, or a binary file); expected UTF-8 text',
    ]);
    const be = withFile(PA, utf16(validTexts()[PA]!, 'be', false));
    expect(errorsOf(be)).toEqual([
      'data/targets/phuoc-an.csv:1:1: file contains a NUL byte (it looks like UTF-16 without a byte-order mark, or a binary file); expected UTF-8 text',
    ]);
  });

  it('accepts a UTF-8 byte-order mark on every CSV file and reads the same records as without it', () => {
    const plain = recordsOf(dataset());
    const files = new Map([...dataset()].map(([k, v]) => [k, k.endsWith('.csv') ? new Uint8Array([0xef, 0xbb, 0xbf, ...v]) : v]));
    expect(recordsOf(files)).toEqual(plain);
  });

  it('accepts files without a byte-order mark', () => {
    const files = dataset();
    for (const bytes of files.values()) expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(checkDataset(files).ok).toBe(true);
  });

  it('accepts CRLF line endings in CSV files and reads the same records as with LF', () => {
    const plain = recordsOf(dataset());
    const crlf = dataset((t) => {
      for (const k of Object.keys(t)) if (k.endsWith('.csv')) t[k] = t[k]!.replace(/\n/g, '\r\n');
    });
    expect(recordsOf(crlf)).toEqual(plain);
  });

  it('accepts a CRLF file with a bare LF inside a quoted cell, the same as the all-LF file', () => {
    const quoted = (t: Texts) => replaceOnce(t, NT, 'Tỉ lệ phủ sóng 5G trên địa bàn xã', '"Tỉ lệ phủ sóng 5G\ntrên địa bàn xã"');
    const lf = recordsOf(dataset(quoted));
    const mixed = dataset((t) => {
      t[NT] = t[NT]!.replace(/\n/g, '\r\n');
      quoted(t);
    });
    expect(new TextDecoder().decode(mixed.get(NT)!)).toContain('5G\ntrên địa bàn xã"');
    expect(new TextDecoder().decode(mixed.get(NT)!)).toContain('\r\n');
    expect(recordsOf(mixed)).toEqual(lf);
  });

  it('refuses a 40 MB file with the size message, without reading it', () => {
    const row = validTexts()[PA]!.split('\n')[1]! + '\n';
    const big = validTexts()[PA]!.split('\n')[0] + '\n' + row.repeat(Math.ceil((40 * 1024 * 1024) / utf8(row).length));
    const bytes = utf8(big).subarray(0, 40 * 1024 * 1024);
    expect(bytes.length).toBeGreaterThan(MAX_FILE_BYTES);
    expect(errorsOf(withFile(PA, bytes))).toEqual([
      'data/targets/phuoc-an.csv: file is 40.0 MB, larger than the 32 MB limit for one data file; expected a file under 32 MB (one file per commune in targets/ and tasks/)',
    ]);
  });
});

describe('text hygiene', () => {
  it('refuses text in NFD (decomposed "Nhơn Trạch")', () => {
    const files = dataset((t) => replaceOnce(t, COMMUNES, 'Nhơn Trạch', 'Nhơn Trạch'.normalize('NFD')));
    expect(errorsOf(files)).toEqual([
      `data/communes.csv:2, column 3 "name": the text is not in Unicode NFC (diacritics are stored as separate combining marks); found ${JSON.stringify('Nhơn Trạch'.normalize('NFD'))}; expected NFC text (compose the diacritics, e.g. with a Unicode normalizer)`,
    ]);
  });

  it('refuses a control character (U+0007) in text', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'Tỉ lệ phủ sóng', 'Tỉ lệ\u0007 phủ sóng'));
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:2, column 6 "text": the text contains an invisible control character; found "Tỉ lệ\\u0007 phủ sóng 5G trên địa bàn"; expected printable text only (tabs and line breaks allowed inside quoted text)',
    ]);
  });

  it('refuses leading and trailing spaces around an id, with one message: the spaces, not the id’s form too', () => {
    const leading = dataset((t) => replaceOnce(t, PA, 'phuoc-an-01,phuoc-an,', ' phuoc-an-01,phuoc-an,'));
    expect(errorsOf(leading)).toEqual([
      'data/targets/phuoc-an.csv:2, column 1 "target_id": the value starts or ends with spaces; found " phuoc-an-01"; expected the value without leading or trailing spaces',
    ]);
    const trailing = dataset((t) => replaceOnce(t, PA, 'phuoc-an-01,phuoc-an,', 'phuoc-an-01,phuoc-an ,'));
    expect(errorsOf(trailing)).toEqual([
      'data/targets/phuoc-an.csv:2, column 2 "commune_id": the value starts or ends with spaces; found "phuoc-an "; expected the value without leading or trailing spaces',
    ]);
  });

  it('keeps formula-looking text ("=HYPERLINK(...)", "+1", "@SUM") verbatim as data', () => {
    const formulas = ['=HYPERLINK("http://evil.example/?x=1","Bấm vào đây")', '+1', '@SUM(A1:A9)'];
    const files = dataset((t) => {
      replaceOnce(t, NT, 'Tỉ lệ phủ sóng 5G trên địa bàn xã', `"${formulas[0]!.replace(/"/g, '""')}"`);
      replaceOnce(t, NT, '"Tỷ lệ Nhà văn hóa ấp có wifi miễn phí, phục vụ người dân"', formulas[1]!);
      replaceOnce(t, PA, 'Tỉ lệ phủ sóng 5G trên địa bàn', formulas[2]!);
    });
    expect(recordsOf(files).targets.map((r) => r.text)).toEqual(formulas);
  });

  it('keeps HTML and script text verbatim as data (escaping is the pages’ job)', () => {
    const html = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>'];
    const files = dataset((t) => {
      replaceOnce(t, NT, 'Tỉ lệ phủ sóng 5G trên địa bàn xã', html[0]!);
      replaceOnce(t, PA, 'Tỉ lệ phủ sóng 5G trên địa bàn', html[1]!);
    });
    const texts = recordsOf(files).targets.map((r) => r.text);
    expect(texts[0]).toBe(html[0]);
    expect(texts[2]).toBe(html[1]);
  });
});

describe('cell values', () => {
  it('refuses an empty required cell', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'phuoc-an-01,phuoc-an,II.2,', 'phuoc-an-01,phuoc-an,,'));
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:2, column 3 "section": a required cell is empty; found ""; expected a value (this cell is required)',
    ]);
  });

  it.each([['2O26'], ['1926']])('refuses the target year "%s" and asks for a year between 2000 and 2100', (bad) => {
    const files = dataset((t) => replaceOnce(t, PA, ',2026,Phòng', `,${bad},Phòng`));
    expect(errorsOf(files)).toEqual([
      `data/targets/phuoc-an.csv:2, column 9 "target_year": the value is not in the expected form; found "${bad}"; expected a four-digit year between 2000 and 2100, e.g. "2026"`,
    ]);
  });

  it.each([['12-5'], ['abc'], ['0']])('refuses the seed line reference "%s"', (bad) => {
    const files = dataset((t) => replaceOnce(t, PA, '61;63-64', bad));
    expect(errorsOf(files)).toEqual([
      `data/targets/phuoc-an.csv:2, column 14 "seed_lines": the value is not in the expected form; found "${bad}"; expected line numbers or ranges separated by ";", e.g. "108" or "110-112;346"`,
    ]);
  });

  it('refuses an impossible calendar date ("2026-02-30") in communes', () => {
    const files = dataset((t) => replaceOnce(t, COMMUNES, '2026-02-27', '2026-02-30'));
    expect(errorsOf(files)).toEqual([
      'data/communes.csv:2, column 11 "plan_date": the value is not in the expected form; found "2026-02-30"; expected a real calendar date as YYYY-MM-DD, or empty when the date is not fully legible',
    ]);
  });

  it.each([['2650'], ['2650A']])('refuses the unit code "%s" and asks for exactly 5 digits', (bad) => {
    const files = dataset((t) => replaceOnce(t, COMMUNES, '26503', bad));
    expect(errorsOf(files)).toEqual([
      `data/communes.csv:3, column 2 "unit_code": the value is not in the expected form; found "${bad}"; expected exactly 5 digits, kept as text (e.g. "26485")`,
    ]);
  });

  it('refuses a task kind outside the enum ("appendix")', () => {
    const files = dataset((t) => replaceOnce(t, PA_TASKS, 'unit-assignment', 'appendix'));
    expect(errorsOf(files)).toEqual([
      'data/tasks/phuoc-an.csv:2, column 3 "kind": the value is not in the expected form; found "appendix"; expected one of "appendix-row", "unit-assignment"',
    ]);
  });

  it('refuses an id with capitals and says what an id is made of', () => {
    const files = dataset((t) => replaceOnce(t, PA_TASKS, 'phuoc-an-task-01,', 'Phuoc-An-Task-01,'));
    expect(errorsOf(files)).toEqual([
      'data/tasks/phuoc-an.csv:2, column 1 "task_id": the value is not in the expected form; found "Phuoc-An-Task-01"; expected a lower-case id of letters, digits and single hyphens, e.g. "nhon-trach"',
    ]);
  });

  it('refuses horizon years separated by a comma', () => {
    const files = dataset((t) =>
      replaceOnce(
        t,
        COMMUNES,
        ',2026,2026,Triển khai Nghị quyết số 57-NQ/TW năm 2026,Huỳnh',
        ',2026,"2026, 2030",Triển khai Nghị quyết số 57-NQ/TW năm 2026,Huỳnh',
      ),
    );
    expect(errorsOf(files)).toEqual([
      'data/communes.csv:3, column 13 "horizon_years": the value is not in the expected form; found "2026, 2030"; expected years separated by ";", e.g. "2030;2045"',
    ]);
  });

  it('refuses a list of document ids separated by a comma', () => {
    const files = dataset((t) => replaceOnce(t, COMMUNES, 'nq-57-nq-tw;kh-91-kh-ubnd-dong-nai', '"nq-57-nq-tw, kh-91-kh-ubnd-dong-nai"'));
    expect(errorsOf(files)).toEqual([
      'data/communes.csv:2, column 17 "cited_documents": the value is not in the expected form; found "nq-57-nq-tw, kh-91-kh-ubnd-dong-nai"; expected ids separated by ";", each lower-case letters, digits and hyphens',
    ]);
  });

  it('refuses a seed file that is not a .txt file name, in seed_file and alt_seed_file', () => {
    const seed = dataset((t) => replaceOnce(t, PA, '004_af8008956ab8b7d3.txt,61', '004_af8008956ab8b7d3.md,61'));
    expect(errorsOf(seed)).toEqual([
      'data/targets/phuoc-an.csv:2, column 13 "seed_file": the value is not in the expected form; found "004_af8008956ab8b7d3.md"; expected a seed file name such as "002_ba792d655f7fc0c8.txt"',
    ]);
    const alt = dataset((t) => replaceOnce(t, NT, '000_aa4d0d6fc52ffda5.txt,103,', '000_aa4d0d6fc52ffda5,103,'));
    expect(errorsOf(alt)).toEqual([
      'data/targets/nhon-trach.csv:2, column 16 "alt_seed_file": the value is not in the expected form; found "000_aa4d0d6fc52ffda5"; expected a seed file name such as "000_aa4d0d6fc52ffda5.txt", or empty',
    ]);
  });

  it('refuses a commune’s source files that are not .txt names', () => {
    const files = dataset((t) => replaceOnce(t, COMMUNES, ',004_af8008956ab8b7d3.txt,', ',004_af8008956ab8b7d3.pdf,'));
    expect(errorsOf(files)).toEqual([
      'data/communes.csv:3, column 19 "source_files": the value is not in the expected form; found "004_af8008956ab8b7d3.pdf"; expected seed file names separated by ";", primary first',
    ]);
  });

  it('refuses a seed reference without its 3-digit file number, and names "research.md" where it is allowed', () => {
    const commune = dataset((t) => replaceOnce(t, COMMUNES, '004:1-10', '4:1-10'));
    expect(errorsOf(commune)).toEqual([
      'data/communes.csv:3, column 20 "source_lines": the value is not in the expected form; found "4:1-10"; expected seed references separated by ";", each "<3-digit file number>:<line or range>", e.g. "000:4;002:554-556"',
    ]);
    const document = dataset((t) => replaceOnce(t, 'documents.csv', '002:7-10;research.md', '002:7-10;research.txt'));
    expect(errorsOf(document)).toEqual([
      'data/documents.csv:3, column 9 "source": the value is not in the expected form; found "002:7-10;research.txt"; expected seed references separated by ";", each "<3-digit file number>:<line or range>", e.g. "000:4;002:554-556", or "research.md"',
    ]);
  });

  it('refuses a reference figure with more than 15 significant digits', () => {
    const files = dataset((t) =>
      replaceOnce(
        t,
        'harmonize/references.csv',
        'commune-dti,context,province,Đồng Nai,2024,=,0.7164,',
        'commune-dti,context,province,Đồng Nai,2024,=,0.71640000000000000,',
      ),
    );
    expect(errorsOf(files)).toEqual([
      'data/harmonize/references.csv:10, column 7 "value": the value is not in the expected form; found "0.71640000000000000"; expected a number written with digits and an optional "." decimal point, e.g. "80" or "0.7955", with at most 15 significant digits',
    ]);
  });
});

describe('ids and references', () => {
  it('refuses a target_id used twice in one file', () => {
    const files = dataset((t) => {
      t[NT] += t[NT]!.split('\n')[1] + '\n';
    });
    expect(errorsOf(files)).toEqual([
      'data/targets/nhon-trach.csv:4, column 1 "target_id": duplicate target_id; it is already used at data/targets/nhon-trach.csv:2; found "nhon-trach-01"; expected a target_id used only once',
    ]);
  });

  it('refuses a target_id used in two files', () => {
    const files = dataset((t) => {
      t[PA] += t[NT]!.split('\n')[1] + '\n';
    });
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:3, column 1 "target_id": duplicate target_id; it is already used at data/targets/nhon-trach.csv:2; found "nhon-trach-01"; expected a target_id used only once',
      'data/targets/phuoc-an.csv:3, column 2 "commune_id": "nhon-trach" does not match; found "nhon-trach"; expected "phuoc-an", the commune this file is named after',
    ]);
  });

  it('refuses a commune id used twice', () => {
    const files = dataset((t) => {
      t[COMMUNES] += t[COMMUNES]!.split('\n')[1]!.replace('26485', '26400') + '\n';
    });
    expect(errorsOf(files)).toEqual([
      'data/communes.csv:4, column 1 "id": duplicate id; it is already used at data/communes.csv:2; found "nhon-trach"; expected an id used only once',
    ]);
  });

  it('refuses a commune_id that is not in communes.csv', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'phuoc-an-01,phuoc-an,', 'phuoc-an-01,xuan-thanh,'));
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:2, column 2 "commune_id": "xuan-thanh" does not match; found "xuan-thanh"; expected a commune id from communes.csv ("nhon-trach", "phuoc-an")',
    ]);
  });

  it('refuses a targets file named after an unknown commune', () => {
    const files = dataset((t) => {
      t['targets/xuan-thanh.csv'] = t[PA]!.replace(/phuoc-an/g, 'xuan-thanh');
    });
    expect(errorsOf(files)).toEqual([
      'data/targets/xuan-thanh.csv: the file is named after an unknown commune "xuan-thanh"; expected a file named after an id in communes.csv ("nhon-trach", "phuoc-an")',
      'data/targets/xuan-thanh.csv:2, column 1 "target_id": target "xuan-thanh-01" is not in the crosswalk; found "xuan-thanh-01"; expected a row for it in data/harmonize/crosswalk.csv (mapped to an indicator, or "unmapped" with a reason)',
      'data/targets/xuan-thanh.csv:2, column 2 "commune_id": "xuan-thanh" does not match; found "xuan-thanh"; expected a commune id from communes.csv ("nhon-trach", "phuoc-an")',
    ]);
  });

  it('refuses a commune without a targets file', () => {
    const files = dataset((t) => {
      delete t[PA];
    });
    expect(errorsOf(files)).toEqual([
      'data/harmonize/crosswalk.csv:4, column 1 "target_id": "phuoc-an-01" does not match; found "phuoc-an-01"; expected the target_id of a row in data/targets/',
      'data/targets/phuoc-an.csv: commune "phuoc-an" has no targets file; expected a file data/targets/phuoc-an.csv (see data/README.md, "How to add a commune")',
    ]);
  });

  it('refuses a commune_id that does not match the file it is in', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'phuoc-an-01,phuoc-an,', 'phuoc-an-01,nhon-trach,'));
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:2, column 2 "commune_id": "nhon-trach" does not match; found "nhon-trach"; expected "phuoc-an", the commune this file is named after',
    ]);
  });

  it('refuses a target_id without the commune prefix (and the crosswalk no longer finds either id)', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'phuoc-an-01,', 'phuoc-01,'));
    expect(errorsOf(files)).toEqual([
      'data/harmonize/crosswalk.csv:4, column 1 "target_id": "phuoc-an-01" does not match; found "phuoc-an-01"; expected the target_id of a row in data/targets/',
      'data/targets/phuoc-an.csv:2, column 1 "target_id": "phuoc-01" does not match; found "phuoc-01"; expected an id starting with "phuoc-an-"',
      'data/targets/phuoc-an.csv:2, column 1 "target_id": target "phuoc-01" is not in the crosswalk; found "phuoc-01"; expected a row for it in data/harmonize/crosswalk.csv (mapped to an indicator, or "unmapped" with a reason)',
    ]);
  });

  it('refuses a seed_file that is not among the commune’s source files', () => {
    const files = dataset((t) => replaceOnce(t, PA, '004_af8008956ab8b7d3.txt,61', '003_61e0d19b87fa339e.txt,61'));
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:2, column 13 "seed_file": "003_61e0d19b87fa339e.txt" does not match; found "003_61e0d19b87fa339e.txt"; expected one of this commune\'s source files (004_af8008956ab8b7d3.txt)',
    ]);
  });

  it('refuses a second statement’s lines without its file, quoting the lines as written', () => {
    const files = dataset((t) => replaceOnce(t, NT, '000_aa4d0d6fc52ffda5.txt,103,', ',103,'));
    expect(errorsOf(files)).toEqual([
      'data/targets/nhon-trach.csv:2, column 17 "alt_seed_lines": "103" does not match; found "103"; expected alt_seed_lines exactly when alt_seed_file is given',
      'data/targets/nhon-trach.csv:2, column 18 "alt_seed_text": alt_seed_text is given without alt_seed_file; found "> 60%"; expected empty, or the second statement’s file and lines beside it',
    ]);
  });

  it('refuses a second statement’s file without its lines, once (its text is not then read at no lines)', () => {
    const files = dataset((t) => replaceOnce(t, NT, '000_aa4d0d6fc52ffda5.txt,103,', '000_aa4d0d6fc52ffda5.txt,,'));
    expect(errorsOf(files)).toEqual([
      'data/targets/nhon-trach.csv:2, column 17 "alt_seed_lines": "" does not match; found ""; expected alt_seed_lines exactly when alt_seed_file is given',
    ]);
  });

  it('refuses a second statement in a file that is not the commune’s, naming its files', () => {
    const files = dataset((t) => replaceOnce(t, NT, '000_aa4d0d6fc52ffda5.txt,103,', '004_af8008956ab8b7d3.txt,103,'));
    expect(errorsOf(files)).toEqual([
      'data/targets/nhon-trach.csv:2, column 16 "alt_seed_file": "004_af8008956ab8b7d3.txt" does not match; found "004_af8008956ab8b7d3.txt"; expected one of this commune\'s source files (002_ba792d655f7fc0c8.txt, 000_aa4d0d6fc52ffda5.txt) or empty',
    ]);
  });

  it('refuses an unknown document id in cited_documents', () => {
    const files = dataset((t) => replaceOnce(t, COMMUNES, 'Chủ tịch,nq-57-nq-tw,', 'Chủ tịch,nq-57-nq-tw;nq-99-nq-tw,'));
    expect(errorsOf(files)).toEqual([
      'data/communes.csv:3, column 17 "cited_documents": "nq-99-nq-tw" does not match; found "nq-99-nq-tw"; expected an id listed in documents.csv',
    ]);
  });

  it('refuses task target_ids that point to another commune’s target', () => {
    const files = dataset((t) => replaceOnce(t, PA_TASKS, 'trước ngày 31/3/2026,,', 'trước ngày 31/3/2026,nhon-trach-01,'));
    expect(errorsOf(files)).toEqual([
      'data/tasks/phuoc-an.csv:2, column 12 "target_ids": "nhon-trach-01" does not match; found "nhon-trach-01"; expected a target_id of commune "phuoc-an"',
    ]);
  });

  it('refuses task target_ids that name no target at all', () => {
    const files = dataset((t) => replaceOnce(t, PA_TASKS, 'trước ngày 31/3/2026,,', 'trước ngày 31/3/2026,phuoc-an-09,'));
    expect(errorsOf(files)).toEqual([
      'data/tasks/phuoc-an.csv:2, column 12 "target_ids": "phuoc-an-09" does not match; found "phuoc-an-09"; expected a target_id of commune "phuoc-an"',
    ]);
  });

  it('refuses a task_id without the commune’s task prefix', () => {
    const files = dataset((t) => replaceOnce(t, PA_TASKS, 'phuoc-an-task-01,', 'phuoc-an-01,'));
    expect(errorsOf(files)).toEqual([
      'data/tasks/phuoc-an.csv:2, column 1 "task_id": "phuoc-an-01" does not match; found "phuoc-an-01"; expected an id starting with "phuoc-an-task-"',
    ]);
  });

  it('refuses a task of a commune that is not in communes.csv', () => {
    const files = dataset((t) => replaceOnce(t, PA_TASKS, 'phuoc-an-task-01,phuoc-an,', 'phuoc-an-task-01,xuan-thanh,'));
    expect(errorsOf(files)).toEqual([
      'data/tasks/phuoc-an.csv:2, column 2 "commune_id": "xuan-thanh" does not match; found "xuan-thanh"; expected a commune id from communes.csv ("nhon-trach", "phuoc-an")',
    ]);
  });

  it('refuses an unknown document id in implements', () => {
    const files = dataset((t) =>
      replaceOnce(t, 'documents.csv', 'Triển khai Nghị quyết số 57-NQ/TW,nq-57-nq-tw,', 'Triển khai Nghị quyết số 57-NQ/TW,nq-99-nq-tw,'),
    );
    expect(errorsOf(files)).toEqual([
      'data/documents.csv:3, column 8 "implements": "nq-99-nq-tw" does not match; found "nq-99-nq-tw"; expected an id listed in documents.csv',
    ]);
  });

  it('refuses a plan text listed for a commune that is not in communes.csv', () => {
    const files = dataset((t) => {
      t['sources/sources.csv'] = t['sources/sources.csv']!.replace(/^(004_af8008956ab8b7d3\.txt),phuoc-an,/m, '$1,xuan-thanh,');
    });
    expect(errorsOf(files)).toEqual([
      'data/sources/sources.csv:4, column 2 "commune_id": "xuan-thanh" does not match; found "xuan-thanh"; expected a commune id from communes.csv ("nhon-trach", "phuoc-an"), or empty',
    ]);
  });

  it('does not report references to a row that failed its own checks as unknown', () => {
    // The commune row is refused for its date; its targets and tasks are not blamed for it.
    const badCommune = dataset((t) => replaceOnce(t, COMMUNES, '2026-02-27', '2026-02-30'));
    expect(errorsOf(badCommune)).toHaveLength(1);
    // The target row is refused for its year; the task and the crosswalk pointing at it are not blamed.
    const badTarget = dataset((t) =>
      replaceOnce(
        t,
        NT,
        ',2026,Phòng VH-XH,,đến cuối năm 2026,002_ba792d655f7fc0c8.txt,94-95',
        ',2O26,Phòng VH-XH,,đến cuối năm 2026,002_ba792d655f7fc0c8.txt,94-95',
      ),
    );
    expect(errorsOf(badTarget)).toEqual([
      'data/targets/nhon-trach.csv:2, column 9 "target_year": the value is not in the expected form; found "2O26"; expected a four-digit year between 2000 and 2100, e.g. "2026"',
    ]);
  });
});

describe('reporting', () => {
  it('reports every error of several files at once, sorted by file and then line', () => {
    const files = dataset((t) => {
      replaceOnce(t, PA_TASKS, 'unit-assignment', 'appendix');
      replaceOnce(t, PA, ',2026,Phòng', ',2O26,Phòng');
      replaceOnce(t, NT, 'nhon-trach-02,nhon-trach,II.2,', 'nhon-trach-02,nhon-trach,,');
      replaceOnce(t, NT, 'Tỉ lệ phủ sóng', 'Tỉ lệ\u0007 phủ sóng');
      replaceOnce(t, COMMUNES, '26503', '2650A');
      t['documents.csv'] = t['documents.csv']!.replace(/,/g, ';');
    });
    const errors = errorsOf(files);
    expect(errors).toEqual([
      'data/communes.csv:3, column 2 "unit_code": the value is not in the expected form; found "2650A"; expected exactly 5 digits, kept as text (e.g. "26485")',
      'data/documents.csv:1: the header is separated by semicolons, not commas; found "id;number;date;issuer;level;province;title;implements;source"; expected comma-separated values (",")',
      'data/targets/nhon-trach.csv:2, column 6 "text": the text contains an invisible control character; found "Tỉ lệ\\u0007 phủ sóng 5G trên địa bàn xã"; expected printable text only (tabs and line breaks allowed inside quoted text)',
      'data/targets/nhon-trach.csv:3, column 3 "section": a required cell is empty; found ""; expected a value (this cell is required)',
      'data/targets/phuoc-an.csv:2, column 9 "target_year": the value is not in the expected form; found "2O26"; expected a four-digit year between 2000 and 2100, e.g. "2026"',
      'data/tasks/phuoc-an.csv:2, column 3 "kind": the value is not in the expected form; found "appendix"; expected one of "appendix-row", "unit-assignment"',
    ]);
    const r = checkDataset(files);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      const keys = r.errors.map((e) => [e.file, e.line ?? 0] as const);
      const sorted = [...keys].sort((a, b) => a[0].localeCompare(b[0]) || a[1] - b[1]);
      expect(keys).toEqual(sorted);
    }
  });
});
