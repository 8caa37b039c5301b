import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './src/integrations/diagrams/find-chromium.ts';
import { STATE_MS, TEST_MS } from './test/e2e/timeouts.ts';

/**
 * Browser tests run against the built site served by `astro preview`, in the Chromium the build draws diagrams
 * with: $CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own download.
 */
const executablePath = findChromium();
// PW_PORT lets a second run (a CI check in another clone, say) use another port on the same machine.
const port = Number(process.env['PW_PORT'] ?? 4329);

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  fullyParallel: true,
  // One worker: measured on the 2-core CI machine under load (README, "Test timing"), it halves each test's time
  // for a tenth more in all. PW_WORKERS overrides it for measuring.
  workers: Number(process.env['PW_WORKERS'] ?? 1),
  timeout: TEST_MS,
  expect: {
    timeout: STATE_MS,
    // Pictures (test/e2e/visual.spec.ts): finished animations and hidden carets make them repeatable; the small
    // tolerance absorbs anti-aliasing, never a moved or missing element.
    toHaveScreenshot: { animations: 'disabled', caret: 'hide', scale: 'css', maxDiffPixelRatio: 0.002 },
  },
  retries: 0,
  forbidOnly: true,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
