/**
 * Practising offline (issue 23): grading needs no download. One online visit to any page lets any exercise be graded
 * with no network, in the plain text area; what truly cannot load offline is named plainly, never blamed on the
 * exercise; an answer that could not be graded is never recorded as an attempt.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { blockMonaco, openExercise, readExerciseFile, replaceAnswer } from './exercise-helpers.ts';

const FOOD = 'food-delivery-communication';
const EVENTS = 'commands-or-events';
/** The download button, with the size of what it adds. */
const DOWNLOAD = /^Make the editor and drawings available offline \(\d+\.\d MB\)$/;

/** Waits until the service worker is active, i.e. it has precached everything it precaches. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** Presses Grade and waits for the grade to end, whatever its outcome; returns `data-grade-outcome`. */
async function pressGrade(page: Page): Promise<string | null> {
  const root = page.locator('[data-exercise-workspace]');
  await page.getByRole('button', { name: /^Grade/ }).click();
  await expect(root).toHaveAttribute('data-grade-outcome', /.+/);
  await expect(root).not.toHaveAttribute('data-grading', 'true');
  return root.getAttribute('data-grade-outcome');
}

/** The attempts stored for `exercise` (the raw list in localStorage), or null when none was ever stored. */
async function readStoredAttempts(page: Page, exercise: string): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), `courseware:v1:attempts:${exercise}`);
}

/** The status the exercise list shows for `exercise`, read online. */
async function readListStatus(page: Page, context: BrowserContext, exercise: string): Promise<string> {
  await context.setOffline(false);
  await page.goto('/exercises/');
  const status = page.locator(`[data-exercise-card="${exercise}"] [data-exercise-status]`);
  await expect(status).not.toBeEmpty();
  return (await status.textContent()) ?? '';
}

test.describe('with the service worker', () => {
  test('after visiting only the home page, an exercise never opened grades offline in the text area', async ({
    context,
    page,
  }) => {
    await page.goto('/');
    await waitForServiceWorker(page);
    await context.setOffline(true);

    await openExercise(page, FOOD);
    const notices = page.locator('[data-notices]');
    // The full editor and the drawing were not downloaded: the page says so, in its live region, without blame.
    await expect(notices).toContainText('You are offline and this part was not downloaded: the full editor');
    await expect(notices).toHaveAttribute('aria-live', 'polite');
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-editor', 'textarea');
    await replaceAnswer(page, readExerciseFile(FOOD, 'model.json'));

    expect(await pressGrade(page)).toBe('graded');
    await expect(page.locator('.report-summary')).toContainText('Passed');
    await expect(page.locator('[data-report]')).not.toContainText("exercise's fault");
    await expect(page.locator('[data-attempts] li')).toHaveCount(1);
    await expect(notices).toContainText('the drawing of your answer');
    await expect(page.locator('[data-diagram-status]')).toContainText(
      'You are offline and the drawing was not downloaded',
    );

    // A second exercise, in TypeScript this time: every exercise's validators are there, not only the first's.
    await openExercise(page, EVENTS);
    await replaceAnswer(page, readExerciseFile(EVENTS, 'model.json'));
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    await expect(page.locator('[data-answer-text]')).toHaveValue(/satisfies Answer;/);
    expect(await pressGrade(page)).toBe('graded');
    await expect(page.locator('.report-summary')).toContainText('Passed');
  });

  test('the download is offered on the home page and the exercise page, saying what it adds', async ({ page }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      for (const url of ['/', `/exercises/${FOOD}/`]) {
        await page.goto(url);
        await waitForServiceWorker(page);
        const block = page.locator('[data-offline-download]');
        await expect(block.getByRole('button', { name: DOWNLOAD })).toBeVisible();
        await expect(block).toContainText('the full editor, with completion');
        await expect(block).toContainText('the drawing of your answer');
        await expect(block).toContainText('Grading works offline without it');
        const scan = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .include('[data-offline-download]')
          .analyze();
        expect(scan.violations.map((violation) => `${violation.id} on ${url} (${colorScheme})`)).toEqual([]);
      }
    }
  });
});

