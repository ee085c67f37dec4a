/**
 * Runs one build of the site as a child process and measures it.
 *
 * - wall time: from spawn to exit, in this process (performance.now()).
 * - peak RSS, two ways:
 *   · "max RSS" — GNU time's "Maximum resident set size" (/usr/bin/time -v), i.e. the kernel's
 *     ru_maxrss of the build process: the peak of the largest single process among the build and
 *     the children it waited for (Pagefind's indexer is a separate process). Used when
 *     /usr/bin/time exists; else the largest VmRSS of any of its processes, polled from /proc.
 *   · "tree RSS" — the sum of VmRSS over the build's whole process tree, polled every 100 ms from
 *     /proc: what the machine must have free for the build (its pages process, then Pagefind).
 * - stages: the build's own "[build] … (12.3 s)" lap lines.
 * - render time per page type: Astro's per-page "(+12ms)" lines (ASTRO_LOG=info). The build
 *   renders several pages at a time (astro.config.mjs, build.concurrency), so a page's time includes
 *   time the others used: the sums are several times the "pages built" stage. Read them as shares.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pageTypeOf } from '../page-types.ts';

export interface BuildMeasure {
  ok: boolean;
  exitCode: number | null;
  wallMs: number;
  /** kB; see header. null when it could not be read. */
  maxRssKb: number | null;
  maxRssSource: string;
  treeRssKb: number;
  stages: { label: string; atS: number }[];
  /** Per page type: pages rendered, summed and largest render time (ms). */
  renderByType: Map<string, { n: number; ms: number; maxMs: number; maxPage: string }>;
  /** Last lines of stderr/stdout when the build failed. */
  failure: string;
  /** Killed after the time limit. */
  timedOut: boolean;
  /** The page Astro was rendering when the build ended without finishing it (failure or timeout). */
  unfinishedPage: string;
}

const TIME = '/usr/bin/time';
/** scripts/build.ts's lap lines: "[build] data OK: … (1.2 s)". */
const STAGE_RE = /^\[build\] (.*) \((\d+(?:\.\d+)?) s\)$/gm;

/** A lap line's stage name without its details: "data OK: 4 communes (…)" → "data OK". */
export function stageName(label: string): string {
  return label.replace(/:.*$/, '').replace(/ →.*$/, '').trim();
}

/** Page path from Astro's log ("/en/communes/x/index.html") → its page type's label (scripts/lib/page-types.ts). */
export function pageLabelOf(path: string): string {
  return pageTypeOf(path)?.label ?? 'other';
}

function parseMs(s: string): number {
  const m = /^(?:(\d+)m )?(\d+(?:\.\d+)?)(ms|s)?$/.exec(s.trim());
  if (!m) return NaN;
  if (m[1] !== undefined) return Number(m[1]) * 60000 + Number(m[2]) * 1000;
  return m[3] === 'ms' ? Number(m[2]) : Number(m[2]) * 1000;
}

/** VmRSS (kB) over pid and all its descendants: summed, and the largest single process. */
function treeRss(root: number): { total: number; largest: number } {
  const children = new Map<number, number[]>();
  let total = 0;
  let largest = 0;
  let rssOf = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const status = readFileSync(`/proc/${name}/status`, 'utf8');
      const ppid = Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const rss = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? 0);
      const pid = Number(name);
      rssOf.set(pid, rss);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we looked
    }
  }
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rssOf.get(pid) ?? 0;
    largest = Math.max(largest, rssOf.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  rssOf = new Map();
  return { total, largest };
}

