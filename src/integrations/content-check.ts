/**
 * Runs `npm run check:content` inside `astro build` and `astro sync`, before any page is built, so a broken exercise
 * stops the build with the same `file:line:col: message` lines the command prints, and no half-built site is left.
 * Warnings (a lesson takeaway no exercise tests) are the command's business, not the build's. In `astro dev` the
 * errors are logged and the server keeps running, so an author can fix them while it runs.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { chapters } from '../chapters.ts';
import { runCheckContent } from '../content-check/run-check-content.ts';

/** The integration; `root` is the project folder (Astro's `config.root`). */
export function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'courseware:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        const result = runCheckContent(
          {
            content: join(root, 'content'),
            exercises: join(root, 'exercises'),
            chapters: chapters.map((chapter) => chapter.slug),
          },
          { from: root, table: false },
        );
        if (result.exitCode === 0) return;
        const errors = result.stderr
          .split('\n')
          .filter((line) => line !== '' && !line.includes(': warning: '))
          .join('\n');
        if (command === 'dev') logger.error(`The content has errors:\n${errors}`);
        else throw new Error(`The content has errors (npm run check:content lists them):\n${errors}`);
      },
    },
  };
}
