import { defineConfig } from 'vitest/config';

// Unit tests: pure functions and data checks. No build, no browser.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
