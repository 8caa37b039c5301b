/**
 * "Your data" (/progress/data/): today's stored data (test/fixtures/storage/today-v1.json, written by the release
 * before the layout was versioned) is read and shown by this one; an export from one browser imported into a fresh
 * one brings every draft, attempt and mock record; each kind of bad file is refused with its message and changes
 * nothing; reset asks first, in a real dialog, and Undo brings everything back.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import Ajv2020 from 'ajv/dist/2020.js';
import { expect, test, type Page } from '@playwright/test';
import { blockMonaco, openExercise, readSavedDraft } from './exercise-helpers.ts';
import { recordPageErrors } from './helpers.ts';

test.use({ serviceWorkers: 'block' });

const FIXTURE = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/storage/today-v1.json'), 'utf8'),
) as Record<string, string>;
const PREFIX = 'courseware:v1:';
const FOOD = 'food-delivery-communication';
const ORDERS = 'order-placed-events';
const MOCKED = 'notification-ec2-or-lambda';
const REVEALED = 'multi-tenant-isolation';
const MOCK_ID = (JSON.parse(FIXTURE[`${PREFIX}mocks`] ?? '[]') as { id: string }[])[0]?.id ?? 'missing';
const draftText = (exercise: string, format: string): string =>
  (JSON.parse(FIXTURE[`${PREFIX}draft:${exercise}:${format}`] ?? '{}') as { text: string }).text;

/** Puts today's fixture into this browser's storage (from a page of the site that reads no storage). */
async function loadFixture(page: Page): Promise<void> {
  await page.goto('/favicon.svg');
  await page.evaluate((items) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, FIXTURE);
}

/** Every item of the course in this browser's storage, by key. */
function readCourseStorage(page: Page): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const items: Record<string, string> = {};
    for (let index = 0; index < localStorage.length; index += 1) {
      const key = localStorage.key(index) ?? '';
      if (key.startsWith(prefix)) items[key] = localStorage.getItem(key) ?? '';
    }
    return items;
  }, PREFIX);
}

/** Finds every draft, attempt, mock record and revealed model answer of the fixture on the pages that show them. */
async function expectFixtureShown(page: Page): Promise<void> {
  await blockMonaco(page);
  await page.goto('/exercises/');
  await expect(page.locator(`[data-exercise-card="${FOOD}"] [data-exercise-status]`)).toHaveText(
    'Passed (1 attempt, best score 100%)',
  );
  await expect(page.locator(`[data-exercise-card="${ORDERS}"] [data-exercise-status]`)).toHaveText(
    'In progress (1 attempt, best score 94.7%)',
  );
  await expect(page.locator(`[data-exercise-card="${MOCKED}"] [data-exercise-status]`)).toHaveText(
    'Passed (1 attempt, best score 100%)',
  );
  for (const [exercise, outcome] of [
    [FOOD, 'passed'],
    [ORDERS, 'not passed'],
  ] as const) {
    await openExercise(page, exercise);
    // The format last used was TypeScript: its draft is the one shown.
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-format', 'ts');
    await expect(page.locator('[data-answer-text]')).toHaveValue(draftText(exercise, 'ts'));
    await expect(page.locator('[data-attempts] li')).toHaveCount(1);
    await expect(page.locator('[data-attempts] li')).toContainText(`, ${outcome}, JSON`);
    // The JSON draft is kept beside it (switching formats converts the shown text, so it is read from storage).
    expect(await readSavedDraft(page, exercise, 'json')).toBe(draftText(exercise, 'json'));
  }
  await openExercise(page, MOCKED);
  await expect(page.locator('[data-answer-text]')).toHaveValue(draftText(MOCKED, 'json'));
  await expect(page.locator('[data-attempts] li')).toContainText('passed (timed mock)');
  await openExercise(page, REVEALED);
  await expect(page.locator('[data-solution]')).toBeVisible();
  await page.goto('/mock/');
  await expect(page.locator(`[data-mock-record="${MOCK_ID}"]`)).toContainText('passed (time ran out)');
}

