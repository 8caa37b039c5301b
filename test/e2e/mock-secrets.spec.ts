/**
 * A mock keeps its curveball secret until the reveal: before it, nothing of the change shows in the starter, the
 * "Answer format" panel, the form, or the editor's suggestions from the JSON schema and the TypeScript declarations;
 * a reload keeps it so. After the reveal, and outside mocks, all of it is there as in practice.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { exercisePath } from '../support/exercise-folders.ts';
import { blockMonaco, openExercise, readAnswerText, replaceAnswer, waitForMonaco } from './exercise-helpers.ts';
import { EDITOR_MS, STATE_MS } from './timeouts.ts';

test.use({ serviceWorkers: 'block' });

const ORDERS = 'order-placed-events';
const TENANTS = 'multi-tenant-isolation';

/** The enum values found anywhere in `node`. */
function listEnumValues(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(listEnumValues);
  if (node === null || typeof node !== 'object') return [];
  const own = Object.entries(node as Record<string, unknown>);
  const values = own.flatMap(([key, value]) =>
    key === 'enum' && Array.isArray(value) ? value.filter((entry) => typeof entry === 'string') : [],
  );
  return [...values, ...own.flatMap(([, value]) => listEnumValues(value))];
}

/** The part of `schema` at a JSON pointer (plain field names only). */
function partAt(schema: unknown, pointer: string): unknown {
  let node = schema;
  for (const key of pointer.split('/').slice(1)) node = (node as Record<string, unknown> | undefined)?.[key];
  expect(node, pointer).toBeDefined();
  return node;
}

/**
 * The words that give the curveball away: its field names and the options only its parts of the schema offer (an
 * option some other field offers too is no secret), read from the exercise's own schema.
 */
function secretWords(exercise: string, fields: string[], pointers: string[]): string[] {
  const schema: unknown = JSON.parse(readFileSync(exercisePath(exercise, 'answer.schema.json'), 'utf8'));
  const secret = pointers.map((pointer) => partAt(schema, pointer));
  const rest = JSON.stringify(schema, (_key, value: unknown) => (secret.includes(value) ? undefined : value));
  const options = listEnumValues(secret).filter((option) => !rest.includes(`"${option}"`));
  expect(options.length).toBeGreaterThan(2);
  return [...fields, ...options];
}

const ORDER_WORDS = secretWords(ORDERS, ['newConsumer', 'loyalty', 'fifth consumer'], ['/properties/newConsumer']);
const TENANT_WORDS = secretWords(
  TENANTS,
  ['outgrownTenant', 'outgrown'],
  [
    '/properties/cells/properties/outgrownTenant',
    '/properties/cells/properties/outgrownTenantWhy',
    '/$defs/outgrownReason',
  ],
);

/** The text a candidate can read in the "Answer format" panel shown now, opened. */
async function readAnswerFormat(page: Page): Promise<string> {
  const panel = page.locator('[data-answer-format]:visible');
  await expect(panel).toHaveCount(1);
  const details = panel.locator('details');
  if ((await details.getAttribute('open')) === null) await details.locator('summary').click();
  return panel.evaluate((element: HTMLElement) => element.innerText);
}

/** The text a candidate can read in the answer form (switching to it), then back in `format`. */
async function readForm(page: Page, format: 'JSON' | 'TypeScript' = 'JSON'): Promise<string> {
  await page.getByRole('radio', { name: 'Form' }).check();
  const fields = page.locator('[data-answer-form-fields]');
  await expect(fields.locator('.form-field, .form-group').first()).toBeVisible();
  const text = await fields.evaluate((element: HTMLElement) => element.innerText);
  await page.getByRole('radio', { name: format, exact: true }).check();
  await expect(page.locator('[data-answer-form]')).toBeHidden();
  return text;
}

function expectNone(text: string, words: readonly string[], where: string): void {
  for (const word of words) expect(text, `${where} shows "${word}"`).not.toContain(word);
}

function expectSome(text: string, words: readonly string[], where: string): void {
  expect(
    words.some((word) => text.includes(word)),
    `${where} shows none of ${words.join(', ')}`,
  ).toBe(true);
}

