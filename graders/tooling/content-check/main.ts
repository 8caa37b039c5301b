/** Entry point of `npm run check:content`: checks the lessons and exercises of this repository. */
import { join } from 'node:path';
import { chapters } from '../../course/chapters.ts';
import { runCheckContent } from './run-check-content.ts';

const root = join(import.meta.dirname, '../../..');
const args = process.argv.slice(2);
const unknown = args.filter((arg) => arg !== '--coverage');
if (unknown.length > 0) {
  process.stderr.write(
    `check:content: unknown argument ${unknown.join(' ')}\nusage: npm run check:content [-- --coverage]\n`,
  );
  process.exit(2);
}
const result = runCheckContent(
  {
    content: join(root, 'content'),
    exercises: join(root, 'exercises'),
    chapters: chapters.map((chapter) => chapter.slug),
  },
  { table: args.includes('--coverage') },
);
process.stderr.write(result.stderr);
process.stdout.write(result.stdout);
process.exitCode = result.exitCode;
