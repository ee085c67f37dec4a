/**
 * Side effect only: puts the lazy-listeners hook in place (scripts/lib/lazy-listeners.ts). Given
 * to node as `--import` by scripts/build.ts, so that it runs before the build's own imports can
 * load linkedom (a module already loaded is never loaded — nor patched — again).
 */
import { lazyListeners } from './lazy-listeners.ts';

lazyListeners();