/**
 * Opens the editor's suggestions on a new line after the first (where a property of the answer goes) and returns
 * what they list, then removes the new line.
 */
async function readPropertySuggestions(page: Page): Promise<string> {
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  const json = (await page.locator('[data-exercise-workspace]').getAttribute('data-format')) === 'json';
  if (json) await page.keyboard.type('"');
  const widget = page.locator('.monaco-editor .suggest-widget');
  let text = '';
  await expect(async () => {
    await page.keyboard.press('Control+Space');
    await expect(widget.locator('.monaco-list-row').first()).toBeVisible({ timeout: 3000 });
    text = await widget.evaluate((element: HTMLElement) => element.innerText);
  }).toPass({ timeout: EDITOR_MS });
  await page.keyboard.press('Escape');
  // The new line goes again: the text is as it was.
  await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Delete');
  await page.keyboard.press('Backspace');
  return text;
}

/** An answer to the orders exercise before the change, without `consumerDown` yet so the editor has one to offer. */
const ORDERS_DRAFT = `${JSON.stringify({ publish: { event: 'OrderPlaced', reason: '' }, reactions: [] }, null, 2)}\n`;

test.describe('before the curveball of a mock', () => {
  test('the starter, the answer format and the form keep it out until its minute, across a reload; then show it', async ({
    page,
  }) => {
    await blockMonaco(page);
    await page.clock.install();
    await openExercise(page, ORDERS);
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
    // Outside a mock, everything is there as in practice.
    expectSome(await readAnswerText(page), ['newConsumer'], 'the practice starter');
    expectSome(await readAnswerFormat(page), ORDER_WORDS, 'the practice answer format');

    const mock = page.getByRole('region', { name: 'Timed mock interview' });
    await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
    await expect(mock.getByRole('timer')).toBeVisible();
    const starter = await readAnswerText(page);
    expectNone(starter, ORDER_WORDS, 'the starter');
    expect(starter).toContain('"consumerDown"');
    expectNone(await readAnswerFormat(page), ORDER_WORDS, 'the answer format');
    expectNone(await readForm(page), ORDER_WORDS, 'the form');

    await page.clock.runFor(2000);
    await page.reload();
    await expect(mock.getByRole('timer')).toBeVisible();
    expectNone(await readAnswerText(page), ORDER_WORDS, 'the starter after a reload');
    expectNone(await readAnswerFormat(page), ORDER_WORDS, 'the answer format after a reload');
    expectNone(await readForm(page), ORDER_WORDS, 'the form after a reload');

    // Six minutes after the start.
    await page.clock.fastForward('05:58');
    await expect(page.locator('aside[data-curveball]')).toBeVisible();
    // The starter was left as it was, so it grows the new field; a draft of the candidate's own would stay as written.
    await expect.poll(() => readAnswerText(page), { timeout: STATE_MS }).toContain('"newConsumer"');
    expectSome(await readAnswerFormat(page), ORDER_WORDS, 'the answer format after the reveal');
    expectSome(await readForm(page), ORDER_WORDS, 'the form after the reveal');
    await page.reload();
    expectSome(await readAnswerFormat(page), ORDER_WORDS, 'the answer format after the reveal and a reload');
  });

  test("the editor's JSON and TypeScript suggestions leave the curveball's field out until its minute", async ({
    page,
  }) => {
    // No fake clock here: under one, Monaco's suggestion timing threw inside a timer and the TypeScript worker's
    // later updates never ran. The mock's minutes are skipped by moving its stored start back instead (below).
    await openExercise(page, ORDERS);
    const mock = page.getByRole('region', { name: 'Timed mock interview' });
    await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
    await waitForMonaco(page);
    await replaceAnswer(page, ORDERS_DRAFT);

    const suggestions = async (format: 'JSON' | 'TypeScript'): Promise<string> => {
      await page.getByRole('radio', { name: format, exact: true }).check();
      await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute(
        'data-format',
        format === 'JSON' ? 'json' : 'ts',
      );
      return readPropertySuggestions(page);
    };

    for (const format of ['JSON', 'TypeScript'] as const) {
      const text = await suggestions(format);
      // The suggestions work (the missing consumerDown is offered) and do not offer the curveball's field.
      expect(text, format).toContain('consumerDown');
      expectNone(text, ORDER_WORDS, `the ${format} suggestions`);
    }

    // Six minutes ago, as far as the mock knows: it reads its start from storage every second.
    await page.evaluate((key) => {
      const session = JSON.parse(localStorage.getItem(key) ?? '{}') as { startedAt: number };
      localStorage.setItem(key, JSON.stringify({ ...session, startedAt: session.startedAt - 6 * 60_000 }));
    }, `courseware:v1:mock:${ORDERS}`);
    await expect(page.locator('aside[data-curveball]')).toBeVisible();
    // The candidate's own draft is never rewritten at the reveal.
    await expect.poll(() => readAnswerText(page)).not.toContain('newConsumer');
    for (const format of ['JSON', 'TypeScript'] as const) {
      // The editor's workers take the new schema and declarations in the background: a moment later they offer it.
      await expect(async () => expect(await suggestions(format), format).toContain('newConsumer')).toPass({
        timeout: EDITOR_MS,
      });
    }
  });

  test('a curveball revealed at the first draft stays out of the answer format and the form until it is handed in', async ({
    page,
  }) => {
    await blockMonaco(page);
    await openExercise(page, TENANTS);
    expectSome(await readAnswerFormat(page), TENANT_WORDS, 'the practice answer format');
    const mock = page.getByRole('region', { name: 'Timed mock interview' });
    await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
    await expect(mock.getByRole('timer')).toBeVisible();
    expectNone(await readAnswerText(page), TENANT_WORDS, 'the starter');
    expectNone(await readAnswerFormat(page), TENANT_WORDS, 'the answer format');
    const draft = `${JSON.stringify({ situations: [{ situation: 'hr-platform', choice: 'cells', reason: '' }], cells: { routeBy: 'tenant-id' } }, null, 2)}\n`;
    await replaceAnswer(page, draft);
    expectNone(await readForm(page), TENANT_WORDS, 'the form');

    await mock.getByRole('button', { name: 'Hand in a first draft' }).click();
    await expect(page.locator('aside[data-curveball]')).toBeVisible();
    expectSome(await readAnswerFormat(page), TENANT_WORDS, 'the answer format after the reveal');
    expectSome(await readForm(page), TENANT_WORDS, 'the form after the reveal');
    // The candidate's draft is as they wrote it: the form showed the new field without writing it in.
    expect(await readAnswerText(page)).toBe(draft);
  });
});

