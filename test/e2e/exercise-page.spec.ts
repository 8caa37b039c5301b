import { expect, test, type Page } from '@playwright/test';
import {
  blockMonaco,
  gradeAnswer,
  listExerciseFolders,
  openExercise,
  readAnswerText,
  readExerciseFile,
  readSavedDraft,
  replaceAnswer,
  waitForMonaco,
} from './exercise-helpers.ts';
import { recordPageErrors } from './helpers.ts';
import { expectAligned, readFacts } from './exercise-facts.ts';
import { measureDrawing } from '../support/drawing-scale.ts';
import { printTsAnswer } from '../../src/editor/print-ts-answer.ts';
import { DIAGRAMS_DRAWN_MS, EDITOR_MS } from './timeouts.ts';

// A page the service worker controls fetches through it, out of reach of `page.route`, so `blockMonaco` would
// stop blocking after a reload. These tests are about the page, not offline use: no service worker.
test.use({ serviceWorkers: 'block' });

const FOOD = 'food-delivery-communication';
const MONOLITH = 'monolith-extraction-plan';

test.describe('grading in the browser', () => {
  test('the model answer typed into Monaco earns full marks', async ({ page }) => {
    const errors = recordPageErrors(page);
    await openExercise(page, FOOD);
    await waitForMonaco(page);
    await replaceAnswer(page, readExerciseFile(FOOD, 'model.json'));
    await gradeAnswer(page);
    const summary = page.locator('.report-summary');
    await expect(summary).toContainText('Passed');
    await expect(summary).toContainText('(100%');
    // Every criterion of the rubric, full marks each.
    await expect(page.locator('.criterion[data-verdict="pass"]')).toHaveCount(await page.locator('.criterion').count());
    expect(await page.locator('.criterion').count()).toBeGreaterThan(10);
    await expect(page.locator('.red-flag')).toHaveCount(0);
    await expect(page.locator('[data-report-announcer]')).toContainText('Passed');
    expect(errors).toEqual([]);
  });

  for (const viewport of [
    { name: 'desktop', width: 1280, height: 800 },
    { name: 'phone', width: 390, height: 844 },
  ]) {
    test(`a red flag fails the answer whatever its score and is read first (${viewport.name})`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await blockMonaco(page);
      await openExercise(page, MONOLITH);
      // Checkout extracted before search: everything else in this plan is right.
      await replaceAnswer(page, readExerciseFile(MONOLITH, 'samples/fail-checkout-first.json'));
      await gradeAnswer(page);
      const report = page.locator('[data-report]');
      await expect(report.locator('.report-summary')).toContainText(
        'Not passed: one mistake fails the answer whatever its score',
      );
      const flag = report.locator('.red-flag[data-criterion="extraction-order"]');
      await expect(flag).toContainText('Red flag: The revenue path moved before the module that broke it.');
      await expect(flag.getByRole('link', { name: 'Review the lesson' })).toHaveAttribute(
        'href',
        /\/architecture-patterns\/monolith\/#takeaway-monolith-extract-painful-first$/,
      );
      // Read before the criteria, and drawn inside the page width on a phone.
      const order = await report.evaluate((root) => {
        const flags = root.querySelector('.red-flags');
        const criteria = root.querySelector('.criteria');
        return flags && criteria ? flags.compareDocumentPosition(criteria) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
      });
      expect(order).toBeTruthy();
      const box = await flag.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= viewport.width).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      await flag.getByRole('button', { name: /^Go to line/ }).click();
      await expect(page.locator('[data-answer-text]')).toBeFocused();
    });
  }

  test('the answer drawing keeps its text at 12 px or more on a phone, scrolling sideways instead', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await blockMonaco(page);
    await openExercise(page, 'order-placed-events');
    await replaceAnswer(page, readExerciseFile('order-placed-events', 'model.json'));
    const canvas = page.locator('[data-answer-diagram]');
    await expect(canvas).toHaveAttribute('data-state', 'drawn', { timeout: DIAGRAMS_DRAWN_MS });
    const sizes = await canvas.locator('svg').first().evaluate(measureDrawing);
    // Mermaid draws text at 16 px: at three quarters of its width or more, no text is smaller than 12 px.
    expect(sizes.shown / sizes.natural).toBeGreaterThanOrEqual(0.74);
    expect(sizes.shown).toBeGreaterThan(sizes.frame);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('a wrong answer fails the expected criteria, with feedback and a link to the takeaway', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    await replaceAnswer(page, readExerciseFile(FOOD, 'samples/fail-everything-sync.json'));
    await gradeAnswer(page);
    // Two red flags: the customer waits for the driver and the email, and for the kitchen.
    await expect(page.locator('.report-summary')).toContainText('Not passed: 2 mistakes fail the answer');
    const fanout = page.locator('.criterion[data-criterion="order-placed-fanout"]');
    await expect(fanout).toHaveAttribute('data-verdict', 'fail');
    await expect(fanout.locator('.criterion-feedback')).toContainText('OrderPlaced');
    const review = fanout.getByRole('link', { name: /^Review:/ });
    await expect(review).toHaveAttribute('href', /\/architecture-patterns\/event-driven\/#takeaway-event-driven-/);
    await review.click();
    await expect(page).toHaveURL(
      /\/architecture-patterns\/event-driven\/#takeaway-event-driven-producers-consumers-brokers$/,
    );
    await expect(page.locator('#takeaway-event-driven-producers-consumers-brokers')).toBeVisible();
  });

  test('Ctrl+Enter grades from the keyboard', async ({ page }) => {
    await openExercise(page, FOOD);
    await waitForMonaco(page);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-graded', '1');
    await expect(page.locator('.report-summary')).toBeVisible();
  });

  test('invalid JSON is reported at its line, and the draft survives a reload', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    const broken = '{\n  "services": [\n    { "name": "order" }\n  ],\n  "calls": [ oops ]\n}\n';
    await replaceAnswer(page, broken);
    await gradeAnswer(page);
    await expect(page.locator('.diagnostic').first()).toContainText('Line 5');
    await expect(page.locator('.criterion[data-verdict="not-graded"]').first()).toBeVisible();
    // Not gradable yet is not a fail: the summary asks for the error to be fixed.
    await expect(page.locator('.report-summary')).toHaveClass(/report-summary--incomplete/);
    await expect(page.locator('.report-summary')).toContainText('Not graded yet: fix this error in the answer');
    // Not an attempt: nothing is recorded, and the model answer stays locked.
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-grade-outcome', 'incomplete');
    await expect(page.locator('[data-attempts] li')).toHaveCount(0);
    await page.reload();
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
    expect(await readAnswerText(page)).toBe(broken);
  });

  test('the TypeScript model answer grades the same as the JSON one', async ({ page }) => {
    await openExercise(page, FOOD);
    await waitForMonaco(page);
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    await expect(page.locator('[data-editor-label]')).toHaveText('Answer (TypeScript)');
    await replaceAnswer(page, printTsAnswer(JSON.parse(readExerciseFile(FOOD, 'model.json'))));
    await gradeAnswer(page);
    await expect(page.locator('.report-summary')).toContainText('(100%');
    // Every criterion of the rubric, full marks each.
    await expect(page.locator('.criterion[data-verdict="pass"]')).toHaveCount(await page.locator('.criterion').count());
    expect(await page.locator('.criterion').count()).toBeGreaterThan(10);
    await expect(page.locator('.red-flag')).toHaveCount(0);
  });
});

