import { expect, test } from '@playwright/test';
import { crawlSite } from '../support/crawl-site.ts';

test('a crawl of the course under /course/ finds no address that fails, no console error and no policy violation', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  // The crawl is about what the pages name and load; a service worker would precache in the background meanwhile.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const report = await crawlSite(context, baseURL ?? '');
  await context.close();
  console.log(
    `crawled ${report.pages.length} pages under /course/, ${report.checked} addresses: ${report.broken.length} broken, ` +
      `${report.consoleErrors.length} console errors, ${report.cspViolations.length} CSP violations`,
  );
  expect(report.pages.length).toBeGreaterThan(25);
  expect(report.pages.every((path) => path.startsWith('/course/'))).toBe(true);
  expect(report.broken).toEqual([]);
  expect(report.consoleErrors).toEqual([]);
  expect(report.cspViolations).toEqual([]);
});
