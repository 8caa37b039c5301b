/**
 * A new deployment while a reader has the site open or cached: build A is served and visited, then build B (new
 * lesson text, every script renamed, a new service worker) at the same origin. The reader is told a new version is
 * ready and offered a reload; the old page's on-demand scripts (gone in B) fail politely, never silently; Reload
 * brings B's text and editor; the draft typed meanwhile is still there.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  blockMonaco,
  openExercise,
  reachAnswer,
  readAnswerText,
  readSavedDraft,
  replaceAnswer,
  waitForMonaco,
} from './exercise-helpers.ts';
import { makeNextBuild, startSwitchableServer } from './next-build.ts';
import { EDITOR_MS } from './timeouts.ts';

const DIST = join(import.meta.dirname, '../../dist');
const LESSON = '/architecture-patterns/monolith/';
const OLD_TITLE = 'Monolithic Architecture</h1>';
const NEW_TITLE = 'Monolithic Architecture, revised</h1>';
const FOOD = 'food-delivery-communication';
/** The time a new service worker may take to install: it precaches the light part of the site (~2 MB). */
const INSTALL_MS = EDITOR_MS;

let nextBuild: string;
let server: Awaited<ReturnType<typeof startSwitchableServer>>;

test.beforeAll(async () => {
  nextBuild = join(mkdtempSync(join(tmpdir(), 'courseware-next-build-')), 'dist');
  await makeNextBuild(DIST, nextBuild, {
    lessonFile: 'architecture-patterns/monolith/index.html',
    before: OLD_TITLE,
    after: NEW_TITLE,
  });
  server = await startSwitchableServer(DIST);
});

test.afterAll(async () => {
  await server.stop();
  rmSync(join(nextBuild, '..'), { recursive: true, force: true });
});

const notice = (page: Page) => page.locator('[data-update-notice]');

/**
 * The notice as it looks over a lesson, at desktop and phone width, light and dark, compared with committed pictures
 * of the card (the whole view is saved beside the test's results, to look at its place on the page).
 */
async function expectNoticePictures(page: Page): Promise<void> {
  const viewport = page.viewportSize();
  for (const size of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    await page.setViewportSize({ width: size.width, height: size.height });
    for (const theme of ['light', 'dark']) {
      await page.evaluate((name) => {
        document.documentElement.dataset['theme'] = name;
      }, theme);
      await page.evaluate(async () => document.fonts.ready);
      await page.screenshot({ path: test.info().outputPath(`update-notice-page-${size.name}-${theme}.png`) });
      await expect(notice(page).locator('.update-notice')).toHaveScreenshot(`update-notice-${size.name}-${theme}.png`);
    }
  }
  if (viewport) await page.setViewportSize(viewport);
}

test('after a new deployment the reader is offered a reload, old pages recover, and drafts survive', async ({
  page,
}) => {
  // Two service worker installs (~2 MB each), two editors and drawings: on a busy 2-core machine, more than TEST_MS.
  test.slow();
  server.serve(DIST);
  await page.goto(`${server.base}${LESSON}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monolithic Architecture');
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller);
  await expect(notice(page)).toBeEmpty();

  server.serve(nextBuild);
  // Revisiting: the old worker answers with the old page, and the new build's worker installs and waits.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monolithic Architecture');
  await expect(notice(page)).toContainText('A new version of the course is ready', { timeout: INSTALL_MS });
  await expect(notice(page).getByRole('button', { name: 'Reload' })).toBeVisible();
  await expectNoticePictures(page);

  // The old exercise page asks for its editor and drawing scripts, which the new build deleted: it keeps the
  // plain editor, says the drawing could not load, and offers the reload.
  await page.goto(`${server.base}/exercises/${FOOD}/`);
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
  await reachAnswer(page);
  await expect(page.locator('[data-editor-status]')).toContainText('The full editor could not load', {
    timeout: EDITOR_MS,
  });
  await expect(page.locator('[data-answer-diagram]')).toHaveAttribute('data-state', 'failed');
  await expect(page.locator('[data-diagram-status]')).toContainText('Reload the page');
  await expect(notice(page)).toContainText('Part of this page could not load: a new version of the course');
  const draft = '{ "services": [{ "name": "typed-before-the-reload" }], "calls": [], "events": [], "dataStores": [] }';
  await replaceAnswer(page, draft);
  await expect.poll(() => readSavedDraft(page, FOOD, 'json')).toBe(draft);

  // Back on a lesson (the old build's, still served by the old worker), the notice offers the reload there too.
  await page.goto(`${server.base}${LESSON}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monolithic Architecture');
  await expect(notice(page)).toContainText('A new version of the course is ready');

  // Reload, from the keyboard: the new build takes over; its editor loads; the draft is still there.
  await notice(page).getByRole('button', { name: 'Reload' }).focus();
  await page.evaluate(() => ((window as { beforeReload?: boolean }).beforeReload = true));
  await page.keyboard.press('Enter');
  // Polls until a new document is loaded; while waiting it reports where the Reload stands (data-reload-step), so a
  // failure says whether the new worker was still installing, asked to take over, or the reload was sent.
  await expect
    .poll(
      () =>
        page
          .evaluate(() =>
            (window as { beforeReload?: boolean }).beforeReload
              ? `still the old page, at: ${document.querySelector<HTMLElement>('[data-update-notice]')?.dataset['reloadStep'] ?? 'no step'}`
              : 'reloaded',
          )
          // The old document going away mid-question is the reload starting: ask the new one.
          .catch(() => 'navigating'),
      { timeout: INSTALL_MS },
    )
    .toBe('reloaded');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monolithic Architecture, revised');
  await expect(notice(page)).toBeEmpty();

  await page.goto(`${server.base}/exercises/${FOOD}/`);
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
  await reachAnswer(page);
  await waitForMonaco(page);
  expect(
    await page.evaluate(() =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('-next.js')),
    ),
  ).toBe(true);
  expect(await readAnswerText(page)).toContain('typed-before-the-reload');
  await expect(page.locator('[data-answer-diagram]')).toHaveAttribute('data-state', 'drawn');
  await expect(notice(page)).toBeEmpty();
});

