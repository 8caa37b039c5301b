/**
 * One broken exercise per kind of mistake (test/fixtures/broken-exercises/<case>/: the files that differ from a fresh
 * `npm run new:exercise`), each giving exactly the message and the place asserted here, and nothing else: one mistake,
 * one message.
 */
import { cpSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../graders/tooling/content-problem';
import { createExercise } from '../../../../graders/tooling/authoring/new-exercise';
import { chapters } from '../../../../graders/course/chapters';
import { checkContent, type ContentReport } from '../../../../graders/tooling/content-check/check-content';
import { CONTENT_CHECK_MS } from '../../../support/timeouts';
import { EXPECTED } from './support/broken-exercises-expected';

const ROOT = join(import.meta.dirname, '../../../..');
const FIXTURES = join(import.meta.dirname, '../../../fixtures/broken-exercises');
const CHAPTERS = chapters.map((chapter) => chapter.slug);

let report: ContentReport;
let exercisesRoot = '';

beforeAll(() => {
  // Each case is a fresh exercise from the template with the case's files copied over it.
  exercisesRoot = mkdtempSync(join(tmpdir(), 'broken-exercises-'));
  const roots = { content: join(ROOT, 'content'), exercises: exercisesRoot, chapters: CHAPTERS };
  for (const name of readdirSync(FIXTURES)) {
    const created = createExercise(`architecture-patterns/${name}`, roots, exercisesRoot);
    if (created.folder === undefined) throw new Error(created.stderr);
    cpSync(join(FIXTURES, name), created.folder, { recursive: true });
  }
  report = checkContent(roots);
}, CONTENT_CHECK_MS);

describe('check:content on one broken exercise per kind of mistake', () => {
  it('has an expectation for every fixture', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(readdirSync(FIXTURES).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const folder = join(exercisesRoot, 'architecture-patterns', name);
    const printed = report.problems
      .filter((problem) => problem.severity === 'error' && !relative(folder, problem.file).startsWith('..'))
      .map((problem) => formatProblem(problem, folder));
    expect(printed).toEqual(expected);
  });
});