test.describe('the answer drawn', () => {
  test('a matching drill is drawn from its schema annotations: each situation to the pattern chosen', async ({
    page,
  }) => {
    await blockMonaco(page);
    const exercise = 'match-patterns-to-situations';
    await openExercise(page, exercise);
    const canvas = page.locator('[data-answer-diagram]');
    // The starter names one situation and no pattern yet: the situation is drawn alone.
    await expect(canvas).toHaveAttribute('data-state', 'drawn');
    await expect(canvas).toContainText('insurer-integration');
    await replaceAnswer(page, readExerciseFile(exercise, 'model.json'));
    await expect(canvas).toContainText('integrates-mixed-legacy-systems');
    await expect(page.locator('[data-diagram-status]')).toHaveText('7 matches');
    await expect(canvas.locator('svg .node')).toHaveCount(14);
  });

  test('the diagram changes when a service is added, and names are shown as text', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    const canvas = page.locator('[data-answer-diagram]');
    await expect(canvas).toHaveAttribute('data-state', 'drawn');
    const before = await canvas.locator('svg .node').count();
    const answer = JSON.parse(readExerciseFile(FOOD, 'starter.json')) as { services: object[] };
    answer.services.push({ name: '<img src=x onerror="window.__pwned=1">', capability: 'x', dataStores: [] });
    await replaceAnswer(page, JSON.stringify(answer, null, 2));
    await expect.poll(async () => canvas.locator('svg .node').count()).toBe(before + 1);
    await expect(canvas).toContainText('<img src=x onerror=');
    await expect(canvas.locator('img')).toHaveCount(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test('a first drawing that mermaid cannot make is said to have failed, not to show a last good version', async ({
    page,
  }) => {
    // Mermaid loads each kind of diagram on demand; when that load fails (a busy network, a new build), its render
    // throws. With nothing drawn before, the drawing once ended "stale", claiming a last good version it did not have.
    await blockMonaco(page);
    await page.route(/flowDiagram-[\w-]+\.[\w-]+\.js$/, (route) => route.abort());
    await openExercise(page, FOOD);
    const canvas = page.locator('[data-answer-diagram]');
    await expect(canvas).toHaveAttribute('data-state', 'failed');
    await expect(canvas.locator('svg')).toHaveCount(0);
    await expect(page.locator('[data-diagram-status]')).toHaveText('This answer could not be drawn.');
  });

  test('a half-typed answer keeps the last good drawing', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    const canvas = page.locator('[data-answer-diagram]');
    await expect(canvas).toHaveAttribute('data-state', 'drawn');
    await page.locator('[data-answer-text]').focus();
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.insertText(',');
    await expect(canvas).toHaveAttribute('data-state', 'stale');
    await expect(canvas.locator('svg')).toBeVisible();
    await expect(page.locator('[data-diagram-status]')).toContainText('last readable version');
  });

  test('after grading, the parts that earned or lost points are marked', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    await replaceAnswer(page, readExerciseFile(FOOD, 'samples/fail-everything-sync.json'));
    await gradeAnswer(page);
    const canvas = page.locator('[data-answer-diagram]');
    await expect(canvas).toHaveAttribute('data-marked', 'true');
    // The synchronous calls the customer need not wait for failed their criteria; the services earned theirs.
    await expect(canvas).toContainText('✗ http-rest');
    await expect(canvas).toContainText('✓ payment');
  });
});

