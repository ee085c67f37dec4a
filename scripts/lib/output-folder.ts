/**
 * The build's output folder, handled so that a build can never hurt what is there.
 *
 * - Refusal before anything runs: an output folder that is the project, an ancestor of it, one of
 *   the build's inputs (data, sources, code) or inside one, a file, a symbolic link, a mount point,
 *   or an existing non-empty folder that no build of this site made. What a build made is known by
 *   the marker file it writes into its output (MARKER); a folder from before the marker existed is
 *   recognised by its data package's name.
 * - Everything is built in a staging folder beside the output (same parent, so the same
 *   filesystem: the final rename cannot fail with EXDEV), named after the output and the build's
 *   process id, so that a later build can tell a dead build's leftovers from a running one's.
 * - The swap moves the previous output aside, the new one into place, checks that what is now in
 *   place is this build's (its marker), and only then removes the previous one. On any failure
 *   the previous output is moved back: the same inode, byte for byte.
 *
 * I/O edge of the build; the decisions are in small functions with their own tests
 * (tests/unit/build/output-folder.test.ts), and the file operations can be replaced there to make
 * a step fail.
 */
import { lstat, readdir, readFile, realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** Written into every output this build makes; the check for "a previous build made this folder". */
export const MARKER = '.chi-tieu-xa-build.json';
/** The data package name of outputs made before the marker existed (src/lib/emit/datapackage.ts). */
const LEGACY_PACKAGE_NAME = 'chi-tieu-xa-nq57';

export interface OutputPlan {
  /** The output folder (DIST_DIR), absolute. */
  dist: string;
  /** This build's private folder beside it: the site, the data files and the search records are made in it. */
  staging: string;
  /** Where Astro writes the site (inside staging). */
  site: string;
  /** Where the data files are written before they move into the site. */
  dataStage: string;
  /** The search records handed from the pages process to Pagefind. */
  records: string;
  /** Where the previous output waits during the swap. */
  old: string;
}

export function planOutput(dist: string, pid: number): OutputPlan {
  const parent = dirname(dist);
  const name = basename(dist);
  const staging = join(parent, `.${name}.build-${pid}`);
  return {
    dist,
    staging,
    site: join(staging, 'site'),
    dataStage: join(staging, 'data'),
    records: join(staging, 'search.json'),
    old: join(parent, `.${name}.old-${pid}`),
  };
}

/** The marker's text: the same for every build of a day, so that builds stay reproducible. */
export function markerText(date: string): string {
  return `${JSON.stringify({ site: 'commune-targets', built: date })}\n`;
}

/** `a` is `b` or lies inside it. */
function within(a: string, b: string): boolean {
  const r = relative(b, a);
  return r === '' || (!r.startsWith('..') && !r.startsWith(sep) && !/^[A-Za-z]:/.test(r));
}

/** The real path of `p`, or — when it does not exist — its nearest existing ancestor's real path with the rest appended. */
async function realOrPlanned(p: string): Promise<string> {
  const rest: string[] = [];
  let at = resolve(p);
  for (;;) {
    try {
      return join(await realpath(at), ...rest.reverse());
    } catch {
      const up = dirname(at);
      if (up === at) return resolve(p);
      rest.push(basename(at));
      at = up;
    }
  }
}

export interface OutputGuard {
  /** The project folder. */
  root: string;
  /** Folders the build reads, with how to name them: the output may be none of them, inside none of them, and contain none. */
  inputs: { path: string; label: string }[];
}

/**
 * Why `dist` may not be the build's output, in words for the person who set DIST_DIR; null when
 * it may. Nothing is changed on disk.
 */
export async function refuseOutput(dist: string, guard: OutputGuard): Promise<string | null> {
  const target = await realOrPlanned(dist);
  const root = await realOrPlanned(guard.root);
  if (within(root, target)) {
    return target === root
      ? `${dist} is the project folder itself; the build replaces its output folder whole`
      : `${dist} contains the project folder (${root}); the build replaces its output folder whole`;
  }
  for (const input of guard.inputs) {
    const real = await realOrPlanned(input.path);
    if (target === real) return `${dist} is ${input.label}, which the build reads`;
    if (within(target, real)) return `${dist} is inside ${input.label} (${input.path}), which the build reads`;
    if (within(real, target)) return `${dist} contains ${input.label} (${input.path}), which the build reads`;
  }
  let info;
  try {
    info = await lstat(dist);
  } catch {
    return null; // a new folder
  }
  if (info.isSymbolicLink()) return `${dist} is a symbolic link; give the folder it points to (${target}) instead`;
  if (!info.isDirectory()) return `${dist} is a file, not a folder`;
  const parentDev = (await stat(dirname(target))).dev;
  if (info.dev !== parentDev) return `${dist} is a mount point; give a folder inside it (e.g. ${join(dist, 'site')})`;
  const entries = await readdir(dist);
  if (entries.length === 0 || (await madeByThisSite(dist, entries))) return null;
  const shown = entries.slice(0, 3).join(', ') + (entries.length > 3 ? ', …' : '');
  return (
    `${dist} already holds ${entries.length} entr${entries.length === 1 ? 'y' : 'ies'} (${shown}) that no build of this site made ` +
    `(it has no ${MARKER}); empty it, or set DIST_DIR to a new or empty folder`
  );
}

async function madeByThisSite(dist: string, entries: string[]): Promise<boolean> {
  if (entries.includes(MARKER)) {
    try {
      return JSON.parse(await readFile(join(dist, MARKER), 'utf8')).site === 'commune-targets';
    } catch {
      return false;
    }
  }
  // An output of a build from before the marker: its data package says whose it is.
  try {
    const pkg = JSON.parse(await readFile(join(dist, 'data', 'datapackage.json'), 'utf8'));
    return entries.includes('index.html') && pkg?.name === LEGACY_PACKAGE_NAME;
  } catch {
    return false;
  }
}

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * What builds that were killed left behind, made safe: staging folders of dead builds are removed;
 * a previous output left aside by a swap that never finished is put back when the output folder
 * is missing, removed otherwise. Also the leftovers of the older naming (".build-PID" in the
 * project folder, "dist.old-PID" beside the output). Returns a line per thing done.
 */
export async function removeLeftovers(dist: string, projectRoot: string): Promise<string[]> {
  const done: string[] = [];
  const parent = dirname(dist);
  const name = basename(dist);
  const esc = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const ours = new RegExp(`^(?:\\.${esc}\\.(build|old)-(\\d+)|${esc}\\.(old)-(\\d+))$`);
  const legacy = /^\.build-(\d+)(?:-data|-search\.json)?$/;
  const scan = async (dir: string, re: RegExp) => {
    try {
      return (await readdir(dir)).map((e) => ({ entry: e, m: re.exec(e) })).filter((x) => x.m);
    } catch {
      return [];
    }
  };
  for (const { entry, m } of await scan(parent, ours)) {
    const kind = m![1] ?? m![3];
    const pid = Number(m![2] ?? m![4]);
    if (alive(pid)) continue;
    const path = join(parent, entry);
    if (kind === 'old' && !(await exists(dist))) {
      await rename(path, dist);
      done.push(`put back the previous output that an interrupted build had left in ${path}`);
    } else {
      await rm(path, { recursive: true, force: true });
      done.push(`removed ${path}, left by an interrupted build`);
    }
  }
  for (const { entry, m } of await scan(projectRoot, legacy)) {
    if (alive(Number(m![1]))) continue;
    await rm(join(projectRoot, entry), { recursive: true, force: true });
    done.push(`removed ${join(projectRoot, entry)}, left by an interrupted build`);
  }
  return done;
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** The file operations of the swap; a test replaces one to make that step fail. */
export interface SwapOps {
  rename(from: string, to: string): Promise<void>;
  rm(path: string): Promise<void>;
  /** The folder's device and inode: a rename keeps them, so they say that what is in place is what was built. */
  identity(dir: string): Promise<string | null>;
}

export const fsOps: SwapOps = {
  rename: (from, to) => rename(from, to),
  rm: (path) => rm(path, { recursive: true, force: true }),
  async identity(dir) {
    try {
      const s = await stat(dir);
      return `${s.dev}:${s.ino}`;
    } catch {
      return null;
    }
  },
};

/** A failed swap, with what became of the previous output. */
export class SwapError extends Error {
  /** True when the previous output is at its place, as it was. */
  readonly previousIntact: boolean;
  constructor(message: string, previousIntact: boolean) {
    super(message);
    this.previousIntact = previousIntact;
  }
}

/**
 * The new site (plan.site) into plan.dist. Resolves with whether there was a previous output;
 * rejects with a SwapError that says where the previous output is.
 */
export async function swapIntoPlace(plan: OutputPlan, ops: SwapOps = fsOps): Promise<{ replaced: boolean; warning: string | null }> {
  const built = await ops.identity(plan.site);
  if (built === null || !(await madeByThisSite(plan.site, await readdir(plan.site).catch(() => [])))) {
    throw new SwapError(`the new output in ${plan.site} is not a whole site (no ${MARKER}); nothing was swapped`, true);
  }
  const hadOld = await exists(plan.dist);
  if (hadOld) {
    try {
      await ops.rename(plan.dist, plan.old);
    } catch (err) {
      throw new SwapError(`could not move the previous output aside (${code(err)}); it was left as it was`, true);
    }
  }
  try {
    await ops.rename(plan.site, plan.dist);
    const found = await ops.identity(plan.dist);
    if (found !== built) throw new Error(`after the move, ${plan.dist} is not the folder that was built`);
  } catch (err) {
    // Put the previous output back; the new one (or what came of it) goes.
    try {
      if (hadOld) {
        if (await exists(plan.dist)) await ops.rename(plan.dist, plan.site).catch(() => ops.rm(plan.dist));
        await ops.rename(plan.old, plan.dist);
      }
    } catch (restoreErr) {
      throw new SwapError(
        `could not put the new output in place (${code(err)}), nor the previous one back (${code(restoreErr)}): ` +
          `the previous output is in ${plan.old}; move it back to ${plan.dist} by hand`,
        false,
      );
    }
    throw new SwapError(
      `could not put the new output in place (${code(err)}); ${hadOld ? 'the previous output was put back as it was' : 'there was no previous output'}`,
      true,
    );
  }
  if (!hadOld) return { replaced: false, warning: null };
  try {
    await ops.rm(plan.old);
    return { replaced: true, warning: null };
  } catch (err) {
    return { replaced: true, warning: `the previous output could not be removed from ${plan.old} (${code(err)}); remove it by hand` };
  }
}

function code(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ? `${e.code}: ${e.message}` : e instanceof Error ? e.message : String(err);
}

/** Writes the marker into the new site (the pages process calls this last). */
export async function writeMarker(site: string, date: string): Promise<void> {
  await writeFile(join(site, MARKER), markerText(date));
}
