import { expect, test, type Page } from '@playwright/test';
import {
  blockMonaco,
  openExercise,
  readAnswerText,
  readExerciseFile,
  readSavedDraft,
  replaceAnswer,
} from './exercise-helpers.ts';

// A page the service worker controls fetches through it, out of reach of `page.route` (see exercise-page.spec.ts).
test.use({ serviceWorkers: 'block' });

const FOOD = 'food-delivery-communication';
const DRAFT_KEY = `courseware:v1:draft:${FOOD}:json`;

/** Makes every write of the courseware's storage whose key contains `part` fail as a full quota does. */
async function fillStorage(page: Page, part: string): Promise<void> {
  await page.addInitScript((keyPart) => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function setItem(key: string, value: string) {
      if (key.includes(keyPart)) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      original.call(this, key, value);
    };
  }, part);
}

/** Stores `entries` in the site's storage, then opens the exercise as a returning candidate would. */
async function openWithStored(page: Page, entries: Record<string, string>): Promise<void> {
  await openExercise(page, FOOD);
  await page.evaluate((values) => {
    localStorage.clear();
    for (const [key, value] of Object.entries(values)) localStorage.setItem(key, value);
  }, entries);
  await openExercise(page, FOOD);
}

test.describe('a full storage', () => {
  test('switching format keeps the unsaved text of each format, and the notices say it was not saved', async ({
    page,
  }) => {
    await fillStorage(page, 'courseware:');
    await blockMonaco(page);
    await openExercise(page, FOOD);
    const json = '{"services":[{"name":"order"}],"calls":[],"events":[],"dataStores":[]}';
    await replaceAnswer(page, json);
    await expect(page.locator('[data-notice="storage"]')).toContainText('storage for this site is full');
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-draft', 'unsaved');

    await page.getByRole('radio', { name: 'TypeScript' }).check();
    expect(await readAnswerText(page)).toContain("name: 'order'");
    const brokenTs = 'export const answer = { services: [ };';
    await replaceAnswer(page, brokenTs);
    await page.getByRole('radio', { name: 'JSON' }).check();
    const conversion = page.locator('[data-notice="conversion"]');
    await expect(conversion).toContainText('could not be converted');
    // Truthful: the TypeScript text is in this tab only, not saved.
    await expect(conversion).toContainText('kept as your TypeScript draft in this tab only (it could not be saved)');
    // The JSON shown is the JSON typed, not the stored (starter) draft.
    expect(await readAnswerText(page)).toBe(json);
    await page.getByRole('button', { name: 'Back to TypeScript' }).click();
    expect(await readAnswerText(page)).toBe(brokenTs);

    // A conversion that replaces the typed JSON offers it back, though the undo copy could not be stored either.
    await replaceAnswer(page, "export const answer = { services: [{ name: 'payment' }] };");
    await page.getByRole('radio', { name: 'JSON' }).check();
    expect(await readAnswerText(page)).toContain('"name": "payment"');
    await page.getByRole('button', { name: 'Undo (bring back your earlier JSON draft)' }).click();
    expect(await readAnswerText(page)).toBe(json);
    await expect(page.locator('[data-notice="storage"]')).toBeVisible();
  });
});

test.describe('storage full for one format only', () => {
  test("the warning stays while that format's text is unsaved, though the other format saves", async ({ page }) => {
    await fillStorage(page, `${FOOD}:ts`);
    await blockMonaco(page);
    await openExercise(page, FOOD);
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    const typescript = "export const answer = { services: [{ name: 'order' }] };";
    await replaceAnswer(page, typescript);
    const warning = page.locator('[data-notice="storage"]');
    await expect(warning).toContainText('storage for this site is full');
    await page.getByRole('radio', { name: 'JSON' }).check();
    const root = page.locator('[data-exercise-workspace]');
    await expect(root).toHaveAttribute('data-draft', 'saved');
    await expect.poll(() => readSavedDraft(page, FOOD, 'json')).toContain('"name": "order"');
    await expect(warning).toBeVisible();
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    expect(await readAnswerText(page)).toContain("name: 'order'");
  });
});