test.describe('nothing is lost', () => {
  test('reload restores the draft; reset can be undone', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    const draft = readExerciseFile(FOOD, 'samples/fail-shared-database.json');
    await replaceAnswer(page, draft);
    await page.reload();
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
    expect(await readAnswerText(page)).toBe(draft);

    await page.getByRole('button', { name: 'Reset to starter' }).click();
    expect(await readAnswerText(page)).toBe(readExerciseFile(FOOD, 'starter.json'));
    await page.getByRole('button', { name: 'Undo reset' }).click();
    expect(await readAnswerText(page)).toBe(draft);
  });

  test('attempts are listed, and the exercise list shows the progress', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    await replaceAnswer(page, readExerciseFile(FOOD, 'samples/fail-everything-sync.json'));
    await gradeAnswer(page);
    await replaceAnswer(page, readExerciseFile(FOOD, 'model.json'));
    await gradeAnswer(page);
    const attempts = page.locator('[data-attempts] li');
    await expect(attempts).toHaveCount(2);
    await expect(attempts.first()).toContainText('passed');
    await expect(attempts.nth(1)).toContainText('not passed');

    await attempts.nth(1).getByRole('button', { name: 'Load this answer (attempt 1)' }).click();
    expect(await readAnswerText(page)).toBe(readExerciseFile(FOOD, 'samples/fail-everything-sync.json'));

    await page.goto('/exercises/');
    const card = page.locator(`[data-exercise-card="${FOOD}"]`);
    await expect(card.locator('[data-exercise-status]')).toHaveText('Passed (2 attempts, best score 100%)');
    await expect(page.locator('[data-exercise-card="monolith-extraction-plan"] [data-exercise-status]')).toHaveText(
      'Not started',
    );
  });

  test('a full storage quota shows a warning and keeps the text in the editor', async ({ page }) => {
    await page.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Storage.prototype.setItem = function setItem(key: string, value: string) {
        if (key.includes(':draft:')) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        original.call(this, key, value);
      };
    });
    await blockMonaco(page);
    await openExercise(page, FOOD);
    await replaceAnswer(page, '{ "services": [] }');
    await expect(page.locator('[data-notice="storage"]')).toContainText('storage for this site is full');
    expect(await readAnswerText(page)).toBe('{ "services": [] }');
  });
});

