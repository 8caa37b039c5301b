/**
 * How long the browser tests wait for states that are legitimately slow on a busy 2-core CI machine.
 * Every wait waits for a state; these only bound it. The figures behind them were measured with
 * `npm run test:stress` (both cores kept busy by another process): see "Test timing" in the README.
 */

/** Any ordinary state change (a click's effect, a report appearing): the config's `expect` timeout. */
export const STATE_MS = 15_000;
/** Diagrams drawn in the browser: a build without Chromium leaves a lesson's diagrams to mermaid in the page. */
export const DIAGRAMS_DRAWN_MS = 45_000;
/** Monaco loaded and in place of the text area, or its language worker answering (markers, completion). */
export const EDITOR_MS = 45_000;
/** A whole test: several page loads and waits of the kinds above. */
export const TEST_MS = 120_000;
/** "Make the editor and drawings available offline": every script the precache leaves out, downloaded into the cache. */
export const OFFLINE_DOWNLOAD_MS = 90_000;
/** `astro dev` started by a test: ready to serve, or a saved file's change reaching the open page. */
export const DEV_SERVER_MS = 120_000;
