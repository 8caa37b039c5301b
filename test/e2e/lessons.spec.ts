import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { recordPageErrors, recordScriptRequests, waitForDiagrams } from './helpers.ts';
import { listExerciseFolders } from './exercise-helpers.ts';
import { exercisePath } from '../support/exercise-folders.ts';

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

test('a lesson carries its diagrams as finished pictures and downloads no diagram code', async ({ browser }) => {
  // A fresh context, so nothing comes from the HTTP cache or a service worker installed by another test.
  const context = await browser.newContext();
  const scripts = recordScriptRequests(context);
  const page = await context.newPage();
  const errors = recordPageErrors(page);
  await page.goto(LESSON);
  const figures = page.locator('figure.diagram');
  expect(await figures.count()).toBeGreaterThan(0);
  for (const figure of await figures.all()) {
    // A finished SVG has drawn shapes and keeps the accessible title and description of its source.
    const svg = figure.locator('svg[aria-roledescription]').filter({ visible: true });
    await expect(svg).toHaveCount(1);
    expect(await svg.locator('g').count()).toBeGreaterThan(0);
    await expect(svg.locator('title')).not.toHaveText('');
    await expect(svg.locator('desc')).not.toHaveText('');
  }
  await expect(page.locator('pre.mermaid')).toHaveCount(0);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
  await expect(page.locator('html')).not.toHaveAttribute('data-mermaid', /.+/);
  expect(errors).toEqual([]);
  await context.close();
});

/** The fill of the first node's shape in each diagram on the page, as drawn now. */
function readNodeFills(page: Page): Promise<string[]> {
  return page
    .locator('figure.diagram svg[aria-roledescription]')
    .filter({ visible: true })
    .evaluateAll((svgs) =>
      svgs.map((svg) => {
        const shape = svg.querySelector('.node rect, .node path, rect.actor');
        return shape ? getComputedStyle(shape).fill : 'none';
      }),
    );
}

test('switching theme shows each diagram in the new theme, with no script drawing it', async ({ page }) => {
  await page.goto('/architecture-patterns/microservices/');
  const select = page.locator('starlight-theme-select select').first();
  await select.selectOption('light');
  const light = await readNodeFills(page);
  await select.selectOption('dark');
  const dark = await readNodeFills(page);
  expect(light.length).toBeGreaterThan(1);
  expect(dark).toHaveLength(light.length);
  // Every diagram changes colour (mermaid's default theme fills nodes lavender, its dark theme near-black).
  light.forEach((fill, index) => {
    expect(fill, `diagram ${index + 1}`).not.toBe('none');
    expect(dark[index], `diagram ${index + 1}`).not.toBe(fill);
  });
  await expect(page.locator('html')).not.toHaveAttribute('data-mermaid', /.+/);
});

test('a wide diagram keeps readable text on a phone and scrolls sideways instead', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/architecture-patterns/event-driven/');
  const frame = page.locator('figure.diagram .diagram-frame').first();
  const picture = frame.locator('svg[aria-roledescription]').filter({ visible: true });
  const sizes = await picture.evaluate((svg) => ({
    shown: svg.getBoundingClientRect().width,
    natural: Number(svg.getAttribute('viewBox')?.split(' ')[2]),
    frame: svg.closest('.diagram-frame')?.clientWidth ?? 0,
  }));
  // Mermaid draws text at 16 px: at three quarters of its width or more, no text is smaller than 12 px.
  expect(sizes.shown / sizes.natural).toBeGreaterThanOrEqual(0.74);
  expect(sizes.shown).toBeGreaterThan(sizes.frame);
  // The frame scrolls, with the keyboard too.
  await frame.focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => frame.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);

  // The whole picture on request, shrunk to the column; and back.
  const toggle = page.getByRole('button', { name: /^Show the whole diagram: / }).first();
  await toggle.click();
  await expect(page.getByRole('button', { name: /^Back to readable size: / }).first()).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  const whole = await picture.evaluate((svg) => ({
    shown: svg.getBoundingClientRect().width,
    frame: svg.closest('.diagram-frame')?.clientWidth ?? 0,
  }));
  expect(whole.shown).toBeLessThanOrEqual(whole.frame);
  await page
    .getByRole('button', { name: /^Back to readable size: / })
    .first()
    .click();
  await expect.poll(() => picture.evaluate((svg) => svg.getBoundingClientRect().width)).toBeCloseTo(sizes.shown, 0);
});

test('a diagram that fits its column is offered no whole-diagram view', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/architecture-patterns/event-driven/');
  const frames = page.locator('figure.diagram .diagram-frame');
  const overflowing = await frames.evaluateAll(
    (elements) => elements.filter((element) => element.scrollWidth > element.clientWidth + 1).length,
  );
  await expect(page.locator('.diagram-whole-toggle')).toHaveCount(overflowing);
});

test('a page built without Chromium draws its diagrams in the browser, and a broken one shows its source', async ({
  page,
}) => {
  // What a build that found no Chromium serves: the fences left as source (see diagrams-integration.ts).
  await page.route(LESSON, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replace(
      /<figure class="diagram"[\s\S]*?<\/figure>/,
      '<pre class="mermaid" id="drawn-diagram">flowchart LR\n  A[Order] --&gt; B[Broker]</pre>' +
        '<pre class="mermaid" id="broken-diagram">flowchart LR\n  A --&gt;</pre>',
    );
    await route.fulfill({ response, body: html });
  });
  await page.goto(LESSON);
  await waitForDiagrams(page);
  await expect(page.locator('#drawn-diagram')).toHaveAttribute('data-mermaid-state', 'rendered');
  expect(await page.locator('#drawn-diagram svg g').count()).toBeGreaterThan(0);
  const broken = page.locator('#broken-diagram');
  await expect(broken).toHaveAttribute('data-mermaid-state', 'error');
  await expect(broken).toContainText('could not be drawn');
  await expect(broken.locator('code')).toContainText('A -->');
});

test('a page without a diagram downloads no mermaid code either', async ({ browser }) => {
  const context = await browser.newContext();
  const scripts = recordScriptRequests(context);
  const page = await context.newPage();
  await page.goto(PAGE_WITHOUT_DIAGRAM);
  // Let the service worker install and precache: it must not fetch diagram code either.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.waitForLoadState('networkidle');
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((url) => /mermaid/i.test(url))).toEqual([]);
  await context.close();
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

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test('"Practise this lesson" links take Starlight\'s link colour and pass axe', async ({ page }) => {
      const folder = exercisePath(listExerciseFolders()[0] ?? '');
      const frontmatter = readFileSync(join(folder, 'index.mdx'), 'utf8');
      // The chapter is the folder above the exercise; the lesson, that of the first criterion's takeaway.
      const chapter = basename(dirname(folder));
      const lesson = /^ {4}takeaway:\s*'?([a-z0-9-]+)\./m.exec(frontmatter)?.[1];
      await page.goto(`/${chapter ?? ''}/${lesson ?? ''}/`);
      const section = page.locator('.lesson-exercises');
      const link = section.getByRole('link', { name: /./ }).first();
      await expect(link).toBeVisible();
      const colours = await section.evaluate((element) => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--sl-color-text-accent)';
        element.append(probe);
        const accent = getComputedStyle(probe).color;
        probe.remove();
        const anchor = element.querySelector('a');
        return { accent, link: anchor ? getComputedStyle(anchor).color : '' };
      });
      expect(colours.link).toBe(colours.accent);
      const results = await new AxeBuilder({ page })
        .include('.lesson-exercises')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(results.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
    });
  });
}
