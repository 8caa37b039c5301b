/**
 * The lines of `astro build`'s output that a healthy build does not print: warnings and errors, from Astro's
 * logger (`[WARN]`, `[ERROR]`) or from Vite and Rolldown (`(!)`, boxed diagnostics). Used by
 * `test/setup/build-checked.ts`, which the browser tests build through.
 */

// eslint-disable-next-line no-control-regex -- matching the terminal's escape character is the point
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;
const NOISE = /\[(?:WARN|ERROR)\]|\(!\)|MODULE_LEVEL_DIRECTIVE|does not exist or is empty|was not found/;

/** The warning and error lines of a build's output, colours removed and trimmed. */
export function findBuildNoise(output: string): string[] {
  return output
    .replace(ANSI_ESCAPE, '')
    .split('\n')
    .filter((line) => NOISE.test(line))
    .map((line) => line.trim());
}
