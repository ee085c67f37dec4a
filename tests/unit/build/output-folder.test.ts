/**
 * The output folder's guard, leftovers and swap (scripts/lib/output-folder.ts), on real folders
 * in a temporary directory; the swap's failures are made by replacing one file operation.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  fsOps,
  MARKER,
  markerText,
  planOutput,
  refuseOutput,
  removeLeftovers,
  SwapError,
  swapIntoPlace,
  type SwapOps,
} from '../../../scripts/lib/output-folder.ts';

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'output-folder-'));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

/** Every file under a folder with its bytes' hash: equal trees, equal strings. */
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

function site(dir: string, text: string): string {
  mkdirSync(join(dir, 'data'), { recursive: true });
  writeFileSync(join(dir, MARKER), markerText('2026-12-07'));
  writeFileSync(join(dir, 'index.html'), text);
  writeFileSync(join(dir, 'data', 'targets.csv'), `${text} data`);
  return dir;
}

/** A process id that was just used and is no longer running. */
function deadPid(): number {
  return Number(spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout);
}

describe('refuseOutput', () => {
  const guard = () => ({ root: join(work, 'project'), inputs: [{ path: join(work, 'project', 'data'), label: 'the data folder' }] });
  beforeEach(() => mkdirSync(join(work, 'project', 'data'), { recursive: true }));

  it('accepts a folder that does not exist yet, an empty folder, and one a build of this site made', async () => {
    expect(await refuseOutput(join(work, 'project', 'dist'), guard())).toBeNull();
    mkdirSync(join(work, 'empty'));
    expect(await refuseOutput(join(work, 'empty'), guard())).toBeNull();
    expect(await refuseOutput(site(join(work, 'made'), 'old'), guard())).toBeNull();
  });

  it('accepts an output of a build from before the marker, known by its data package', async () => {
    const old = join(work, 'old-site');
    mkdirSync(join(old, 'data'), { recursive: true });
    writeFileSync(join(old, 'index.html'), 'x');
    writeFileSync(join(old, 'data', 'datapackage.json'), JSON.stringify({ name: 'chi-tieu-xa-nq57' }));
    expect(await refuseOutput(old, guard())).toBeNull();
    writeFileSync(join(old, 'data', 'datapackage.json'), JSON.stringify({ name: 'someone-else' }));
    expect(await refuseOutput(old, guard())).toMatch(/no build of this site made/);
  });

  it('refuses the project, an ancestor of it and the filesystem root', async () => {
    expect(await refuseOutput(join(work, 'project'), guard())).toMatch(/is the project folder itself/);
    expect(await refuseOutput(work, guard())).toMatch(/contains the project folder/);
    expect(await refuseOutput('/', guard())).toMatch(/contains the project folder/);
  });

  it('refuses an input, a folder inside it, and a folder that contains it, naming the input', async () => {
    const data = join(work, 'project', 'data');
    expect(await refuseOutput(data, guard())).toBe(`${data} is the data folder, which the build reads`);
    expect(await refuseOutput(join(data, 'targets'), guard())).toMatch(/is inside the data folder/);
    const outside = { root: join(work, 'project'), inputs: [{ path: join(work, 'elsewhere', 'data'), label: 'the data folder' }] };
    expect(await refuseOutput(join(work, 'elsewhere'), outside)).toMatch(/contains the data folder/);
  });

  it('refuses a non-empty folder that no build made, naming what is in it, and leaves it alone', async () => {
    const foreign = join(work, 'foreign');
    mkdirSync(foreign);
    for (const f of ['a.txt', 'b.txt', 'c.txt', 'd.txt']) writeFileSync(join(foreign, f), f);
    const before = treeHash(foreign);
    expect(await refuseOutput(foreign, guard())).toMatch(/holds 4 entries \(a\.txt, b\.txt, c\.txt, …\) that no build of this site made/);
    expect(treeHash(foreign)).toBe(before);
  });

  it('refuses a file, and a symbolic link (naming the folder it points to)', async () => {
    writeFileSync(join(work, 'file'), 'x');
    expect(await refuseOutput(join(work, 'file'), guard())).toMatch(/is a file, not a folder/);
    const target = site(join(work, 'real-site'), 'x');
    symlinkSync(target, join(work, 'link'));
    expect(await refuseOutput(join(work, 'link'), guard())).toMatch(/is a symbolic link; give the folder it points to/);
  });

  it('sees through a symbolic link to an input', async () => {
    symlinkSync(join(work, 'project', 'data'), join(work, 'data-link'));
    expect(await refuseOutput(join(work, 'data-link', 'out'), guard())).toMatch(/is inside the data folder/);
  });
});

