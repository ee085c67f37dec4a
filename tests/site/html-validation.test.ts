import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROOT_BUILD, htmlFiles, requireBuild } from '../../scripts/lib/built-site.ts';

// The W3C Nu Html Checker (vnu.jar from the vnu-jar package), run on Debian's Java.
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

describe('HTML validation', () => {
  it('finds no error in any page of the build (W3C Nu Html Checker)', async () => {
    requireBuild(ROOT_BUILD.dir);
    const pages = await htmlFiles(ROOT_BUILD.dir);
    expect(pages.length).toBeGreaterThan(1);
    const run = spawnSync('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...pages.map((p) => `${ROOT_BUILD.dir}/${p}`)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.error) throw new Error(`could not run java (install Debian's openjdk-17-jre-headless): ${run.error.message}`);
    const messages = (JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] }).messages;
    const errors = messages
      .filter((m) => m.type === 'error' || m.type === 'non-document-error')
      .map((m) => `${m.url.replace(/^file:.*?\/(dist[^/]*\/)/, '$1')}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
