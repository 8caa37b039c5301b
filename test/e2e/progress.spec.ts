/**
 * The study loop on the built site: grading moves takeaways on /progress/ (mastery and "due today"), practising them
 * again a day later moves them back; lessons read are marked in the sidebar; the page passes axe in both themes.
 * The clock is the browser's, set with Playwright's `page.clock.setFixedTime` (the pages have no clock override a
 * candidate could trigger).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { blockMonaco, gradeAnswer, openExercise, readExerciseFile, replaceAnswer } from './exercise-helpers.ts';
import { DAY, seedAllStates, T0 } from './progress-helpers.ts';

test.use({ serviceWorkers: 'block' });

const EXERCISE = 'notification-ec2-or-lambda';
/** Fails both takeaways the exercise tests: every criterion of `serverless.fit-and-misfit` and `serverless.faas-basics`. */
const FAILING = 'samples/fail-ec2-as-if-steady.json';

/** A right answer of the candidate's own, not the model answer: full marks on both takeaways. */
const PASSING = 'samples/pass-both-deciding-reasons.json';

async function gradeSample(page: Page, file: string): Promise<void> {
  await openExercise(page, EXERCISE);
  await replaceAnswer(page, readExerciseFile(EXERCISE, file));
  await gradeAnswer(page);
}

async function openProgress(page: Page): Promise<void> {
  await page.goto('/progress/');
  await expect(page.locator('html')).toHaveAttribute('data-progress-page', 'ready');
}

const cell = (page: Page, takeaway: string) => page.locator(`[data-takeaway-cell="${takeaway}"]`);
const dueItem = (page: Page, takeaway: string) => page.locator(`[data-due-takeaway="${takeaway}"]`);

test('two failed takeaways show weak and due; passed a day later, they move to learning and are no longer due', async ({
  page,
}) => {
  await blockMonaco(page);
  await page.clock.setFixedTime(T0);
  await openProgress(page);
  await expect(cell(page, 'serverless.fit-and-misfit')).toHaveAttribute('data-state', 'not-started');
  await expect(page.locator('[data-due-summary]')).toContainText('Nothing is due yet');

  await gradeSample(page, FAILING);
  await openProgress(page);
  for (const takeaway of ['serverless.fit-and-misfit', 'serverless.faas-basics']) {
    await expect(cell(page, takeaway)).toHaveAttribute('data-state', 'weak');
    await expect(cell(page, takeaway)).toContainText('Weak');
    await expect(cell(page, takeaway)).toContainText('✕');
    await expect(dueItem(page, takeaway)).toBeVisible();
    // The shortest exercise testing it, and its lesson section.
    await expect(dueItem(page, takeaway).getByRole('link').first()).toHaveAttribute(
      'href',
      new RegExp(`/architecture-patterns/serverless/#takeaway-${takeaway.replace('.', '-')}$`),
    );
  }
  await expect(page.locator('[data-due-summary]')).toHaveText('2 takeaways are due for review today.');
  await expect(page.locator('[data-count="exercises-passed"]')).toHaveText(/^0 of \d+$/);
  // Another lesson's takeaway is untouched.
  await expect(cell(page, 'monolith.start-with-monolith')).toHaveAttribute('data-state', 'not-started');

  // The home page now shows what is due.
  await page.goto('/');
  await expect(page.locator('[data-home-due]')).toHaveAttribute('data-home-due', 'shown');
  await expect(page.locator('[data-home-due] [data-due-takeaway]')).toHaveCount(2);

  await page.clock.setFixedTime(new Date(T0.getTime() + DAY));
  // The candidate's own right answer (the model answer pasted in would count as practice with help).
  await gradeSample(page, PASSING);
  await openProgress(page);
  for (const takeaway of ['serverless.fit-and-misfit', 'serverless.faas-basics']) {
    await expect(cell(page, takeaway)).toHaveAttribute('data-state', 'learning');
    await expect(cell(page, takeaway)).toContainText('Learning');
    // The next review is in the cell's words, not only in its hover title.
    await expect(cell(page, takeaway)).toContainText('Next review:');
    await expect(dueItem(page, takeaway)).toHaveCount(0);
  }
  await expect(page.locator('[data-due-summary]')).toContainText('Nothing is due today. Next review:');
  await expect(page.locator('[data-count="exercises-passed"]')).toHaveText(/^1 of \d+$/);

  // A cell leads to the exercises that test its takeaway.
  await cell(page, 'serverless.faas-basics').click();
  await expect(page).toHaveURL(/\/exercises\/\?takeaway=serverless\.faas-basics$/);
  await expect(page.locator('[data-exercise-card]:visible')).toHaveCount(1);
  await expect(page.locator('[data-exercise-card="notification-ec2-or-lambda"]')).toBeVisible();
});

