import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config.ts';

/**
 * The course as published under a sub-path: `npm run build:course` builds it with `BASE_PATH=/course/` into
 * `dist-course/` (dist/ is left to the main suite), and a static host script (test/setup/serve-under-base.ts) serves
 * it under `/course/` only, with the headers of its `_headers` file; every other address is 404. Only the essential
 * journeys run here (test/deployed/), not the whole suite again.
 */
const port = Number(process.env['PW_COURSE_PORT'] ?? Number(process.env['PW_PORT'] ?? 4329) + 1);

export default defineConfig({
  ...baseConfig,
  testDir: 'test/deployed',
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${port}/course/` },
  webServer: {
    command: `npx tsx test/setup/serve-under-base.ts dist-course /course/ ${port}`,
    url: `http://127.0.0.1:${port}/course/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
