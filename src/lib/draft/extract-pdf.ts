/**
 * .pdf → plan text, from its text layer (unpdf, which bundles pdf.js). Text items are put back
 * into lines by their position on the page (same baseline → same line, left to right), pages one
 * after the other. A PDF without a text layer (a scan) gives no text: the caller then says how to
 * get one (OCR with Vietnamese data, tesseract -l vie) instead of drafting from nothing.
 */
import { extractTextItems } from 'unpdf';

interface Item {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

export function itemsToLines(pages: Item[][]): string {
  const out: string[] = [];
  for (const items of pages) {
    const sorted = items.filter((i) => i.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
    let line: Item[] = [];
    const flush = () => {
      if (line.length === 0) return;
      line.sort((a, b) => a.x - b.x);
      let text = '';
      let end = -Infinity;
      for (const i of line) {
        if (text !== '' && i.x > end + 0.15 * (i.fontSize || 10)) text += ' ';
        text += i.str;
        end = i.x + i.width;
      }
      out.push(text.replace(/\s+/g, ' ').trim());
      line = [];
    };
    for (const i of sorted) {
      if (line.length > 0 && Math.abs(line[0]!.y - i.y) > 0.4 * (i.fontSize || 10)) flush();
      line.push(i);
    }
    flush();
  }
  return out.join('\n') + (out.length > 0 ? '\n' : '');
}

export async function extractPdf(bytes: Uint8Array): Promise<string> {
  const { items } = await extractTextItems(new Uint8Array(bytes));
  return itemsToLines(items as Item[][]);
}
