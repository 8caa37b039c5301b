/**
 * Grading runs in a Web Worker with a time budget: an answer that exceeds the budget gets a clear message, the
 * worker is stopped, and the page stays usable (typing, grading again). The budget is shrunk to 1 ms through the
 * workspace's `data-grade-budget-ms` so a grade that takes the engine a fraction of a second exceeds it; the real
 * budget is 10 s, far above any grade (see `npm run bench:hostile`).
 */
import { expect, test } from '@playwright/test';
import { writeDoublingSpreads, writeWrongTypedItems } from '../support/hostile-answers.ts';
import { blockMonaco, gradeAnswer, openExercise, readExerciseFile, replaceAnswer } from './exercise-helpers.ts';

const FOOD = 'food-delivery-communication';

test('an answer over the grading budget gets a message, and the page stays usable', async ({ page }) => {
  await blockMonaco(page);
  await openExercise(page, FOOD);
  const root = page.locator('[data-exercise-workspace]');
  await root.evaluate((element) => element.setAttribute('data-grade-budget-ms', '1'));
  // 198 KB of wrong-typed items, the size that took 155 s before the engine had limits.
  const hostile = writeWrongTypedItems(99_000);
  await replaceAnswer(page, hostile);

  await page.getByRole('button', { name: /^Grade/ }).click();
  await expect(root).toHaveAttribute('data-grade-outcome', 'over-budget');
  const notice = page.locator('[data-notice="grading"]');
  await expect(notice).toContainText('Grading was stopped after 1 ms');
  await expect(notice).toContainText('your text is kept');
  await expect(page.locator('[data-report-announcer]')).toContainText('Grading was stopped');
  await expect(root).not.toHaveAttribute('data-graded', /.+/);
  await expect(page.locator('[data-answer-text]')).toHaveValue(hostile);

  // The page still answers: the candidate types, and the next grade (a fresh worker) gives a report.
  await root.evaluate((element) => element.removeAttribute('data-grade-budget-ms'));
  await replaceAnswer(page, readExerciseFile(FOOD, 'model.json'));
  await page.locator('[data-answer-text]').press('End');
  await page.keyboard.type(' ');
  await gradeAnswer(page);
  await expect(root).toHaveAttribute('data-grade-outcome', 'graded');
  await expect(notice).toHaveCount(0);
  await expect(page.locator('.report-summary')).toContainText('100');
});

test('a 1.2 KB answer of doubling spreads is refused with a message in the report', async ({ page }) => {
  await blockMonaco(page);
  await openExercise(page, FOOD);
  await page.locator('input[name="answer-format"][value="ts"]').check({ force: true });
  await replaceAnswer(page, writeDoublingSpreads(40));
  await gradeAnswer(page);
  await expect(page.locator('.diagnostic').first()).toContainText('more than 20000 values');
  // The text area still takes keystrokes right after.
  await page.locator('[data-answer-text]').press('End');
  await page.keyboard.type('// still here');
  await expect(page.locator('[data-answer-text]')).toHaveValue(/\/\/ still here$/);
});