describe('removeLeftovers', () => {
  it('removes the staging folder of a build that died, and keeps a running build’s', async () => {
    const dist = join(work, 'dist');
    const dead = deadPid();
    mkdirSync(join(work, `.dist.build-${dead}`));
    mkdirSync(join(work, `.dist.build-${process.pid}`));
    const lines = await removeLeftovers(dist, join(work, 'project'));
    expect(lines).toEqual([`removed ${join(work, `.dist.build-${dead}`)}, left by an interrupted build`]);
    expect(readdirSync(work)).toEqual([`.dist.build-${process.pid}`]);
  });

  it('puts back a previous output that a swap left aside when the output folder is missing', async () => {
    const dead = deadPid();
    const old = site(join(work, `.dist.old-${dead}`), 'previous');
    const before = treeHash(old);
    const lines = await removeLeftovers(join(work, 'dist'), join(work, 'project'));
    expect(lines[0]).toMatch(/^put back the previous output/);
    expect(treeHash(join(work, 'dist'))).toBe(before);
  });

  it('removes a previous output left aside when a newer output is in place', async () => {
    const dead = deadPid();
    site(join(work, `.dist.old-${dead}`), 'previous');
    site(join(work, 'dist'), 'current');
    await removeLeftovers(join(work, 'dist'), join(work, 'project'));
    expect(readdirSync(work)).toEqual(['dist']);
    expect(readFileSync(join(work, 'dist', 'index.html'), 'utf8')).toBe('current');
  });

  it('removes the older naming’s leftovers in the project folder, and nothing that merely looks like them', async () => {
    const dead = deadPid();
    const project = join(work, 'project');
    mkdirSync(join(project, `.build-${dead}`), { recursive: true });
    mkdirSync(join(project, `.build-${dead}-data`));
    writeFileSync(join(project, `.build-${dead}-search.json`), '[]');
    writeFileSync(join(project, '.build-notes.txt'), 'mine');
    mkdirSync(join(work, 'dist.old-notes'));
    await removeLeftovers(join(work, 'dist'), project);
    expect(readdirSync(project)).toEqual(['.build-notes.txt']);
    expect(readdirSync(work).sort()).toEqual(['dist.old-notes', 'project']);
  });
});

describe('swapIntoPlace', () => {
  const ready = () => {
    const plan = planOutput(join(work, 'dist'), 4242);
    site(plan.site, 'new');
    return plan;
  };
  const failing = (which: (from: string, to: string) => boolean): SwapOps => ({
    ...fsOps,
    rename: (from, to) =>
      which(from, to) ? Promise.reject(Object.assign(new Error('injected'), { code: 'EXDEV' })) : fsOps.rename(from, to),
  });

  it('puts the new site in place and removes the previous one', async () => {
    const plan = ready();
    site(plan.dist, 'old');
    const built = treeHash(plan.site);
    expect(await swapIntoPlace(plan)).toEqual({ replaced: true, warning: null });
    expect(treeHash(plan.dist)).toBe(built);
    expect(readdirSync(work).sort()).toEqual(['.dist.build-4242', 'dist']);
  });

  it('puts the new site in place where there was none', async () => {
    const plan = ready();
    expect(await swapIntoPlace(plan)).toEqual({ replaced: false, warning: null });
    expect(readFileSync(join(plan.dist, 'index.html'), 'utf8')).toBe('new');
  });

  it('refuses a new site without the marker and moves nothing', async () => {
    const plan = ready();
    rmSync(join(plan.site, MARKER));
    site(plan.dist, 'old');
    const before = treeHash(plan.dist);
    await expect(swapIntoPlace(plan)).rejects.toThrow(/is not a whole site/);
    expect(treeHash(plan.dist)).toBe(before);
  });

  it('puts the previous output back, byte for byte, when the new one cannot be moved in', async () => {
    const plan = ready();
    site(plan.dist, 'old');
    const before = treeHash(plan.dist);
    const err = await swapIntoPlace(
      plan,
      failing((from) => from === plan.site),
    ).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SwapError);
    expect((err as SwapError).previousIntact).toBe(true);
    expect((err as SwapError).message).toMatch(/EXDEV.*the previous output was put back as it was/);
    expect(treeHash(plan.dist)).toBe(before);
    expect(readdirSync(work).sort()).toEqual(['.dist.build-4242', 'dist']);
  });

  it('leaves the previous output as it was when it cannot be moved aside', async () => {
    const plan = ready();
    site(plan.dist, 'old');
    const before = treeHash(plan.dist);
    await expect(
      swapIntoPlace(
        plan,
        failing((from) => from === plan.dist),
      ),
    ).rejects.toThrow(/could not move the previous output aside/);
    expect(treeHash(plan.dist)).toBe(before);
  });

  it('puts the previous output back when what is in place afterwards is not the folder that was built', async () => {
    const plan = ready();
    site(plan.dist, 'old');
    const before = treeHash(plan.dist);
    const liar: SwapOps = { ...fsOps, identity: async (dir) => (dir === plan.dist ? 'someone-else' : fsOps.identity(dir)) };
    await expect(swapIntoPlace(plan, liar)).rejects.toThrow(/is not the folder that was built.*put back/);
    expect(treeHash(plan.dist)).toBe(before);
    expect(readFileSync(join(plan.site, 'index.html'), 'utf8')).toBe('new');
  });

  it('says where the previous output is when even putting it back fails', async () => {
    const plan = ready();
    site(plan.dist, 'old');
    const before = treeHash(plan.dist);
    const err = (await swapIntoPlace(
      plan,
      failing((from) => from === plan.site || from === plan.old),
    ).catch((e: unknown) => e)) as SwapError;
    expect(err.previousIntact).toBe(false);
    expect(err.message).toContain(`the previous output is in ${plan.old}; move it back to ${plan.dist} by hand`);
    expect(treeHash(plan.old)).toBe(before);
  });

  it('reports, without failing, a previous output that could not be removed', async () => {
    const plan = ready();
    site(plan.dist, 'old');
    const stubborn: SwapOps = { ...fsOps, rm: (p) => (p === plan.old ? Promise.reject(new Error('busy')) : fsOps.rm(p)) };
    const result = await swapIntoPlace(plan, stubborn);
    expect(result.replaced).toBe(true);
    expect(result.warning).toContain(`could not be removed from ${plan.old}`);
    expect(statSync(plan.dist).isDirectory()).toBe(true);
  });
});
