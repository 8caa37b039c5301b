import { expect, test, type Page } from '@playwright/test';
import { listExerciseFolders } from './exercise-helpers.ts';
import { expectAligned, readFacts } from './exercise-facts.ts';

const cards = (page: Page) => page.locator('[data-exercise-card]');
const visibleIds = (page: Page): Promise<string[]> =>
  cards(page)
    .filter({ visible: true })
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-exercise-card') ?? ''));

test.describe('the exercise list filtered by lesson and takeaway', () => {
  test('a lesson keeps the exercises that practise it, and the choice is in the address', async ({ page }) => {
    await page.goto('/exercises/');
    const total = await cards(page).count();
    expect(total).toBe(listExerciseFolders().length);
    await expect(page.getByRole('status').filter({ hasText: `Showing all ${total} exercises.` })).toBeVisible();

    await page.getByLabel('Lesson').selectOption({ label: 'Serverless Architecture' });
    const shown = await visibleIds(page);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(total);
    // Every exercise shown practises the lesson, and every one that practises it is shown.
    for (const card of await cards(page).all()) {
      const practises = ((await card.getAttribute('data-lessons')) ?? '').split(' ');
      const wanted = practises.includes('architecture-patterns/serverless');
      await expect(card).toBeVisible({ visible: wanted });
    }
    await expect(page.getByRole('status')).toHaveText(`Showing ${shown.length} of ${total} exercises.`);
    await expect(page).toHaveURL(/\?lesson=architecture-patterns%2Fserverless$/);

    // The address restores the filter.
    await page.reload();
    await expect(page.getByLabel('Lesson')).toHaveValue('architecture-patterns/serverless');
    expect(await visibleIds(page)).toEqual(shown);

    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page.getByRole('status')).toHaveText(`Showing all ${total} exercises.`);
    await expect(page).toHaveURL(/\/exercises\/$/);
  });

  test('a takeaway keeps the exercises with a criterion that tests it', async ({ page }) => {
    await page.goto('/exercises/?takeaway=monolith.extract-painful-first');
    await expect(page.getByLabel('Takeaway')).toHaveValue('monolith.extract-painful-first');
    const shown = await visibleIds(page);
    expect(shown).toContain('monolith-extraction-plan');
    for (const card of await cards(page).all()) {
      const tests = ((await card.getAttribute('data-takeaways')) ?? '').split(' ');
      await expect(card).toBeVisible({ visible: tests.includes('monolith.extract-painful-first') });
    }
    // Keyboard: the select is reachable and changing it filters at once.
    await page.getByLabel('Takeaway').focus();
    await page.getByLabel('Takeaway').selectOption('');
    await expect(cards(page).filter({ visible: true })).toHaveCount(await cards(page).count());
  });

  test('a chosen lesson narrows the takeaways offered, and a mismatch from the address says why', async ({ page }) => {
    await page.goto('/exercises/');
    await page.getByLabel('Lesson').selectOption('architecture-patterns/serverless');
    const offered = await page
      .getByLabel('Takeaway')
      .locator('option:not([value=""])')
      .evaluateAll((options) =>
        options.filter((option) => !(option as HTMLOptionElement).hidden).map((option) => option.getAttribute('value')),
      );
    // What the lesson's exercises test, and nothing they do not.
    const tested = new Set(
      (
        await cards(page)
          .filter({ visible: true })
          .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-takeaways') ?? ''))
      ).flatMap((list) => list.split(' ')),
    );
    expect(new Set(offered)).toEqual(tested);
    expect(offered).not.toContain('monolith.extract-painful-first');

    await page.goto('/exercises/?lesson=architecture-patterns%2Fserverless&takeaway=monolith.extract-painful-first');
    await expect(page.getByRole('status')).toContainText(
      'Showing 0 of 17 exercises: no exercise of “Serverless Architecture” tests',
    );
    await expect(page.getByRole('status')).toContainText('Choose another takeaway, or Show all.');
  });

  test('exercises are listed as the lessons come, warm-up first within a lesson', async ({ page }) => {
    await page.goto('/exercises/');
    const rows = await cards(page).evaluateAll((elements) =>
      elements.map((element) => ({
        lesson: element.getAttribute('data-lesson') ?? '',
        difficulty: element.getAttribute('data-difficulty') ?? '',
      })),
    );
    // The sidebar's order of the chapter's lessons.
    const lessonOrder = ['monolith', 'microservices', 'event-driven', 'serverless', 'other-patterns'];
    const difficultyOrder = ['warm-up', 'core', 'stretch'];
    const keys = rows.map((row) => lessonOrder.indexOf(row.lesson) * 10 + difficultyOrder.indexOf(row.difficulty));
    expect(keys.every((key) => key >= 0)).toBe(true);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
  });

  test('an unknown value in the address is ignored, not an empty list', async ({ page }) => {
    await page.goto('/exercises/?lesson=nowhere/nothing');
    await expect(page.getByLabel('Lesson')).toHaveValue('');
    await expect(cards(page).filter({ visible: true })).toHaveCount(await cards(page).count());
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every exercise is listed and the filter, which needs a script, is not offered', async ({ page }) => {
    await page.goto('/exercises/?lesson=architecture-patterns/serverless');
    await expect(page.locator('[data-exercise-filter]')).toBeHidden();
    await expect(cards(page).filter({ visible: true })).toHaveCount(listExerciseFolders().length);
  });
});

test.describe('exercise facts at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('on /exercises/, every card shows difficulty, time and lesson on one level line', async ({ page }) => {
    await page.goto('/exercises/');
    await expect(page.locator('.exercise-card')).toHaveCount(listExerciseFolders().length);
    expectAligned(await readFacts(page, '.exercise-card-facts'), ['Difficulty', 'Time']);
  });
});
