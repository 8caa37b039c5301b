import { expect, test, type Page } from '@playwright/test';
import { blockMonaco, openExercise, readExerciseFile, readSavedDraft, replaceAnswer } from './exercise-helpers.ts';
import { DIAGRAMS_DRAWN_MS, STATE_MS } from './timeouts.ts';

// These tests are about the mock's clock and records, not offline use; the plain text area gives exact text reads.
test.use({ serviceWorkers: 'block' });

const FOOD = 'food-delivery-communication';
const ORDERS = 'order-placed-events';
const HISTORY_KEY = 'courseware:v1:mocks';

interface StoredRecord {
  id: string;
  exerciseId: string;
  outcome: string;
  startedAt: number;
  endedAt: number;
  answer: { text: string };
  result?: { percent: number; passed: boolean };
  curveball?: { text: string };
}

function readHistory(page: Page): Promise<StoredRecord[]> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '[]') as StoredRecord[], HISTORY_KEY);
}

/** Types `text` as the answer and waits until the page has saved it as the draft. */
async function typeAnswer(page: Page, exercise: string, text: string): Promise<void> {
  await replaceAnswer(page, text);
  await expect.poll(() => readSavedDraft(page, exercise, 'json'), { timeout: STATE_MS }).toBe(text);
}

test.beforeEach(async ({ page }) => {
  await blockMonaco(page);
});

test('/mock/ lists the five interview questions with their clocks, and Start begins the mock on its page', async ({
  page,
}) => {
  await page.goto('/mock/');
  const rows = page.locator('[data-mock-question]');
  await expect(rows).toHaveCount(5);
  const food = page.locator(`[data-mock-question="${FOOD}"]`);
  await expect(food).toContainText('15 min');
  await expect(page.locator(`[data-mock-question="${ORDERS}"]`)).toContainText('with a curveball');
  await expect(page.getByText('No mocks yet in this browser.')).toBeVisible();

  await page.getByRole('link', { name: 'Start the mock: Food delivery: who waits for whom' }).click();
  const mock = page.getByRole('region', { name: 'Timed mock interview' });
  await expect(mock.getByRole('timer')).toBeVisible();
  await expect(mock.locator('[data-mock-announcer]')).toContainText('Timed mock started: 15 minutes');
  // The fragment that started it is gone, so a reload resumes the same mock instead of starting another.
  expect(new URL(page.url()).hash).toBe('');
  const id = await mock.getAttribute('data-mock-id');
  await page.reload();
  await expect(mock.locator('[data-mock-announcer]')).toContainText('Your timed mock continues');
  await expect(mock).toHaveAttribute('data-mock-id', id ?? 'missing');

  await page.goto('/mock/');
  await expect(food.locator('[data-question-status]')).toContainText('Running, about 15 min left');
  await expect(food.getByRole('link', { name: /Continue the mock/ })).toBeVisible();
});

test('time that runs out while the page is closed ends the mock at its deadline; the next visit grades the draft left', async ({
  context,
  page,
}) => {
  await page.clock.install();
  await openExercise(page, FOOD);
  const mock = page.getByRole('region', { name: 'Timed mock interview' });
  await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
  await expect(mock.getByRole('timer')).toHaveText('15:00');
  const startedAt = await page.evaluate(() => Date.now());
  const model = readExerciseFile(FOOD, 'model.json');
  await typeAnswer(page, FOOD, model);
  await page.close();

  // An hour later, on another page of the same browser: the clock was never paused.
  const later = await context.newPage();
  await blockMonaco(later);
  await later.clock.install({ time: startedAt + 60 * 60_000 });
  await later.goto('/mock/');
  await expect(later.locator(`[data-mock-question="${FOOD}"] [data-question-status]`)).toContainText(
    'Time ran out: open it to be graded',
  );
  await openExercise(later, FOOD);
  const reopened = later.getByRole('region', { name: 'Timed mock interview' });
  await expect(later.locator('[data-exercise-workspace]')).toHaveAttribute('data-graded', '1', { timeout: STATE_MS });
  await expect(reopened.locator('[data-mock-ended]')).toContainText('Time ran out: your answer is graded');
  await expect(reopened.getByRole('timer')).toBeHidden();
  await expect(later.locator('.report-summary')).toContainText('Passed');

  const [record] = await readHistory(later);
  expect(record?.outcome).toBe('time-up');
  // Ended at the deadline, not when the page came back; the answer is the draft as it was left.
  expect((record?.endedAt ?? 0) - (record?.startedAt ?? 0)).toBe(15 * 60_000);
  expect(record?.answer.text).toBe(model);
  expect(record?.result?.passed).toBe(true);

  await later.goto('/mock/');
  const row = later.locator(`[data-mock-record="${record?.id ?? 'missing'}"]`);
  await expect(row).toContainText('100%, passed (time ran out)');
  await expect(row).toContainText('15:00');
});

