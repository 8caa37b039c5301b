/**
 * The essential journeys on the course as published under `/course/` (playwright.course.config.ts): every address
 * the pages use must carry the base, as the host answers 404 anywhere else. Relative `page.goto` paths resolve
 * under the base URL; a path starting with `/` would leave it.
 */
import { expect, test, type Page } from '@playwright/test';
import { printTsAnswer } from '../../src/editor/print-ts-answer.ts';
import { gradeAnswer, readExerciseFile, reachAnswer, replaceAnswer, waitForMonaco } from '../e2e/exercise-helpers.ts';
import { recordPageErrors } from '../e2e/helpers.ts';
import { EDITOR_MS, OFFLINE_DOWNLOAD_MS } from '../e2e/timeouts.ts';

const FOOD = 'food-delivery-communication';
const BASE = '/course/';

/** Every request of the page, to check none leaves the base path. */
function recordPaths(page: Page): string[] {
  const paths: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname === '127.0.0.1') paths.push(url.pathname);
  });
  return paths;
}

async function openExercise(page: Page, exercise: string): Promise<void> {
  await page.goto(`exercises/${exercise}/`);
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
  await reachAnswer(page);
}

test.describe('online, without the service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('a lesson shows its diagrams and its links stay under /course/', async ({ page }) => {
    const errors = recordPageErrors(page);
    const paths = recordPaths(page);
    await page.goto('architecture-patterns/monolith/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monolithic Architecture');
    const diagrams = page.locator('figure.diagram svg[aria-roledescription]').filter({ visible: true });
    expect(await diagrams.count()).toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Exercises', exact: true }).first().click();
    await expect(page).toHaveURL(/\/course\/exercises\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercises');
    expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('search finds a lesson, and its result leads to the page under /course/', async ({ page }) => {
    await page.goto('');
    await page.getByRole('button', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Search' }).fill('strangler');
    const result = dialog.locator('.pagefind-ui__result-link', { hasText: 'Monolith' }).first();
    await expect(result).toBeVisible();
    expect(await result.getAttribute('href')).toMatch(/^\/course\/architecture-patterns\/monolith\//);
    await result.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monolithic Architecture');
  });

  test('an exercise grades in JSON and in TypeScript, in its worker under /course/', async ({ page }) => {
    const errors = recordPageErrors(page);
    const paths = recordPaths(page);
    await openExercise(page, FOOD);
    await waitForMonaco(page);
    await replaceAnswer(page, readExerciseFile(FOOD, 'model.json'));
    await gradeAnswer(page);
    await expect(page.locator('.report-summary')).toContainText('(100%');
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    await expect(page.locator('[data-editor-label]')).toHaveText('Answer (TypeScript)');
    await replaceAnswer(page, printTsAnswer(JSON.parse(readExerciseFile(FOOD, 'model.json'))));
    await gradeAnswer(page);
    await expect(page.locator('.report-summary')).toContainText('(100%');
    await expect(page.locator('[data-answer-diagram]')).toHaveAttribute('data-state', 'drawn', { timeout: EDITOR_MS });
    expect(paths.some((path) => /^\/course\/_astro\/grade-worker[.-]/.test(path))).toBe(true);
    expect(paths.filter((path) => !path.startsWith(BASE))).toEqual([]);
    // The page's lesson links carry the base.
    const lessonLinks = page.locator('a[href*="/architecture-patterns/"]');
    expect(await lessonLinks.count()).toBeGreaterThan(0);
    const hrefs = await lessonLinks.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('a mock runs from the list to its review, whose links lead back under /course/', async ({ page }) => {
    await page.goto('mock/');
    await page.getByRole('link', { name: 'Start the mock: Food delivery: who waits for whom' }).click();
    await expect(page).toHaveURL(/\/course\/exercises\/food-delivery-communication\//);
    const mock = page.getByRole('region', { name: 'Timed mock interview' });
    await expect(mock.getByRole('timer')).toBeVisible();
    await replaceAnswer(page, readExerciseFile(FOOD, 'samples/fail-everything-sync.json'));
    await mock.getByRole('button', { name: 'Finish and grade now' }).click();
    await expect(page.locator('.report-summary')).toBeVisible();
    await mock.getByRole('link', { name: 'Review this mock' }).click();
    await expect(page).toHaveURL(/\/course\/mock\/review\/food-delivery-communication\/#/);
    await expect(page.locator('html')).toHaveAttribute('data-review-state', 'ready', { timeout: EDITOR_MS });
    await expect(page.getByRole('figure', { name: 'Your answer' }).locator('svg')).toBeVisible();
    await expect(page.getByRole('figure', { name: 'The model answer' }).locator('svg')).toBeVisible();
    const missed = page.getByRole('region', { name: 'Takeaways to review' }).getByRole('link');
    await expect(missed).not.toHaveCount(0);
    const hrefs = await missed.evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => href.startsWith('/course/architecture-patterns/'))).toBe(true);
    await missed.first().click();
    await expect(page).toHaveURL(/\/course\/architecture-patterns\//);
    await page.goBack();
    await page.getByRole('link', { name: 'All mock interviews' }).click();
    await expect(page).toHaveURL(/\/course\/mock\/$/);
  });

  test('an unknown address under /course/ gets the course 404 page, whose links lead back in', async ({ page }) => {
    const response = await page.goto('no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Browse the exercises' }).click();
    await expect(page).toHaveURL(/\/course\/exercises\/$/);
  });
});

test('the service worker serves the course under /course/: after the download, lessons and an exercise work offline', async ({
  context,
  page,
}) => {
  test.slow();
  await page.goto('guide/using-the-course/');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe(BASE);
  const download = page.getByRole('button', { name: /Make the editor and drawings available offline \(\d+\.\d MB\)/ });
  await download.click();
  await expect(
    page.getByRole('status').filter({ hasText: 'The full editor and the drawings are available offline.' }),
  ).toBeVisible({ timeout: OFFLINE_DOWNLOAD_MS });
  await context.setOffline(true);
  await page.goto('architecture-patterns/event-driven/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(
    await page.locator('figure.diagram svg[aria-roledescription]').filter({ visible: true }).count(),
  ).toBeGreaterThan(0);
  await openExercise(page, FOOD);
  await waitForMonaco(page);
  await replaceAnswer(page, readExerciseFile(FOOD, 'model.json'));
  await gradeAnswer(page);
  await expect(page.locator('.report-summary')).toContainText('(100%');
  await expect(page.locator('[data-answer-diagram]')).toHaveAttribute('data-state', 'drawn', { timeout: EDITOR_MS });
});
