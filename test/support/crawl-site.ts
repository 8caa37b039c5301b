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

/** Pages open at once: each page's quiet-network wait overlaps the others', which is most of a crawl's time. */
const PARALLEL_PAGES = 4;

/** Crawls from `start` (`http://host/course/`); only addresses on its origin are followed and checked. */
export async function crawlSite(context: BrowserContext, start: string): Promise<CrawlReport> {
  const origin = new URL(start).origin;
  const report: CrawlReport = { pages: [], checked: 0, broken: [], consoleErrors: [], cspViolations: [] };
  const statuses = new Map<string, number>();
  const queued = new Set<string>([start]);
  const queue = [start];
  // Each open page reports under the path it is on now; a violation reported from the page names it.
  await context.exposeFunction('reportCspViolation', (path: string, text: string) =>
    report.cspViolations.push(`${path}: ${text}`),
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      (window as unknown as { reportCspViolation: (path: string, text: string) => void }).reportCspViolation(
        location.pathname,
        `${event.violatedDirective} ${event.blockedURI}`,
      );
    });
  });

  /** Opens one page, records what it loads and names, and queues the in-site pages it links to. */
  async function visit(page: Page, url: string, track: { current: string }): Promise<void> {
    track.current = new URL(url).pathname;
    const response = await page.goto(url, { waitUntil: 'load' });
    report.pages.push(track.current);
    statuses.set(url, response?.status() ?? 0);
    // Let the page's own scripts run (they add links, load the search, start workers) before reading it.
    await page.waitForLoadState('networkidle');
    for (const address of await readAddresses(page)) {
      const target = new URL(address);
      if (target.origin !== origin) continue;
      target.hash = '';
      const key = target.href;
      if (statuses.has(key)) continue;
      statuses.set(key, 0);
      const answer = await context.request.get(key, { maxRedirects: 5 });
      statuses.set(key, answer.status());
      if (answer.status() >= 400) report.broken.push(`${track.current}: ${target.pathname} (${answer.status()})`);
      else if ((answer.headers()['content-type'] ?? '').startsWith('text/html') && !queued.has(key)) {
        queued.add(key);
        queue.push(key);
      }
    }
  }

  // Tabs reading a page, and the tabs waiting for them: a page being read may queue more.
  let busy = 0;
  let waiting: (() => void)[] = [];
  const wakeWaiting = (): void => {
    const woken = waiting;
    waiting = [];
    for (const wake of woken) wake();
  };

  /** One tab: takes pages from the queue until it is empty and no other tab can add to it. */
  async function tab(): Promise<void> {
    const page = await context.newPage();
    const track = { current: '' };
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      (text.includes('Content Security Policy') ? report.cspViolations : report.consoleErrors).push(
        `${track.current}: ${text}`,
      );
    });
    page.on('pageerror', (error) => report.consoleErrors.push(`${track.current}: ${error.message}`));
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.origin === origin && response.status() >= 400 && !url.pathname.endsWith('/404.html'))
        report.broken.push(`${track.current}: ${url.pathname} (${response.status()}, requested by the page)`);
    });
    for (;;) {
      const url = queue.shift();
      if (url === undefined) {
        if (busy === 0) break;
        // Another tab is still reading a page that may link to more: wait until it is done.
        await new Promise<void>((resolve) => waiting.push(resolve));
        continue;
      }
      busy += 1;
      try {
        await visit(page, url, track);
      } finally {
        busy -= 1;
        wakeWaiting();
      }
    }
    await page.close();
  }

  await Promise.all(Array.from({ length: PARALLEL_PAGES }, () => tab()));
  report.checked = statuses.size;
  return report;
}
