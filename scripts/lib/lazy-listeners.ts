/**
 * A build-time speed patch for linkedom, the DOM that Plot and d3 draw the charts into.
 *
 * linkedom's EventTarget constructor gives every node — every element, text node and attribute —
 * its own listener Map in a module WeakMap (`wm.set(this, new Map)`). Build-time charts never
 * listen to events, yet at 3,321 communes the build makes tens of millions of nodes: that one
 * line cost 7.6 s of CPU plus the garbage collector's work over a WeakMap of millions of entries.
 * The patch creates the Map on the first addEventListener instead. Measured on a 130-commune
 * chart: 5.5 ms → 2.7 ms per chart, same SVG (tests/unit/chart/lazy-listeners.test.ts).
 *
 * Applied through a module load hook in the build process only (scripts/build.ts), to the one
 * file, and only when its text is exactly what this patch expects: after a linkedom upgrade that
 * changes it, the file loads unpatched (correct, only slower) and the build says so once.
 */
import { registerHooks } from 'node:module';

export const EVENT_TARGET_FILE = '/linkedom/esm/interface/event-target.js';

/** Each edit: the exact text in linkedom's event-target.js, and what it becomes. */
export const EDITS: [string, string][] = [
  ['  constructor() {\n    wm.set(this, new Map);\n  }', '  constructor() {}'],
  [
    '  addEventListener(type, listener, options) {\n    const map = wm.get(this);',
    '  addEventListener(type, listener, options) {\n    let map = wm.get(this);\n    if (!map) wm.set(this, (map = new Map));',
  ],
  [
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map.has(type)) {',
    '  removeEventListener(type, listener) {\n    const map = wm.get(this);\n    if (map && map.has(type)) {',
  ],
];

/** The patched source, or null when any edit does not find its text exactly once. */
export function patchEventTarget(source: string): string | null {
  let out = source;
  for (const [from, to] of EDITS) {
    if (out.split(from).length !== 2) return null;
    out = out.replace(from, to);
  }
  return out;
}

let registered = false;
/** URLs patched so far in this process (a test reads it to know the hook did apply). */
export const patched: string[] = [];

/** Registers the load hook (once per process). */
export function lazyListeners(warn: (message: string) => void = console.warn): void {
  if (registered) return;
  registered = true;
  registerHooks({
    load(url, context, nextLoad) {
      const result = nextLoad(url, context);
      if (!url.endsWith(EVENT_TARGET_FILE) || result.source === undefined || result.source === null) return result;
      const source = patchEventTarget(String(result.source));
      if (source === null) {
        warn(
          `[build] linkedom's ${EVENT_TARGET_FILE} is not the text scripts/lib/lazy-listeners.ts expects: left unpatched (charts render slower)`,
        );
        return result;
      }
      patched.push(url);
      return { ...result, source };
    },
  });
}
