/**
 * Folds Vietnamese text for search: NFD, strip combining marks, NFC, then đ→d and Đ→D.
 * "Đồng Nai" → "Dong Nai"; "phủ sóng" → "phu song". Case is kept; callers lowercase when needed.
 * đ/Đ are letters of their own (not d plus a mark), so NFD leaves them: they need the explicit map.
 */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}
