import { describe, expect, it } from 'vitest';
import { decodeText, MAX_FILE_BYTES } from '../../../src/lib/read/decode-text.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

function errors(b: Uint8Array): string[] {
  const r = decodeText(b, 'f.csv');
  return r.ok ? [] : r.errors.map(formatDataError);
}

const NOT_UTF8 = (hex: string) =>
  `byte ${hex} is not valid UTF-8 (the file looks like Windows-1258, TCVN3, VNI or Latin-1); expected UTF-8 text (re-save the file as "CSV UTF-8")`;

describe('decodeText', () => {
  it('decodes UTF-8 Vietnamese text unchanged', () => {
    expect(decodeText(utf8('id,name\nnhon-trach,Nhơn Trạch\n'), 'f.csv')).toEqual({ ok: true, text: 'id,name\nnhon-trach,Nhơn Trạch\n' });
  });

  it('drops a UTF-8 byte-order mark', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a,b\n'), 'f.csv')).toEqual({ ok: true, text: 'a,b\n' });
  });

  it('decodes an empty file to empty text (the parser reports it)', () => {
    expect(decodeText(new Uint8Array(), 'f.csv')).toEqual({ ok: true, text: '' });
  });

  it('points at an invalid byte on line 3 by line and character column', () => {
    expect(errors(bytes('a,b\nc,d\nNh', [0xf5], 'n\n'))).toEqual([`f.csv:3:3: ${NOT_UTF8('0xF5')}`]);
  });

  it('counts characters, not bytes, for the column of an invalid byte after diacritics', () => {
    // "Trạch," is 6 characters but 8 bytes; the bad byte is the 7th character.
    expect(errors(bytes('Trạch,', [0xe9], '\n'))).toEqual([`f.csv:1:7: ${NOT_UTF8('0xE9')}`]);
  });

  it('counts lines after a byte-order mark from the text, not the mark', () => {
    expect(errors(bytes([0xef, 0xbb, 0xbf], 'ab', [0xe9]))).toEqual([`f.csv:1:3: ${NOT_UTF8('0xE9')}`]);
  });

  it('counts CRLF line endings as one line each', () => {
    expect(errors(bytes('a\r\nb\r\n', [0xc3, 0x28]))).toEqual([`f.csv:3:1: ${NOT_UTF8('0xC3')}`]);
  });

  it.each([
    ['a truncated sequence at the end', [0x61, 0xe1, 0xba], '0xE1', 2],
    ['an overlong encoding of "/"', [0x61, 0xc0, 0xaf], '0xC0', 2],
    ['an encoded UTF-16 surrogate', [0x61, 0xed, 0xa0, 0x80], '0xED', 2],
    ['a code point above U+10FFFF', [0x61, 0xf4, 0x90, 0x80, 0x80], '0xF4', 2],
    ['a lone continuation byte', [0x61, 0x80], '0x80', 2],
  ])('refuses %s', (_name, b, hex, col) => {
    expect(errors(new Uint8Array(b))).toEqual([`f.csv:1:${col}: ${NOT_UTF8(hex)}`]);
  });

  it('accepts 4-byte UTF-8 (emoji) and 3-byte Vietnamese letters', () => {
    expect(decodeText(utf8('ệ😀\n'), 'f.csv')).toEqual({ ok: true, text: 'ệ😀\n' });
  });

  it('refuses UTF-16 by its byte-order mark, in either byte order', () => {
    expect(errors(bytes([0xff, 0xfe], [0x61, 0]))).toEqual([
      'f.csv: file is UTF-16 (little-endian byte-order mark); expected UTF-8 text (save as "CSV UTF-8")',
    ]);
    expect(errors(bytes([0xfe, 0xff], [0, 0x61]))).toEqual([
      'f.csv: file is UTF-16 (big-endian byte-order mark); expected UTF-8 text (save as "CSV UTF-8")',
    ]);
  });

  it('refuses a NUL byte and says where it is', () => {
    expect(errors(bytes('ab\nc', [0], 'd'))).toEqual([
      'f.csv:2:2: file contains a NUL byte (it looks like UTF-16 without a byte-order mark, or a binary file); expected UTF-8 text',
    ]);
  });

  it('accepts a file of exactly the size limit and refuses one byte more', () => {
    const ok = new Uint8Array(MAX_FILE_BYTES).fill(0x61);
    expect(decodeText(ok, 'f.csv').ok).toBe(true);
    expect(errors(new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61))).toEqual([
      'f.csv: file is 32.0 MB, larger than the 32 MB limit for one data file; expected a file under 32 MB (one file per commune in targets/ and tasks/)',
    ]);
  });
});
