/**
 * Lighthouse on the built site, in its default mobile profile (slow 4G, 4× CPU slowdown), as a phone sees it.
 * Builds first (skip with `--no-build`), serves `dist/` and prints one row per page: performance score, first and
 * largest contentful paint, total blocking time and bytes downloaded. Usage: npm run bench:lighthouse
 * Lighthouse's timings are simulated from one observed load, so they vary little from run to run, but they still
 * depend on this machine: they are figures for the notes, not a test.
 */
import { execSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium, CHROMIUM_ARGS } from '../../src/integrations/diagrams/find-chromium.ts';
import { serveBuiltSite } from './serve-built-site.ts';

const PORT = 4334;
const PAGES = [
  { name: 'home', path: '/' },
  { name: 'lesson (monolith)', path: '/architecture-patterns/monolith/' },
  { name: 'lesson (microservices)', path: '/architecture-patterns/microservices/' },
  { name: 'exercise (food delivery)', path: '/exercises/food-delivery-communication/' },
];

/** A Lighthouse audit's numeric value, or NaN when it is missing. */
function readAudit(audits: Record<string, { numericValue?: number }>, id: string): number {
  return audits[id]?.numericValue ?? Number.NaN;
}

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build')) execSync('npx astro build', { stdio: 'inherit' });
  const chromePath = findChromium();
  if (!chromePath) throw new Error('Lighthouse needs Chromium: set CHROMIUM_PATH or run test/setup/ensure-chromium.sh');
  const server = await serveBuiltSite(PORT);
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
  });
  const rows: string[] = [];
  try {
    for (const page of PAGES) {
      const result = await lighthouse(`${server.base}${page.path}`, {
        port: chrome.port,
        onlyCategories: ['performance'],
        logLevel: 'error',
        // Each page as a first visit: no service worker, no cache from the page before.
        disableStorageReset: false,
      });
      const lhr = result?.lhr;
      if (!lhr) throw new Error(`Lighthouse returned nothing for ${page.path}`);
      const audits = lhr.audits as Record<string, { numericValue?: number }>;
      const score = Math.round((lhr.categories['performance']?.score ?? 0) * 100);
      const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;
      rows.push(
        `| ${page.name} | ${score} | ${seconds(readAudit(audits, 'first-contentful-paint'))} | ` +
          `${seconds(readAudit(audits, 'largest-contentful-paint'))} | ` +
          `${Math.round(readAudit(audits, 'total-blocking-time')).toLocaleString('en')} ms | ` +
          `${Math.round(readAudit(audits, 'total-byte-weight') / 1024).toLocaleString('en')} KB |`,
      );
    }
  } finally {
    await chrome.kill();
    server.stop();
  }
  console.log('Lighthouse, mobile profile (slow 4G, 4× CPU slowdown), built site served by astro preview:\n');
  console.log('| page | performance | FCP | LCP | total blocking time | bytes |');
  console.log('|---|---|---|---|---|---|');
  for (const row of rows) console.log(row);
}

await main();