test.describe('without a service worker', () => {
  test.use({ serviceWorkers: 'block' });

  test('the download is not offered where the course cannot be kept offline', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Architecture patterns' }).first()).toBeVisible();
    await expect(page.locator('[data-offline-download]')).toBeHidden();
    await expect(page.getByRole('button', { name: DOWNLOAD })).toHaveCount(0);
  });

  test('an answer whose validators cannot load offline is not graded, not blamed on the exercise, and not recorded', async ({
    context,
    page,
  }) => {
    // The plain text area: this is about the grader's files, and the editor's arrival is not raced with the typing.
    await blockMonaco(page);
    await openExercise(page, FOOD);
    await replaceAnswer(page, readExerciseFile(FOOD, 'model.json'));
    // The network goes down just as the grader asks for this exercise's validators, which were never downloaded.
    await page.route(/\/_astro\/food-delivery-communication-[\w-]+\.js$/, async (route) => {
      await context.setOffline(true);
      await route.abort('internetdisconnected');
    });

    expect(await pressGrade(page)).not.toBe('graded');
    const notices = page.locator('[data-notices]');
    await expect(notices).toContainText('You are offline and this part was not downloaded: the grader');
    await expect(notices).toContainText('Nothing was recorded');
    await expect(page.locator('[data-report-announcer]')).toContainText('You are offline');
    await expect(page.locator('[data-report]')).not.toContainText("exercise's fault");
    await expect(page.locator('[data-attempts] li')).toHaveCount(0);
    await expect(page.locator('[data-attempts-empty]')).toBeVisible();
    // The model answer stays locked: nothing was graded.
    await expect(page.locator('[data-solution]')).toBeHidden();
    expect(await readStoredAttempts(page, FOOD)).toBeNull();

    // Back online, the same page grades without a reload, and only that attempt is recorded.
    await page.unrouteAll();
    await context.setOffline(false);
    expect(await pressGrade(page)).toBe('graded');
    await expect(page.locator('.report-summary')).toContainText('Passed');
    await expect(page.locator('[data-attempts] li')).toHaveCount(1);
    expect(await readListStatus(page, context, FOOD)).toBe('Passed (1 attempt, best score 100%)');
  });

  test('an answer whose grader cannot start offline says so and leaves the exercise list without an attempt', async ({
    context,
    page,
  }) => {
    await openExercise(page, FOOD);
    await replaceAnswer(page, readExerciseFile(FOOD, 'model.json'));
    // The grading worker starts at the first grade; offline, and never downloaded, its script cannot load.
    await context.setOffline(true);

    expect(await pressGrade(page)).not.toBe('graded');
    const notices = page.locator('[data-notices]');
    await expect(notices).toContainText('You are offline and this part was not downloaded: the grader');
    await expect(notices).not.toContainText('reload the page');
    await expect(page.locator('[data-attempts] li')).toHaveCount(0);
    expect(await readStoredAttempts(page, FOOD)).toBeNull();
    // A draft was typed, so the exercise is in progress, with no attempt counted.
    expect(await readListStatus(page, context, FOOD)).toBe('In progress');
  });

  test('a mock finished offline whose grader cannot start is kept without a score, and says it was not graded', async ({
    context,
    page,
  }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    const mock = page.getByRole('region', { name: 'Timed mock interview' });
    await mock.locator('[data-mock-start]').click();
    await expect(mock.getByRole('timer')).toBeVisible();
    await replaceAnswer(page, readExerciseFile(FOOD, 'model.json'));
    await context.setOffline(true);

    await mock.getByRole('button', { name: 'Finish and grade now' }).click();
    await expect(mock.locator('[data-mock-ended]')).toContainText('You finished: your answer could not be graded');
    await expect(mock.locator('[data-mock-announcer]')).toContainText('Mock finished: your answer could not be graded');
    await expect(page.locator('[data-notices]')).toContainText('You are offline and this part was not downloaded');
    const history = await page.evaluate(
      () => JSON.parse(localStorage.getItem('courseware:v1:mocks') ?? '[]') as unknown[],
    );
    expect(history).toEqual([expect.not.objectContaining({ result: expect.anything() })]);
    expect(history).toEqual([expect.objectContaining({ exerciseId: FOOD, outcome: 'finished' })]);
    expect(await readStoredAttempts(page, FOOD)).toBeNull();
  });
});
