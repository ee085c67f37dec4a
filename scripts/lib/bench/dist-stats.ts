/**
 * Size of a built site: HTML pages, bytes on disk, the Pagefind index, and bytes per section
 * (first path segment, "en/x" counted with "x"), so that a report can say which part grows.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

export interface DistStats {
  pages: number;
  files: number;
  bytes: number;
  pagefindBytes: number;
  pagefindFiles: number;
  /** section → { files, bytes, pages } */
  sections: Map<string, { files: number; bytes: number; pages: number }>;
}

export async function distStats(root: string): Promise<DistStats> {
  const s: DistStats = { pages: 0, files: 0, bytes: 0, pagefindBytes: 0, pagefindFiles: 0, sections: new Map() };
  async function walk(dir: string, rel: string): Promise<void> {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) {
        await walk(full, r);
        continue;
      }
      const size = (await stat(full)).size;
      const html = e.name.endsWith('.html');
      s.files++;
      s.bytes += size;
      if (html) s.pages++;
      if (r.startsWith('pagefind/')) {
        s.pagefindBytes += size;
        s.pagefindFiles++;
      }
      const parts = r.split('/');
      const top = parts[0] === 'en' && parts.length > 1 ? parts[1]! : parts[0]!;
      const section = parts.length === 1 || (parts[0] === 'en' && parts.length === 2) ? '(root files)' : top;
      const x = s.sections.get(section) ?? { files: 0, bytes: 0, pages: 0 };
      x.files++;
      x.bytes += size;
      if (html) x.pages++;
      s.sections.set(section, x);
    }
  }
  await walk(root, '');
  return s;
}

export const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
