/** Entry point of `npm run check:content`: checks the lessons and exercises of this repository. */
import { join } from 'node:path';
import { chapters } from '../chapters.ts';
import { runCheckContent } from './run-check-content.ts';

const root = join(import.meta.dirname, '../..');
const result = runCheckContent({
  content: join(root, 'content'),
  exercises: join(root, 'exercises'),
  chapters: chapters.map((chapter) => chapter.slug),
});
process.stderr.write(result.stderr);
process.stdout.write(result.stdout);
process.exitCode = result.exitCode;
