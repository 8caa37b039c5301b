/**
 * What the candidate sees, compared with committed pictures: each kind of page at desktop and phone width, in the
 * light and the dark theme. Functional tests passed while the editor was misdrawn; these fail when the picture
 * changes. Made deterministic: animations finished, carets hidden, the mock's clock paused, dates masked, and no
 * service worker. After a deliberate change of the look, update the pictures with
 * `npx playwright test visual --update-snapshots` (after a build) and look at each one before committing.
 */
import { expect, test, type Page } from '@playwright/test';
import { gradeAnswer, openExercise, readExerciseFile, replaceAnswer, waitForMonaco } from './exercise-helpers.ts';
import { seedAllStates } from './progress-helpers.ts';

test.use({ serviceWorkers: 'block' });

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;

/**
 * Makes the viewport tall enough for a long element to fit whole: a screenshot of an element taller than the
 * viewport is scrolled and stitched, and the sticky header would be drawn over it. Same width, so the same layout.
 */
async function fitHeight(page: Page, width: number): Promise<void> {
  await page.setViewportSize({ width, height: 3000 });
}

/** Waits until the page's web fonts are in use, so text is drawn in its final face. */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

for (const theme of ['light', 'dark'] as const) {
  for (const viewport of VIEWPORTS) {
    test.describe(`${viewport.name}, ${theme} theme`, () => {
      test.use({ colorScheme: theme, viewport: { width: viewport.width, height: viewport.height } });
      const shot = (name: string) => `${name}-${viewport.name}-${theme}.png`;

      test('home, lesson and exercise list', async ({ page }) => {
        await page.goto('/');
        await settle(page);
        await expect(page).toHaveScreenshot(shot('home'));

        await page.goto('/architecture-patterns/monolith/');
        await settle(page);
        await expect(page).toHaveScreenshot(shot('lesson-top'));
        await expect(page.locator('figure.diagram').first()).toHaveScreenshot(shot('lesson-diagram'));
        // A diagram wider than a phone's column: drawn at a readable size, scrolling sideways in its frame.
        await page.goto('/architecture-patterns/event-driven/');
        await settle(page);
        await expect(page.locator('figure.diagram').first()).toHaveScreenshot(shot('lesson-wide-diagram'));

        await page.goto('/exercises/');
        await settle(page);
        await expect(page).toHaveScreenshot(shot('exercise-list'));
      });

      test('progress: every mastery state, the due list and the counts', async ({ page }) => {
        await seedAllStates(page);
        await page.goto('/progress/');
        await expect(page.locator('html')).toHaveAttribute('data-progress-page', 'ready');
        await fitHeight(page, viewport.width);
        await settle(page);
        await expect(page.locator('main')).toHaveScreenshot(shot('progress'));
      });

      test('exercise page: Monaco with an answer, and its report', async ({ page }) => {
        const exercise = 'notification-ec2-or-lambda';
        await openExercise(page, exercise);
        await waitForMonaco(page);
        await replaceAnswer(page, readExerciseFile(exercise, 'samples/fail-lambda-always-cheaper.json'));
        await gradeAnswer(page);
        await page
          .locator('.monaco-editor .view-lines')
          .first()
          .click({ position: { x: 5, y: 5 } });
        await settle(page);
        await expect(page.locator('[data-editor-host]')).toHaveScreenshot(shot('exercise-editor'), {
          // Monaco's cursor blinks on a timer of its own.
          mask: [page.locator('.monaco-editor .cursors-layer')],
        });
        await fitHeight(page, viewport.width);
        await expect(page.locator('[data-report]')).toHaveScreenshot(shot('exercise-report'));
      });

      test('exercise page: a running mock and the answer format panel', async ({ page }) => {
        await page.clock.install({ time: new Date('2026-11-26T10:00:00Z') });
        await page.route(/monaco-loader\.[\w-]+\.js$/, (route) => route.abort());
        await openExercise(page, 'notification-ec2-or-lambda');
        // The installed clock runs in real time until paused: pause a minute on, which no page load on a busy machine
        // reaches first ("Cannot fast-forward to the past").
        await page.clock.pauseAt(new Date('2026-11-26T10:01:00Z'));
        const mock = page.getByRole('region', { name: 'Timed mock interview' });
        await mock.getByRole('button', { name: /^Start an? 8-minute mock$/ }).click();
        await page.clock.runFor('01:30');
        await expect(mock.getByRole('timer')).toHaveText('06:30');
        await settle(page);
        await expect(mock).toHaveScreenshot(shot('mock-running'));

        const panel = page.locator('[data-answer-format]');
        await panel.locator('summary').click();
        await expect(panel.locator('[data-field-path="caveat.condition"]')).toBeVisible();
        await fitHeight(page, viewport.width);
        await expect(panel).toHaveScreenshot(shot('answer-format'));
      });

      test('mock interviews: the list with a past mock, and its review', async ({ page }) => {
        await page.clock.install({ time: new Date('2026-11-26T10:00:00Z') });
        await page.route(/monaco-loader\.[\w-]+\.js$/, (route) => route.abort());
        const exercise = 'notification-ec2-or-lambda';
        await openExercise(page, exercise);
        await page.clock.pauseAt(new Date('2026-11-26T10:01:00Z'));
        const mock = page.getByRole('region', { name: 'Timed mock interview' });
        await mock.getByRole('button', { name: /^Start an? 8-minute mock$/ }).click();
        await replaceAnswer(page, readExerciseFile(exercise, 'samples/fail-lambda-always-cheaper.json'));
        await page.clock.runFor('04:10');
        await mock.getByRole('button', { name: 'Finish and grade now' }).click();
        await expect(page.locator('.report-summary')).toBeVisible();

        await page.goto('/mock/');
        await expect(page.locator('[data-mock-record]')).toHaveCount(1);
        await settle(page);
        await expect(page).toHaveScreenshot(shot('mock-list'));

        await page.locator('[data-mock-record] a').click();
        await expect(page.locator('html')).toHaveAttribute('data-review-state', 'ready', { timeout: 45_000 });
        await fitHeight(page, viewport.width);
        await settle(page);
        await expect(page.locator('[data-review]')).toHaveScreenshot(shot('mock-review'));
      });
    });
  }
}
