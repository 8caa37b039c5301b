/**
 * Loads an exercise folder from disk into the plain data object `grade` takes, validating its frontmatter with the
 * zod schema the site uses and its rubric against its answer schema (a pointer, field or value the answer cannot
 * hold, or a value left unclassified). Every problem names the file and the field, so an instructor can fix it.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { GradableExercise } from '../grade';
import { findRubricProblems } from '../schema/check-rubric';
import { exerciseFrontmatterSchema } from '../schemas/exercise-frontmatter';
import { formatIssuePath } from '../schemas/format-issue-path';
import { readFrontmatter } from './read-frontmatter';

/** An exercise read from disk: the grading data plus its folder. */
export interface LoadedExercise {
  folder: string;
  exercise: GradableExercise;
}

/** The exercise, or every problem found, each as `file: field: message`. */
export type LoadResult = { ok: true; loaded: LoadedExercise } | { ok: false; problems: string[] };

/** Loads `folder` (containing index.mdx and answer.schema.json). */
export function loadExercise(folder: string): LoadResult {
  const mdxPath = join(folder, 'index.mdx');
  const schemaPath = join(folder, 'answer.schema.json');
  const problems: string[] = [];

  const mdx = readText(mdxPath);
  if (!mdx.ok) return { ok: false, problems: [mdx.problem] };
  const frontmatter = readFrontmatter(mdx.text);
  if (!frontmatter.ok) return { ok: false, problems: [`${mdxPath}: ${frontmatter.problem}`] };
  const parsed = exerciseFrontmatterSchema.safeParse(frontmatter.data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      problems.push(`${mdxPath}: ${formatIssuePath(issue.path) || '(frontmatter)'}: ${issue.message}`);
  } else if (parsed.data.id !== basename(folder)) {
    problems.push(`${mdxPath}: id: "${parsed.data.id}" must equal the folder name "${basename(folder)}"`);
  }

  const schemaText = readText(schemaPath);
  let answerSchema: object | undefined;
  if (!schemaText.ok) problems.push(schemaText.problem);
  else {
    try {
      const value: unknown = JSON.parse(schemaText.text);
      if (value === null || typeof value !== 'object' || Array.isArray(value))
        problems.push(`${schemaPath}: the answer schema must be a JSON object`);
      else answerSchema = value;
    } catch (caught) {
      problems.push(`${schemaPath}: not valid JSON (${caught instanceof Error ? caught.message : String(caught)})`);
    }
  }

  if (parsed.success && answerSchema !== undefined)
    for (const problem of findRubricProblems(answerSchema, parsed.data.rubric)) problems.push(`${mdxPath}: ${problem}`);
  if (problems.length > 0 || !parsed.success || answerSchema === undefined) return { ok: false, problems };
  return { ok: true, loaded: { folder, exercise: { frontmatter: parsed.data, answerSchema } } };
}

function readText(path: string): { ok: true; text: string } | { ok: false; problem: string } {
  try {
    return { ok: true, text: readFileSync(path, 'utf8') };
  } catch (caught) {
    const code = (caught as NodeJS.ErrnoException).code;
    return { ok: false, problem: `${path}: cannot read the file${code === undefined ? '' : ` (${code})`}` };
  }
}
