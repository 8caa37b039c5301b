/**
 * Benchmark of the exercise page on a local preview of the built site (run `npm run build` first):
 * when the text area is usable, when Monaco is ready, and how long grading takes in the browser.
 * Prints medians over several fresh page loads. Usage: npm run bench:page [-- runs]
 *
 * Then the phone profile (390 × 844, touch, a phone's user agent) with the CPU slowed 4× (Lighthouse's mobile
 * yardstick): how long after the candidate reaches the answer, in JSON, Monaco is ready.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium, devices, type Browser } from '@playwright/test';

const PORT = 4333;
const RUNS = Number(process.argv[2] ?? 7);
const EXERCISE = 'food-delivery-communication';
const BASE = `http://127.0.0.1:${PORT}`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function waitForServer(): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    try {
      if ((await fetch(`${BASE}/`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('astro preview did not start');
}

/** Records, in page time, when the workspace becomes ready and when Monaco takes over. */
const MARKERS = `
  new MutationObserver(() => {
    const root = document.querySelector('[data-exercise-workspace]');
    if (!root) return;
    window.__marks = window.__marks || {};
    if (!window.__marks.textarea && document.querySelector('[data-answer-text]')) window.__marks.textarea = performance.now();
    if (!window.__marks.ready && root.dataset.ready === 'true') window.__marks.ready = performance.now();
    if (!window.__marks.monaco && root.dataset.editor === 'monaco') window.__marks.monaco = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true });
`;

/** Monaco ready after the answer is reached, on the phone profile with 4× CPU slowdown (ms, one fresh load). */
async function phoneMonacoAfterReach(browser: Browser): Promise<number> {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    userAgent: devices['Pixel 7'].userAgent,
  });
  const page = await context.newPage();
  await page.addInitScript(MARKERS);
  // Written in JSON: a phone's default is the form, which loads no editor.
  await page.addInitScript((key) => localStorage.setItem(key, '"text"'), `courseware:v1:view:${EXERCISE}`);
  const session = await context.newCDPSession(page);
  await session.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(`${BASE}/exercises/${EXERCISE}/`);
  await page.waitForSelector('[data-exercise-workspace][data-ready="true"]', { timeout: 60_000 });
  const reached = await page.evaluate(() => {
    document.querySelector('[data-editor-host]')?.scrollIntoView();
    return performance.now();
  });
  await page.waitForSelector('[data-exercise-workspace][data-editor="monaco"]', { timeout: 60_000 });
  const marks = (await page.evaluate('window.__marks')) as { monaco: number };
  await context.close();
  return marks.monaco - reached;
}

async function main(): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('build the site first: npm run build');
  // Its own process group, so stopping it also stops the server that npx starts.
  const server = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(PORT)], {
    stdio: 'ignore',
    detached: true,
  });
  try {
    await waitForServer();
    const browser = await chromium.launch({
      ...(existsSync('/usr/bin/chromium')
        ? { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium' }
        : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    const textarea: number[] = [];
    const ready: number[] = [];
    const monaco: number[] = [];
    const grading: number[] = [];
    const model = readFileSync(`exercises/architecture-patterns/${EXERCISE}/model.json`, 'utf8');
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.addInitScript(MARKERS);
      await page.goto(`${BASE}/exercises/${EXERCISE}/`);
      // The editor loads when the candidate reaches the answer.
      await page.locator('[data-editor-host]').scrollIntoViewIfNeeded();
      await page.waitForSelector('[data-exercise-workspace][data-editor="monaco"]', { timeout: 30_000 });
      const marks = (await page.evaluate('window.__marks')) as { textarea: number; ready: number; monaco: number };
      textarea.push(marks.textarea);
      ready.push(marks.ready);
      monaco.push(marks.monaco);
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.evaluate((text) => navigator.clipboard.writeText(text), model);
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('ControlOrMeta+V');
      for (let grade = 0; grade < 5; grade += 1) {
        await page.getByRole('button', { name: /^Grade/ }).click();
        await page.waitForSelector(`[data-exercise-workspace][data-graded="${grade + 1}"]`);
        grading.push(Number(await page.locator('[data-exercise-workspace]').getAttribute('data-grade-ms')));
      }
      await context.close();
    }
    const phone: number[] = [];
    for (let run = 0; run < RUNS; run += 1) phone.push(await phoneMonacoAfterReach(browser));
    await browser.close();
    const ms = (value: number): string => `${value.toFixed(1)} ms`;
    console.log(`exercise page, ${RUNS} fresh loads on a local preview (medians; times from navigation start):`);
    console.log(`  text area in the DOM (editable):   ${ms(median(textarea))}`);
    console.log(`  draft restored, page script ready: ${ms(median(ready))}`);
    console.log(`  Monaco ready (JSON mode):          ${ms(median(monaco))}`);
    console.log(`  grading the model answer in the page: ${ms(median(grading))} (median of ${grading.length} grades)`);
    console.log(
      `phone profile (390 px, touch), CPU 4× slower, ${RUNS} fresh loads: Monaco ready ${ms(median(phone))} after the answer is reached (median; ${phone.map((value) => value.toFixed(0)).join(', ')} ms)`,
    );
  } finally {
    if (server.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
  }
}

await main();
