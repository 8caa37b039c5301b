/**
 * `npm run check:content` as a function: every lesson and every exercise, each problem placed at its file, line and
 * column. Exercises are loaded first (frontmatter, answer schema, rubric against the schema); only one that loads is
 * checked against its own answers, its MDX body and the lessons (takeaways that exist, a lesson and chapter that
 * exist, ids used once), so one mistake gives one message. Lesson takeaways that no
 * exercise tests are warnings, with the coverage table.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { formatIssuePath } from '../../authoring-schema/format-issue-path.ts';
import { checkExerciseAnswers } from '../check-exercise.ts';
import { createProblem, sortProblems, type ContentProblem } from '../content-problem.ts';
import { findExerciseFolders } from '../find-exercises.ts';
import { loadExercise, type LoadedExercise } from '../load-exercise.ts';
import { suggestId } from '../suggest-id.ts';
import { lessonOfTakeaway } from '../../index.ts';
import { checkExerciseBody } from './check-exercise-body.ts';
import { readLessons, type DeclaredTakeaway } from './read-lessons.ts';

/** Where the checker looks. */
export interface ContentRoots {
  content: string;
  exercises: string;
  /** Chapter slugs the site lists (graders/course/chapters.ts). */
  chapters: readonly string[];
}

/** One lesson takeaway and what tests it: exercise id → criterion ids. */
export interface TakeawayCoverage {
  takeaway: DeclaredTakeaway;
  testedBy: { exercise: string; criteria: string[] }[];
}

/** The outcome: problems sorted by file and line, and the coverage of every lesson takeaway. */
export interface ContentReport {
  problems: ContentProblem[];
  coverage: TakeawayCoverage[];
  exercises: number;
  lessonsTakeaways: number;
}

/** Checks every lesson under `roots.content` and every exercise under `roots.exercises`. */
export function checkContent(roots: ContentRoots): ContentReport {
  const lessons = readLessons(roots.content);
  const problems = [...lessons.problems];
  const takeawayIds = lessons.takeaways.map((takeaway) => takeaway.id);
  const loaded: LoadedExercise[] = [];
  const folders = findExerciseFolders(roots.exercises);
  const firstFolder = new Map<string, string>();
  for (const folder of folders) {
    const id = basename(folder);
    const other = firstFolder.get(id);
    if (other !== undefined)
      problems.push(
        createProblem(
          join(folder, 'index.mdx'),
          { line: 1, column: 1 },
          `the exercise id "${id}" (the folder name) is already used by ${relative(dirname(roots.exercises), other)}/: ` +
            'every exercise page is /exercises/<id>/',
        ),
      );
    else firstFolder.set(id, folder);
    const result = loadExercise(folder);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const mdx = join(folder, 'index.mdx');
    problems.push(
      ...checkExerciseBody(
        mdx,
        readFileSync(mdx, 'utf8'),
        result.loaded.exercise.frontmatter.mock?.curveball !== undefined,
      ),
    );
    problems.push(...checkAgainstLessons(result.loaded, takeawayIds, roots));
    // Answers are graded only once the exercise loads (valid frontmatter, schema and rubric): grading with a broken
    // one would bury its mistake under messages about answers. The lessons and the body do not affect grading.
    problems.push(...checkExerciseAnswers(result.loaded));
    loaded.push(result.loaded);
  }

  const coverage = lessons.takeaways.map((takeaway) => ({
    takeaway,
    testedBy: loaded.flatMap(({ exercise }) => {
      const criteria = exercise.frontmatter.rubric.filter((c) => c.takeaway === takeaway.id).map((c) => c.id);
      return criteria.length === 0 ? [] : [{ exercise: exercise.frontmatter.id, criteria }];
    }),
  }));
  // Every takeaway is practised and graded somewhere: a lesson's takeaway that no criterion tests is an error.
  for (const { takeaway, testedBy } of coverage)
    if (testedBy.length === 0)
      problems.push(
        createProblem(
          takeaway.file,
          takeaway.position,
          `no exercise tests the takeaway "${takeaway.id}": add a criterion that cites it (npm run new:exercise)`,
        ),
      );
  return {
    problems: sortProblems(problems),
    coverage,
    exercises: folders.length,
    lessonsTakeaways: lessons.takeaways.length,
  };
}

/** The takeaways named by red-flag entries inside a criterion, with their paths from it (its own `takeaway` aside). */
function listRedFlagTakeaways(node: unknown, path: (string | number)[]): { path: (string | number)[]; id: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, index) => listRedFlagTakeaways(item, [...path, index]));
  if (typeof node !== 'object' || node === null) return [];
  const found: { path: (string | number)[]; id: string }[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'takeaway' && path.length > 0 && typeof value === 'string')
      found.push({ path: [...path, key], id: value });
    else found.push(...listRedFlagTakeaways(value, [...path, key]));
  }
  return found;
}

/** The exercise's takeaways exist (with a guess when one is close), and so do its lesson and chapter. */
function checkAgainstLessons(
  { folder, exercise, locateField }: LoadedExercise,
  takeawayIds: readonly string[],
  roots: ContentRoots,
): ContentProblem[] {
  const mdx = join(folder, 'index.mdx');
  const { frontmatter } = exercise;
  const problems: ContentProblem[] = [];
  frontmatter.rubric.forEach((criterion, index) => {
    // The criterion's own takeaway, then any a red flag inside it names (`wrong: [{ redFlag, takeaway }]`).
    const cited = [{ path: ['takeaway'], id: criterion.takeaway }, ...listRedFlagTakeaways(criterion, [])];
    for (const { path, id } of cited) {
      if (takeawayIds.includes(id)) continue;
      const guess = suggestId(id, takeawayIds);
      problems.push(
        createProblem(
          mdx,
          locateField(['rubric', index, ...path]),
          `${formatIssuePath(['rubric', index, ...path])}: "${id}" is not a takeaway of any lesson` +
            (guess === undefined ? ' (lessons declare them under `takeaways:`)' : `; did you mean "${guess}"?`),
        ),
      );
    }
  });
  if (problems.length > 0) return problems;
  const chapterFolder = join(roots.content, frontmatter.chapter);
  if (!roots.chapters.includes(frontmatter.chapter) || !existsSync(chapterFolder)) {
    const guess = suggestId(frontmatter.chapter, roots.chapters);
    problems.push(
      createProblem(
        mdx,
        { line: 1, column: 1 },
        `the chapter "${frontmatter.chapter}" (the folder ${basename(dirname(folder))}/) is not a chapter of the site ` +
          `(content/<chapter>/ and a line in graders/course/chapters.ts)${guess === undefined ? '' : `; did you mean "${guess}"?`}`,
      ),
    );
  } else if (!existsSync(join(chapterFolder, `${frontmatter.lesson}.mdx`))) {
    const first = frontmatter.rubric[0];
    const derived = first !== undefined && frontmatter.lesson === lessonOfTakeaway(first.takeaway);
    const where = derived ? ['rubric', 0, 'takeaway'] : ['lesson'];
    problems.push(
      createProblem(
        mdx,
        locateField(where),
        `the lesson "${frontmatter.lesson}" is not in the chapter: content/${frontmatter.chapter}/${frontmatter.lesson}.mdx does not exist`,
      ),
    );
  }
  return problems;
}