test('a reload during the mock hides the curveball from the first paint, before the page script runs', async ({
  page,
}) => {
  await blockMonaco(page);
  await openExercise(page, ORDERS);
  const mock = page.getByRole('region', { name: 'Timed mock interview' });
  await mock.getByRole('button', { name: 'Start a 15-minute mock' }).click();
  await expect(mock.getByRole('timer')).toBeVisible();
  // The page's own scripts never arrive: what shows is what the HTML and its inline guard draw on their own.
  await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-curveball-hidden', 'true');
  await expect(page.locator('aside[data-curveball]')).toBeHidden();
  const visibleFormat = await page.locator('[data-answer-format]:visible').innerText();
  expectNone(visibleFormat, ORDER_WORDS, 'the answer format before the script');
  await expect(page.locator('[data-answer-text]')).toBeHidden();
});

test('outside a mock, a reload draws the curveball and the full starter as in practice', async ({ page }) => {
  await page.route(/\/_astro\/.*\.js$/, (route) => route.abort());
  await page.goto(`/exercises/${ORDERS}/`);
  await expect(page.locator('html')).not.toHaveAttribute('data-curveball-hidden', /.*/);
  await expect(page.locator('aside[data-curveball]')).toBeVisible();
  await expect(page.locator('[data-answer-text]')).toBeVisible();
});