/** Holds Monaco's code back until the returned function is called, so a test can act on the text area first. */
async function holdMonaco(page: Page): Promise<() => void> {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/monaco-loader\.[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return () => release();
}

test.describe('the editor', () => {
  test('the text area is editable before Monaco, and Monaco takes over without losing a keystroke', async ({
    page,
  }) => {
    const releaseMonaco = await holdMonaco(page);
    await openExercise(page, FOOD);
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-editor', 'textarea');
    const textarea = page.locator('[data-answer-text]');
    await textarea.focus();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.type('{"services":[]');
    releaseMonaco();
    await waitForMonaco(page);
    await page.keyboard.type(',"calls":[]');
    await expect.poll(() => readSavedDraft(page, FOOD, 'json')).toMatch(/^\{"services":\[\],"calls":\[\]/);
  });

  test('text selected in the text area is still selected when Monaco takes over, so the next keystroke replaces it', async ({
    page,
  }) => {
    const releaseMonaco = await holdMonaco(page);
    await openExercise(page, FOOD);
    await page.locator('[data-answer-text]').focus();
    await page.keyboard.press('ControlOrMeta+A');
    releaseMonaco();
    await waitForMonaco(page);
    await page.keyboard.press('Delete');
    await page.keyboard.type('{}');
    await expect.poll(() => readSavedDraft(page, FOOD, 'json')).toBe('{}');
  });

  test("JSON mode checks the answer against the exercise's schema inline", async ({ page }) => {
    await openExercise(page, FOOD);
    await waitForMonaco(page);
    await replaceAnswer(page, '{ "services": [], "dataStores": [], "calls": [{ "style": "asynch" }], "events": [] }');
    await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible({ timeout: EDITOR_MS });
  });

  test('the TypeScript worker loads only when TypeScript mode is used', async ({ page }) => {
    const workers: string[] = [];
    page.on('request', (request) => {
      if (/ts\.worker/.test(request.url())) workers.push(request.url());
    });
    await openExercise(page, FOOD);
    await waitForMonaco(page);
    await page.waitForLoadState('networkidle');
    expect(workers).toEqual([]);
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    await expect.poll(() => workers.length).toBeGreaterThan(0);
  });

  test('switching format converts the answer, and an unreadable one is kept, not discarded', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    await replaceAnswer(page, '{ "services": [{ "name": "order" }], "calls": [], "events": [], "dataStores": [] }');
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    expect(await readAnswerText(page)).toContain("services: [\n    {\n      name: 'order',");
    await replaceAnswer(page, 'export const answer = { services: [ };');
    await page.getByRole('radio', { name: 'JSON' }).check();
    await expect(page.locator('[data-notice="conversion"]')).toContainText('could not be converted (line 1');
    await page.getByRole('button', { name: 'Back to TypeScript' }).click();
    expect(await readAnswerText(page)).toBe('export const answer = { services: [ };');

    // Away and back by the radios: the unreadable draft is shown as it was left, never converted over.
    await page.getByRole('radio', { name: 'JSON' }).check();
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    expect(await readAnswerText(page)).toBe('export const answer = { services: [ };');
    await expect(page.locator('[data-notice="conversion"]')).toContainText('cannot be read yet');
    await expect.poll(() => readSavedDraft(page, FOOD, 'ts')).toBe('export const answer = { services: [ };');
    // Replacing it is the candidate's choice, and can be undone.
    await page.getByRole('button', { name: 'Replace it with the JSON answer' }).click();
    expect(await readAnswerText(page)).toContain("name: 'order'");
    await page.getByRole('button', { name: /^Undo/ }).click();
    expect(await readAnswerText(page)).toBe('export const answer = { services: [ };');
  });
});

test.describe('hints and the model answer', () => {
  test('hints open one at a time; the model answer opens after a first grade', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    const hints = page.locator('[data-hint]');
    await expect(hints.first()).toBeHidden();
    await page.getByRole('button', { name: 'Show hint 1 of 3' }).click();
    await expect(hints.nth(0)).toBeVisible();
    await expect(hints.nth(1)).toBeHidden();
    await expect(hints.nth(0)).toBeFocused();
    await expect(page.locator('[data-solution]')).toBeHidden();
    await gradeAnswer(page);
    await expect(page.locator('[data-solution]')).toBeVisible();
    await expect(page.locator('[data-model-answer]')).toContainText('"OrderPlaced"');
    await expect(page.locator('[data-explanation]')).toBeVisible();
  });

  test('giving up asks for confirmation first', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Show it now' }).click();
    await expect(page.locator('[data-solution]')).toBeHidden();
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Show it now' }).click();
    await expect(page.locator('[data-solution]')).toBeVisible();
  });
});

