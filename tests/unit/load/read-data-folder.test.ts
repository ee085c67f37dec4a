/**
 * Reading a data folder never throws and never loads what it must refuse: each problem of the
 * folder or of a file becomes a located error (src/lib/load/read-data-files.ts), and the check
 * command prints it as a message, never a stack trace.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDataFolder } from '../../../src/lib/load/check-data-folder.ts';
import { readDataFolder } from '../../../src/lib/load/read-data-files.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';

const repo = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'read-folder-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const copy = (name: string) => {
  const dir = join(work, name);
  cpSync(join(repo, 'data'), dir, { recursive: true });
  return dir;
};
const errorsOf = async (dir: string, label = 'data') => {
  const r = await checkDataFolder(dir, label);
  return r.ok ? [] : r.errors.map(formatDataError);
};

describe('checkDataFolder(dir)', () => {
  it('says once that a folder does not exist, is a file, or holds no data', async () => {
    expect(await errorsOf(join(work, 'nowhere'))).toEqual([
      'data: the data folder cannot be read: it does not exist; expected a folder laid out as data/ (communes.csv, targets/, tasks/, harmonize/, sources/; see data/README.md)',
    ]);
    writeFileSync(join(work, 'a-file'), 'x');
    expect(await errorsOf(join(work, 'a-file'))).toEqual([
      'data: the data folder is a file, not a folder; expected a folder laid out as data/ (see data/README.md)',
    ]);
    mkdirSync(join(work, 'empty'));
    expect(await errorsOf(join(work, 'empty'))).toEqual([expect.stringMatching(/^data: the folder holds no data files/)]);
  });

  it('refuses a file over the size limit from its size alone, without reading it (a sparse 3 GB file)', async () => {
    const dir = copy('huge');
    truncateSync(join(dir, 'tasks', 'nghia-dan.csv'), 3 * 1024 ** 3);
    const before = process.memoryUsage().rss;
    const errors = await errorsOf(dir);
    expect(process.memoryUsage().rss - before).toBeLessThan(500 * 1024 ** 2);
    expect(errors).toEqual([
      'data/tasks/nghia-dan.csv: file is 3072.0 MB, larger than the 32 MB limit for one data file (it was not read); expected a file under 32 MB (one file per commune in targets/ and tasks/)',
    ]);
  });

  it.skipIf(process.platform === 'win32')(
    'refuses a pipe named like a data file instead of waiting on it forever, and a link to nowhere',
    async () => {
      const dir = copy('odd');
      execFileSync('mkfifo', [join(dir, 'tasks', 'pipe.csv')]);
      symlinkSync(join(work, 'nowhere.csv'), join(dir, 'targets', 'dangling.csv'));
      expect(await errorsOf(dir)).toEqual([
        'data/targets/dangling.csv: the file cannot be read: it does not exist; expected a readable file',
        'data/tasks/pipe.csv: this is not a regular file (a pipe, socket or device); expected a regular file',
      ]);
    },
  );

  it('follows a link to a readable file, and reads a folder that links back to itself only once', async () => {
    const dir = copy('links');
    symlinkSync(dir, join(dir, 'harmonize', 'loop'));
    const { files, problems } = await readDataFolder(dir);
    expect(problems).toEqual([]);
    expect([...files.keys()].some((k) => k.includes('loop'))).toBe(false);
  });

  it('reads the plan texts in sources/ with the CSVs, and nothing else', async () => {
    const dir = copy('texts');
    writeFileSync(join(dir, 'notes.txt'), 'not data');
    writeFileSync(join(dir, 'sources', 'scan.pdf'), 'not text');
    const { files } = await readDataFolder(dir);
    expect([...files.keys()].filter((k) => !k.endsWith('.csv')).sort()).toEqual(
      [
        '000_aa4d0d6fc52ffda5.txt',
        '001_5965a3c068454845.txt',
        '002_ba792d655f7fc0c8.txt',
        '003_61e0d19b87fa339e.txt',
        '004_af8008956ab8b7d3.txt',
      ].map((f) => `sources/${f}`),
    );
  });
});

describe('npm run check:data on a folder it cannot use', () => {
  it.each([
    ['a folder that does not exist', () => join(work, 'nowhere'), /the data folder cannot be read: it does not exist/],
    ['a file', () => join(repo, 'README.md'), /the data folder is a file, not a folder/],
  ])('%s: exit 1, one message, no stack trace', (_, dir, message) => {
    const run = spawnSync(process.execPath, ['scripts/check-data.ts', dir()], { cwd: repo, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).toMatch(/1 error in .*\. Nothing was built\./);
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });
});
