/**
 * `npm run dev` while an instructor writes an exercise: saving index.mdx reloads the open page with the new rubric,
 * and a broken exercise shows its error in the page (the file, line and column check:content gives), not a blank
 * screen; fixing it brings the page back. The test runs its own `astro dev` on PW_PORT + 1, started cold (as in a fresh
 * clone), and edits an exercise no other browser test opens, restoring the file in `finally` (the suite runs one test
 * at a time).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { DEV_SERVER_MS, TEST_MS } from './timeouts.ts';

const ROOT = join(import.meta.dirname, '../..');
const PORT = Number(process.env['PW_PORT'] ?? 4329) + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const EXERCISE = 'service-discovery';
const MDX = join(ROOT, 'exercises/architecture-patterns', EXERCISE, 'index.mdx');
const TITLE =
  'title: One-language fleet with a shared framework and no balancer wanted - client-side discovery, for the direct call.';

let server: ChildProcess | undefined;

/** Resolves once the dev server answers, polling (the wait is for a state, bounded by DEV_SERVER_MS). */
async function waitForServer(): Promise<void> {
  await expect
    .poll(
      async () => {
        try {
          return (await fetch(`${ORIGIN}/`)).status;
        } catch {
          return 0;
        }
      },
      { timeout: DEV_SERVER_MS },
    )
    .toBe(200);
}

/** The title of the first criterion in the page's grading data, or undefined when the page has none. */
async function readFirstCriterion(page: Page): Promise<string | undefined> {
  return page.evaluate(() => {
    const text = document.getElementById('exercise-data')?.textContent;
    if (!text) return undefined;
    const data = JSON.parse(text) as { exercise: { frontmatter: { rubric: { title: string }[] } } };
    return data.exercise.frontmatter.rubric[0]?.title;
  });
}

test.beforeAll(async () => {
  test.setTimeout(DEV_SERVER_MS + TEST_MS);
  // A cold start, as in a fresh clone: no pre-bundled dependencies (Vite) and no content data store (Astro). The fault
  // this guards (a fixed exercise's page staying broken) was seen only on a cold cache.
  rmSync(join(ROOT, 'node_modules/.vite/deps'), { recursive: true, force: true });
  rmSync(join(ROOT, 'node_modules/.astro/data-store.json'), { force: true });
  rmSync(join(ROOT, '.astro'), { recursive: true, force: true });
  server = spawn('npx', ['astro', 'dev', '--host', '127.0.0.1', '--port', String(PORT)], {
    cwd: ROOT,
    detached: true,
    stdio: 'ignore',
  });
  await waitForServer();
});

test.afterAll(() => {
  // The server and the processes it started form one group.
  if (server?.pid !== undefined) process.kill(-server.pid, 'SIGTERM');
});

test('editing an exercise reloads its page with the new rubric; a broken one shows its error until it is fixed', async ({
  page,
}) => {
  test.setTimeout(DEV_SERVER_MS + 2 * TEST_MS);
  const original = readFileSync(MDX, 'utf8');
  expect(original).toContain(TITLE);
  expect(original).toContain('\npassMark: 80\n');
  try {
    await page.goto(`${ORIGIN}/exercises/${EXERCISE}/`, { timeout: DEV_SERVER_MS });
    await expect.poll(() => readFirstCriterion(page), { timeout: DEV_SERVER_MS }).toBe(TITLE.slice('title: '.length));

    // Broken straight from the saved version, then fixed back to it: the content store still holds that version.
    const line = original.split('\n').indexOf('passMark: 80') + 1;
    const error = page.getByText(`exercises/architecture-patterns/${EXERCISE}/index.mdx:${line}:1: passMark: Too big`);
    writeFileSync(MDX, original.replace('\npassMark: 80\n', '\npassMark: 170\n'));
    await expect(error).toBeVisible({ timeout: DEV_SERVER_MS });
    // The fix reloads the page, whose dev client then connects: the server would say a standing error then, so the
    // page is judged once connected. (The old page's client connected before this wait began.)
    const reconnected = page.waitForEvent('console', {
      predicate: (message) => message.text() === '[vite] connected.',
      timeout: DEV_SERVER_MS,
    });
    writeFileSync(MDX, original);
    await expect
      .poll(() => readFirstCriterion(page).catch(() => undefined), { timeout: DEV_SERVER_MS })
      .toBe(TITLE.slice('title: '.length));
    await reconnected;
    await expect(error).toHaveCount(0);

    writeFileSync(MDX, original.replace(TITLE, 'title: Client-side discovery for the one-language fleet, edited.'));
    await expect
      .poll(() => readFirstCriterion(page).catch(() => undefined), { timeout: DEV_SERVER_MS })
      .toBe('Client-side discovery for the one-language fleet, edited.');
  } finally {
    writeFileSync(MDX, original);
  }
});
