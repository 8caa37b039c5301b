import { expect, test } from '@playwright/test';
import { blockMonaco, gradeAnswer, openExercise, readExerciseFile, replaceAnswer } from './exercise-helpers.ts';

// A page the service worker controls fetches through it, out of reach of `page.route`, so `blockMonaco` would
// stop blocking after a reload. These tests are about the page, not offline use: no service worker.
test.use({ serviceWorkers: 'block' });

const LAMBDA = 'notification-ec2-or-lambda';
const MONOLITH = 'monolith-extraction-plan';

test('the report shows names as code, not as backticks, and review links are not cut inside a word', async ({
  page,
}) => {
  await blockMonaco(page);
  await openExercise(page, MONOLITH);
  // Its feedback names modules in backticks, and its first takeaway's title is longer than a link may be.
  await replaceAnswer(page, readExerciseFile(MONOLITH, 'samples/fail-checkout-first.json'));
  await gradeAnswer(page);
  const report = page.locator('[data-report]');
  await expect(report.locator('.criterion').first()).toBeVisible();
  expect(await report.innerText()).not.toContain('`');
  await expect(report.locator('.feedback code', { hasText: 'checkout' }).first()).toBeVisible();
  // Long titles are cut after a whole word (unit-tested in takeaway-titles.test.ts); the bug seen was `branch-…`.
  const links = await report.getByRole('link', { name: /^Review:/ }).allInnerTexts();
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) expect(link, 'a review link cut inside a word').not.toMatch(/[-/]…$/);
});

test('a reload brings back the last report while the draft is still the graded text', async ({ page }) => {
  await blockMonaco(page);
  await openExercise(page, LAMBDA);
  await replaceAnswer(page, readExerciseFile(LAMBDA, 'model.json'));
  await gradeAnswer(page);
  await expect(page.locator('.report-summary')).toContainText('Passed');

  await page.reload();
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-report-restored', 'true');
  await expect(page.locator('.report-restored')).toContainText('Your last report for this draft, graded');
  await expect(page.locator('.report-summary')).toContainText('Passed');

  // Once the text changes and the page is reloaded, the old report no longer describes the draft.
  await replaceAnswer(page, '{ "decision": {} }');
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-draft', 'saved');
  await page.reload();
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
  await expect(page.locator('[data-exercise-workspace]')).not.toHaveAttribute('data-report-restored', /.+/);
  await expect(page.locator('.report-summary')).toHaveCount(0);
});
