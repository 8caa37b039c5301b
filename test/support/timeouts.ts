/**
 * Vitest's default 5 s per test suits tests that take milliseconds. A few do real work: thousands of graded
 * answers, a spawned CLI or `astro sync`. On the busy 2-core CI machine (`npm run test:stress`) the slowest of
 * them took 5.4 s (a property test) and 6.4 s (`astro sync`); these bounds leave ten times that.
 */

/** A property test grading thousands of generated answers. */
export const PROPERTY_TEST_MS = 60_000;
/** A test that spawns a Node process (the grading CLI through tsx). */
export const SPAWN_TEST_MS = 60_000;
/** A test that starts a headless Chromium to draw diagrams with mermaid (about 2 s idle). */
export const BROWSER_TEST_MS = 60_000;
/** A test or hook that runs the whole content check over the course, and any fixture exercises (up to 8 s idle). */
export const CONTENT_CHECK_MS = 60_000;
/**
 * A test that runs `astro sync` on a copy of the project, then starts the Astro language server on it and waits for
 * its answers (about 20 s of CPU, most of it the sync and the server's first TypeScript project; 26–63 s seen with
 * the load average at 9–14).
 */
export const LANGUAGE_SERVER_MS = 120_000;
