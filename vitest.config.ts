import { defineConfig } from 'vitest/config';

// Vitest owns test/**/*.test.ts only; Playwright specs (*.spec.ts under test/e2e) are not its business.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
  },
});
