import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  blockMonaco,
  gradeAnswer,
  openExercise,
  readAnswerText,
  readExerciseFile,
  readSavedDraft,
  replaceAnswer,
} from './exercise-helpers.ts';
import { recordPageErrors, recordScriptRequests } from './helpers.ts';
import { PHONE, chooseFormat } from './phone.ts';

/**
 * The answer form (issue 23, "Go further: a form mode"): a third way to write the answer, generated from the answer
 * schema, the default on a phone. The same answer (the text of the format chosen last), the same draft and the same
 * grading; switching with JSON and TypeScript loses nothing, and a text it cannot read is never replaced.
 */

const EXERCISE = 'order-placed-events';
const form = (page: Page) => page.locator('[data-answer-form]');
const field = (page: Page, path: string) => form(page).locator(`[data-field-path="${path}"]`);

/** Waits until the saved JSON draft, read as data, passes `check`. */
async function expectDraft(page: Page, check: (answer: Record<string, unknown>) => boolean): Promise<void> {
  await expect
    .poll(async () => {
      const text = await readSavedDraft(page, EXERCISE, 'json');
      try {
        return check(JSON.parse(text) as Record<string, unknown>);
      } catch {
        return false;
      }
    })
    .toBe(true);
}

test.describe('on a phone', () => {
  test.use({ ...PHONE, serviceWorkers: 'block' });

  test('the form is the default: a choice shows its meaning, is saved as the draft and graded, with no editor download and no error', async ({
    page,
  }) => {
    const errors = recordPageErrors(page);
    const scripts = recordScriptRequests(page);
    await openExercise(page, EXERCISE);
    await expect(page.getByRole('radio', { name: 'Form', exact: true })).toBeChecked();
    await expect(form(page)).toBeVisible();
    await expect(page.locator('[data-answer-text]')).toBeHidden();

    // The reason takes one code or several: the codes to tick, each with its meaning, written as a list.
    const reason = field(page, 'publish.reason').getByRole('checkbox', { name: 'many-independent-reactions' });
    await reason.check();
    await expect(field(page, 'publish.reason')).toContainText(
      'Several services react to the same fact, each in its own way and at its own pace.',
    );
    await expectDraft(page, (answer) => {
      const given = (answer['publish'] as { reason?: unknown }).reason;
      return JSON.stringify(given) === JSON.stringify(['many-independent-reactions']);
    });

    await gradeAnswer(page);
    await expect(page.locator('.report-summary')).toBeVisible();
    // The form fits the phone: nothing in it runs off the right edge.
    const widest = await form(page).evaluate((box) =>
      Math.max(...[...box.querySelectorAll('*')].map((node) => node.getBoundingClientRect().right)),
    );
    expect(widest).toBeLessThanOrEqual(390);
    expect(scripts.filter((url) => /monaco/.test(url))).toEqual([]);
    // Console errors include the browser's "Refused to …" lines: the form keeps the strict Content-Security-Policy.
    expect(errors).toEqual([]);
  });

  for (const theme of ['light', 'dark'] as const) {
    test(`the form has no WCAG A/AA violations (${theme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await openExercise(page, EXERCISE);
      await expect(form(page)).toBeVisible();
      await field(page, 'reactions').getByRole('button', { name: 'Add reaction' }).click();
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .include('[data-exercise-workspace]')
        .analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  }
});

test.describe('on a desktop', () => {
  test.use({ serviceWorkers: 'block' });

  test.beforeEach(async ({ page }) => {
    // The text is read exactly from the text area.
    await blockMonaco(page);
  });

  test('the text stays the default; lists add and remove items, and a set of values is checkboxes', async ({
    page,
  }) => {
    await openExercise(page, EXERCISE);
    await expect(page.getByRole('radio', { name: 'JSON', exact: true })).toBeChecked();
    await expect(form(page)).toBeHidden();
    await chooseFormat(page, 'Form');
    // The starter's empty reason is a value still to choose, not a wrong one: no code ticked.
    await expect(field(page, 'publish.reason').getByRole('checkbox', { checked: true })).toHaveCount(0);
    await expect(field(page, 'publish.reason').getByRole('checkbox').first()).toBeVisible();
    // A choice of one value still shows its meaning and marks nothing as wrong.
    await expect(field(page, 'consumerDown.outcome').locator('option:checked')).toHaveText('Choose…');

    const reactions = field(page, 'reactions');
    const before = await reactions.locator('.form-item').count();
    await reactions.getByRole('button', { name: 'Add reaction' }).click();
    const added = reactions.getByRole('group', { name: `Reaction ${before + 1}` });
    await expect(added).toBeVisible();
    await expect(added.getByRole('combobox').first()).toBeFocused();
    await added.getByRole('combobox', { name: 'Via (required)' }).selectOption({ label: 'shared-database' });
    await expectDraft(page, (answer) => (answer['reactions'] as { via?: string }[])[before]?.via === 'shared-database');
    await added.getByRole('button', { name: `Remove reaction ${before + 1}` }).click();
    await expect(reactions.locator('.form-item')).toHaveCount(before);
    await expectDraft(page, (answer) => (answer['reactions'] as unknown[]).length === before);

    // A set of allowed values: one checkbox each, with its meaning; the keyboard ticks it.
    const subscribes = field(page, 'newConsumer.changes').getByRole('checkbox', { name: 'loyalty-subscribes' });
    await expect(subscribes).toHaveAccessibleDescription(/subscribes to the order event on the broker/);
    await subscribes.focus();
    await page.keyboard.press('Space');
    await expectDraft(page, (answer) =>
      ((answer['newConsumer'] as { changes?: string[] }).changes ?? []).includes('loyalty-subscribes'),
    );
    // Notes are text.
    await field(page, 'newConsumer.notes').getByRole('textbox').fill('Only the new service changes.');
    await expectDraft(
      page,
      (answer) => (answer['newConsumer'] as { notes?: string }).notes === 'Only the new service changes.',
    );
    // Every control is named.
    for (const control of await form(page).locator('input, select, textarea, button').all()) {
      await expect(control).toHaveAccessibleName(/\S/);
    }
  });

  test('switching between Form, JSON and TypeScript loses nothing, and the text is unchanged until the form changes it', async ({
    page,
  }) => {
    await openExercise(page, EXERCISE);
    const model = readExerciseFile(EXERCISE, 'model.json');
    const modelValue = JSON.parse(model) as { publish: { reason: string | string[] }; reactions: unknown[] };
    const modelReasons = Array.isArray(modelValue.publish.reason)
      ? modelValue.publish.reason
      : [modelValue.publish.reason];
    await replaceAnswer(page, model);

    await chooseFormat(page, 'Form');
    for (const code of modelReasons)
      await expect(field(page, 'publish.reason').getByRole('checkbox', { name: code })).toBeChecked();
    await expect(field(page, 'reactions').locator('.form-item')).toHaveCount(modelValue.reactions.length);
    await chooseFormat(page, 'JSON');
    // Nothing changed in the form: the text is the candidate's own, byte for byte.
    expect(await readAnswerText(page)).toBe(model);

    await chooseFormat(page, 'TypeScript');
    const typescript = await readAnswerText(page);
    expect(typescript).toContain(`'${modelReasons[0] ?? ''}'`);
    await chooseFormat(page, 'Form');
    await expect(page.locator('[data-answer-form-title]')).toHaveText('Answer (form, written as TypeScript)');
    await field(page, 'consumerDown.outcome').getByRole('combobox').selectOption({ label: 'events-lost' });
    await chooseFormat(page, 'TypeScript');
    expect(await readAnswerText(page)).toContain("outcome: 'events-lost'");
    await chooseFormat(page, 'JSON');
    const back = JSON.parse(await readAnswerText(page)) as { consumerDown: { outcome: string } };
    expect(back).toEqual({ ...modelValue, consumerDown: { ...back.consumerDown, outcome: 'events-lost' } });
    expect(back.consumerDown.outcome).toBe('events-lost');
  });

  test('a text the form cannot read stays as it is, and the candidate is told why', async ({ page }) => {
    await openExercise(page, EXERCISE);
    const broken = '{\n  "publish": { "event": "OrderPlaced", \n';
    await replaceAnswer(page, broken);
    // Clicked, not checked: the page refuses the switch and keeps JSON chosen, which `check()` would call a failure.
    await page.getByRole('radio', { name: 'Form', exact: true }).click();
    await expect(page.locator('[data-notices]')).toContainText('could not be read');
    await expect(page.locator('[data-notices]')).toContainText('the form cannot show it');
    await expect(page.getByRole('radio', { name: 'JSON', exact: true })).toBeChecked();
    await expect(form(page)).toBeHidden();
    expect(await readAnswerText(page)).toBe(broken);
    await expect.poll(() => readSavedDraft(page, EXERCISE, 'json')).toBe(broken);
  });
});

test('the form works offline after one online visit to any page', async ({ browser }) => {
  const context = await browser.newContext({ ...PHONE });
  const page = await context.newPage();
  await page.goto('/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await context.setOffline(true);
  await openExercise(page, EXERCISE);
  await expect(form(page)).toBeVisible();
  await field(page, 'consumerDown.whenBack')
    .getByRole('combobox')
    .selectOption({ label: 'resumes-from-last-position' });
  await expectDraft(
    page,
    (answer) => (answer['consumerDown'] as { whenBack?: string }).whenBack === 'resumes-from-last-position',
  );
  await context.close();
});
