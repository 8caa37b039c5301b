import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { EXERCISE_IDS, exercisePath } from '../support/exercise-folders.ts';
import { EDITOR_MS, STATE_MS } from './timeouts.ts';

/** The id of every exercise on disk, in every chapter: what the exercise list must show. */
export function listExerciseFolders(): string[] {
  return [...EXERCISE_IDS];
}

/**
 * A file of an exercise folder, e.g. `readExerciseFile('food-delivery-communication', 'model.json')`, as a candidate
 * would type it: a sample without its `//` header (and the blank line after it).
 */
export function readExerciseFile(exercise: string, file: string): string {
  const text = readFileSync(exercisePath(exercise, file), 'utf8');
  if (!file.startsWith('samples/')) return text;
  const lines = text.split('\n');
  const start = lines.findIndex((line) => !line.startsWith('//'));
  return lines.slice(lines[start] === '' ? start + 1 : start).join('\n');
}

/** Opens an exercise page and waits until its script has restored the draft. */
export async function openExercise(page: Page, exercise: string): Promise<void> {
  await page.goto(`/exercises/${exercise}/`);
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-ready', 'true');
  await reachAnswer(page);
}

/**
 * Scrolls the answer into view, as a candidate does: the full editor loads once the answer is reached. The box that
 * holds the editor is scrolled, not the text area: Monaco may already have hidden the text area (a reload restores the
 * scroll position, so the answer is in view and Monaco loads at once), and scrolling to a hidden element waits forever.
 */
export async function reachAnswer(page: Page): Promise<void> {
  // On a phone the answer is a form by default, and the editor's box is hidden: scroll whichever is shown.
  const answer = page.locator('[data-editor-host]:visible, [data-answer-form]:visible').first();
  // Playwright's scroll waits for the box to stop moving, which lets Monaco finish taking over before a test types
  // (typing across the handover can split the text between the two editors). On a phone the editor grows to its text
  // as Monaco arrives, and that wait once outlasted a test: after a bound, the page scrolls itself.
  await answer.scrollIntoViewIfNeeded({ timeout: STATE_MS }).catch(async () => {
    await answer.evaluate((element) => element.scrollIntoView({ block: 'start' }));
  });
}

/** Waits until Monaco has taken over from the text area (after `openExercise`, which brings the answer into view). */
export async function waitForMonaco(page: Page): Promise<void> {
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-editor', 'monaco', {
    timeout: EDITOR_MS,
  });
  await expect(page.locator('.monaco-editor').first()).toBeVisible();
}

/**
 * Replaces the whole answer in whichever editor is active, as a candidate pasting it would. Monaco gets
 * a real clipboard paste: typed text would be auto-indented and auto-closed like keystrokes.
 */
export async function replaceAnswer(page: Page, text: string): Promise<void> {
  const editorKind = await page.locator('[data-exercise-workspace]').getAttribute('data-editor');
  if (editorKind === 'monaco') {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.locator('.monaco-editor .view-lines').first().click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+V');
    return;
  }
  await page.locator('[data-answer-text]').focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

/** The text the page last saved as the draft of `exercise` in `format` (exact, whichever editor is active). */
export async function readSavedDraft(page: Page, exercise: string, format: 'json' | 'ts'): Promise<string> {
  const saved = await page.evaluate((key) => localStorage.getItem(key), `courseware:v1:draft:${exercise}:${format}`);
  return (JSON.parse(saved ?? '{}') as { text?: string }).text ?? '';
}

/** The text of the active editor. */
export async function readAnswerText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const root = document.querySelector<HTMLElement>('[data-exercise-workspace]');
    if (root?.dataset['editor'] === 'monaco') {
      const lines = [...document.querySelectorAll<HTMLElement>('.monaco-editor .view-line')];
      return lines.map((line) => line.textContent ?? '').join('\n');
    }
    return document.querySelector<HTMLTextAreaElement>('[data-answer-text]')?.value ?? '';
  });
}

/** Presses Grade and waits for the report. */
export async function gradeAnswer(page: Page): Promise<void> {
  const root = page.locator('[data-exercise-workspace]');
  const before = Number((await root.getAttribute('data-graded')) ?? '0');
  await page.getByRole('button', { name: /^Grade/ }).click();
  await expect(root).toHaveAttribute('data-graded', String(before + 1));
}

/** Keeps Monaco from loading, so a test works with the plain text area (exact text reads). */
export async function blockMonaco(page: Page): Promise<void> {
  await page.route(/monaco-loader\.[\w-]+\.js$/, (route) => route.abort());
}
