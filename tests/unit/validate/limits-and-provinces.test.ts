/**
 * The documented limits (data/README.md, "Limits"), the province check, the vocabulary files and
 * one root cause per mistake: each case is one mutation of the small valid dataset.
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, longWord } from '../../../src/lib/validate/fields.ts';
import { dataset, errorsOf, replaceOnce } from '../../fixtures/dataset.ts';

const PA = 'targets/phuoc-an.csv';
const COMMUNES = 'communes.csv';
const PA_5G = 'Tỉ lệ phủ sóng 5G trên địa bàn,%,≥ 60%,';

describe('length limits', () => {
  it('refuses a 1 MB cell at once, before anything else is read from it', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'Tỉ lệ phủ sóng 5G trên địa bàn,', `${'a '.repeat(500_000)},`));
    expect(errorsOf(files)).toEqual([
      expect.stringMatching(
        /^data\/targets\/phuoc-an\.csv:2, column 6 "text": the cell is 1,000,000 characters long; found ".*"; expected at most 32,767 characters/,
      ),
    ]);
  });

  it('refuses a text longer than its column’s limit, naming the limit', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'Tỉ lệ phủ sóng 5G trên địa bàn,', `${'phủ sóng '.repeat(300).trim()},`));
    expect(errorsOf(files)).toEqual([
      expect.stringMatching(
        new RegExp(
          `column 6 "text": the value is not in the expected form; .*expected at most ${LIMITS.text.toLocaleString('en')} characters`,
        ),
      ),
    ]);
  });

  it('refuses a word too long to wrap (it would widen every page that shows it)', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'Tỉ lệ phủ sóng 5G trên địa bàn,', `Tỉ lệ ${'x'.repeat(500)},`));
    expect(errorsOf(files)).toEqual([expect.stringMatching(/column 6 "text": .*expected words of at most 60 characters/)]);
  });

  it('accepts a word of exactly the limit', () => {
    const files = dataset((t) => replaceOnce(t, PA, 'Tỉ lệ phủ sóng 5G trên địa bàn,', `Tỉ lệ ${'x'.repeat(LIMITS.word)},`));
    expect(errorsOf(files)).toEqual([]);
  });

  it('counts a word in characters, not UTF-16 units, and finds the first long one after short ones', () => {
    // "𝑥" is two UTF-16 units: 60 of them are 120 units, one word of 60 characters.
    expect(longWord(`Tỉ lệ ${'𝑥'.repeat(LIMITS.word)} xã`)).toBeNull();
    expect(longWord(`Tỉ lệ\t${'ệ'.repeat(LIMITS.word + 1)}\n${'y'.repeat(80)}`)).toBe('ệ'.repeat(LIMITS.word + 1));
    expect(longWord('')).toBeNull();
  });
});

describe('figure bounds, checked before any output is made', () => {
  it.each([
    [`≥ ${'9'.repeat(30)}%`, /has 30 significant digits: at most 15/],
    ['≥ 12345678901234567890123%', /has 23 significant digits/],
    ['≥ 160%', /outside what a share can be: 0–100%/],
    ['Trên 100%', /no share exceeds 100%/],
  ])('refuses %j at the figure’s cell', (figure, message) => {
    const files = dataset((t) => {
      replaceOnce(t, PA, PA_5G, `Tỉ lệ phủ sóng 5G trên địa bàn,%,${figure},`);
      replaceOnce(t, PA, ',61;63-64,≥ 60%,', `,61;63-64,≥ 60%,`);
    });
    const errors = errorsOf(files).filter((e) => e.includes('"target_raw": the target cannot be read'));
    expect(errors).toEqual([expect.stringMatching(message)]);
    expect(errors[0]).toMatch(/^data\/targets\/phuoc-an\.csv:2, column 8 "target_raw"/);
  });

  it('refuses a 400-digit figure by its length, with a message and no crash', () => {
    const files = dataset((t) => replaceOnce(t, PA, PA_5G, `Tỉ lệ phủ sóng 5G trên địa bàn,%,≥ ${'9'.repeat(400)}%,`));
    expect(errorsOf(files)).toEqual([
      expect.stringMatching(
        /^data\/targets\/phuoc-an\.csv:2, column 8 "target_raw": the value is not in the expected form; .*expected at most 200 characters/,
      ),
    ]);
  });

  it('blames the unit column, with its position, when the unit is the fault', () => {
    const files = dataset((t) => replaceOnce(t, PA, PA_5G, 'Tỉ lệ phủ sóng 5G trên địa bàn,Hộ gia đình,≥ 60%,'));
    expect(errorsOf(files)).toEqual([
      'data/targets/phuoc-an.csv:2, column 7 "unit_raw": the unit column does not fit the target; found "Hộ gia đình"; expected Unknown unit column "Hộ gia đình" for the target "≥ 60%": add it to data/harmonize/units.csv (as percent, count, index, boolean or text).',
    ]);
  });
});

describe('provinces against data/harmonize/provinces.csv', () => {
  it('refuses a province spelt without its diacritics, which would make a second province', () => {
    const files = dataset((t) =>
      replaceOnce(t, COMMUNES, 'phuoc-an,26503,Phước An,xã,xã,,Đồng Nai,', 'phuoc-an,26503,Phước An,xã,xã,,Dong Nai,'),
    );
    expect(errorsOf(files)).toEqual([
      'data/communes.csv:3, column 7 "province": "Dong Nai" is not how province 75 is written (diacritics, tone marks or capitals differ); found "Dong Nai"; expected "Đồng Nai", as data/harmonize/provinces.csv writes province 75',
    ]);
  });

  it('refuses a province name that does not go with its code, and a code that is no province’s', () => {
    const files = dataset((t) => {
      replaceOnce(t, COMMUNES, 'phuoc-an,26503,Phước An,xã,xã,,Đồng Nai,75,', 'phuoc-an,26503,Phước An,xã,xã,,Nghệ An,75,');
      replaceOnce(t, COMMUNES, 'Đồng Nai,75,57/KH-UBND', 'Đồng Nai,99,57/KH-UBND');
    });
    expect(errorsOf(files)).toEqual([
      'data/communes.csv:2, column 8 "province_code": "99" is not a province code; found "99"; expected the code of one of the provinces in data/harmonize/provinces.csv (e.g. "75" for Đồng Nai)',
      'data/communes.csv:3, column 7 "province": province 75 is "Đồng Nai", not "Nghệ An"; found "Nghệ An"; expected "Đồng Nai", as data/harmonize/provinces.csv writes province 75',
    ]);
  });

  it('refuses a province name without Latin letters (it had made an empty URL segment)', () => {
    const files = dataset((t) =>
      replaceOnce(t, COMMUNES, 'phuoc-an,26503,Phước An,xã,xã,,Đồng Nai,', 'phuoc-an,26503,Phước An,xã,xã,,——,'),
    );
    expect(errorsOf(files)).toEqual([expect.stringContaining('column 7 "province": province 75 is "Đồng Nai", not "——"')]);
  });

  it('refuses a provinces.csv whose slugs collide or are empty', () => {
    const files = dataset((t) => {
      replaceOnce(t, 'harmonize/provinces.csv', '40,Nghệ An,tỉnh,nghe-an', '40,Nghệ An,tỉnh,dong-nai');
      replaceOnce(t, 'harmonize/provinces.csv', '42,Hà Tĩnh,tỉnh,ha-tinh', '42,Hà Tĩnh,tỉnh,');
    });
    const errors = errorsOf(files);
    expect(errors).toContainEqual(
      expect.stringMatching(
        /^data\/harmonize\/provinces\.csv:\d+, column 4 "slug": duplicate slug; it is already used at data\/harmonize\/provinces\.csv:\d+/,
      ),
    );
    expect(errors).toContainEqual(expect.stringMatching(/^data\/harmonize\/provinces\.csv:\d+, column 4 "slug": a required cell is empty/));
  });
});

describe('the parser’s vocabulary, through the row machinery', () => {
  it('reports every bad row of comparator-words.csv with its line and column, and no error for any target', () => {
    const files = dataset((t) => {
      replaceOnce(t, 'harmonize/comparator-words.csv', 'trên,prefix,>,word', 'trên,prefix,=>,word');
      replaceOnce(t, 'harmonize/comparator-words.csv', 'tối thiểu,prefix,>=,word', 'tối thiểu,infix,>=,word');
    });
    const errors = errorsOf(files);
    expect(errors.map((e) => e.replace(/: .*/, ''))).toEqual([
      'data/harmonize/comparator-words.csv:11, column 3 "comparator"',
      'data/harmonize/comparator-words.csv:12, column 2 "position"',
    ]);
  });

  it('reports a units.csv without the row for "no unit column" as one error, not one per target', () => {
    const files = dataset((t) => {
      t['harmonize/units.csv'] = t['harmonize/units.csv']!.split('\n')
        .filter((l) => !l.startsWith('"",') && !l.startsWith(',count'))
        .join('\n');
    });
    expect(errorsOf(files)).toEqual([
      'data/harmonize/units.csv: no row has an empty unit_raw; expected a row with an empty unit_raw, giving the unit of a plain number (no "%") when a plan has no unit column',
    ]);
  });

  it('refuses a unit listed twice, however its spaces and capitals are written', () => {
    const files = dataset((t) => {
      t['harmonize/units.csv'] += 'sáng  KIẾN,count,số sáng kiến,number of initiatives\n';
    });
    expect(errorsOf(files)).toEqual([
      expect.stringMatching(
        /^data\/harmonize\/units\.csv:\d+, column 1 "unit_raw": duplicate unit_raw; it is already used at data\/harmonize\/units\.csv:3/,
      ),
    ]);
  });
});