test.describe('storage disabled', () => {
  test('the warning stays while nothing is kept, after typing too', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    await blockMonaco(page);
    await openExercise(page, FOOD);
    const warning = page.locator('[data-notice="storage"]');
    await expect(warning).toContainText('does not let the site store anything');
    await replaceAnswer(page, '{ "services": [] }');
    const root = page.locator('[data-exercise-workspace]');
    await expect(root).toHaveAttribute('data-draft', 'unsaved');
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('will not be kept');
    // Switching format and back keeps the text for as long as the tab is open.
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    await page.getByRole('radio', { name: 'JSON' }).check();
    await expect(warning).toBeVisible();
  });
});

test.describe('two tabs', () => {
  test('a tab with no edits of its own takes the text another tab saved, without asking', async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    for (const tab of [first, second]) {
      await blockMonaco(tab);
      await openExercise(tab, FOOD);
    }
    await replaceAnswer(first, '{ "from": "first tab" }');
    await expect.poll(() => readAnswerText(second)).toBe('{ "from": "first tab" }');
    await expect(second.locator('[data-notice="conflict"]')).toHaveCount(0);
    // And the other way round: the first tab, now untouched, follows the second.
    await replaceAnswer(second, '{ "from": "second tab" }');
    await expect.poll(() => readAnswerText(first)).toBe('{ "from": "second tab" }');
    await expect(first.locator('[data-notice="conflict"]')).toHaveCount(0);
    expect(await readSavedDraft(first, FOOD, 'json')).toBe('{ "from": "second tab" }');
  });

  test("both tabs edited: the candidate chooses, and keeping this tab's version can be undone", async ({ context }) => {
    const first = await context.newPage();
    const second = await context.newPage();
    // The second tab's saves fail until the test lets them through, so its edits stay its own, unsaved.
    await second.addInitScript(() => {
      const original = Storage.prototype.setItem;
      Object.assign(window, { refuseDrafts: true });
      Storage.prototype.setItem = function setItem(key: string, value: string) {
        if ((window as unknown as { refuseDrafts: boolean }).refuseDrafts && key.includes(':draft:')) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        original.call(this, key, value);
      };
    });
    for (const tab of [first, second]) {
      await blockMonaco(tab);
      await openExercise(tab, FOOD);
    }
    await replaceAnswer(second, '{ "from": "second tab" }');
    await expect(second.locator('[data-exercise-workspace]')).toHaveAttribute('data-draft', 'unsaved');
    await replaceAnswer(first, '{ "from": "first tab" }');
    const conflict = second.locator('[data-notice="conflict"]');
    await expect(conflict).toContainText('changed in another tab');
    expect(await readAnswerText(second)).toBe('{ "from": "second tab" }');
    expect(await readSavedDraft(second, FOOD, 'json')).toBe('{ "from": "first tab" }');

    await second.evaluate(() => Object.assign(window, { refuseDrafts: false }));
    await conflict.getByRole('button', { name: "Keep this tab's version" }).click();
    await expect.poll(() => readSavedDraft(second, FOOD, 'json')).toBe('{ "from": "second tab" }');
    // The first tab has no edits since its save, so it follows.
    await expect.poll(() => readAnswerText(first)).toBe('{ "from": "second tab" }');
    // The overwritten version is one click away.
    await second.getByRole('button', { name: "Undo (bring back the other tab's version)" }).click();
    expect(await readAnswerText(second)).toBe('{ "from": "first tab" }');
    await expect.poll(() => readSavedDraft(second, FOOD, 'json')).toBe('{ "from": "first tab" }');
  });
});

