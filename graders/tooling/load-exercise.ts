/**
 * Loads an exercise folder from disk into the plain data object `grade` takes: its frontmatter, validated with the
 * zod schema the site uses, with the id and chapter taken from the folder; its answer schema, compiled by ajv; its
 * rubric read against that schema (a pointer, field or value the answer cannot hold, or a value left unclassified).
 * Every problem is placed at the line and column of the file where it was written. A part that depends on a broken
 * part is not checked, so one mistake gives one message.
 */
import { basename, dirname, join } from 'node:path';
import type { GradableExercise } from '../grade';
import { findRubricProblems } from '../rubric/find-rubric-problems';
import { kindOf } from '../rubric/kinds/registry';
import { createAjv } from '../answer-schema/create-ajv';
import { defineExercise } from '../authoring-schema/exercise-definition';
import { exerciseFrontmatterSchema } from '../authoring-schema/exercise-frontmatter';
import { slugSchema } from '../authoring-schema/ids';
import { parseIssuePath } from '../authoring-schema/format-issue-path';
import { findAnswerSchemaProblems } from './check-answer-schema';
import { createProblem, type ContentProblem } from './content-problem';
import { describeZodIssues } from './describe-zod-issues';
import type { Position } from './locate-yaml';
import { readLocatedFrontmatter } from './read-located-frontmatter';
import { readJsonFile, readTextFile } from './read-json-file';

/** An exercise read from disk: the grading data, its folder, and where each frontmatter field is written. */
export interface LoadedExercise {
  folder: string;
  exercise: GradableExercise;
  /** The place of a frontmatter field in index.mdx, e.g. `['rubric', 0, 'takeaway']`. */
  locateField: (path: readonly PropertyKey[]) => Position;
}

/** The exercise, or every problem found. */
export type LoadResult = { ok: true; loaded: LoadedExercise } | { ok: false; problems: ContentProblem[] };

/** Loads `folder` (`exercises/<chapter>/<id>`, holding index.mdx and answer.schema.json). */
export function loadExercise(folder: string): LoadResult {
  const mdxPath = join(folder, 'index.mdx');
  const schemaPath = join(folder, 'answer.schema.json');
  const problems: ContentProblem[] = [];
  const start = { line: 1, column: 1 };

  const id = basename(folder);
  const chapter = basename(dirname(folder));
  if (!slugSchema.safeParse(id).success)
    problems.push(createProblem(mdxPath, start, `the folder name "${id}" is the exercise id: use kebab-case`));

  const mdx = readTextFile(mdxPath);
  const frontmatter = mdx.ok ? readLocatedFrontmatter(mdx.text) : undefined;
  if (!mdx.ok) problems.push(mdx.problem);
  else if (frontmatter !== undefined && !frontmatter.ok)
    problems.push(createProblem(mdxPath, frontmatter.position, `frontmatter: ${frontmatter.message}`));
  const parsed = frontmatter?.ok ? exerciseFrontmatterSchema.safeParse(frontmatter.data) : undefined;
  if (frontmatter?.ok && parsed !== undefined && !parsed.success)
    problems.push(...describeZodIssues(mdxPath, parsed.error.issues, frontmatter.locate));

  const schemaFile = readJsonFile(schemaPath);
  let answerSchema: object | undefined;
  if (!schemaFile.ok) problems.push(schemaFile.problem);
  else {
    const schemaProblems = findAnswerSchemaProblems(schemaPath, schemaFile.file);
    problems.push(...schemaProblems);
    if (schemaProblems.length === 0) answerSchema = schemaFile.file.value as object;
  }

  if (!frontmatter?.ok || parsed === undefined || !parsed.success || answerSchema === undefined)
    return { ok: false, problems };
  const ajv = createAjv();
  parsed.data.rubric.forEach((criterion, index) => {
    const own = kindOf(criterion).jsonSchemaOf?.(criterion);
    if (own === undefined) return;
    try {
      ajv.compile(own.schema);
    } catch (caught) {
      const message = caught instanceof Error ? caught.message : String(caught);
      problems.push(
        createProblem(
          mdxPath,
          frontmatter.locate(['rubric', index, own.field]),
          `rubric[${index}].${own.field}: ajv cannot compile it: ${message}`,
        ),
      );
    }
  });
  for (const problem of findRubricProblems(answerSchema, parsed.data.rubric)) {
    const colon = problem.indexOf(': ');
    // A value the field cannot hold is placed where it is written, not at the criterion's field.
    const value = /^"([^"]+)" is not a value/.exec(problem.slice(colon + 2))?.[1];
    problems.push(createProblem(mdxPath, frontmatter.locate(parseIssuePath(problem.slice(0, colon)), value), problem));
  }
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    loaded: {
      folder,
      exercise: { frontmatter: defineExercise(`${chapter}/${id}`, parsed.data), answerSchema },
      locateField: frontmatter.locate,
    },
  };
}
