import { expect, test } from '@playwright/test';
import { crawlSite } from '../support/crawl-site.ts';

// The crawl is about what the pages name and load, not offline use; a service worker would precache in the background.
test.use({ serviceWorkers: 'block' });

test('a crawl of the site at / finds no address that fails, no console error and no policy violation', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const report = await crawlSite(context, `${baseURL ?? ''}/`);
  await context.close();
  console.log(
    `crawled ${report.pages.length} pages at /, ${report.checked} addresses: ${report.broken.length} broken, ` +
      `${report.consoleErrors.length} console errors, ${report.cspViolations.length} CSP violations`,
  );
  expect(report.pages.length).toBeGreaterThan(25);
  expect(report.broken).toEqual([]);
  expect(report.consoleErrors).toEqual([]);
  expect(report.cspViolations).toEqual([]);
});
