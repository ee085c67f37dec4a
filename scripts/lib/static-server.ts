import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.zip': 'application/zip',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};

export interface StaticSite {
  origin: string;
  /** URL of a path under the base, e.g. url('en/') */
  url(path?: string): string;
  /** Bytes served so far, per path; reset with resetLog(). */
  log: { path: string; bytes: number; status: number }[];
  resetLog(): void;
  close(): Promise<void>;
}

/**
 * Serves a built site folder on 127.0.0.1 at a random port, mounted under `base` (as a
 * commune portal would mount it), with directory index.html and 404s for anything else.
 */
export async function serveStatic(root: string, base = '/'): Promise<StaticSite> {
  const mount = base.endsWith('/') ? base : `${base}/`;
  const log: StaticSite['log'] = [];
  const server: Server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!path.startsWith(mount)) return send(404, 'not under base');
    let file = normalize(join(root, path.slice(mount.length)));
    if (!file.startsWith(normalize(root))) return send(403, 'forbidden');
    try {
      const s = await stat(file);
      if (s.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
      log.push({ path, bytes: body.length, status: 200 });
    } catch {
      send(404, 'not found');
    }
    function send(status: number, msg: string) {
      log.push({ path, bytes: 0, status });
      res.writeHead(status, { 'content-type': 'text/plain' });
      res.end(msg);
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (p = '') => `${origin}${mount}${p.replace(/^\//, '')}`,
    log,
    resetLog: () => void log.splice(0),
    close: () => new Promise((ok) => server.close(() => ok())),
  };
}
