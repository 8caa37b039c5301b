/**
 * A new deployment of the course under /course/: the reader on an open lesson is told a new version is ready, and
 * Reload brings it (test/e2e/deployment.spec.ts covers the same at the root, in more detail).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { makeNextBuild, startSwitchableServer } from '../e2e/next-build.ts';
import { EDITOR_MS } from '../e2e/timeouts.ts';

const BUILT = join(import.meta.dirname, '../../dist-course');
const LESSON = '/architecture-patterns/monolith/';

let nextBuild: string;
let server: Awaited<ReturnType<typeof startSwitchableServer>>;

test.beforeAll(async () => {
  nextBuild = join(mkdtempSync(join(tmpdir(), 'courseware-next-course-')), 'dist');
  await makeNextBuild(BUILT, nextBuild, {
    lessonFile: 'architecture-patterns/monolith/index.html',
    before: 'Monolithic Architecture</h1>',
    after: 'Monolithic Architecture, revised</h1>',
  });
  server = await startSwitchableServer(BUILT, '/course/');
});

test.afterAll(async () => {
  await server.stop();
  rmSync(join(nextBuild, '..'), { recursive: true, force: true });
});

test('after a new deployment under /course/, the notice offers Reload, which brings the new version', async ({
  page,
}) => {
  test.slow();
  server.serve(BUILT);
  await page.goto(`${server.base}${LESSON}`);
  await page.waitForFunction(async () => (await navigator.serviceWorker.ready) && navigator.serviceWorker.controller);
  const notice = page.locator('[data-update-notice]');
  await expect(notice).toBeEmpty();
  server.serve(nextBuild);
  await page.reload();
  await expect(notice).toContainText('A new version of the course is ready', { timeout: EDITOR_MS });
  await notice.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Monolithic Architecture, revised', {
    timeout: EDITOR_MS,
  });
  await expect(notice).toBeEmpty();
});
