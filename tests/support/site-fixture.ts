import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch } from '../../scripts/lib/browser.ts';
import { requireBuild } from '../../scripts/lib/built-site.ts';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';

interface Build {
  dir: string;
  base: string;
}

export interface SiteFixture {
  browser: Browser;
  /** The main build under test. */
  site: StaticSite;
  /** A second build (e.g. under a sub-path), when asked for. */
  based: StaticSite;
}

/**
 * One Chromium and a static server per build for a test file: registers beforeAll/afterAll and
 * returns an object whose fields are set once they run (read them inside tests, not at load).
 */
export function useSites(builds: { site: Build; based?: Build }): SiteFixture {
  const f = {} as SiteFixture;
  beforeAll(async () => {
    requireBuild(builds.site.dir);
    if (builds.based) requireBuild(builds.based.dir);
    f.browser = await launch();
    f.site = await serveStatic(builds.site.dir, builds.site.base);
    if (builds.based) f.based = await serveStatic(builds.based.dir, builds.based.base);
  });
  afterAll(async () => {
    await f.browser?.close();
    await f.site?.close();
    await f.based?.close();
  });
  return f;
}