test('two tabs share one mock: the second shows the same clock, and finishing in one ends it in both', async ({
  context,
  page,
}) => {
  await openExercise(page, FOOD);
  const mock = page.getByRole('region', { name: 'Timed mock interview' });
  await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
  await expect(mock.getByRole('timer')).toBeVisible();
  const id = await mock.getAttribute('data-mock-id');

  const second = await context.newPage();
  await blockMonaco(second);
  await openExercise(second, FOOD);
  const secondMock = second.getByRole('region', { name: 'Timed mock interview' });
  // The same mock, resumed: not a new one, and its clock was not reset to the full 15 minutes by opening it.
  await expect(secondMock).toHaveAttribute('data-mock-id', id ?? 'missing');
  await expect(secondMock.locator('[data-mock-announcer]')).toContainText('Your timed mock continues');
  await expect(secondMock.getByRole('button', { name: /^Start/ })).toBeHidden();

  await secondMock.getByRole('button', { name: 'Finish and grade now' }).click();
  await expect(second.locator('.report-summary')).toBeVisible();
  await expect(mock.locator('[data-mock-ended]')).toContainText('You finished in another tab.');
  await expect(mock.getByRole('timer')).toBeHidden();
  await expect(mock.getByRole('link', { name: 'Review this mock' })).toHaveAttribute(
    'href',
    `/mock/review/${FOOD}/#${id ?? 'missing'}`,
  );
  expect((await readHistory(page)).map((record) => record.id)).toEqual([id]);
});

