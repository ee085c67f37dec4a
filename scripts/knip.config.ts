/**
 * What `npm run check:unused` (knip, part of `npm test`) counts as used: the entry points below,
 * and everything they import. It reports files nothing imports, exports nothing imports
 * (inside or outside the project's tests), and dependencies nothing uses.
 */
export default {
  entry: [
    // Astro pages and their endpoints, and the layouts they render.
    'src/pages/**/*.{astro,ts}',
    // The commands (npm run …), the processes and workers they start, and the embed script.
    'scripts/*.ts',
    'scripts/lib/build-site.ts',
    'scripts/lib/chart-worker.ts',
    'scripts/lib/lazy-listeners-register.ts',
    'public/embed.js',
    // Both test suites (vitest.config.ts, vitest.browser.config.ts).
    'tests/**/*.test.ts',
  ],
  project: ['src/**/*.{ts,astro}', 'scripts/**/*.{ts,cjs}', 'tests/**/*.ts'],
  vitest: { config: ['vitest.config.ts', 'vitest.browser.config.ts'] },
  // Started by path, not imported: Lighthouse's CLI (the bench spawns node_modules/lighthouse/cli),
  // the HTML checker's jar (require.resolve'd, run with java) and axe's script (injected into pages).
  ignoreDependencies: ['lighthouse', 'vnu-jar', 'axe-core'],
  // The draft command runs these when they are installed (OCR of a scanned PDF), and says how to get them.
  ignoreBinaries: ['tesseract', 'pdftoppm', 'java'],
  // An export used inside its own file is an API kept on purpose (tests and callers read it); one used nowhere is dead.
  ignoreExportsUsedInFile: true,
};
