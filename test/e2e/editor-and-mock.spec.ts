import { expect, test, type Page } from '@playwright/test';
import { blockMonaco, openExercise, readExerciseFile, waitForMonaco } from './exercise-helpers.ts';
import { EDITOR_MS, STATE_MS } from './timeouts.ts';

// A page the service worker controls fetches through it, out of reach of `page.route`, so `blockMonaco` would
// stop blocking after a reload. These tests are about the page, not offline use: no service worker.
test.use({ serviceWorkers: 'block' });

const NOTIFICATION = 'notification-ec2-or-lambda';
/** The starter answer, line by line, as Monaco shows it before anything is typed. */
const STARTER_LINES = readExerciseFile(NOTIFICATION, 'starter.json').trimEnd().split('\n');

/** Rectangles, in page pixels, of what Monaco draws for one line. */
interface LineGeometry {
  caret: DOMRectReadOnly | undefined;
  line: DOMRectReadOnly | undefined;
  /** Where the text's `column` (1-based) starts on that line. */
  column: DOMRectReadOnly | undefined;
  gutter: DOMRectReadOnly | undefined;
}

/** Measures the caret, the line showing `text`, its `column` and its gutter row `lineNumber`. */
function measureLine(page: Page, text: string, lineNumber: number, column: number): Promise<LineGeometry> {
  return page.evaluate(
    ({ text, lineNumber, column }) => {
      const editor = document.querySelector('[data-exercise-workspace] .monaco-editor');
      const lines = [...(editor?.querySelectorAll<HTMLElement>('.view-line') ?? [])];
      // Monaco draws spaces as no-break spaces.
      const line = lines.find((candidate) => (candidate.textContent ?? '').replaceAll('\u00a0', ' ') === text);
      let columnRect: DOMRectReadOnly | undefined;
      if (line) {
        let offset = column - 1;
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const length = node.textContent?.length ?? 0;
          if (offset < length) {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            columnRect = range.getBoundingClientRect();
            break;
          }
          offset -= length;
        }
      }
      const gutter = [...(editor?.querySelectorAll<HTMLElement>('.line-numbers') ?? [])].find(
        (row) => row.textContent?.trim() === String(lineNumber),
      );
      return {
        caret: editor?.querySelector('.cursors-layer .cursor')?.getBoundingClientRect(),
        line: line?.getBoundingClientRect(),
        column: columnRect,
        gutter: gutter?.getBoundingClientRect(),
      };
    },
    { text, lineNumber, column },
  );
}

test.describe('Monaco is drawn true inside the Starlight page', () => {
  test.beforeEach(async ({ page }) => {
    await openExercise(page, NOTIFICATION);
    await waitForMonaco(page);
  });

  test('the caret, the text and the line number of a line sit on the same row', async ({ page }) => {
    // Line 3 column 5, by keyboard: `  "c|aveat"`.
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    for (let step = 0; step < 4; step += 1) await page.keyboard.press('ArrowRight');

    const text = STARTER_LINES[2] ?? '';
    expect(text).toContain('"caveat"');
    await expect(async () => {
      const { caret, line, column, gutter } = await measureLine(page, text, 3, 5);
      if (!caret || !line || !column || !gutter) throw new Error('caret, line, column or line number not drawn');
      expect(line.height).toBeGreaterThan(0);
      // The caret covers the line's text vertically and stands where column 5 starts.
      expect(Math.abs(caret.top - line.top)).toBeLessThanOrEqual(2);
      expect(Math.abs(caret.bottom - line.bottom)).toBeLessThanOrEqual(2);
      expect(Math.abs(caret.left - column.left)).toBeLessThanOrEqual(2);
      // The line number "3" is on the same row as the text of line 3.
      expect(Math.abs(gutter.top - line.top)).toBeLessThanOrEqual(2);
      expect(Math.abs(gutter.bottom - line.bottom)).toBeLessThanOrEqual(2);
    }).toPass({ timeout: EDITOR_MS });
  });

  test('suggestions inside a value are listed with readable rows', async ({ page }) => {
    // Between the quotes of `"choice": ""` on line 2.
    const line = STARTER_LINES[1] ?? '';
    const column = line.indexOf('"choice": ""') + '"choice": "'.length + 1;
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.press('ArrowDown');
    for (let step = 1; step < column; step += 1) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Control+Space');

    const widget = page.locator('.monaco-editor .suggest-widget');
    await expect(widget).toBeVisible({ timeout: EDITOR_MS });
    await expect(widget.locator('.monaco-list-row').first()).toBeVisible({ timeout: EDITOR_MS });
    await expect(widget).toContainText('"lambda"');
    const rows = await widget.locator('.monaco-list-row').evaluateAll((elements) =>
      elements.map((row) => {
        const label = row.querySelector('.label-name');
        const rowBox = row.getBoundingClientRect();
        const labelBox = label?.getBoundingClientRect();
        return {
          text: label?.textContent?.trim() ?? '',
          rowTop: rowBox.top,
          rowBottom: rowBox.bottom,
          labelTop: labelBox?.top ?? Number.NaN,
          labelBottom: labelBox?.bottom ?? Number.NaN,
          labelHeight: labelBox?.height ?? 0,
        };
      }),
    );
    expect(rows.length).toBeGreaterThanOrEqual(5);
    for (const row of rows) {
      expect(row.text).not.toBe('');
      expect(row.rowBottom - row.rowTop).toBeGreaterThan(0);
      expect(row.labelHeight).toBeGreaterThan(0);
      // The label is drawn inside its row, not pushed below it (where the row clips it away).
      expect(row.labelTop).toBeGreaterThanOrEqual(row.rowTop - 1);
      expect(row.labelBottom).toBeLessThanOrEqual(row.rowBottom + 1);
    }
  });

  test("hovering a property shows the exercise schema's description of it", async ({ page }) => {
    const schema = JSON.parse(readExerciseFile(NOTIFICATION, 'answer.schema.json')) as {
      properties: { decision: { description: string } };
    };
    const key = page.locator('.monaco-editor .view-line span span', { hasText: '"decision"' });
    const hover = page.locator('.monaco-editor .monaco-hover:not(.hidden)');
    // The schema's marks on the starter's empty values show that the JSON worker has the schema.
    await expect(page.locator('.monaco-editor .squiggly-error').first()).toBeVisible({ timeout: EDITOR_MS });
    // A hover asked for while the worker was still busy stays away until the mouse moves: move away and back.
    await expect(async () => {
      await page.mouse.move(0, 0);
      await key.hover();
      await expect(hover).toBeVisible({ timeout: STATE_MS });
    }).toPass({ timeout: EDITOR_MS });
    await expect(hover).toContainText(schema.properties.decision.description);
    // Drawn next to the key, not over it.
    const [hoverBox, keyBox] = await Promise.all([hover.boundingBox(), key.boundingBox()]);
    if (!hoverBox || !keyBox) throw new Error('hover or key not drawn');
    const overlap = Math.min(hoverBox.y + hoverBox.height, keyBox.y + keyBox.height) - Math.max(hoverBox.y, keyBox.y);
    expect(overlap).toBeLessThanOrEqual(2);
  });
});