export async function runBuild(opts: {
  cwd: string;
  env: Record<string, string>;
  script?: string;
  /** Called with each stage's name as the build reaches it ("pages built", 12.3) — the name
   * only: the build's own lines can be long (the "data OK" line lists every commune). */
  onStage?: (name: string, atS: number) => void;
  /** Kill the build's whole process group after this long. */
  timeoutMs?: number;
}): Promise<BuildMeasure> {
  const useTime = existsSync(TIME);
  const nodeArgs = [opts.script ?? 'scripts/build.ts'];
  const cmd = useTime ? TIME : process.execPath;
  const args = useTime ? ['-v', process.execPath, ...nodeArgs] : nodeArgs;
  const env = { ...process.env, ...opts.env, ASTRO_LOG: 'info', NO_COLOR: '1', FORCE_COLOR: '0' };
  const t0 = performance.now();
  // detached: the build gets its own process group, so a timeout ends exactly its processes.
  const child = spawn(cmd, args, { cwd: opts.cwd, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let timedOut = false;
  const killer = opts.timeoutMs
    ? setTimeout(() => {
        timedOut = true;
        if (child.pid !== undefined) process.kill(-child.pid, 'SIGTERM');
        setTimeout(() => child.pid !== undefined && child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5000).unref();
      }, opts.timeoutMs)
    : undefined;
  let out = '';
  let pending = '';
  let err = '';
  let treeRssKb = 0;
  let hwmKb = 0;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const rss = treeRss(child.pid);
    treeRssKb = Math.max(treeRssKb, rss.total);
    // Without GNU time: the largest single process seen (the build runs its pages in a child).
    hwmKb = Math.max(hwmKb, rss.largest);
  }, 100);
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    out += d;
    if (!opts.onStage) return;
    // whole lines only: a chunk can end mid-line
    const lines = (pending + d).split('\n');
    pending = lines.pop()!;
    for (const m of lines.join('\n').matchAll(STAGE_RE)) opts.onStage(stageName(m[1]!), Number(m[2]));
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const exitCode = await new Promise<number | null>((ok) => child.on('close', (code) => ok(code)));
  const wallMs = performance.now() - t0;
  clearInterval(poll);
  clearTimeout(killer);

  const stages = [...out.matchAll(STAGE_RE)].map((m) => ({ label: stageName(m[1]!), atS: Number(m[2]) }));
  const renderByType = new Map<string, { n: number; ms: number; maxMs: number; maxPage: string }>();
  // "  ├─ /communes/x/index.html (+12ms)" — Astro writes the path and the time as one line.
  for (const m of out.matchAll(/├─ (\S+)\s+\(\+([^)]+)\)/g)) {
    const ms = parseMs(m[2]!);
    if (!Number.isFinite(ms)) continue;
    const type = pageLabelOf(m[1]!);
    const r = renderByType.get(type) ?? { n: 0, ms: 0, maxMs: 0, maxPage: '' };
    r.n++;
    r.ms += ms;
    if (ms > r.maxMs) {
      r.maxMs = ms;
      r.maxPage = m[1]!;
    }
    renderByType.set(type, r);
  }
  let maxRssKb: number | null = null;
  let maxRssSource = '';
  if (useTime) {
    const m = /Maximum resident set size \(kbytes\): (\d+)/.exec(err);
    maxRssKb = m ? Number(m[1]) : null;
    maxRssSource = '/usr/bin/time -v (ru_maxrss: largest single process)';
  } else {
    maxRssKb = hwmKb || null;
    maxRssSource = '/proc/<pid>/status VmRSS of the largest process of the build (polled)';
  }
  const ok = exitCode === 0 && !timedOut;
  const unfinished = ok ? null : /├─ (\S+)[ \t]*$/.exec(out.trimEnd());
  const failure = ok
    ? ''
    : `${err}\n${out}`
        .split('\n')
        .filter(
          (l) =>
            l.trim() !== '' &&
            !/^\s+(Command being timed|User time|System time|Percent of CPU|Elapsed|Average|Maximum|Major|Minor|Voluntary|Involuntary|Swaps|File system|Socket|Signals|Page size|Exit status)/.test(
              l,
            ),
        )
        .filter((l) => !l.startsWith('npm warn'))
        .slice(0, 12)
        .join('\n');
  return {
    ok,
    exitCode,
    wallMs,
    maxRssKb,
    maxRssSource,
    treeRssKb,
    stages,
    renderByType,
    failure,
    timedOut,
    unfinishedPage: unfinished?.[1] ?? '',
  };
}
