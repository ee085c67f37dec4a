/**
 * A folder or file inside the data folder that the process may not read. Permissions cannot make
 * one for every user (root reads everything), so the file system answers as it does for a
 * folder or file without read permission: EACCES from readdir, realpath or readFile.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { checkDataFolder } from '../../../src/lib/load/check-data-folder.ts';
import { formatDataError } from '../../../src/lib/core/data-error.ts';

const denied = vi.hoisted(() => ({ readdir: '', realpath: '', readFile: '', code: 'EACCES' }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const refuse = (path: unknown, call: string, message: string) => {
    if (!call || String(path) !== call) return;
    throw Object.assign(new Error(`${denied.code}: ${message}, '${String(path)}'`), { code: denied.code });
  };
  return {
    ...fs,
    readdir: ((path: string, opts: never) => (refuse(path, denied.readdir, 'scandir'), fs.readdir(path, opts))) as typeof fs.readdir,
    realpath: ((path: string) => (refuse(path, denied.realpath, 'realpath'), fs.realpath(path))) as typeof fs.realpath,
    readFile: ((path: string) => (refuse(path, denied.readFile, 'open'), fs.readFile(path))) as typeof fs.readFile,
  };
});

const repo = resolve(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'unreadable-'));
const dir = join(work, 'data');
cpSync(join(repo, 'data'), dir, { recursive: true });
afterAll(() => rmSync(work, { recursive: true, force: true }));
afterEach(() => Object.assign(denied, { readdir: '', realpath: '', readFile: '', code: 'EACCES' }));

const errorsOf = async (folder = dir) => {
  const r = await checkDataFolder(folder, 'data');
  return r.ok ? [] : r.errors.map(formatDataError);
};

describe('checkDataFolder on entries it may not read', () => {
  it('refuses a subfolder it may not list, once, and does not call its files missing', async () => {
    denied.readdir = join(dir, 'findings');
    expect(await errorsOf()).toEqual(['data/findings: the folder cannot be read: permission denied; expected a readable folder']);
  });

  it.each(['harmonize', 'targets', 'sources'])(
    'refuses a required folder (%s/) it may not list once, not as every file it should hold',
    async (sub) => {
      denied.readdir = join(dir, sub);
      expect(await errorsOf()).toEqual([`data/${sub}: the folder cannot be read: permission denied; expected a readable folder`]);
    },
  );

  it('refuses a subfolder whose real path cannot be found', async () => {
    denied.realpath = join(dir, 'findings');
    expect(await errorsOf()).toEqual(['data/findings: the folder cannot be read: permission denied; expected a readable folder']);
  });

  it('refuses a data file it may not open, and does not also call it missing', async () => {
    denied.readFile = join(dir, 'documents.csv');
    expect(await errorsOf()).toEqual(['data/documents.csv: the file cannot be read: permission denied; expected a readable file']);
  });

  it('says the system’s own words for a failure it has no plain words for', async () => {
    denied.readFile = join(dir, 'documents.csv');
    denied.code = 'EIO';
    expect(await errorsOf()).toEqual([
      `data/documents.csv: the file cannot be read: EIO: EIO: open, '${join(dir, 'documents.csv')}'; expected a readable file`,
    ]);
  });

  it('reports only that, when the data folder itself may not be listed', async () => {
    denied.readdir = dir;
    expect(await errorsOf()).toEqual(['data: the folder cannot be read: permission denied; expected a readable folder']);
  });
});