describe('one root cause, not a cascade', () => {
  it('reports a header-only targets file once, not as every crosswalk row that names its targets', () => {
    const files = dataset((t) => {
      t[PA] = `${t[PA]!.split('\n')[0]}\n`;
    });
    expect(errorsOf(files)).toEqual(['data/targets/phuoc-an.csv:1: the file has a header but no data rows; expected at least one row']);
  });

  it('reports a header-only communes.csv once', () => {
    const files = dataset((t) => {
      t[COMMUNES] = `${t[COMMUNES]!.split('\n')[0]}\n`;
    });
    expect(errorsOf(files)).toEqual(['data/communes.csv:1: the file has a header but no data rows; expected at least one row']);
  });

  it('counts lines of a file with bare CR line endings as an editor does', () => {
    const files = dataset((t) => {
      t[PA] = t[PA]!.replace(/\n/g, '\r');
    });
    const bytes = files.get(PA)!;
    const text = new TextDecoder().decode(bytes);
    const at = text.indexOf('Phòng VHXH');
    files.set(PA, new Uint8Array([...bytes.subarray(0, new TextEncoder().encode(text.slice(0, at)).length), 0xf2, 0x0d]));
    expect(errorsOf(files)).toEqual([expect.stringMatching(/^data\/targets\/phuoc-an\.csv:2:\d+: byte 0xF2 is not valid UTF-8/)]);
  });
});
