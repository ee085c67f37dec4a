import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { MAX_FILE_BYTES } from '../read/decode-text.ts';
import { dataError, type DataError } from '../core/data-error.ts';

/**
 * I/O edge: reads a data folder into memory — every .csv, and the plan texts under sources/ —
 * keyed by path relative to the folder with "/" separators. Everything after this is pure.
 *
 * Nothing here throws for a bad folder: a missing or unreadable folder or file, a file larger
 * than MAX_FILE_BYTES (known from its size before a byte is read: a 2 GiB file is never loaded),
 * a symbolic link that leads nowhere or loops, a FIFO or device named like a data file, each
 * becomes a problem with its path, which the check reports beside its own. A file that could not
 * be read is listed in `unreadable`, so that the check does not also call it missing.
 */
export interface DataFolder {
  files: Map<string, Uint8Array>;
  problems: DataError[];
  /** Paths (relative, as in `files`) of data files that exist but could not be read, and of folders that could not be read ("targets/"). */
  unreadable: Set<string>;
}

/** Which files of a data folder are data: every .csv, and the plan texts in sources/. */
export function isDataFile(rel: string): boolean {
  return rel.endsWith('.csv') || (rel.startsWith('sources/') && rel.endsWith('.txt'));
}

export async function readDataFolder(dir: string, label = dir): Promise<DataFolder> {
  const files = new Map<string, Uint8Array>();
  const problems: DataError[] = [];
  const unreadable = new Set<string>();
  const shown = (rel: string) => (rel === '' ? label : `${label}/${rel}`);
  const describe = (err: unknown) => {
    const e = err as NodeJS.ErrnoException;
    return (
      {
        ENOENT: 'it does not exist',
        ENOTDIR: 'it is not a folder',
        EACCES: 'permission denied',
        EPERM: 'permission denied',
        ELOOP: 'its symbolic links loop',
        EISDIR: 'it is a folder',
      }[e?.code ?? ''] ?? (e?.code ? `${e.code}: ${e.message}` : String(err))
    );
  };

  try {
    const top = await stat(dir);
    if (!top.isDirectory()) {
      problems.push(
        dataError({
          file: label,
          problem: 'the data folder is a file, not a folder',
          expected: 'a folder laid out as data/ (see data/README.md)',
        }),
      );
      return { files, problems, unreadable };
    }
  } catch (err) {
    problems.push(
      dataError({
        file: label,
        problem: `the data folder cannot be read: ${describe(err)}`,
        expected: 'a folder laid out as data/ (communes.csv, targets/, tasks/, harmonize/, sources/; see data/README.md)',
      }),
    );
    return { files, problems, unreadable };
  }

  // Its files are unknown, not missing: the check does not also report each one it needs.
  const folderProblem = (d: string, err: unknown) => {
    const rel = relative(dir, d).split(sep).join('/');
    problems.push(dataError({ file: shown(rel), problem: `the folder cannot be read: ${describe(err)}`, expected: 'a readable folder' }));
    if (rel !== '') unreadable.add(`${rel}/`);
  };
  const seen = new Set<string>();
  async function walk(d: string): Promise<void> {
    let real: string;
    try {
      real = await realpath(d);
    } catch (err) {
      folderProblem(d, err);
      return;
    }
    if (seen.has(real)) return; // a link back to a folder already read
    seen.add(real);
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (err) {
      folderProblem(d, err);
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(d, entry.name);
      const rel = relative(dir, full).split(sep).join('/');
      let info;
      try {
        info = entry.isSymbolicLink() ? await stat(full) : await lstat(full);
      } catch (err) {
        if (isDataFile(rel)) {
          problems.push(dataError({ file: shown(rel), problem: `the file cannot be read: ${describe(err)}`, expected: 'a readable file' }));
          unreadable.add(rel);
        }
        continue;
      }
      if (info.isDirectory()) {
        await walk(full);
        continue;
      }
      if (!isDataFile(rel)) continue;
      if (!info.isFile()) {
        problems.push(
          dataError({ file: shown(rel), problem: 'this is not a regular file (a pipe, socket or device)', expected: 'a regular file' }),
        );
        unreadable.add(rel);
        continue;
      }
      if (info.size > MAX_FILE_BYTES) {
        const mb = MAX_FILE_BYTES / 1024 / 1024;
        problems.push(
          dataError({
            file: shown(rel),
            problem: `file is ${(info.size / 1024 / 1024).toFixed(1)} MB, larger than the ${mb} MB limit for one data file (it was not read)`,
            expected: `a file under ${mb} MB (one file per commune in targets/ and tasks/)`,
          }),
        );
        unreadable.add(rel);
        continue;
      }
      try {
        files.set(rel, new Uint8Array(await readFile(full)));
      } catch (err) {
        problems.push(dataError({ file: shown(rel), problem: `the file cannot be read: ${describe(err)}`, expected: 'a readable file' }));
        unreadable.add(rel);
      }
    }
  }
  await walk(dir);
  return { files: new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b))), problems, unreadable };
}

/** The data files of a folder known to be readable (scripts and tests); throws with every problem otherwise. */
export async function readDataFiles(dir: string): Promise<Map<string, Uint8Array>> {
  const { files, problems } = await readDataFolder(dir);
  if (problems.length > 0) throw new Error(`cannot read ${dir}:\n${problems.map((p) => `${p.file}: ${p.problem}`).join('\n')}`);
  return files;
}
