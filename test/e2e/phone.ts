import { devices, expect, type Page } from '@playwright/test';

/**
 * The phone profile of the browser tests: the 390 × 844 viewport the other phone tests use, with a touch screen and a
 * phone's user agent, so the page sees what a phone shows it (`pointer: coarse`, touch events) and Monaco takes its
 * phone paths (it picks its touch handling by user agent).
 */
export const PHONE = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  userAgent: devices['Pixel 7'].userAgent,
};

/**
 * Moves one finger down by `distance` px from (x, y) in the viewport (the page scrolls back up, towards its top),
 * through Chromium's own touch input (the page's touch listeners see it and can cancel it, as Monaco's did), holding
 * still before lifting so no fling carries the page on, and returns how far the page scrolled.
 */
export async function swipe(page: Page, x: number, y: number, distance: number): Promise<number> {
  const before = await page.evaluate(() => window.scrollY);
  const session = await page.context().newCDPSession(page);
  const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', at: number) =>
    session.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y: at }] });
  const steps = 15;
  await touch('touchStart', y);
  for (let step = 1; step <= steps; step += 1) await touch('touchMove', y + (distance * step) / steps);
  for (let hold = 0; hold < 3; hold += 1) {
    // The finger rests for a few frames, so the swipe ends at no speed.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))),
    );
    await touch('touchMove', y + distance);
  }
  await touch('touchEnd', y + distance);
  await session.detach();
  // The scroll lands in the next frames: wait until it stops moving.
  let last = Number.NaN;
  await expect
    .poll(async () => {
      const now = await page.evaluate(() => window.scrollY);
      const settled = now === last;
      last = now;
      return settled;
    })
    .toBe(true);
  return before - last;
}

/** Chooses how the answer is written (the radio named `name`: "JSON", "TypeScript" or "Form"). */
export async function chooseFormat(page: Page, name: 'JSON' | 'TypeScript' | 'Form'): Promise<void> {
  const radio = page.getByRole('radio', { name, exact: true });
  await radio.check();
  await expect(radio).toBeChecked();
}