test('abandon asks first, can be called off, and is recorded as abandoned, not graded', async ({ page }) => {
  await openExercise(page, FOOD);
  const mock = page.getByRole('region', { name: 'Timed mock interview' });
  await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
  const question = mock.getByRole('group', { name: /Abandon this mock\?/ });
  await expect(question).toBeHidden();

  await mock.getByRole('button', { name: 'Abandon…' }).click();
  await expect(question).toBeVisible();
  // The safe answer has the focus, so Enter on a stray keypress keeps the mock going.
  await expect(question.getByRole('button', { name: 'Keep going' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toBeHidden();
  await expect(mock.getByRole('timer')).toBeVisible();
  await expect(mock.getByRole('button', { name: 'Abandon…' })).toBeFocused();

  await mock.getByRole('button', { name: 'Abandon…' }).click();
  await question.getByRole('button', { name: 'Abandon the mock' }).click();
  await expect(mock.locator('[data-mock-ended]')).toContainText('Mock abandoned; it is recorded as such.');
  await expect(mock.getByRole('timer')).toBeHidden();
  await expect(page.locator('[data-exercise-workspace]')).not.toHaveAttribute('data-graded', /.*/);
  const [record] = await readHistory(page);
  expect(record?.outcome).toBe('abandoned');
  expect(record?.result).toBeUndefined();

  await page.goto('/mock/');
  await expect(page.locator(`[data-mock-record="${record?.id ?? 'missing'}"]`)).toContainText('Abandoned');
});

test('the curveball is hidden until its minute, then revealed and announced; the review shows the answer before and after', async ({
  page,
}) => {
  await page.clock.install();
  await openExercise(page, ORDERS);
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  const curveball = page.locator('aside[data-curveball]');
  // Outside a mock, the change is part of the task.
  await expect(curveball).toBeVisible();

  const mock = page.getByRole('region', { name: 'Timed mock interview' });
  await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
  await expect(curveball).toBeHidden();
  const final = readExerciseFile(ORDERS, 'model.json');
  // The model answer before the change was known: nothing about loyalty yet.
  const beforeChange = final.replace('"changes": ["loyalty-subscribes"]', '"changes": []');
  expect(beforeChange).not.toBe(final);
  await replaceAnswer(page, beforeChange);
  // The page's time stands still: let the draft's save delay pass.
  await page.clock.runFor(2000);
  await expect.poll(() => readSavedDraft(page, ORDERS, 'json'), { timeout: STATE_MS }).toBe(beforeChange);
  // A reload before its minute keeps it hidden.
  await page.reload();
  await expect(mock.getByRole('timer')).toBeVisible();
  await expect(curveball).toBeHidden();

  // Six minutes after the start (two seconds went by for the save).
  await page.clock.fastForward('05:58');
  await expect(curveball).toBeVisible();
  await expect(mock.locator('[data-mock-curveball-notice]')).toContainText(
    'The requirements changed: A loyalty-points service must now award points for every order.',
  );
  await expect(mock.locator('[data-mock-announcer]')).toContainText('The requirements changed');
  await page.reload();
  await expect(curveball).toBeVisible();

  await replaceAnswer(page, final);
  await page.clock.runFor(2000);
  await mock.getByRole('button', { name: 'Finish and grade now' }).click();
  await expect(page.locator('.report-summary')).toContainText('Passed');
  const [record] = await readHistory(page);
  expect(record?.curveball?.text).toBe(beforeChange);

  await mock.getByRole('link', { name: 'Review this mock' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-review-state', 'ready', { timeout: DIAGRAMS_DRAWN_MS });
  const section = page.getByRole('region', { name: 'The curveball' });
  await expect(section).toContainText('After 6:00: A loyalty-points service must now award points for every order.');
  const row = section.locator('[data-curveball-criterion="new-consumer"]');
  await expect(row.locator('td').nth(1)).toHaveText(/^Missed/);
  await expect(row.locator('td').nth(2)).toHaveText(/^Full marks/);
  await expect(section.locator('.diff-removed')).toHaveText(['-     "changes": [],']);
  await expect(section.locator('.diff-added')).toHaveText(['+     "changes": ["loyalty-subscribes"],']);
});

test('the review sets the marked drawing of the answer beside the model, with the report and the model answer', async ({
  page,
}) => {
  await openExercise(page, FOOD);
  const mock = page.getByRole('region', { name: 'Timed mock interview' });
  await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
  // A wrong answer candidates give: everything synchronous.
  await typeAnswer(page, FOOD, readExerciseFile(FOOD, 'samples/fail-everything-sync.json'));
  await mock.getByRole('button', { name: 'Finish and grade now' }).click();
  await expect(page.locator('.report-summary')).toBeVisible();
  await mock.getByRole('link', { name: 'Review this mock' }).click();

  await expect(page.locator('html')).toHaveAttribute('data-review-state', 'ready', { timeout: DIAGRAMS_DRAWN_MS });
  await expect(page.locator('[data-fact="outcome"]')).toHaveText('you finished early');
  await expect(page.locator('[data-fact="result"]')).toContainText('not passed');
  const yours = page.getByRole('figure', { name: 'Your answer' });
  const model = page.getByRole('figure', { name: 'The model answer' });
  await expect(yours.locator('svg')).toBeVisible();
  await expect(model.locator('svg')).toBeVisible();
  // The candidate's drawing carries the grade's marks; the model's carries none.
  await expect(yours.locator('svg')).toContainText('✗');
  await expect(model.locator('svg')).not.toContainText('✗');
  await expect(page.getByRole('region', { name: 'Report' }).locator('.criterion')).not.toHaveCount(0);
  // Each takeaway the answer fell short on, once, linked to its lesson section.
  const missed = page.getByRole('region', { name: 'Takeaways to review' }).getByRole('link');
  await expect(missed).not.toHaveCount(0);
  const hrefs = await missed.evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
  expect(hrefs.every((href) => href?.startsWith('/architecture-patterns/') && href.includes('#'))).toBe(true);
  await expect(
    page
      .getByRole('region', { name: 'Report' })
      .getByRole('link', { name: /^Review/ })
      .first(),
  ).toHaveAttribute('href', /^\/architecture-patterns\//);
  await expect(page.locator('[data-review-model]')).toHaveText(readExerciseFile(FOOD, 'model.json'));
  await expect(page.locator('[data-review-explanation] [data-explanation]')).toBeVisible();

  // Printed: the review alone on at most two pages, without the site's navigation.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.sidebar')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print the review' })).toBeHidden();
  await expect(yours.locator('svg')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(2);
});

test('a review with no such mock says so and links back to the list', async ({ page }) => {
  await page.goto(`/mock/review/${FOOD}/#no-such-mock`);
  await expect(page.locator('html')).toHaveAttribute('data-review-state', 'missing');
  await expect(page.getByRole('status')).toContainText('There is no such mock of this question in this browser.');
  await expect(page.getByRole('link', { name: 'All mock interviews' })).toHaveAttribute('href', '/mock/');
});

test('surprise me starts a question not yet passed, the one sat least recently', async ({ page }) => {
  await page.goto('/mock/');
  // Every question but one passed in practice; the surprise must be the one left.
  const ids = await page
    .locator('[data-mock-question]')
    .evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset['mockQuestion'] ?? ''));
  await page.evaluate(
    (passed) => {
      for (const id of passed) {
        const attempt = { at: 1, format: 'json', score: 10, max: 10, percent: 100, passed: true, answer: '{}' };
        localStorage.setItem(`courseware:v1:attempts:${id}`, JSON.stringify([attempt]));
      }
    },
    ids.filter((id) => id !== ORDERS),
  );
  await page.reload();
  await page.getByRole('button', { name: 'Surprise me' }).click();
  await expect(page).toHaveURL(new RegExp(`/exercises/${ORDERS}/$`));
  await expect(page.getByRole('region', { name: 'Timed mock interview' }).getByRole('timer')).toBeVisible();
});

test('a curveball revealed at the first draft: handing one in shows the change, once, and the review grades both drafts', async ({
  page,
}) => {
  const TENANTS = 'multi-tenant-isolation';
  await openExercise(page, TENANTS);
  const curveball = page.locator('aside[data-curveball]');
  const mock = page.getByRole('region', { name: 'Timed mock interview' });
  await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
  await expect(curveball).toBeHidden();
  const final = readExerciseFile(TENANTS, 'model.json');
  const model = JSON.parse(final) as { cells: Record<string, unknown> };
  const firstDraft = JSON.stringify(
    { ...model, cells: { ...model.cells, outgrownTenant: undefined, outgrownTenantWhy: undefined } },
    null,
    2,
  );
  await typeAnswer(page, TENANTS, firstDraft);

  const handIn = mock.getByRole('button', { name: 'Hand in a first draft' });
  await handIn.click();
  await expect(curveball).toBeVisible();
  await expect(handIn).toBeHidden();
  await expect(mock.locator('[data-mock-curveball-notice]')).toContainText(
    'One large tenant now dominates the shared cell it lives in.',
  );
  // Still running, still ungraded: the draft was handed in to hear the change, not for feedback.
  await expect(mock.getByRole('timer')).toBeVisible();
  await expect(page.locator('[data-exercise-workspace]')).not.toHaveAttribute('data-graded', /.*/);

  await typeAnswer(page, TENANTS, final);
  await mock.getByRole('button', { name: 'Finish and grade now' }).click();
  await expect(page.locator('.report-summary')).toContainText('Passed');
  await mock.getByRole('link', { name: 'Review this mock' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-review-state', 'ready', { timeout: DIAGRAMS_DRAWN_MS });
  const row = page
    .getByRole('region', { name: 'The curveball' })
    .locator('[data-curveball-criterion="outgrown-tenant"]');
  await expect(row.locator('td').nth(1)).toHaveText(/^Missed/);
  await expect(row.locator('td').nth(2)).toHaveText(/^Full marks/);
});
