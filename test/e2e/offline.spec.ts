import { expect, test } from '@playwright/test';
import { loadLessonFiles } from '../content/load-lessons.ts';
import { listExerciseFolders, openExercise, waitForMonaco } from './exercise-helpers.ts';
import { EDITOR_MS, OFFLINE_DOWNLOAD_MS } from './timeouts.ts';
import { ASSET_CACHE_NAME, OFFLINE_ASSETS_FILE, type OfflineAsset } from '../../src/offline/asset-cache.ts';

/** What the download block says once everything is in the cache. */
const DOWNLOADED = 'The full editor and the drawings are available offline.';

const lessons = loadLessonFiles()
  .filter((file) => file.body.includes('```mermaid'))
  .map((file) => ({
    url: `/${[file.chapter, file.slug === 'index' ? '' : file.slug].filter(Boolean).join('/')}/`.replace('//', '/'),
    diagrams: (file.body.match(/```mermaid/g) ?? []).length,
  }));

test('after one visit, every lesson shows its text and diagrams, and search works, with no network', async ({
  context,
  page,
}) => {
  await page.goto('/');
  // `ready` resolves once the worker is active, i.e. after it has precached the pages and the index.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);

  // Lessons never opened before: their diagrams are pictures in the page, so they show offline at once.
  expect(lessons.length).toBeGreaterThan(1);
  for (const lesson of lessons) {
    await page.goto(lesson.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('figure.diagram svg[aria-roledescription]').filter({ visible: true })).toHaveCount(
      lesson.diagrams,
    );
  }
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('strangler');
  await expect(dialog.locator('.pagefind-ui__result-link', { hasText: 'Monolith' }).first()).toBeVisible();
});

test('"make the editor and drawings available offline" lets an exercise load its editor, draw the answer and run a mock to its review and progress with no network', async ({
  context,
  page,
}) => {
  await page.goto('/guide/using-the-course/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const download = page.getByRole('button', { name: /Make the editor and drawings available offline \(\d+\.\d MB\)/ });
  await download.click();
  await expect(page.getByRole('status').filter({ hasText: DOWNLOADED })).toBeVisible({
    timeout: OFFLINE_DOWNLOAD_MS,
  });
  await context.setOffline(true);

  await openExercise(page, 'food-delivery-communication');
  await waitForMonaco(page);
  await expect(page.locator('[data-answer-diagram]')).toHaveAttribute('data-state', 'drawn', { timeout: EDITOR_MS });

  // A whole mock, offline: from the list to the exercise, graded, then its review with both drawings.
  await page.goto('/mock/');
  await page.getByRole('link', { name: 'Start the mock: Food delivery: who waits for whom' }).click();
  const mock = page.getByRole('region', { name: 'Timed mock interview' });
  await expect(mock.getByRole('timer')).toBeVisible();
  await mock.getByRole('button', { name: 'Finish and grade now' }).click();
  await expect(page.locator('.report-summary')).toBeVisible();
  await mock.getByRole('link', { name: 'Review this mock' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-review-state', 'ready', { timeout: EDITOR_MS });
  await expect(page.locator('[data-review-diagram] svg')).toHaveCount(2);

  // The progress page, never opened online, draws the mock just graded.
  await page.goto('/progress/');
  await expect(page.locator('html')).toHaveAttribute('data-progress-page', 'ready');
  await expect(page.locator('[data-count="mocks-sat"]')).toHaveText('1');
  await expect(page.locator('[data-takeaway-cell]:not([data-state="not-started"])').first()).toBeVisible();

  await page.goto('/guide/using-the-course/');
  await expect(page.getByRole('status').filter({ hasText: DOWNLOADED })).toBeVisible();
});

test('after one visit, "Your data" exports and imports with no network', async ({ context, page }, testInfo) => {
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await page.goto('/progress/data/');
  await expect(page.locator('[data-progress-data]')).toHaveAttribute('data-ready', 'true');
  await page.evaluate(() => localStorage.setItem('courseware:v1:revealed:food-delivery-communication', 'true'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download your data' }).click(),
  ]);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  await page.evaluate(() => localStorage.clear());
  await page.getByLabel(/Choose an export file/).setInputFiles(file);
  await expect(page.locator('[data-import-status]')).toContainText('revealed model answers: 1 new');
});

test.describe('offline editor', () => {
  test('the editor icon font is on the download list', async ({ request }) => {
    const assets = (await (await request.get(`/${OFFLINE_ASSETS_FILE}`)).json()) as OfflineAsset[];
    expect(assets.map((asset) => asset.url)).toContainEqual(expect.stringMatching(/\/_astro\/codicon\.[\w-]+\.ttf$/));
  });

  test('after one visit with the editor, its icon font loads with no network', async ({ context, page }) => {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker claims the page once active; only then do its requests go through the worker's caches.
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);

    await openExercise(page, listExerciseFolders()[0] ?? '');
    await waitForMonaco(page);
    // Monaco asks for its icon font once it draws an icon; ask now rather than wait for one.
    await page.evaluate(() => document.fonts.load('16px codicon'));
    const cachedFont = (cache: string) =>
      page.evaluate(async (name) => {
        const keys = await (await caches.open(name)).keys();
        return keys.some((request) => /\/codicon\.[\w-]+\.ttf$/.test(request.url));
      }, cache);
    await expect.poll(() => cachedFont(ASSET_CACHE_NAME), { timeout: EDITOR_MS }).toBe(true);

    await context.setOffline(true);
    const failures: string[] = [];
    page.on('requestfailed', (request) => failures.push(`${request.url()}: ${request.failure()?.errorText ?? ''}`));
    page.on('console', (message) => {
      if (message.type() === 'error') failures.push(`console: ${message.text()} (${message.location().url})`);
    });
    await openExercise(page, listExerciseFolders()[0] ?? '');
    await waitForMonaco(page);
    const fontStatus = await page.evaluate(async () => {
      await document.fonts.load('16px codicon');
      return [...document.fonts].filter((face) => face.family.includes('codicon')).map((face) => face.status);
    });
    expect(fontStatus).toEqual(['loaded']);
    expect(failures.filter((failure) => /codicon|\.ttf/.test(failure))).toEqual([]);
  });
});