test.describe('the timed mock shows only what applies', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.install();
    await blockMonaco(page);
    await openExercise(page, NOTIFICATION);
    // From here the page's time moves only when the test moves it.
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  });

  test('finished early: no clock before or after, and the report replaces "being graded"', async ({ page }) => {
    const mock = page.getByRole('region', { name: 'Timed mock interview' });
    const start = mock.getByRole('button', { name: 'Start an 8-minute mock' });
    const finish = mock.getByRole('button', { name: 'Finish and grade now' });
    const timer = mock.getByRole('timer');
    await expect(mock.getByText('Time left')).toBeHidden();
    await expect(timer).toBeHidden();
    await expect(finish).toBeHidden();
    // "an" before a number read with a vowel sound: "an eight-minute mock".
    await expect(mock.locator('[data-mock-start]')).toHaveText('Start an 8-minute mock');
    await expect(start).toBeVisible();

    await start.click();
    await expect(timer).toHaveText('08:00');
    await expect(mock.getByText('Time left')).toBeVisible();
    await expect(finish).toBeVisible();
    await expect(start).toBeHidden();

    await finish.click();
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-graded', '1');
    await expect(page.locator('.report-summary')).toBeVisible();
    const announcer = mock.locator('[data-mock-announcer]');
    await expect(announcer).toHaveText('Mock finished: your answer is graded; the report is below.');
    await expect(announcer).not.toContainText('being graded');
    await expect(mock.getByText('Time left')).toBeHidden();
    await expect(timer).toBeHidden();
    await expect(finish).toBeHidden();
    await expect(start).toBeVisible();
  });

  test('a model answer opened before the mock is hidden while it runs, and back once it ends', async ({ page }) => {
    const solution = page.locator('[data-solution]');
    const modelAnswer = page.getByRole('region', { name: 'Model answer' }).locator('[data-model-answer]');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Show it now' }).click();
    await expect(modelAnswer).toBeVisible();

    const mock = page.getByRole('region', { name: 'Timed mock interview' });
    await mock.locator('[data-mock-start]').click();
    await expect(mock.getByRole('timer')).toHaveText('08:00');
    await expect(solution).toBeHidden();
    await expect(page.getByText('The model answer is hidden while the timed mock runs.')).toBeVisible();
    // A reload during the mock keeps it hidden: the mock resumes, and with it the rule.
    await page.reload();
    await expect(mock.getByRole('timer')).toBeVisible();
    await expect(solution).toBeHidden();

    await mock.getByRole('button', { name: 'Finish and grade now' }).click();
    await expect(page.locator('.report-summary')).toBeVisible();
    await expect(modelAnswer).toBeVisible();
    await expect(page.getByText('The model answer is hidden while the timed mock runs.')).toBeHidden();
  });

  test('time up: the running controls go away once the report is shown', async ({ page }) => {
    const mock = page.getByRole('region', { name: 'Timed mock interview' });
    const start = mock.locator('[data-mock-start]');
    await start.click();
    await expect(mock.getByRole('timer')).toHaveText('08:00');

    await page.clock.fastForward('08:00');
    await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-graded', '1');
    await expect(page.locator('.report-summary')).toBeVisible();
    await expect(mock.getByRole('timer')).toBeHidden();
    await expect(mock.getByText('Time left')).toBeHidden();
    await expect(mock.getByRole('button', { name: 'Finish and grade now' })).toBeHidden();
    await expect(start).toBeVisible();
    await expect(mock.locator('[data-mock-announcer]')).toHaveText(
      'Time is up: your answer is graded; the report is below.',
    );
  });
});
