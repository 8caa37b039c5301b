import { expect, test, type Page } from '@playwright/test';
import { openExercise, replaceAnswer, waitForMonaco } from './exercise-helpers.ts';
import { recordPageErrors } from './helpers.ts';
import { PHONE, chooseFormat, swipe } from './phone.ts';

/**
 * Answering in the full editor on a phone (issue 23, "Answering on a phone"): the page scrolls past the editor, long
 * lines wrap, suggestions open while a value is typed (with no Ctrl+Space), the help and the buttons suit a touch
 * screen, and typing logs no error. Value suggestions while typing are checked on a desktop too.
 */

test.use({ serviceWorkers: 'block' });

const EXERCISE = 'order-placed-events';
/** An answer whose second line holds a value the candidate is about to type (the cursor goes between its quotes). */
const HALF_TYPED = '{\n  "reactions": [\n    { "via": "" }\n  ]\n}\n';

/** Opens the exercise in the full editor, in JSON (a phone's default is the form: wait for it, then leave it). */
async function openInMonaco(page: Page, phone = false): Promise<void> {
  await openExercise(page, EXERCISE);
  if (phone && (await page.getByRole('radio', { name: 'Form', exact: true }).count()) > 0) {
    await expect(page.locator('[data-answer-form]')).toBeVisible();
  }
  await chooseFormat(page, 'JSON');
  await page.locator('[data-editor-host]').scrollIntoViewIfNeeded();
  await waitForMonaco(page);
}

/** Puts the half-typed answer in Monaco with the cursor inside the empty `via` value, and types `typed` there. */
async function typeInsideValue(page: Page, typed: string): Promise<void> {
  await replaceAnswer(page, HALF_TYPED);
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(typed, { delay: 80 });
}

test('on a desktop, suggestions open while a value is typed, without Ctrl+Space', async ({ page }) => {
  await openInMonaco(page);
  await typeInsideValue(page, 'e');
  const suggestions = page.locator('.monaco-editor .suggest-widget.visible');
  await expect(suggestions).toBeVisible();
  await expect(suggestions.getByRole('option', { name: /event/ }).first()).toBeVisible();
  // The desktop keeps telling keyboard users their shortcuts.
  await expect(page.locator('#editor-help')).toContainText('Ctrl+Space', { useInnerText: true });
  await expect(page.locator('#editor-help')).not.toContainText('tap one', { useInnerText: true });
  await expect(page.getByRole('button', { name: /^Grade/ })).toContainText('Ctrl+Enter', { useInnerText: true });
});

test.describe('on a phone', () => {
  test.use(PHONE);

  test('a swipe over the editor scrolls the page as far as a swipe over text', async ({ page }) => {
    await openInMonaco(page, true);
    const host = page.locator('[data-monaco-host]');
    // The editor 80 px below the top of the screen; the finger pulls the page down, back towards the task.
    await host.evaluate((element) => window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top - 80));
    const overEditor = await swipe(page, 195, 100, 300);

    const prompt = page.locator('[data-exercise-prompt] p').first();
    await prompt.evaluate((element) => window.scrollTo(0, window.scrollY + element.getBoundingClientRect().top - 80));
    const overText = await swipe(page, 195, 90, 300);
    console.log(`swipe of 300 px: page scrolled ${overEditor} px over the editor, ${overText} px over text`);
    expect(overText).toBeGreaterThan(150);
    expect(overEditor).toBeGreaterThanOrEqual(overText * 0.8);
  });

  test('long lines wrap inside the editor: nothing is cut off at the right', async ({ page }) => {
    await openInMonaco(page, true);
    const note = `${'a long note about the reaction '.repeat(6)}END-OF-NOTE`;
    await replaceAnswer(page, `{\n  "publish": { "event": "OrderPlaced", "notes": "${note}" }\n}\n`);
    const host = await page.locator('[data-monaco-host]').boundingBox();
    const end = page.locator('.monaco-editor .view-line', { hasText: 'END-OF-NOTE' });
    await expect(end).toBeVisible();
    // Monaco redraws a line's spans as it colours them: a span read in between has no box, so read until one has.
    await expect
      .poll(async () => {
        const box = await end
          .locator('span', { hasText: /END-OF-NOTE/ })
          .last()
          .boundingBox();
        return box === null ? Number.POSITIVE_INFINITY : box.x + box.width;
      })
      .toBeLessThanOrEqual((host?.x ?? 0) + (host?.width ?? 0));
    expect(await page.locator('.monaco-editor .view-line').count()).toBeGreaterThan(3);
  });

  test('suggestions open while a value is typed, and typing logs no error', async ({ page }) => {
    const errors = recordPageErrors(page);
    await openInMonaco(page, true);
    await typeInsideValue(page, 'ev');
    const suggestions = page.locator('.monaco-editor .suggest-widget.visible');
    await expect(suggestions).toBeVisible();
    await expect(suggestions.getByRole('option', { name: /event/ }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    // More typing, as a candidate would, with the language worker answering as it goes.
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('"notes": "typed on a phone, word by word"', { delay: 60 });
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-draft', 'saved');
    // Once more inside a value: the suggestions coming back mean the language worker has answered all the typing.
    await typeInsideValue(page, 'sy');
    await expect(suggestions.getByRole('option', { name: /sync-call/ }).first()).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the help and the buttons suit a touch screen: no keyboard shortcuts, targets of 44 px', async ({ page }) => {
    await openInMonaco(page, true);
    const help = page.locator('#editor-help');
    await expect(help).toBeVisible();
    await expect(help).not.toContainText('Ctrl', { useInnerText: true });
    await expect(help).toContainText('tap one', { useInnerText: true });
    const grade = page.getByRole('button', { name: /^Grade/ });
    await expect(grade).toHaveText('Grade', { useInnerText: true });
    await expect(page.locator('.monaco-editor textarea').first()).not.toHaveAttribute('aria-label', /Control/);
    for (const button of await page.locator('.workspace-toolbar button:visible, .format-choice label').all()) {
      const box = await button.boundingBox();
      expect(box, await button.innerText()).not.toBeNull();
      expect(box?.height ?? 0, await button.innerText()).toBeGreaterThanOrEqual(44);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    }
  });
});