/** Waits until the page is a new document (the old one set `beforeReload`), saying where a Reload stopped if not. */
async function expectReloaded(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page
          .evaluate(() =>
            (window as { beforeReload?: boolean }).beforeReload
              ? `still the old page, at: ${document.querySelector<HTMLElement>('[data-update-notice]')?.dataset['reloadStep'] ?? 'no step'}`
              : 'reloaded',
          )
          .catch(() => 'navigating'),
      { timeout: INSTALL_MS },
    )
    .toBe('reloaded');
}

// The new build's worker may still be installing when the page finds its scripts gone, or already be waiting (the
// page was opened again after it installed): Reload must bring the new version from either.
for (const newWorker of ['installing', 'waiting'] as const) {
  test(`on an exercise page whose old scripts were deleted, Reload in the notice brings the new version (new worker ${newWorker})`, async ({
    page,
  }) => {
    test.slow();
    server.serve(DIST);
    await page.goto(`${server.base}/exercises/${FOOD}/`);
    await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller);
    server.serve(nextBuild);
    // The old worker answers with the old page, whose on-demand scripts (the editor, the drawing) the new build deleted.
    await page.reload();
    if (newWorker === 'waiting') {
      await page.waitForFunction(
        async () => Boolean((await navigator.serviceWorker.getRegistration())?.waiting),
        undefined,
        {
          timeout: INSTALL_MS,
        },
      );
      await page.goto(`${server.base}/exercises/${FOOD}/`);
    }
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
    await reachAnswer(page);
    await expect(page.locator('[data-editor-status]')).toContainText('The full editor could not load', {
      timeout: EDITOR_MS,
    });
    await expect(notice(page)).toContainText('Part of this page could not load: a new version of the course', {
      timeout: INSTALL_MS,
    });
    await page.evaluate(() => ((window as { beforeReload?: boolean }).beforeReload = true));
    await notice(page).getByRole('button', { name: 'Reload' }).click();
    await expectReloaded(page);
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
    await reachAnswer(page);
    await waitForMonaco(page);
    expect(
      await page.evaluate(() =>
        performance.getEntriesByType('resource').some((entry) => entry.name.includes('-next.js')),
      ),
    ).toBe(true);
    await expect(notice(page)).toBeEmpty();
  });
}

test.describe('without a new deployment', () => {
  // `page.route` cannot reach requests a service worker makes.
  test.use({ serviceWorkers: 'block' });

  test('a script the network fails to bring is not announced as a new version', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    await expect(page.locator('[data-editor-status]')).toContainText('The full editor could not load', {
      timeout: EDITOR_MS,
    });
    // The notice would come from a HEAD request for the script; wait until it has been answered (aborted too).
    await page.waitForLoadState('networkidle');
    await expect(notice(page)).toBeEmpty();
  });
});
