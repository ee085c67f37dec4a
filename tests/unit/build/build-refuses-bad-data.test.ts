import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MARKER, markerText } from '../../../scripts/lib/output-folder.ts';

const repo = resolve(import.meta.dirname, '../../..');

describe('npm run build (scripts/build.ts) given invalid data', () => {
  it('exits 1 with the error’s file and line, writes nothing and leaves the previous output as it was', () => {
    const work = mkdtempSync(join(tmpdir(), 'build-refuses-'));
    const data = join(work, 'data');
    cpSync(join(repo, 'data'), data, { recursive: true });
    const file = join(data, 'targets', 'nhon-trach.csv');
    const lines = readFileSync(file, 'utf8').split('\n');
    // A row with one cell too few: the check must name this file and this line.
    lines.splice(3, 0, lines[3]!.split(',').slice(0, -1).join(','));
    writeFileSync(file, lines.join('\n'));
    const dist = join(work, 'dist');
    mkdirSync(dist);
    // The previous output of a build (its marker): a folder that no build made is refused before the data is read.
    writeFileSync(join(dist, MARKER), markerText('2026-01-01'));
    writeFileSync(join(dist, 'index.html'), 'previous site');
    const before = readdirSync(repo).filter((f) => f.startsWith('.build-'));

    const run = spawnSync(process.execPath, ['scripts/build.ts'], {
      cwd: repo,
      env: { ...process.env, DATA_DIR: data, DIST_DIR: dist },
      encoding: 'utf8',
    });

    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/targets\/nhon-trach\.csv:4\b/);
    expect(run.stderr).toContain('nothing was emitted');
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('previous site');
    expect(readdirSync(dist).sort()).toEqual([MARKER, 'index.html']);
    expect(readdirSync(repo).filter((f) => f.startsWith('.build-'))).toEqual(before);
    expect(readdirSync(work).sort()).toEqual(['data', 'dist']);
    rmSync(work, { recursive: true, force: true });
  });
});
