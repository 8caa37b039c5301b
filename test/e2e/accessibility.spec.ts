import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  blockMonaco,
  gradeAnswer,
  openExercise,
  readExerciseFile,
  replaceAnswer,
  waitForMonaco,
} from './exercise-helpers.ts';
import { loadLessonFiles } from '../content/load-lessons.ts';
import { recordPageErrors, recordScriptRequests } from './helpers.ts';

// A page the service worker controls fetches through it, out of reach of `page.route`, so `blockMonaco` would
// stop blocking after a reload. These tests are about the page, not offline use: no service worker.
test.use({ serviceWorkers: 'block' });

const lessons = loadLessonFiles().map((file) => ({
  path: file.path,
  url: `/${[file.chapter, file.slug === 'index' ? '' : file.slug].filter(Boolean).join('/')}/`.replace('//', '/'),
  diagrams: (file.body.match(/```mermaid/g) ?? []).length,
}));

/** WCAG 2.1 A/AA rules from axe-core: labels, roles, names and colour contrast. */
async function findViolations(page: Page, exclude: string[] = []): Promise<string[]> {
  // Expressive Code makes a code block that overflows keyboard-scrollable (tabindex) a moment after a resize, such as
  // opening a model answer: wait for that state, or axe may see the block in between.
  await expect
    .poll(() =>
      page.evaluate(() =>
        [...document.querySelectorAll('.expressive-code pre')].every(
          (pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex'),
        ),
      ),
    )
    .toBe(true);
  let builder = new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    // Starlight's search button shows "Search Ctrl K" but is named "Search"; it is the theme's, not ours.
    .exclude('button[data-open-modal]');
  for (const selector of exclude) builder = builder.exclude(selector);
  const results = await builder.analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

// Every page under content/, found on disk, loaded once: it renders a picture for each diagram (drawn at build, no
// mermaid code sent), logs no error, and has no violation with its answers open, in the light theme and then the dark
// (the theme follows the system's, switched in place).
for (const lesson of lessons) {
  test(`${lesson.path} draws every diagram, logs no error and has no WCAG A/AA violations in either theme`, async ({
    page,
  }) => {
    const errors = recordPageErrors(page);
    const scripts = recordScriptRequests(page);
    await page.emulateMedia({ colorScheme: 'light' });
    const response = await page.goto(lesson.url);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('figure.diagram')).toHaveCount(lesson.diagrams);
    await expect(page.locator('pre.mermaid')).toHaveCount(0);
    for (const summary of await page.getByText('Show the model answer').all()) await summary.click();
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await expect(
        page.locator('figure.diagram svg[aria-roledescription]').filter({ visible: true }),
        theme,
      ).toHaveCount(lesson.diagrams);
      expect(await findViolations(page), theme).toEqual([]);
    }
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
    expect(errors).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('an exercise page after grading has no WCAG A/AA violations', async ({ page }) => {
      await openExercise(page, 'food-delivery-communication');
      await waitForMonaco(page);
      await page.getByRole('button', { name: /^Grade/ }).click();
      await expect(page.locator('.report-summary')).toBeVisible();
      await expect(page.locator('[data-answer-diagram]')).toHaveAttribute('data-marked', 'true');
      // Monaco's own internals (hidden helper elements) are its maintainers' business; our page is checked.
      expect(await findViolations(page, ['.monaco-editor'])).toEqual([]);
    });

    test('a report that leads with a red flag has no WCAG A/AA violations', async ({ page }) => {
      await blockMonaco(page);
      await openExercise(page, 'monolith-extraction-plan');
      await replaceAnswer(page, readExerciseFile('monolith-extraction-plan', 'samples/fail-checkout-first.json'));
      await gradeAnswer(page);
      await expect(page.locator('.red-flag')).toBeVisible();
      expect(await findViolations(page)).toEqual([]);
    });

    test('an exercise page with a running mock has no WCAG A/AA violations', async ({ page }) => {
      await page.clock.install();
      await blockMonaco(page);
      await openExercise(page, 'notification-ec2-or-lambda');
      const mock = page.getByRole('region', { name: 'Timed mock interview' });
      await mock.getByRole('button', { name: 'Start an 8-minute mock' }).click();
      await expect(mock.getByRole('timer')).toBeVisible();
      await expect(page.getByRole('button', { name: /^Grade/ })).toBeDisabled();
      expect(await findViolations(page)).toEqual([]);
    });

    test('a mock with its curveball revealed, the mock list and the review have no WCAG A/AA violations', async ({
      page,
    }) => {
      await blockMonaco(page);
      await openExercise(page, 'order-placed-events');
      const mock = page.getByRole('region', { name: 'Timed mock interview' });
      await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
      await mock.getByRole('button', { name: 'Abandon…' }).click();
      await expect(mock.getByRole('button', { name: 'Keep going' })).toBeFocused();
      // The curveball revealed as the clock would, by storing its snapshot: the notice and the task's change show.
      await page.evaluate(() => {
        const key = 'courseware:v1:mock:order-placed-events';
        const session = JSON.parse(localStorage.getItem(key) ?? '{}') as object;
        localStorage.setItem(
          key,
          JSON.stringify({ ...session, curveball: { at: Date.now(), format: 'json', text: '{}' } }),
        );
      });
      await page.reload();
      await expect(mock.locator('[data-mock-curveball-notice]')).toBeVisible();
      await mock.getByRole('button', { name: 'Abandon…' }).click();
      expect(await findViolations(page)).toEqual([]);
      await mock.getByRole('button', { name: 'Keep going' }).click();
      await mock.getByRole('button', { name: 'Finish and grade now' }).click();
      await expect(page.locator('.report-summary')).toBeVisible();

      await page.goto('/mock/');
      await expect(page.locator('[data-mock-record]')).toHaveCount(1);
      expect(await findViolations(page)).toEqual([]);
      await page.locator('[data-mock-record] a').click();
      await expect(page.locator('html')).toHaveAttribute('data-review-state', 'ready', { timeout: 45_000 });
      await page.locator('.review-task summary').click();
      expect(await findViolations(page)).toEqual([]);
    });

    test('the exercise list has no WCAG A/AA violations', async ({ page }) => {
      await page.goto('/exercises/');
      expect(await findViolations(page)).toEqual([]);
    });
  });
}
