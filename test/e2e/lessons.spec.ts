import { expect, test } from '@playwright/test';
import { recordPageErrors, recordScriptRequests, waitForDiagrams } from './helpers.ts';

const LESSON = '/architecture-patterns/monolith/';
const PAGE_WITHOUT_DIAGRAM = '/guide/using-the-course/';

test('the home page lists the chapter and links to its lessons', async ({ page }) => {
  await page.goto('/');
  const chapter = page.getByRole('region', { name: 'System Architecture Patterns' });
  await expect(chapter).toBeVisible();
  await chapter.getByRole('link', { name: /Monolith/ }).click();
  await expect(page).toHaveURL(LESSON);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Monolith');
});

test('a lesson draws its diagrams as finished SVGs without console errors', async ({ page }) => {
  const errors = recordPageErrors(page);
  await page.goto(LESSON);
  await waitForDiagrams(page);
  const diagrams = page.locator('pre.mermaid');
  expect(await diagrams.count()).toBeGreaterThan(0);
  for (const diagram of await diagrams.all()) {
    await expect(diagram).toHaveAttribute('data-mermaid-state', 'rendered');
    // A finished SVG has drawn shapes, not only the <style> mermaid writes first.
    expect(await diagram.locator('svg g').count()).toBeGreaterThan(0);
    await expect(diagram.locator('svg title')).not.toHaveText('');
  }
  expect(errors).toEqual([]);
});

test('switching theme draws the diagrams again in the new theme', async ({ page }) => {
  await page.goto(LESSON);
  await waitForDiagrams(page);
  const theme = await page.locator('html').getAttribute('data-theme');
  const before = await page.locator('pre.mermaid svg').first().innerHTML();
  await page
    .locator('starlight-theme-select select')
    .first()
    .selectOption(theme === 'dark' ? 'light' : 'dark');
  await waitForDiagrams(page, 2);
  const after = await page.locator('pre.mermaid svg').first().innerHTML();
  expect(after).not.toEqual(before);
});

test('a diagram that fails to draw shows its source and the error, and the others still draw', async ({ page }) => {
  await page.goto(LESSON);
  await waitForDiagrams(page);
  // Inject a broken diagram, then switch theme: the same renderer redraws every diagram on the page.
  await page.evaluate(() => {
    const broken = document.createElement('pre');
    broken.className = 'mermaid';
    broken.id = 'broken-diagram';
    broken.textContent = 'flowchart LR\n  A -->';
    document.querySelector('main')?.append(broken);
  });
  const theme = await page.locator('html').getAttribute('data-theme');
  await page
    .locator('starlight-theme-select select')
    .first()
    .selectOption(theme === 'dark' ? 'light' : 'dark');
  await waitForDiagrams(page, 2);
  const broken = page.locator('#broken-diagram');
  await expect(broken).toHaveAttribute('data-mermaid-state', 'error');
  await expect(broken).toContainText('could not be drawn');
  await expect(broken.locator('code')).toContainText('A -->');
  await expect(page.locator('pre.mermaid[data-mermaid-state="rendered"]').first()).toBeVisible();
});

test('a page without a diagram downloads no mermaid code, not even in the background', async ({ browser }) => {
  // Two fresh contexts, so nothing is shared through the HTTP cache or the service worker.
  const diagramContext = await browser.newContext();
  const withDiagram = recordScriptRequests(diagramContext);
  const diagramPage = await diagramContext.newPage();
  await diagramPage.goto(LESSON);
  await waitForDiagrams(diagramPage);
  expect(withDiagram.some((url) => /mermaid/i.test(url))).toBe(true);
  await diagramContext.close();

  const plainContext = await browser.newContext();
  const withoutDiagram = recordScriptRequests(plainContext);
  const page = await plainContext.newPage();
  await page.goto(PAGE_WITHOUT_DIAGRAM);
  // Let the service worker install and precache: it must not fetch diagram code either.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForLoadState('networkidle');
  expect(withoutDiagram.length).toBeGreaterThan(0);
  expect(withoutDiagram.filter((url) => /mermaid/i.test(url))).toEqual([]);
  // Nothing the diagram page needed for drawing is fetched either: only scripts both pages share.
  const drawingOnly = new Set(withDiagram.filter((url) => !withoutDiagram.includes(url)));
  expect(drawingOnly.size).toBeGreaterThan(0);
  expect(withoutDiagram.filter((url) => drawingOnly.has(url))).toEqual([]);
  await expect(page.locator('html')).not.toHaveAttribute('data-mermaid', /.+/);
  await plainContext.close();
});

test('search finds a lesson by a word in its body', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('textbox', { name: 'Search' }).fill('strangler');
  const result = dialog.locator('.pagefind-ui__result-link').first();
  await expect(result).toBeVisible();
  await expect(dialog.locator('.pagefind-ui__result-link', { hasText: 'Monolith' }).first()).toBeVisible();
});

test('the sidebar groups lessons by chapter, in the declared order', async ({ page }) => {
  await page.goto('/architecture-patterns/serverless/');
  const sidebar = page.getByRole('navigation', { name: 'Main' });
  const chapter = sidebar.locator('details', { hasText: 'System Architecture Patterns' });
  await expect(chapter.getByRole('link')).toHaveText([
    'System Architecture Patterns',
    'Monolithic Architecture',
    'Microservices Architecture',
    'Event-Driven Architecture',
    'Serverless Architecture',
    'Other Architecture Patterns',
  ]);
  await expect(chapter.getByRole('link', { name: 'Serverless Architecture' })).toHaveAttribute('aria-current', 'page');
});

test('a lesson lists the exercises that practise it', async ({ page }) => {
  await page.goto('/architecture-patterns/serverless/');
  const practice = page.getByRole('region', { name: 'Practise this lesson' });
  await practice.getByRole('link', { name: /EC2|Lambda/ }).click();
  await expect(page).toHaveURL('/exercises/notification-ec2-or-lambda/');
});
