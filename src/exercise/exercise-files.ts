/**
 * Build-time access to the files beside each exercise's index.mdx (answer schema, starter, model answers).
 * Vite inlines them, so the site never reads the disk at run time and a missing file fails the build.
 */
import type { AnswerFormat } from '../../graders/index.ts';

const schemas = import.meta.glob<object>('/exercises/*/*/answer.schema.json', { eager: true, import: 'default' });
const texts = import.meta.glob<string>('/exercises/*/*/{starter.json,model.json,model.ts}', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** What the exercise page needs besides the frontmatter. */
export interface ExerciseFiles {
  answerSchema: object;
  starter: string;
  model: Record<AnswerFormat, string>;
}

function requireFile<T>(files: Record<string, T>, path: string): T {
  const file = files[path];
  if (file === undefined) throw new Error(`${path.slice(1)} is missing: every exercise folder needs it.`);
  return file;
}

/** The files of the exercise whose entry id is `<chapter>/<folder>` (its folder under `exercises/`). */
export function readExerciseFiles(entryId: string): ExerciseFiles {
  const base = `/exercises/${entryId}`;
  return {
    answerSchema: requireFile(schemas, `${base}/answer.schema.json`),
    starter: requireFile(texts, `${base}/starter.json`),
    model: { json: requireFile(texts, `${base}/model.json`), ts: requireFile(texts, `${base}/model.ts`) },
  };
}
