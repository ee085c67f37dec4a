import { defineConfig } from 'vitest/config';

// Tests against the built site: link check, HTML validation, and real Chromium.
// scripts/test-browser.ts builds dist/ (root) and dist-base/ (under a sub-path) first.
export default defineConfig({
  test: {
    include: ['tests/site/**/*.test.ts', 'tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