test("today's stored data is read and shown by this release, and its layout is recorded", async ({ page }) => {
  await loadFixture(page);
  await expectFixtureShown(page);
  const stored = await readCourseStorage(page);
  expect(stored[`${PREFIX}layout`]).toBe('2');
  // Reading and migrating changed none of it.
  for (const key of Object.keys(FIXTURE).filter((key) => key.startsWith(PREFIX)))
    expect(stored[key], key).toBe(FIXTURE[key]);
});

test('an export from one browser, imported into a fresh one, brings every draft, attempt and mock record', async ({
  browser,
  page,
}, testInfo) => {
  await loadFixture(page);
  await page.goto('/progress/data/');
  await expect(page.locator('[data-progress-data]')).toHaveAttribute('data-ready', 'true');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download your data' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^system-design-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  await expect(page.locator('[data-export-status]')).toContainText('Saved system-design-progress-');
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { version: number; items: Record<string, unknown[]> };
  expect(exported.version).toBe(2);

  const fresh = await browser.newContext({ serviceWorkers: 'block' });
  const other = await fresh.newPage();
  await other.goto('/progress/data/');
  await expect(other.locator('[data-progress-data]')).toHaveAttribute('data-ready', 'true');
  await other.getByLabel(/Choose an export file \(JSON, at most 5 MB\)/).setInputFiles(file);
  const status = other.locator('[data-import-status]');
  await expect(status).toHaveAttribute('data-import-state', 'merged');
  await expect(status).toContainText('drafts: 5 new');
  await expect(status).toContainText('attempts: 3 added');
  await expect(status).toContainText('mock records: 1 added');
  await expectFixtureShown(other);

  // The same file again: nothing duplicated, and it says so.
  await other.goto('/progress/data/');
  await other.getByLabel(/Choose an export file/).setInputFiles(file);
  await expect(other.locator('[data-import-status]')).toContainText('attempts: none new');
  const attempts = await other.evaluate(
    (key) => JSON.parse(localStorage.getItem(key) ?? '[]') as unknown[],
    `${PREFIX}attempts:${FOOD}`,
  );
  expect(attempts).toHaveLength(1);
  await fresh.close();
});

test('each kind of bad file is refused with its message and place, and changes nothing', async ({ page }, testInfo) => {
  await loadFixture(page);
  // From here: the fixture's page (an SVG) asks for a favicon the site does not have.
  const errors = recordPageErrors(page);
  await page.goto('/progress/data/');
  await expect(page.locator('[data-progress-data]')).toHaveAttribute('data-ready', 'true');
  const before = await readCourseStorage(page);
  const valid = {
    format: 'courseware-progress',
    version: 2,
    exportedAt: '2026-12-06T12:00:00.000Z',
    items: { revealed: [{ exerciseId: FOOD, value: true }] },
  };
  const markup = '<img src=x data-injected>';
  const cases: { name: string; text: string | Buffer; expected: RegExp }[] = [
    {
      name: 'not-json',
      text: '{\n  "format": "courseware-progress",\n  oops\n}',
      expected: /line 3, column 3: not valid JSON/,
    },
    {
      name: 'future',
      text: JSON.stringify({ ...valid, version: 3 }),
      expected: /\/version: is 3: the file was made by a newer version of the course.*Update the site/,
    },
    {
      name: 'wrong-type',
      text: JSON.stringify({ ...valid, items: { revealed: [{ exerciseId: FOOD, value: 'yes' }] } }),
      expected: /\/items\/revealed\/0\/value: should be true/,
    },
    { name: 'other-json', text: '[1, 2, 3]', expected: /\/: should be an object/ },
    {
      name: 'proto',
      text: JSON.stringify(valid).replace('"items":{', '"items":{"__proto__":[],'),
      expected: /\/items: the field "__proto__" is not part of an export/,
    },
    {
      name: 'markup',
      text: JSON.stringify(valid).replace('"items":{', `"items":{${JSON.stringify(markup)}:[],`),
      expected: /the field "<img src=x data-injected>" is not part of an export/,
    },
    {
      name: 'deep',
      text: `{"items": ${'['.repeat(5000)}${']'.repeat(5000)}}`,
      expected: /line 1, column \d+: nested deeper than 20 levels/,
    },
    { name: 'huge', text: Buffer.alloc(5 * 1024 * 1024 + 1, 32), expected: /larger than 5 MB/ },
  ];
  for (const { name, text, expected } of cases) {
    const path = testInfo.outputPath(`${name}.json`);
    writeFileSync(path, text);
    await page.getByLabel(/Choose an export file/).setInputFiles(path);
    const status = page.locator('[data-import-status]');
    await expect(status, name).toHaveAttribute('data-import-state', 'refused');
    await expect(status, name).toContainText('The file was not imported; nothing was changed:');
    await expect(status.locator('li').first(), name).toHaveText(expected);
    expect(await readCourseStorage(page), name).toEqual(before);
    await page.locator('[data-import-status]').evaluate((element) => element.removeAttribute('data-import-state'));
  }
  // The markup was shown as text, never made into an element.
  expect(await page.locator('[data-injected]').count()).toBe(0);
  expect(errors).toEqual([]);
});

