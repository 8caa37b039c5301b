import { defineConfig } from 'vitest/config';

// Vitest owns test/**/*.test.ts only; Playwright specs (*.spec.ts under test/e2e) are not its business.
export default defineConfig({
  test: {
    // CI runs on two cores that may be busy: a hook that builds fixtures in 8 s on an idle machine took over vitest's
    // 10 s default under load. Timeouts are there to catch hangs, not to time work.
    hookTimeout: 120_000,
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**', 'test/site/components/**', 'node_modules/**'],
        },
      },
      // Astro components render in Astro's own Vite setup (its Container API), so they are a project of their own.
      'vitest.components.config.ts',
    ],
  },
});
