import { dataError, type DataError } from '../core/data-error.ts';

/**
 * Largest data file accepted. The real plans are ~20 KB; the largest file at national scale is
 * harmonize/crosswalk.csv, one row per target: ~13 MB for 3,321 communes with ~40 targets each.
 * The limit is there to refuse a wrong file (a database dump, a video), not a big province.
 */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
const MAX_MB = MAX_FILE_BYTES / 1024 / 1024;

export type DecodeResult = { ok: true; text: string } | { ok: false; errors: DataError[] };

/**
 * Bytes → text, accepting only UTF-8 (with or without BOM). Anything else is refused with a
 * message that says what the bytes look like, because a plan re-saved from Excel or an old
 * Vietnamese encoding (TCVN3, VNI, Windows-1258) silently corrupts diacritics otherwise.
 */
export function decodeText(bytes: Uint8Array, file: string): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) {
    const mb = (bytes.length / 1024 / 1024).toFixed(1);
    return fail(
      file,
      `file is ${mb} MB, larger than the ${MAX_MB} MB limit for one data file`,
      `a file under ${MAX_MB} MB (one file per commune in targets/ and tasks/)`,
    );
  }
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
    const order = bytes[0] === 0xff ? 'little-endian' : 'big-endian';
    return fail(file, `file is UTF-16 (${order} byte-order mark)`, 'UTF-8 text (save as "CSV UTF-8")');
  }
  let start = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const nul = bytes.indexOf(0, start);
  if (nul !== -1) {
    const { line, col } = position(bytes, start, nul);
    return {
      ok: false,
      errors: [
        dataError({
          file,
          line,
          columnNumber: col,
          problem: 'file contains a NUL byte (it looks like UTF-16 without a byte-order mark, or a binary file)',
          expected: 'UTF-8 text',
        }),
      ],
    };
  }
  const bad = findInvalidUtf8(bytes, start);
  if (bad !== -1) {
    const { line, col } = position(bytes, start, bad);
    const hex = `0x${bytes[bad]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      ok: false,
      errors: [
        dataError({
          file,
          line,
          columnNumber: col,
          problem: `byte ${hex} is not valid UTF-8 (the file looks like Windows-1258, TCVN3, VNI or Latin-1)`,
          expected: 'UTF-8 text (re-save the file as "CSV UTF-8")',
        }),
      ],
    };
  }
  return { ok: true, text: new TextDecoder('utf-8').decode(bytes.subarray(start)) };
}

function fail(file: string, problem: string, expected: string): DecodeResult {
  return { ok: false, errors: [dataError({ file, problem, expected })] };
}

/** Index of the first byte that breaks UTF-8 well-formedness, or -1. */
function findInvalidUtf8(b: Uint8Array, from: number): number {
  let i = from;
  while (i < b.length) {
    const c = b[i]!;
    let need = 0;
    let min = 0;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    let cp = c & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const n = b[i + k];
      if (n === undefined || (n & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (n & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** 1-based line and character column of byte `at`, counting from `start`; CRLF, CR and LF each end a line (as parseCsv counts them). */
function position(b: Uint8Array, start: number, at: number): { line: number; col: number } {
  let line = 1;
  let lineStart = start;
  for (let i = start; i < at; i++) {
    if (b[i] === 0x0a || (b[i] === 0x0d && b[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  const col = new TextDecoder('utf-8').decode(b.subarray(lineStart, at)).length + 1;
  return { line, col };
}
