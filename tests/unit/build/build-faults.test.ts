/**
 * Fault injection for `npm run build` (scripts/build.ts), end to end, on the real data: output
 * folders that must be refused, an output on another filesystem, and interrupts in the middle of
 * a build. Each case checks what the build said, its exit code, that the previous output is byte
 * for byte what it was, and that nothing is left behind (staging folders, records, processes).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MARKER, markerText } from '../../../scripts/lib/output-folder.ts';

const repo = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'build-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function treeHash(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${relative(dir, p)} ${createHash('sha256').update(readFileSync(p)).digest('hex')}`);
    }
  };
  walk(dir);
  return out.join('\n');
}

/** A previous output as a build leaves it (its marker and a page). */
function previousOutput(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARKER), markerText('2026-01-01'));
  writeFileSync(join(dir, 'index.html'), '<p>previous site</p>');
  return dir;
}

const leftovers = (dir: string) => readdirSync(dir).filter((e) => /\.build-|\.old-/.test(e));

function build(env: Record<string, string>) {
  return spawnSync(process.execPath, ['scripts/build.ts'], { cwd: repo, env: { ...process.env, ...env }, encoding: 'utf8' });
}

describe('npm run build refuses an output folder that it could hurt, before anything runs', () => {
  const dataBefore = treeHash(join(repo, 'data'));
  it.each([
    ['data', /is the data folder \(DATA_DIR\), which the build reads/],
    ['data/targets', /is inside the data folder \(DATA_DIR\)/],
    ['.', /is the project folder itself/],
    ['..', /contains the project folder/],
    ['src', /is the project's src\/ folder/],
  ])('DIST_DIR=%s: exit 1, a message, and nothing touched', (dist, message) => {
    const run = build({ DIST_DIR: dist });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^\[build\] refusing DIST_DIR: /m);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toContain('Nothing was built or changed.');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(treeHash(join(repo, 'data'))).toBe(dataBefore);
    expect(leftovers(repo)).toEqual([]);
  });

  it('refuses a folder of someone else’s files and leaves every file as it was', () => {
    const foreign = join(work, 'foreign');
    mkdirSync(foreign);
    writeFileSync(join(foreign, 'thesis.docx'), 'mine');
    const before = treeHash(foreign);
    const run = build({ DIST_DIR: foreign });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/already holds 1 entry \(thesis\.docx\) that no build of this site made/);
    expect(treeHash(foreign)).toBe(before);
    expect(leftovers(work)).toEqual([]);
  });

  it('refuses DIST_DIR equal to a DATA_DIR outside the project', () => {
    const data = join(work, 'data-copy');
    cpSync(join(repo, 'data'), data, { recursive: true });
    const before = treeHash(data);
    const run = build({ DIST_DIR: data, DATA_DIR: data });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/is the data folder \(DATA_DIR\)/);
    expect(treeHash(data)).toBe(before);
  });
});

// /dev/shm is a tmpfs on Linux: another filesystem than the project's.
const otherFs = existsSync('/dev/shm') && statSync('/dev/shm').dev !== statSync(repo).dev;
describe.skipIf(!otherFs)('npm run build into a folder on another filesystem (/dev/shm)', () => {
  it('replaces the previous output there and leaves nothing behind on either filesystem', () => {
    const shm = mkdtempSync('/dev/shm/build-faults-');
    try {
      const dist = previousOutput(join(shm, 'site'));
      const run = build({ DIST_DIR: dist });
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toContain(`done → ${dist} (previous output replaced)`);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('previous site');
      expect(existsSync(join(dist, 'data', 'datapackage.json'))).toBe(true);
      expect(readdirSync(shm)).toEqual(['site']);
      expect(leftovers(repo)).toEqual([]);
    } finally {
      rmSync(shm, { recursive: true, force: true });
    }
  }, 120_000);
});

/** Process ids whose parent is `pid` (Linux /proc). */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((e) => {
      try {
        return readFileSync(`/proc/${e}/stat`, 'utf8').split(') ')[1]!.split(' ')[1] === String(pid);
      } catch {
        return false;
      }
    })
    .map(Number);
}
const running = (pid: number) => existsSync(`/proc/${pid}`) && !/\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));

/** Starts a build and resolves once its pages process has checked the data (it is then mid-build). */
function startBuild(dist: string) {
  const proc = spawn(process.execPath, ['scripts/build.ts'], { cwd: repo, env: { ...process.env, DIST_DIR: dist } });
  let out = '';
  proc.stdout.on('data', (b) => (out += b));
  proc.stderr.on('data', (b) => (out += b));
  const exited = new Promise<{ code: number | null; signal: string | null }>((done) =>
    proc.on('exit', (code, signal) => done({ code, signal })),
  );
  const midway = new Promise<void>((done, fail) => {
    const poll = setInterval(() => {
      if (/data tables made/.test(out)) {
        clearInterval(poll);
        done();
      }
    }, 20);
    void exited.then(() => {
      clearInterval(poll);
      fail(new Error(`the build ended before it was interrupted:\n${out}`));
    });
  });
  return { proc, exited, midway, output: () => out };
}

const isLinux = process.platform === 'linux';
describe.skipIf(!isLinux)('npm run build interrupted mid-build', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)(
    '%s to the build: the pages process ends too, the staging folder goes, the previous output stays',
    async (signal, code) => {
      const parent = mkdtempSync(join(work, `${signal}-`));
      const dist = previousOutput(join(parent, 'dist'));
      const before = treeHash(dist);
      const b = startBuild(dist);
      await b.midway;
      const pages = childrenOf(b.proc.pid!);
      expect(pages.length).toBeGreaterThan(0);
      b.proc.kill(signal);
      const { code: exit } = await b.exited;
      expect(exit).toBe(code);
      expect(b.output()).toContain(`${signal}: stopping the build; the previous output is left as it was.`);
      expect(pages.filter(running)).toEqual([]);
      expect(treeHash(dist)).toBe(before);
      expect(readdirSync(parent)).toEqual(['dist']);
      expect(leftovers(repo)).toEqual([]);
    },
    120_000,
  );

  it('killed outright: its pages process ends on its own, and the next build removes the staging folder it left', async () => {
    const parent = mkdtempSync(join(work, 'kill-'));
    const dist = previousOutput(join(parent, 'dist'));
    const before = treeHash(dist);
    const b = startBuild(dist);
    await b.midway;
    const pages = childrenOf(b.proc.pid!);
    b.proc.kill('SIGKILL');
    await b.exited;
    for (let i = 0; i < 100 && pages.some(running); i++) await new Promise((r) => setTimeout(r, 100));
    expect(pages.filter(running)).toEqual([]);
    expect(treeHash(dist)).toBe(before);
    expect(leftovers(parent)).toEqual([`.dist.build-${b.proc.pid}`]);

    const next = build({ DIST_DIR: dist });
    expect(next.status, next.stderr).toBe(0);
    expect(next.stdout).toContain(`removed ${join(parent, `.dist.build-${b.proc.pid}`)}, left by an interrupted build`);
    expect(readdirSync(parent)).toEqual(['dist']);
  }, 120_000);
});