test.describe('schema-driven editing', () => {
  test('JSON mode suggests the values the schema allows', async ({ page }) => {
    await openExercise(page, FOOD);
    await waitForMonaco(page);
    await replaceAnswer(page, '{ "services": [], "dataStores": [], "events": [], "calls": [ { "style": ');
    await page.keyboard.press('ControlOrMeta+End');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.monaco-editor .suggest-widget');
    await expect(suggestions).toBeVisible({ timeout: EDITOR_MS });
    await expect(suggestions).toContainText('"sync"');
    await expect(suggestions).toContainText('"async"');
  });

  test('TypeScript mode types `answer` from the schema, so its values complete', async ({ page }) => {
    await openExercise(page, FOOD);
    await waitForMonaco(page);
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    await replaceAnswer(page, "export const answer = { calls: [{ style: '' }] } satisfies Answer;");
    // Put the cursor between the quotes of style: ''.
    await page.keyboard.press('ControlOrMeta+End');
    for (let step = 0; step < "' }] } satisfies Answer;".length; step += 1) await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Control+Space');
    const suggestions = page.locator('.monaco-editor .suggest-widget');
    await expect(suggestions).toContainText('async', { timeout: EDITOR_MS });
    await expect(suggestions).toContainText('sync');
  });

  test('TypeScript mode shows the schema’s descriptions on hover', async ({ page }) => {
    await openExercise(page, FOOD);
    await waitForMonaco(page);
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    const text = "export const answer = { calls: [{ style: 'sync' }] } satisfies Partial<Answer>;";
    await replaceAnswer(page, text);
    // Put the cursor inside `style` and show its hover from the keyboard (Monaco's Ctrl+K Ctrl+I).
    await page.keyboard.press('ControlOrMeta+Home');
    for (let step = 0; step < text.indexOf('style') + 2; step += 1) await page.keyboard.press('ArrowRight');
    // The vocabulary's description of `style`, carried by the declarations generated at build time. A hover asked
    // for before the TypeScript worker answers shows nothing, so it is asked for again until it shows.
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)');
    await expect(async () => {
      await page.keyboard.press('ControlOrMeta+K');
      await page.keyboard.press('ControlOrMeta+I');
      await expect(hover).toContainText('Whether the caller waits for the answer.', { timeout: 5_000 });
    }).toPass({ timeout: EDITOR_MS });
  });
});

test('keyboard only: hint, answer, grade, and follow the feedback to the lesson', async ({ page }) => {
  await openExercise(page, FOOD);
  await waitForMonaco(page);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.evaluate(
    (text) => navigator.clipboard.writeText(text),
    readExerciseFile(FOOD, 'samples/fail-everything-sync.json'),
  );

  await page.getByRole('button', { name: 'Show hint 1 of 3' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-hint]').first()).toBeFocused();

  // Tab forward to the editor, as a keyboard user would.
  const editorFocused = () => page.evaluate(() => Boolean(document.activeElement?.closest('.monaco-editor')));
  for (let step = 0; step < 25 && !(await editorFocused()); step += 1) await page.keyboard.press('Tab');
  expect(await editorFocused()).toBe(true);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.locator('[data-report-announcer]')).toContainText('Not passed: 2 mistakes fail the answer');

  // Ctrl+M makes Tab leave the editor; then Tab reaches the report's links.
  await page.keyboard.press('Control+M');
  const onReviewLink = () => page.evaluate(() => (document.activeElement?.textContent ?? '').startsWith('Review:'));
  for (let step = 0; step < 40 && !(await onReviewLink()); step += 1) await page.keyboard.press('Tab');
  expect(await onReviewLink()).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/architecture-patterns\/[a-z-]+\/#takeaway-/);
});

