/**
 * Crawls a served build in the browser, from its home page: every page reached by an in-site link is opened, every
 * in-site address a page names (links, stylesheets, scripts, images) and every request it makes is checked, and the
 * console errors and Content-Security-Policy violations of every page are kept. For the publish tests: at `/` and
 * under a base path, nothing may 404.
 */
import type { BrowserContext, Page } from '@playwright/test';

/** What a crawl found. */
export interface CrawlReport {
  /** The pages opened, as paths. */
  pages: string[];
  /** How many distinct in-site addresses were checked (pages included). */
  checked: number;
  /** `page: address (status)` for each in-site address that did not answer 2xx or 3xx. */
  broken: string[];
  /** `page: message` for each console error or uncaught exception. */
  consoleErrors: string[];
  /** `page: directive blocked-uri` for each Content-Security-Policy violation. */
  cspViolations: string[];
}

/** The in-site addresses a page names, read from its live document (after its scripts have run). */
function readAddresses(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('a[href], link[href], script[src], img[src], source[src]')].map(
      (element) => {
        const value = element.getAttribute('href') ?? element.getAttribute('src') ?? '';
        return new URL(value, document.baseURI).href;
      },
    ),
  );
}

/** Crawls from `start` (`http://host/course/`); only addresses on its origin are followed and checked. */
export async function crawlSite(context: BrowserContext, start: string): Promise<CrawlReport> {
  const origin = new URL(start).origin;
  const report: CrawlReport = { pages: [], checked: 0, broken: [], consoleErrors: [], cspViolations: [] };
  const statuses = new Map<string, number>();
  const queued = new Set<string>([start]);
  const queue = [start];
  const page = await context.newPage();
  let current = '';
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    (text.includes('Content Security Policy') ? report.cspViolations : report.consoleErrors).push(
      `${current}: ${text}`,
    );
  });
  page.on('pageerror', (error) => report.consoleErrors.push(`${current}: ${error.message}`));
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin === origin && response.status() >= 400 && !url.pathname.endsWith('/404.html'))
      report.broken.push(`${current}: ${url.pathname} (${response.status()}, requested by the page)`);
  });
  await page.exposeFunction('reportCspViolation', (text: string) => report.cspViolations.push(`${current}: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation(
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });
  while (queue.length > 0) {
    const url = queue.shift() ?? '';
    current = new URL(url).pathname;
    const response = await page.goto(url, { waitUntil: 'load' });
    report.pages.push(current);
    statuses.set(url, response?.status() ?? 0);
    // Let the page's own scripts run (they add links, load the search, start workers) before reading it.
    await page.waitForLoadState('networkidle');
    for (const address of await readAddresses(page)) {
      const target = new URL(address);
      if (target.origin !== origin) continue;
      target.hash = '';
      const key = target.href;
      if (!statuses.has(key)) {
        const answer = await context.request.get(key, { maxRedirects: 5 });
        statuses.set(key, answer.status());
        if (answer.status() >= 400) report.broken.push(`${current}: ${target.pathname} (${answer.status()})`);
        else if ((answer.headers()['content-type'] ?? '').startsWith('text/html') && !queued.has(key)) {
          queued.add(key);
          queue.push(key);
        }
      }
    }
  }
  await page.close();
  report.checked = statuses.size;
  return report;
}
