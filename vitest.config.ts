import { defineConfig } from 'vitest/config';

// Vitest owns test/**/*.test.ts only; Playwright specs (*.spec.ts under test/e2e) are not its business.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    // CI runs on two cores that may be busy: a hook that builds fixtures in 8 s on an idle machine took over vitest's
    // 10 s default under load. Timeouts are there to catch hangs, not to time work.
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
