import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDITS, EVENT_TARGET_FILE, patchEventTarget } from '../../../scripts/lib/lazy-listeners.ts';

const require = createRequire(import.meta.url);
const linkedomDir = resolve(dirname(require.resolve('linkedom')), '..');
const installed = readFileSync(resolve(linkedomDir, `.${EVENT_TARGET_FILE.replace('/linkedom', '')}`), 'utf8');

/** linkedom's EventTarget class from the given source (the file imports nothing). */
async function eventTargetOf(source: string): Promise<new () => EventTarget> {
  const mod = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { EventTarget: new () => EventTarget };
  return mod.EventTarget;
}

/** The minimal event linkedom's dispatchEvent walks (its own Event class adds nothing it reads here). */
const event = (type: string) => ({ type, bubbles: false, _path: [], CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3, NONE: 0 });

describe('the lazy-listeners patch of linkedom', () => {
  it('finds each text it edits exactly once in the installed linkedom (else the build runs unpatched: revisit the patch)', () => {
    for (const [from] of EDITS) expect(installed.split(from).length - 1, from).toBe(1);
    expect(patchEventTarget(installed)).not.toBeNull();
  });

  it('leaves a source it does not recognise alone', () => {
    expect(patchEventTarget(installed.replace('wm.set(this, new Map);', 'wm.set(this, new Map());'))).toBeNull();
  });

  it('keeps listeners working: added, called, called once, removed, and removal without any listener', async () => {
    const Target = await eventTargetOf(patchEventTarget(installed)!);
    const t = new Target() as unknown as {
      addEventListener: (type: string, fn: () => void, o?: { once: boolean }) => void;
      removeEventListener: (type: string, fn: () => void) => void;
      dispatchEvent: (e: ReturnType<typeof event>) => boolean;
    };
    const calls: string[] = [];
    const a = () => calls.push('a');
    const once = () => calls.push('once');
    expect(() => new Target().removeEventListener('x', a)).not.toThrow();
    t.addEventListener('x', a);
    t.addEventListener('x', once, { once: true });
    t.dispatchEvent(event('x'));
    t.dispatchEvent(event('x'));
    t.removeEventListener('x', a);
    t.dispatchEvent(event('x'));
    t.dispatchEvent(event('y'));
    expect(calls).toEqual(['a', 'once', 'a']);
  });

  it('draws the same SVG as unpatched linkedom (a Plot chart rendered in a process with the hook and one without)', () => {
    const hook = resolve(import.meta.dirname, '../../../scripts/lib/lazy-listeners.ts');
    const script = (patched: boolean) => `
      const hook = ${patched} ? await import(${JSON.stringify(hook)}) : null;
      hook?.lazyListeners(() => { throw new Error('not patched'); });
      const Plot = await import('@observablehq/plot');
      const { parseHTML } = await import('linkedom');
      const { document } = parseHTML('<!doctype html><html><body></body></html>');
      const data = Array.from({ length: 40 }, (_, i) => ({ name: 'Mẫu ' + i, x: (i * 37) % 100 }));
      const svg = Plot.plot({ document, marks: [Plot.dot(data, { x: 'x', y: 'name' }), Plot.text(data, { x: 'x', y: 'name', text: 'name' }), Plot.ruleX([50])] });
      process.stdout.write(JSON.stringify({ patched: hook?.patched ?? [], svg: svg.outerHTML }));`;
    const run = (patched: boolean) =>
      JSON.parse(
        execFileSync(process.execPath, ['--input-type=module', '-e', script(patched)], {
          cwd: resolve(import.meta.dirname, '../../..'),
          encoding: 'utf8',
        }),
      ) as { patched: string[]; svg: string };
    const plain = run(false);
    const lazy = run(true);
    expect(lazy.patched).toEqual([expect.stringMatching(/linkedom\/esm\/interface\/event-target\.js$/)]);
    expect(plain.svg).toContain('<svg');
    expect(lazy.svg).toBe(plain.svg);
  });
});
