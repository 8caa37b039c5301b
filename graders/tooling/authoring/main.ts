/** Entry point of `npm run new:exercise -- <chapter>/<slug>`. */
import { join } from 'node:path';
import { chapters } from '../../course/chapters.ts';
import { createExercise } from './new-exercise.ts';

const root = join(import.meta.dirname, '../../..');
const result = createExercise(
  process.argv[2],
  { content: join(root, 'content'), exercises: join(root, 'exercises'), chapters: chapters.map((c) => c.slug) },
  process.cwd(),
);
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
