/**
 * Runs `npm run check:content` inside `astro build` and `astro sync`, before any page is built, so a broken exercise
 * stops the build with the same `file:line:col: message` lines the command prints, and no half-built site is left.
 * Warnings (a lesson takeaway no exercise tests) are the command's business, not the build's. In `astro dev` the
 * server keeps running: the check runs again whenever a lesson or exercise file changes, its errors are logged and
 * shown in the browser's error overlay, and the overlay goes once the files are fixed.
 */
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { chapters } from '../../graders/index.ts';
import { runCheckContent } from '../../graders/tooling/index.ts';

/** The error lines of the check of the project at `root`, paths relative to it; empty when it passes. */
function findContentErrors(root: string): string[] {
  const result = runCheckContent(
    {
      content: join(root, 'content'),
      exercises: join(root, 'exercises'),
      chapters: chapters.map((chapter) => chapter.slug),
    },
    { from: root, table: false },
  );
  return result.stderr.split('\n').filter((line) => line !== '' && !line.includes(': warning: '));
}

/** In `astro dev`: checks again on every change under content/ or exercises/, and shows the errors in the page. */
function recheckOnChange(root: string, logger: AstroIntegrationLogger): Plugin {
  const watched = [join(root, 'content') + sep, join(root, 'exercises') + sep];
  return {
    name: 'courseware:content-check-on-change',
    configureServer(server) {
      let failing: string | undefined;
      const show = (message: string) =>
        server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'courseware:content-check' } });
      // The edit that broke the exercise also reloads its page, which clears the overlay: say it again on reconnect.
      server.ws.on('connection', () => {
        if (failing !== undefined) show(failing);
      });
      const recheck = (file: string) => {
        if (!watched.some((folder) => file.startsWith(folder))) return;
        const errors = findContentErrors(root);
        if (errors.length === 0) {
          if (failing !== undefined) logger.info('The content check passes again.');
          failing = undefined;
          return;
        }
        failing = `The content has errors:\n${errors.join('\n')}`;
        logger.error(failing);
        show(failing);
      };
      server.watcher.on('change', recheck);
      server.watcher.on('add', recheck);
      server.watcher.on('unlink', recheck);
    },
  };
}

/** The integration. */
export function contentCheckIntegration(): AstroIntegration {
  return {
    name: 'courseware:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        if (command === 'preview') return;
        const root = fileURLToPath(config.root);
        if (command === 'dev') updateConfig({ vite: { plugins: [recheckOnChange(root, logger)] } });
        const errors = findContentErrors(root);
        if (errors.length === 0) return;
        if (command === 'dev') logger.error(`The content has errors:\n${errors.join('\n')}`);
        else throw new Error(`The content has errors (npm run check:content lists them):\n${errors.join('\n')}`);
      },
    },
  };
}
