/**
 * How an error message shows a value (src/lib/core/data-error.ts): every stage's messages write
 * values the same way, so the invisible characters that the text checks refuse can be seen.
 */
const INVISIBLE =
  /[\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}\u00A0\u115F\u1160\u2000-\u200A\u202F\u205F\u3000\u3164\uFFA0\uFDD0-\uFDEF\uFFFE\uFFFF]/gu;

/** A value as a message shows it: quoted, with every invisible or look-alike-space character written as \uXXXX. */
export function showValue(value: string): string {
  const escaped = JSON.stringify(value).replace(INVISIBLE, (ch) => {
    const cp = ch.codePointAt(0)!;
    return cp > 0xffff ? `\\u{${cp.toString(16).toUpperCase()}}` : `\\u${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  });
  return escaped;
}
