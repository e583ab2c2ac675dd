// Test runner settings: CLI and build tests start real processes, so they get time. Before
// anything runs, the machine's needs (Chromium, poppler) are seen to: test/support/system-needs.ts.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: new URL('..', import.meta.url).pathname,
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/system-needs.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