test('a lesson whose end is reached is marked read in the sidebar, with a word for screen readers', async ({
  page,
}) => {
  await page.goto('/architecture-patterns/monolith/');
  const sidebarLink = page.locator('nav.sidebar a[href$="/architecture-patterns/monolith/"]');
  await expect(sidebarLink).not.toHaveAttribute('data-read-mark', 'true');
  await page.locator('div[data-lesson-read]').scrollIntoViewIfNeeded();
  await expect(page.locator('div[data-lesson-read]')).toHaveAttribute('data-lesson-read-state', 'read');
  await expect(sidebarLink).toHaveAttribute('data-read-mark', 'true');
  await expect(sidebarLink).toHaveAccessibleName(/\(read\)$/);

  // The mark stays on other pages, on this lesson only; "Mark as read" reads another.
  await page.goto('/architecture-patterns/serverless/');
  await expect(page.locator('nav.sidebar a[href$="/architecture-patterns/monolith/"]')).toHaveAttribute(
    'data-read-mark',
    'true',
  );
  const serverless = page.locator('nav.sidebar a[href$="/architecture-patterns/serverless/"]');
  await expect(serverless).not.toHaveAttribute('data-read-mark', 'true');
  await page.getByRole('button', { name: 'Mark as read' }).click();
  await expect(serverless).toHaveAttribute('data-read-mark', 'true');

  await openProgress(page);
  await expect(page.locator('[data-count="lessons-read"]')).toHaveText(/^2 of \d+$/);
  await expect(page.locator('[data-lesson-row="architecture-patterns/monolith"] [data-lesson-read-state]')).toHaveText(
    '✓ Read',
  );
});

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    test(`/progress/ with every mastery state has no WCAG A/AA violations`, async ({ page }) => {
      await seedAllStates(page);
      await openProgress(page);
      for (const state of ['not-started', 'weak', 'learning', 'solid'])
        await expect(page.locator(`[data-takeaway-cell][data-state="${state}"]`).first()).toBeVisible();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .exclude('button[data-open-modal]')
        .analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  });
}

test('"Surprise me" on /mock/ starts the question testing a takeaway due for review', async ({ page }) => {
  // serverless.faas-basics is weak and due; only notification-ec2-or-lambda tests it. That question is marked passed,
  // and the other mock questions are neither passed nor sat: without the due takeaway, it would never be picked.
  await seedAllStates(page);
  await page.evaluate(() => {
    const key = 'courseware:v1:attempts:notification-ec2-or-lambda';
    const attempts = JSON.parse(localStorage.getItem(key) ?? '[]') as { passed: boolean }[];
    localStorage.setItem(key, JSON.stringify(attempts.map((attempt) => ({ ...attempt, passed: true }))));
  });
  await page.goto('/mock/');
  await expect(page.locator('html')).toHaveAttribute('data-mock-page', 'ready');
  await expect(page.locator('[data-mock-question="notification-ec2-or-lambda"]')).toHaveAttribute('data-due', 'true');
  await expect(page.locator('[data-mock-question][data-due="true"]')).toHaveCount(1);
  await page.getByRole('button', { name: 'Surprise me' }).click();
  await expect(page).toHaveURL(/\/exercises\/notification-ec2-or-lambda\/$/);
  await expect(page.getByRole('region', { name: 'Timed mock interview' }).getByRole('timer')).toBeVisible();
});

test('the model answer pasted in and graded is recorded as practice with help; an answer of the candidate own is not', async ({
  page,
}) => {
  await blockMonaco(page);
  const stored = async () =>
    page.evaluate(
      (key) => (JSON.parse(localStorage.getItem(key) ?? '[]') as { hintsOpen?: boolean }[]).map((a) => a.hintsOpen),
      `courseware:v1:attempts:${EXERCISE}`,
    );
  await gradeSample(page, PASSING);
  await gradeSample(page, 'model.json');
  expect(await stored()).toEqual([false, true]);
});
