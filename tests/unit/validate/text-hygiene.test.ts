import { describe, expect, it } from 'vitest';
import { formatDataError } from '../../../src/lib/core/data-error.ts';
import { showValue } from '../../../src/lib/core/show-value.ts';
import { textProblem, undoDoubleUtf8 } from '../../../src/lib/validate/text-hygiene.ts';
import { dataset, errorsOf, replaceOnce } from '../../fixtures/dataset.ts';

describe('textProblem(cell, column)', () => {
  it.each([
    ['\u202E', 'U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control'],
    ['\u202D', 'U+202D LEFT-TO-RIGHT OVERRIDE, a bidirectional control'],
    ['\u2067', 'U+2067 RIGHT-TO-LEFT ISOLATE, a bidirectional control'],
    ['\u200F', 'U+200F RIGHT-TO-LEFT MARK, a bidirectional control'],
    ['\u200B', 'U+200B ZERO WIDTH SPACE, an invisible character'],
    ['\u2060', 'U+2060 WORD JOINER, an invisible character'],
    ['\uFEFF', 'U+FEFF ZERO WIDTH NO-BREAK SPACE (byte-order mark), an invisible character'],
    ['\u00AD', 'U+00AD SOFT HYPHEN, an invisible character'],
    ['\u{E0041}', 'U+E0041, an invisible character'],
    ['\u3164', 'U+3164, an invisible character'],
    ['\uFFFE', 'U+FFFE, a Unicode noncharacter'],
    ['\uFFFF', 'U+FFFF, a Unicode noncharacter'],
    ['\uFDD0', 'U+FDD0, a Unicode noncharacter'],
    ['\u{10FFFF}', 'U+10FFFF, a Unicode noncharacter'],
    ['\uE000', 'U+E000, a private-use character'],
    ['\uFFFD', 'U+FFFD REPLACEMENT CHARACTER'],
  ])('names %j where it stands', (ch, named) => {
    const p = textProblem(`Nhơn${ch} Trạch`, 'name');
    expect(p?.problem).toContain(named);
    expect(p?.at).toBe(4);
  });

  it.each([
    ['NhÆ¡n Tráº¡ch', 'Nhơn Trạch'],
    ['XuÃ¢n ThÃ\u00A0nh', 'Xuân Thành'],
    ['PhÆ°á»›c An', 'Phước An'],
    ['NghÄ©a Ä\u0090Ã\u00A0n', 'Nghĩa Đàn'],
  ])('sees UTF-8 opened as Windows-1252 in %j and says what it would read', (cell, fixed) => {
    expect(undoDoubleUtf8(cell)?.text).toBe(fixed);
    expect(textProblem(cell, 'name')?.problem).toContain(`it would read "${fixed}"`);
  });

  it.each(['Nh¬n Tr¹ch', '§ång Nai', 'Nhôn Traïch', 'Ñoàng Nai', 'Vieät Nam'])(
    'sees TCVN3 or VNI through a Windows code page in %j',
    (cell) => {
      expect(textProblem(cell, 'name')?.problem).toMatch(/TCVN3 \(ABC\) or VNI/);
    },
  );

  it.each([
    'Nhơn Trạch',
    'Đồng Nai',
    'Thừa Thiên Huế',
    'Khánh Hòa',
    '≥ 60%',
    '10°C',
    '50 m²',
    '“trên” – ‘dưới’ … • ×',
    'Â Ă Ê Ô Ơ Ư Đ ạ ẫ ỹ',
  ])('accepts Vietnamese and the signs plans write: %j', (cell) => expect(textProblem(cell, 'text')).toBeNull());

  it('leaves OCR characters alone in the columns that quote a source as it stands', () => {
    for (const column of ['seed_text', 'alt_seed_text', 'notes', 'evidence', 'source_quote'])
      expect(textProblem("'nghi¢p' B§ Chinh tri", column)).toBeNull();
    expect(textProblem("'nghi¢p' B§ Chinh tri", 'text')).not.toBeNull();
  });

  it('refuses invisible and reordering characters even in quoting columns', () => {
    expect(textProblem('> 60%\u202E', 'seed_text')?.problem).toMatch(/bidirectional/);
  });
});