test.describe('a damaged stored draft', () => {
  test('its text is recovered, the entry is kept, and the candidate is told', async ({ page }) => {
    await blockMonaco(page);
    const typed = '{ "services": [{ "name": "order", "capability": "takes orders" }] }';
    // A write cut off part way: the record's JSON never closes.
    const damaged = JSON.stringify({ text: typed, savedAt: 1, tabId: 't', revision: 2 }).slice(0, -30);
    await openWithStored(page, { [DRAFT_KEY]: damaged });
    const notice = page.locator('[data-notice="damaged-json"]');
    await expect(notice).toContainText('Your saved JSON draft was damaged');
    await expect(notice).toContainText('The damaged entry is kept as it was found.');
    expect(await readAnswerText(page)).toBe(typed);
    expect(await page.evaluate((key) => localStorage.getItem(key), `courseware:v1:unreadable-draft:${FOOD}:json`)).toBe(
      damaged,
    );

    await notice.getByRole('button', { name: 'Show the damaged entry in the editor' }).click();
    expect(await readAnswerText(page)).toBe(damaged);
    await page.getByRole('button', { name: 'Undo (bring back the recovered text)' }).click();
    expect(await readAnswerText(page)).toBe(typed);
  });

  test('with no text to recover, the starter is shown and the entry is still kept', async ({ page }) => {
    await blockMonaco(page);
    const damaged = JSON.stringify({ text: 42, savedAt: 'soon' });
    await openWithStored(page, { [DRAFT_KEY]: damaged });
    const notice = page.locator('[data-notice="damaged-json"]');
    await expect(notice).toContainText('no answer text could be recovered');
    expect(await readAnswerText(page)).toBe(readExerciseFile(FOOD, 'starter.json'));
    // Its button shows a JSON entry in the JSON editor only, and says so from the TypeScript one.
    await page.getByRole('radio', { name: 'TypeScript' }).check();
    await notice.getByRole('button', { name: 'Show the damaged entry in the editor' }).click();
    await expect(notice).toContainText('Switch to JSON first');
    await page.getByRole('radio', { name: 'JSON' }).check();
    // Typing saves a new draft; the damaged entry stays where it was copied.
    await replaceAnswer(page, '{ "services": [] }');
    await expect.poll(() => readSavedDraft(page, FOOD, 'json')).toBe('{ "services": [] }');
    expect(await page.evaluate((key) => localStorage.getItem(key), `courseware:v1:unreadable-draft:${FOOD}:json`)).toBe(
      damaged,
    );
  });
});

test.describe('stored attempts', () => {
  test('60,000 stored attempts: the page reads and shows the latest 50 and says so', async ({ page }) => {
    await blockMonaco(page);
    await openExercise(page, FOOD);
    await page.evaluate((key) => {
      const attempts: object[] = [];
      for (let index = 0; index < 60_000; index += 1) {
        attempts.push({ at: index * 1000, format: 'json', score: 1, max: 2, percent: 50, passed: false });
      }
      // Absurd figures among the latest: not shown, and counted as damaged.
      attempts[59_990] = { at: 1, format: 'json', score: 9e9, max: 2, percent: 1e9, passed: true };
      attempts.push({ at: 61_000_000, format: 'json', score: 2, max: 2, percent: 100, passed: true, answer: '{}' });
      localStorage.setItem(key, JSON.stringify(attempts));
    }, `courseware:v1:attempts:${FOOD}`);
    await openExercise(page, FOOD);
    const items = page.locator('[data-attempts] li');
    await expect(items).toHaveCount(49);
    await expect(page.locator('[data-attempts-note]')).toContainText(
      'Only the latest 50 of 60,001 stored attempts are read; the 59,951 older ones are dropped at your next grade.',
    );
    await expect(page.locator('[data-attempts-note]')).toContainText('1 stored attempt is damaged and not shown.');
    // Only an attempt whose answer is kept can be loaded.
    await expect(page.getByRole('button', { name: /^Load this answer/ })).toHaveCount(1);
    await expect(items.first().getByRole('button', { name: 'Load this answer (attempt 60001)' })).toBeVisible();
    await expect(page.locator('[data-attempts-note]')).toContainText('older attempts keep their score only');
    await expect(items.filter({ hasText: '1000000000%' })).toHaveCount(0);
  });
});
