/**
 * .docx → plan text. mammoth turns the document into simple HTML; paragraphs become lines, list
 * items become "- " bullets and tables become Markdown table rows (header, rule line, rows), so
 * that the Markdown table reader reads a Word table like the Phước An draft. The text is what
 * the draft cites: it is written beside the draft as sources/<name>.txt.
 */
import mammoth from 'mammoth';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text
    .replace(/&(#\d+|#x[0-9a-f]+|\w+);/gi, (m, e: string) => {
      if (e.startsWith('#x') || e.startsWith('#X')) return String.fromCodePoint(parseInt(e.slice(2), 16));
      if (e.startsWith('#') && ENTITIES[e] === undefined) return String.fromCodePoint(Number(e.slice(1)));
      return ENTITIES[e] ?? m;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

function inline(html: string): string {
  return decode(html.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]+>/g, ''));
}

/** mammoth's HTML → lines of text. */
export function htmlToPlanText(html: string): string {
  const lines: string[] = [];
  const re = /<table[^>]*>([\s\S]*?)<\/table>|<li[^>]*>([\s\S]*?)<\/li>|<(p|h[1-6])[^>]*>([\s\S]*?)<\/\3>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1] !== undefined) {
      const rows = [...m[1].matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gi)].map((r) =>
        [...r[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/gi)].map((c) => inline(c[1]!).replace(/\|/g, '\\|')),
      );
      rows.forEach((cells, i) => {
        lines.push(`| ${cells.join(' | ')} |`);
        if (i === 0) lines.push(`|${cells.map(() => '---').join('|')}|`);
      });
      lines.push('');
    } else if (m[2] !== undefined) lines.push(`- ${inline(m[2])}`);
    else lines.push(inline(m[4] ?? ''));
  }
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}

export async function extractDocx(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return htmlToPlanText(value);
}
