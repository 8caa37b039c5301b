import { defineConfig } from '@playwright/test';
import base from './playwright.config.ts';

/**
 * The walkthrough (`npm run walkthrough`): a candidate's path through the built site on a desktop and on a phone,
 * online and offline from a cold start, saving a screenshot at each step into `walkthrough/` to be looked at. It is
 * not part of `npm test` (the browser tests check each behaviour); it is how a release is seen before it is called done.
 */
export default defineConfig({
  ...base,
  testDir: 'test/walkthrough',
  testMatch: '**/*.walkthrough.ts',
  timeout: 180_000,
});
