/**
 * For the deployment test: a second build of the site as a new deployment would differ from the first, made from a
 * copy of dist/ rather than a second `astro build` (which takes a minute): a lesson's text changed, every script
 * renamed (as new content hashes would), the policy hashes and the service worker made again by the build's own code.
 * And a static server whose folder can be switched, to serve one build and then the other at the same origin.
 */
import { cpSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { addPolicy } from '../../src/integrations/content-security-policy.ts';
import { writeServiceWorker } from '../../src/integrations/service-worker.ts';
import { CONTENT_TYPES } from '../support/static-server.ts';

/** Files that name scripts: pages, scripts (imports, workers), the offline list. */
const TEXT_FILE = /\.(?:html|js|json|css)$/;
const POLICY_META = /<meta http-equiv="content-security-policy" content="[^"]*"\/>/;

function listFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' }).filter((file) =>
    statSync(join(directory, file)).isFile(),
  );
}

/**
 * Copies the build at `from` to `to` as the next deployment: `lessonFile`'s `before` replaced by `after`, every
 * `_astro/*.js` renamed `<name>-next.js` (the old names are gone), then the policy and `sw.js` remade.
 */
export async function makeNextBuild(
  from: string,
  to: string,
  change: { lessonFile: string; before: string; after: string },
): Promise<void> {
  cpSync(from, to, { recursive: true });
  const scripts = readdirSync(join(to, '_astro')).filter((file) => file.endsWith('.js'));
  const renamed = new Map(scripts.map((file) => [file, file.replace(/\.js$/, '-next.js')]));
  // Every reference is `/<name>` (pages: /_astro/x.js; imports: ./x.js; preload lists: _astro/x.js).
  const reference = new RegExp(
    `/(${scripts.map((file) => file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`,
    'g',
  );
  for (const file of listFiles(to).filter((name) => TEXT_FILE.test(name))) {
    const path = join(to, file);
    const text = readFileSync(path, 'utf8');
    let next = text.replace(reference, (_match, name: string) => `/${renamed.get(name) ?? name}`);
    if (file === change.lessonFile) {
      if (!next.includes(change.before)) throw new Error(`${file} does not contain "${change.before}"`);
      next = next.replace(change.before, change.after);
    }
    if (file.endsWith('.html')) next = addPolicy(next.replace(POLICY_META, ''));
    if (next !== text) writeFileSync(path, next);
  }
  for (const [before, after] of renamed) renameSync(join(to, '_astro', before), join(to, '_astro', after));
  await writeServiceWorker(to);
}

/**
 * A static server of `root` (switchable with `serve`) on a free port of 127.0.0.1; nothing is cached by HTTP. Given a
 * `sitePath` (`/course/`), it serves the build there only, as a host publishing it under that path; `base` includes it.
 */
export async function startSwitchableServer(
  root: string,
  sitePath = '/',
): Promise<{ base: string; serve: (next: string) => void; stop: () => Promise<void> }> {
  let current = root;
  const server = createServer((request, response) => {
    const fullPath = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!fullPath.startsWith(sitePath)) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const path = `/${fullPath.slice(sitePath.length)}`;
    let file = join(current, normalize(path));
    if (!file.startsWith(current)) {
      response.writeHead(403).end();
      return;
    }
    if (path.endsWith('/')) file = join(file, 'index.html');
    try {
      const body = readFileSync(file);
      response.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}${sitePath.replace(/\/$/, '')}`,
    serve: (next) => {
      current = next;
    },
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
