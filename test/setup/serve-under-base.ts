/**
 * Serves a built site under a base path only, as a static host publishing it there would (test/support/static-server.ts):
 * `tsx test/setup/serve-under-base.ts <folder> <base> <port>`. The deployed-site browser tests run it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '../support/static-server.ts';

const [directory, base, port] = process.argv.slice(2);
if (directory === undefined || base === undefined || port === undefined || !/^\/(?:.+\/)?$/.test(base)) {
  console.error('usage: tsx test/setup/serve-under-base.ts <built folder> <base path, e.g. /course/> <port>');
  process.exit(2);
}
if (!existsSync(join(directory, 'index.html'))) {
  console.error(`${directory}/index.html is missing: build the site first (npm run build:course for dist-course/).`);
  process.exit(1);
}
await serveStatic({ directory, base }, Number(port));
console.log(`serving ${directory} at http://127.0.0.1:${port}${base}`);