describe('showValue(value)', () => {
  it('writes every invisible or look-alike-space character as \\uXXXX, so a message shows it', () => {
    expect(showValue('a\u202Eb\u200Bc\u00A0d\uFEFF')).toBe('"a\\u202Eb\\u200Bc\\u00A0d\\uFEFF"');
    expect(showValue('\u{E0041}')).toBe('"\\u{E0041}"');
    expect(showValue('Nhơn Trạch ≥ 60%')).toBe('"Nhơn Trạch ≥ 60%"');
  });
});

const COMMUNES = 'communes.csv';
describe('checkDataset on text that would lie on screen', () => {
  it('refuses a right-to-left override in a commune’s name at its file, line and column, shown escaped', () => {
    const files = dataset((t) => replaceOnce(t, COMMUNES, ',Nhơn Trạch,', ',Nhơn Trạch\u202E,'));
    expect(errorsOf(files)).toEqual([
      'data/communes.csv:2, column 3 "name": the text contains U+202E RIGHT-TO-LEFT OVERRIDE, a bidirectional control that reorders how the characters around it are shown; found "Nhơn Trạch\\u202E"; expected text without it (delete the character: most editors show it only with "show invisible characters")',
    ]);
  });

  it('refuses a name made only of zero-width spaces', () => {
    const files = dataset((t) => replaceOnce(t, COMMUNES, ',Nhơn Trạch,', ',\u200B\u200B\u200B,'));
    expect(errorsOf(files)).toEqual([
      expect.stringContaining(
        'column 3 "name": the text contains U+200B ZERO WIDTH SPACE, an invisible character; found "\\u200B\\u200B\\u200B"',
      ),
    ]);
  });

  it('refuses a noncharacter, which would make the workbook’s XML ill-formed', () => {
    const files = dataset((t) =>
      replaceOnce(t, 'targets/phuoc-an.csv', 'Tỉ lệ phủ sóng 5G trên địa bàn,', 'Tỉ lệ phủ sóng 5G trên địa bàn\uFFFE,'),
    );
    expect(errorsOf(files)).toEqual([
      expect.stringContaining('data/targets/phuoc-an.csv:2, column 6 "text": the text contains U+FFFE, a Unicode noncharacter'),
    ]);
  });

  it.each(['NhÆ¡n Tráº¡ch', 'Nh¬n Tr¹ch', 'Nhôn Traïch'])('refuses the mojibake name %j and says how to re-save', (name) => {
    const [error, ...rest] = errorsOf(dataset((t) => replaceOnce(t, COMMUNES, ',Nhơn Trạch,', `,${name},`)));
    expect(rest).toEqual([]);
    expect(error).toMatch(/^data\/communes\.csv:2, column 3 "name": /);
    expect(error).toMatch(/save it as "CSV UTF-8"/);
  });

  it('refuses a replacement character and a private-use character, asking for the character the plan writes', () => {
    const replaced = dataset((t) => replaceOnce(t, COMMUNES, ',Nhơn Trạch,', ',Nh\uFFFDn Trạch,'));
    expect(errorsOf(replaced)).toEqual([
      'data/communes.csv:2, column 3 "name": the text contains U+FFFD REPLACEMENT CHARACTER (\uFFFD), left where a program could not decode a character; found "Nh\uFFFDn Trạch"; expected the character the plan writes: copy the cell again from the original document',
    ]);
    const privateUse = dataset((t) => replaceOnce(t, COMMUNES, ',Nhơn Trạch,', ',Nh\uE000n Trạch,'));
    expect(errorsOf(privateUse)).toEqual([
      'data/communes.csv:2, column 3 "name": the text contains U+E000, a private-use character that each font shows differently; found "Nh\\uE000n Trạch"; expected the character the plan writes, as standard Unicode',
    ]);
  });

  it('shows a long cell around the character at fault, not its first 80 characters', () => {
    const long = `${'Tỉ lệ phủ sóng '.repeat(10)}\u200B cuối`;
    const files = dataset((t) => replaceOnce(t, 'targets/phuoc-an.csv', 'Tỉ lệ phủ sóng 5G trên địa bàn,', `${long},`));
    expect(errorsOf(files)[0]).toContain('\\u200B cuối');
  });

  it('formats the error through the one formatter, as the command prints it', () => {
    const e = { file: 'f.csv', line: 2, column: 'name', columnNumber: 3, value: 'a\u202E', problem: 'p', expected: 'e' };
    expect(formatDataError(e)).toBe('f.csv:2, column 3 "name": p; found "a\\u202E"; expected e');
  });
});
