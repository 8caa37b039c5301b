/**
 * Every page ships a strict Content-Security-Policy (src/integrations/content-security-policy.ts), and everything the
 * site does works under it: a lesson and its search, an exercise edited in Monaco, graded, switched to TypeScript,
 * drawn, with its model answer shown. Nothing the page runs is blocked, and `eval` is.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { collectScripts, listHtmlFiles } from '../../src/integrations/script-graph.ts';
import { gradeAnswer, openExercise, readExerciseFile, replaceAnswer, waitForMonaco } from './exercise-helpers.ts';
import { recordPageErrors } from './helpers.ts';
import { EDITOR_MS } from './timeouts.ts';

const DIST = join(import.meta.dirname, '../../dist');
const FOOD = 'food-delivery-communication';
const POLICY_META = /<meta http-equiv="content-security-policy" content="([^"]+)"\/>/;

/**
 * Records every CSP violation: the page's `securitypolicyviolation` events (page and frames, reported through a
 * binding so none is lost on navigation) and the console's "Refused to …" lines.
 */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeBinding('__reportCspViolation', (_source, text: string) => violations.push(text));
  await page.addInitScript(() => {
    const report = (window as unknown as { __reportCspViolation: (text: string) => void }).__reportCspViolation;
    document.addEventListener('securitypolicyviolation', (event) => {
      report(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test('every page carries the policy, with no unsafe-inline or unsafe-eval for scripts', () => {
  const pages = listHtmlFiles(DIST);
  expect(pages.length).toBeGreaterThan(10);
  for (const file of pages) {
    const policy = POLICY_META.exec(readFileSync(join(DIST, file), 'utf8'))?.[1];
    expect(policy, file).toBeDefined();
    const scriptSrc = policy?.split('; ').find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc, file).toMatch(/^script-src 'self' 'wasm-unsafe-eval'( 'sha256-[\w+/=]+')*$/);
    expect(policy, file).toContain("default-src 'self'");
  }
});

test('the grading worker and everything it loads compile no code (a page policy does not reach workers)', () => {
  const workerFile = readdirSync(join(DIST, '_astro')).find((file) => /^grade-worker-[\w-]+\.js$/.test(file));
  expect(workerFile).toBeDefined();
  const scripts = collectScripts(DIST, [`_astro/${workerFile ?? ''}`], { followDynamic: true });
  // The worker, ajv's runtime helpers and one validator module per exercise, each generated at build time.
  expect(scripts.filter((script) => script.startsWith(`_astro/${FOOD}-`))).toHaveLength(1);
  for (const script of scripts)
    expect(readFileSync(join(DIST, script), 'utf8'), script).not.toMatch(/\bFunction\(|\beval\(/);
});

test('a lesson, its search, an exercise and the progress pages run without a single policy violation', async ({
  page,
}) => {
  const violations = await recordViolations(page);
  const errors = recordPageErrors(page);

  await page.goto('/architecture-patterns/event-driven/');
  await expect(
    page.locator('figure.diagram svg[aria-roledescription]').filter({ visible: true }).first(),
  ).toBeVisible();
  // The service worker registers under the policy (worker-src) and takes control.
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('strangler');
  await expect(dialog.locator('.pagefind-ui__result-link').first()).toBeVisible();
  await page.keyboard.press('Escape');

  await openExercise(page, FOOD);
  await waitForMonaco(page);
  await expect(page.locator('[data-answer-diagram]')).toHaveAttribute('data-state', 'drawn');
  await replaceAnswer(page, readExerciseFile(FOOD, 'model.json'));
  await gradeAnswer(page);
  await expect(page.locator('.report-summary')).toContainText('Passed');
  await expect(page.locator('[data-answer-diagram] svg .node').first()).toBeVisible();
  await expect(page.locator('[data-solution]')).toBeVisible();
  await expect(page.locator('[data-model-answer]')).toContainText('"OrderPlaced"');
  await page.getByRole('radio', { name: 'TypeScript' }).check();
  await expect(page.locator('[data-exercise-workspace]')).toHaveAttribute('data-format', 'ts');
  await expect(page.locator('.monaco-editor .view-lines').first()).toContainText('services:');
  // The TypeScript worker answers: its completion list opens.
  await page.locator('.monaco-editor .view-lines').first().click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Control+Space');
  await expect(page.locator('.monaco-editor .suggest-widget')).toBeVisible({ timeout: EDITOR_MS });
  await gradeAnswer(page);
  await expect(page.locator('.report-summary')).toContainText('Passed');

  // The progress page draws what was just graded, and the home page what is due, under the same policy.
  await page.goto('/progress/');
  await expect(page.locator('html')).toHaveAttribute('data-progress-page', 'ready');
  await expect(page.locator('[data-takeaway-cell][data-state="learning"]').first()).toBeVisible();
  await page.goto('/');
  await expect(page.locator('[data-home-due]')).toHaveAttribute('data-home-due', 'shown');

  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

test('eval, new Function and an injected inline script are refused', async ({ page }) => {
  const violations = await recordViolations(page);
  await page.goto('/exercises/');
  // Run from a timer, as the page's own code: Playwright's evaluate itself is exempt from the page's policy.
  await page.evaluate(() => {
    const attempt = (run: () => unknown): string => {
      try {
        run();
        return 'ran';
      } catch (error) {
        return error instanceof Error ? error.name : String(error);
      }
    };
    // eslint-disable-next-line no-restricted-globals -- a zero-delay task to run as the page's own code, not a wait
    setTimeout(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      (window as { __outcome?: object }).__outcome = {
        eval: attempt(() => window.eval('1 + 1')),
        function: attempt(() => new Function('return 1')),
        inline: (window as { __injected?: boolean }).__injected === true ? 'ran' : 'blocked',
      };
    });
  });
  const outcome = await page
    .waitForFunction(() => (window as { __outcome?: object }).__outcome)
    .then((handle) => handle.jsonValue());
  expect(outcome).toEqual({ eval: 'EvalError', function: 'EvalError', inline: 'blocked' });
  await expect.poll(() => violations.some((text) => /script-src/.test(text))).toBe(true);
});

test('"Your data" exports, imports and resets without a single policy violation', async ({ page }, testInfo) => {
  const violations = await recordViolations(page);
  const errors = recordPageErrors(page);
  await page.goto('/progress/data/');
  await expect(page.locator('[data-progress-data]')).toHaveAttribute('data-ready', 'true');
  await page.evaluate(() => localStorage.setItem('courseware:v1:revealed:food-delivery-communication', 'true'));
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download your data' }).click(),
  ]);
  const file = testInfo.outputPath('export.json');
  await download.saveAs(file);
  // The import validates with validators generated at build: nothing is compiled under the policy.
  await page.getByLabel(/Choose an export file/).setInputFiles(file);
  await expect(page.locator('[data-import-status]')).toHaveAttribute('data-import-state', 'merged');
  await page.getByRole('button', { name: 'Reset all progress…' }).click();
  await page.getByRole('button', { name: 'Reset everything' }).click();
  await page.getByRole('button', { name: 'Undo the reset' }).click();
  await expect(page.locator('[data-reset-status]')).toHaveText('Your progress is back.');
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});