test('reset asks in a dialog (Escape keeps everything), removes everything, and Undo brings it back until the tab closes', async ({
  page,
}) => {
  await loadFixture(page);
  await page.goto('/progress/data/');
  await expect(page.locator('[data-progress-data]')).toHaveAttribute('data-ready', 'true');
  const before = await readCourseStorage(page);
  const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });

  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  expect(await readCourseStorage(page)).toEqual(before);

  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Reset everything' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.locator('[data-reset-status]')).toContainText('Undo brings them back until you close this tab.');
  expect(Object.keys(await readCourseStorage(page))).toEqual([`${PREFIX}layout`]);

  await blockMonaco(page);
  await page.goto('/exercises/');
  await expect(page.locator(`[data-exercise-card="${FOOD}"] [data-exercise-status]`)).toHaveText('Not started');

  await page.goto('/progress/data/');
  const undo = page.getByRole('button', { name: 'Undo the reset' });
  await undo.click();
  await expect(page.locator('[data-reset-status]')).toHaveText('Your progress is back.');
  await expect(undo).toBeHidden();
  expect(await readCourseStorage(page)).toEqual(before);
  await expectFixtureShown(page);
});

for (const theme of ['light', 'dark'] as const) {
  test(`the page has no WCAG A/AA violations in the ${theme} theme, with results and the dialog shown`, async ({
    page,
  }, testInfo) => {
    await page.emulateMedia({ colorScheme: theme });
    await loadFixture(page);
    await page.goto('/progress/data/');
    await expect(page.locator('[data-progress-data]')).toHaveAttribute('data-ready', 'true');
    const path = testInfo.outputPath('bad.json');
    writeFileSync(path, '{"format": 1}');
    await page.getByLabel(/Choose an export file/).setInputFiles(path);
    await expect(page.locator('[data-import-status]')).toHaveAttribute('data-import-state', 'refused');
    const scan = () =>
      new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .exclude('button[data-open-modal]')
        .analyze()
        .then((results) => results.violations.map((violation) => `${violation.id}: ${violation.help}`));
    expect(await scan()).toEqual([]);
    await page.getByRole('button', { name: 'Reset all progress…' }).click();
    expect(await scan()).toEqual([]);
  });
}

test('the published schema is the one generated from the registry, and an export from the page passes it', async ({
  page,
  request,
}, testInfo) => {
  const published = (await (await request.get('/schemas/export-v2.json')).json()) as object;
  // Generated again from the source, in Node (the engine's modules do not load in Playwright's test runner).
  const generated = execFileSync(
    'npx',
    [
      'tsx',
      '-e',
      "import('./src/storage/layout/export-schema.ts').then((m) => process.stdout.write(JSON.stringify(m.buildExportSchema())))",
    ],
    { cwd: join(import.meta.dirname, '../..'), encoding: 'utf8' },
  );
  expect(published).toEqual(JSON.parse(generated));
  await loadFixture(page);
  await page.goto('/progress/data/');
  await expect(page.locator('[data-progress-data]')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByRole('link', { name: 'a published JSON Schema' })).toHaveAttribute(
    'href',
    '/schemas/export-v2.json',
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download your data' }).click(),
  ]);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  const validate = new Ajv2020({ allErrors: true }).compile(published);
  expect(validate(JSON.parse(readFileSync(file, 'utf8'))), JSON.stringify(validate.errors)).toBe(true);
});
