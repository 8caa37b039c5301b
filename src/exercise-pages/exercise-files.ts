/**
 * Build-time access to the files beside each exercise's index.mdx (answer schema, starter, model answer).
 * Vite inlines them, so the site never reads the disk at run time and a missing file fails the build. The
 * model's TypeScript form is printed from model.json, never kept by hand (as the page prints the starter's).
 */
import type { AnswerFormat } from '../../graders/index.ts';
import { printTsAnswer } from '../editor/print-ts-answer.ts';

const schemas = import.meta.glob<object>('/exercises/*/*/answer.schema.json', { eager: true, import: 'default' });
const texts = import.meta.glob<string>('/exercises/*/*/{starter.json,model.json}', {
  eager: true,
  query: '?raw',
  import: 'default',
});

/** What the exercise page needs besides the frontmatter. */
export interface ExerciseFiles {
  answerSchema: object;
  /** The starter in JSON; the page prints its TypeScript form. */
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
  const folder = `/exercises/${entryId}`; // root-path-ok: a key of the globs above (a source folder), not a URL
  const model = requireFile(texts, `${folder}/model.json`);
  return {
    answerSchema: requireFile(schemas, `${folder}/answer.schema.json`),
    starter: requireFile(texts, `${folder}/starter.json`),
    model: { json: model, ts: printTsAnswer(JSON.parse(model)) },
  };
}
