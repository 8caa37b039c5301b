/**
 * What a lesson's diagrams cost a reader, on the built site in the current folder (`npm run build` first):
 * - bytes per lesson (gzipped HTML, CSS and up-front JS), and the ratio to the same lesson with its diagrams removed;
 * - the time from navigation to the last diagram visible, median of several fresh loads (no cache, no service worker).
 * Works on a build that draws diagrams in the browser too (an older one, or one built without Chromium), so it can
 * measure before and after. Usage: npm run bench:lessons [-- runs]
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../../src/integrations/diagrams/find-chromium.ts';
import { loadLessonFiles } from '../content/load-lessons.ts';
import { DIAGRAM_FIGURE, weighPage } from '../support/weigh-page.ts';
import { serveBuiltSite } from './serve-built-site.ts';

const PORT = 4336;
const RUNS = Number(process.argv[2] ?? 5);
const DIST = join(process.cwd(), 'dist');

/** In the page: the time, from navigation start, when `expected` finished diagram SVGs are first all visible. */
const RECORD_LAST_DIAGRAM = `
  (() => {
    const expected = Number(new URLSearchParams(location.search).get('diagrams'));
    const check = () => {
      const finished = [...document.querySelectorAll('svg[aria-roledescription]')].filter(
        (svg) => svg.querySelector('g') && svg.getBoundingClientRect().width > 0,
      );
      if (finished.length >= expected) window.__lastDiagramAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();
`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const lessons = loadLessonFiles()
    .filter((file) => file.body.includes('```mermaid'))
    .map((file) => {
      const route = [file.chapter, file.slug === 'index' ? '' : file.slug].filter(Boolean).join('/');
      return {
        route: `/${route}/`,
        htmlFile: `${route}/index.html`,
        diagrams: (file.body.match(/```mermaid/g) ?? []).length,
      };
    });
  const server = await serveBuiltSite(PORT);
  const executablePath = findChromium();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: CHROMIUM_ARGS });
  console.log(`lessons with diagrams, built site in ${DIST} (gzip; times: median of ${RUNS} fresh loads):\n`);
  console.log(
    '| lesson | diagrams | HTML | CSS | JS | total | without diagrams | ratio | JS downloaded | last diagram visible |',
  );
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  try {
    for (const lesson of lessons) {
      const html = readFileSync(join(DIST, lesson.htmlFile), 'utf8');
      const bytes = weighPage(DIST, lesson.htmlFile, html);
      const without = weighPage(DIST, lesson.htmlFile, html.replace(DIAGRAM_FIGURE, ''));
      const times: number[] = [];
      let downloaded = 0;
      for (let run = 0; run < RUNS; run += 1) {
        const context = await browser.newContext({ serviceWorkers: 'block' });
        const page = await context.newPage();
        await page.addInitScript(RECORD_LAST_DIAGRAM);
        const scripts = new Set<string>();
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname;
          if (path.endsWith('.js')) scripts.add(path);
        });
        await page.goto(`${server.base}${lesson.route}?diagrams=${lesson.diagrams}`);
        await page.waitForFunction(() => (window as { __lastDiagramAt?: number }).__lastDiagramAt !== undefined, null, {
          timeout: 120_000,
        });
        times.push(await page.evaluate(() => (window as unknown as { __lastDiagramAt: number }).__lastDiagramAt));
        await page.waitForLoadState('networkidle');
        downloaded = [...scripts].reduce((sum, path) => sum + statSync(join(DIST, path)).size, 0);
        await context.close();
      }
      console.log(
        `| ${lesson.route} | ${lesson.diagrams} | ${kilobytes(bytes.html)} | ${kilobytes(bytes.css)} | ${kilobytes(bytes.js)} | ` +
          `${kilobytes(bytes.total)} | ${kilobytes(without.total)} | ${(bytes.total / without.total).toFixed(2)}× | ` +
          `${kilobytes(downloaded)} raw | ${Math.round(median(times))} ms |`,
      );
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

await main();
