import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { blockMonaco, openExercise } from './exercise-helpers.ts';

// A page the service worker controls fetches through it, out of reach of `page.route`, so `blockMonaco` would
// stop blocking after a reload. These tests are about the page, not offline use: no service worker.
test.use({ serviceWorkers: 'block' });

/**
 * The "Answer format" panel of the exercise pages: generated from each answer schema at build time, plain HTML in a
 * `<details>`, so it opens from the keyboard, works without JavaScript, fits a phone and reads well in both themes.
 */

const EXERCISE = 'food-delivery-communication';
const EXERCISES = ['food-delivery-communication', 'monolith-extraction-plan', 'notification-ec2-or-lambda'];
const vocabulary = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../graders/vocabulary/vocabulary.schema.json'), 'utf8'),
) as { $defs: { communicationStyle: { enum: string[]; enumDescriptions: string[] } } };
const STYLES = vocabulary.$defs.communicationStyle;

const panelOf = (page: Page) => page.locator('[data-answer-format]');

/** Asserts the `calls[].style` field lists `sync` and `async` with the vocabulary's meanings. */
async function expectStyleValues(page: Page): Promise<void> {
  const style = panelOf(page).locator('[data-field-path="calls[].style"]');
  await expect(style.locator('.answer-field-head')).toContainText('style');
  await expect(style.locator('.answer-field-head')).toContainText('required');
  await expect(style.locator('.answer-value dt')).toHaveText(STYLES.enum);
  await expect(style.locator('.answer-value dd')).toHaveText(STYLES.enumDescriptions);
  await expect(style.locator('.answer-value').first()).toBeVisible();
}

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    // Monaco is not what these tests look at; without it the page settles sooner on a busy machine.
    await blockMonaco(page);
  });

  test('sits between the task and the workspace, collapsed, and out of the search index', async ({ page }) => {
    await openExercise(page, EXERCISE);
    const panel = panelOf(page);
    await expect(panel).toHaveAttribute('data-pagefind-ignore', '');
    await expect(panel.getByRole('heading', { level: 2, name: 'Answer format' })).toBeVisible();
    await expect(panel.locator('details')).not.toHaveAttribute('open');
    await expect(panel.locator('.answer-value').first()).toBeHidden();
    const placed = await page.evaluate(() => {
      const [prompt, format, workspace] = [
        '[data-exercise-prompt]',
        '[data-answer-format]',
        '[data-exercise-workspace]',
      ].map((selector) => document.querySelector(selector));
      if (!prompt || !format || !workspace) return false;
      const follows = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
      return follows(prompt, format) && follows(format, workspace);
    });
    expect(placed).toBe(true);
  });

  test('opens and closes with the keyboard and shows the style values with their meanings', async ({ page }) => {
    await openExercise(page, EXERCISE);
    const panel = panelOf(page);
    const summary = panel.locator('summary');
    // Tab from the control before the task, as a keyboard user would, until the panel's summary has focus.
    await page.locator('.exercise-takeaways summary').focus();
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      if (await summary.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(summary).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(panel.locator('details')).toHaveAttribute('open', '');
    await expectStyleValues(page);
    // A narrowed field lists only the exercise's values; a repeated list points at its first appearance.
    const from = panel.locator('[data-field-path="calls[].from"]');
    await expect(from.locator('.answer-value-names li')).toHaveText([
      'user',
      'restaurant',
      'order',
      'payment',
      'delivery',
      'notification',
      'analytics',
    ]);
    const link = from.getByRole('link', { name: 'services[].name' });
    await expect(link).toHaveAttribute('href', '#answer-format-services-name');
    await expect(page.locator('#answer-format-services-name')).toHaveCount(1);
    await page.keyboard.press('Space');
    await expect(panel.locator('details')).not.toHaveAttribute('open');
  });

  test.describe('on a 390 px phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    for (const exercise of EXERCISES) {
      test(`${exercise}: the open panel fits without horizontal scrolling`, async ({ page }) => {
        await openExercise(page, exercise);
        const panel = panelOf(page);
        await panel.locator('summary').click();
        await expect(panel.locator('details')).toHaveAttribute('open', '');
        await expect(panel.locator('.answer-field').first()).toBeVisible();
        const overflow = await page.evaluate(() => {
          const width = document.documentElement.clientWidth;
          const wide = [...document.querySelectorAll('[data-answer-format] *')]
            .filter((element) => element.getBoundingClientRect().right > width + 0.5)
            .map(
              (element) =>
                `${element.tagName.toLowerCase()}.${element.className}: ${element.textContent?.slice(0, 40)}`,
            );
          return { scroll: document.documentElement.scrollWidth, width, wide };
        });
        expect(overflow.wide).toEqual([]);
        expect(overflow.scroll).toBeLessThanOrEqual(overflow.width);
      });
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    test.describe(`${theme} theme`, () => {
      test.use({ colorScheme: theme });

      test('the open panel has no WCAG A/AA violations', async ({ page }) => {
        await openExercise(page, EXERCISE);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        const panel = panelOf(page);
        await panel.locator('summary').click();
        await expect(panel.locator('details')).toHaveAttribute('open', '');
        await expectStyleValues(page);
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
          .include('[data-answer-format]')
          .analyze();
        const violations = results.violations.map(
          (violation) =>
            `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
        );
        expect(violations).toEqual([]);
      });
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the panel is in the page and opens', async ({ page }) => {
    await page.goto(`/exercises/${EXERCISE}/`);
    const panel = panelOf(page);
    await expect(panel.locator('details')).not.toHaveAttribute('open');
    await panel.locator('summary').click();
    await expect(panel.locator('details')).toHaveAttribute('open', '');
    await expectStyleValues(page);
  });
});