test('a timed mock interview: a quiet clock, no hints or grading until it ends, graded when time is up', async ({
  page,
}) => {
  await page.clock.install();
  await blockMonaco(page);
  await openExercise(page, FOOD);
  // From here the page's time moves only when the test moves it, however slow the machine is.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  const mock = page.getByRole('region', { name: 'Timed mock interview' });
  await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
  await expect(mock.getByRole('timer')).toHaveText('15:00');
  await expect(mock.locator('[data-mock-announcer]')).toContainText('Timed mock started: 15 minutes');
  await expect(page.getByRole('button', { name: /^Grade/ })).toBeDisabled();
  await expect(page.locator('[data-next-hint]')).toBeDisabled();
  // The model answer is off for the whole mock: its button goes, and a line says why.
  await expect(page.getByRole('button', { name: 'Show it now' })).toBeHidden();
  await expect(page.getByText('The model answer is hidden while the timed mock runs.')).toBeVisible();

  await replaceAnswer(page, readExerciseFile(FOOD, 'model.json'));
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.locator('[data-notice="mock"]')).toContainText('Grading is off while the timed mock runs');
  await expect(page.locator('[data-exercise-workspace]')).not.toHaveAttribute('data-graded', /.+/);

  // Writing below, out of sight of the clock, the time stays in view: a quiet copy that is never announced.
  await page.locator('[data-editor-host]').scrollIntoViewIfNeeded();
  await expect(mock.getByRole('timer')).not.toBeInViewport();
  const floating = page.locator('[data-mock-clock-float]');
  await expect(floating).toBeInViewport();
  await expect(floating).toHaveAttribute('aria-hidden', 'true');
  await expect(floating).toContainText(/1\d:\d\d left in the mock/);
  await mock.getByRole('timer').scrollIntoViewIfNeeded();
  await expect(floating).toBeHidden();

  await page.clock.fastForward('10:01');
  await expect(mock.getByRole('timer')).toHaveText('04:59');
  await expect(mock.locator('[data-mock-announcer]')).toHaveText('5 minutes left.');

  // A reload keeps the clock running; the draft is kept as always.
  await page.reload();
  await expect(mock.getByRole('timer')).toHaveText('04:59');
  await expect(mock.locator('[data-mock-announcer]')).toContainText('Your timed mock continues');

  await page.clock.fastForward('05:00');
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-graded', '1');
  await expect(page.locator('.report-summary')).toContainText('Passed');
  await expect(page.locator('[data-attempts] li').first()).toContainText('passed (timed mock)');
  await expect(page.getByRole('button', { name: /^Grade/ })).toBeEnabled();
  await expect(page.locator('[data-solution]')).toBeVisible();
});

test('loading an attempt written in the other format switches back to it and keeps the current draft', async ({
  page,
}) => {
  await blockMonaco(page);
  await openExercise(page, FOOD);
  const json = readExerciseFile(FOOD, 'samples/fail-shared-database.json');
  await replaceAnswer(page, json);
  await gradeAnswer(page);
  await page.getByRole('radio', { name: 'TypeScript' }).check();
  const typescript = 'export const answer = { services: [] };\n';
  await replaceAnswer(page, typescript);

  await page.getByRole('button', { name: 'Load this answer (attempt 1)' }).click();
  await expect(page.getByRole('radio', { name: 'JSON' })).toBeChecked();
  expect(await readAnswerText(page)).toBe(json);
  await expect.poll(() => readSavedDraft(page, FOOD, 'ts')).toBe(typescript);
  await page.reload();
  await expect(page.locator('[data-editor-label]')).toHaveText('Answer (JSON)');
});

test.describe('exercise facts at 1280 px', () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test('on an exercise page, difficulty, time and pass mark sit on one level line', async ({ page }) => {
    const [exercise] = listExerciseFolders();
    await page.goto(`/exercises/${exercise ?? ''}/`);
    expectAligned(await readFacts(page, '.exercise-facts'), ['Difficulty', 'Time', 'Pass mark']);
  });
});
