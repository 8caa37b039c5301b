/**
 * `npm run new:exercise -- <chapter>/<slug>` writes an exercise that passes every check as it is, infers what it can,
 * refuses what it cannot do, and a wrong model in what it wrote fails the check at the model's line.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../graders/tooling/content-problem';
import { createExercise, type AuthoringRoots } from '../../../../graders/tooling/authoring/new-exercise';
import { chapters } from '../../../../graders/course/chapters';
import { checkContent } from '../../../../graders/tooling/content-check/check-content';
import { CONTENT_CHECK_MS } from '../../../support/timeouts';

const ROOT = join(import.meta.dirname, '../../../..');

/**
 * Roots with the real lessons and an exercises folder of its own: empty, a copy of the real one (`true`), or a copy
 * of only the real exercises named (`chapter/id`), for tests whose outcome must not move as exercises are added.
 */
function makeRoots(copyExercises: boolean | readonly string[] = false): AuthoringRoots {
  const exercises = join(mkdtempSync(join(tmpdir(), 'new-exercise-')), 'exercises');
  if (copyExercises === true) cpSync(join(ROOT, 'exercises'), exercises, { recursive: true });
  if (Array.isArray(copyExercises))
    for (const folder of copyExercises)
      cpSync(join(ROOT, 'exercises', folder), join(exercises, folder), { recursive: true });
  return { content: join(ROOT, 'content'), exercises, chapters: chapters.map((chapter) => chapter.slug) };
}

const errorsOf = (roots: AuthoringRoots) =>
  checkContent(roots)
    .problems.filter((problem) => problem.severity === 'error')
    .map((problem) => formatProblem(problem, roots.exercises));

describe('new:exercise', () => {
  it(
    'writes an exercise beside the real ones that passes check:content, and says what to edit next',
    () => {
      const roots = makeRoots(true);
      const result = createExercise('architecture-patterns/demo', roots, roots.exercises);
      expect(result.exitCode).toBe(0);
      expect(result.stdout).toContain('Created architecture-patterns/demo/');
      expect(result.stdout).toContain('architecture-patterns/demo/index.mdx: the title, summary and prompt');
      expect(result.stdout).toContain('npm run check:content');
      expect(errorsOf(roots)).toEqual([]);
      // An empty calibration set, with the brief its blind answers will be written to and how to use it.
      const calibration = join(roots.exercises, 'architecture-patterns/demo/calibration');
      expect(readFileSync(join(calibration, 'brief.md'), 'utf8')).toContain('you must not see how the grader grades');
      expect(readFileSync(join(calibration, 'README.md'), 'utf8')).toContain('npm run calibrate -- --packet');
      expect(result.stdout).toContain('npm run calibrate -- --packet demo <folder>');
      expect(readFileSync(join(calibration, 'README.md'), 'utf8')).toContain('npm run calibrate -- --judge-packet');
    },
    CONTENT_CHECK_MS,
  );

  it(
    'makes check:content fail at the model line once the model is wrong',
    () => {
      // Beside the real exercises, so every lesson takeaway is tested and the model's line is the only error.
      const roots = makeRoots(true);
      createExercise('architecture-patterns/demo', roots, roots.exercises);
      const model = join(roots.exercises, 'architecture-patterns/demo/model.json');
      writeFileSync(model, readFileSync(model, 'utf8').replace('"option-a"', '"option-b"'));
      expect(errorsOf(roots)).toEqual([
        expect.stringMatching(
          /^architecture-patterns\/demo\/model\.json:3:15: the model answer scores 0\/4 on "the-choice" \(fail\)/,
        ),
      ]);
    },
    CONTENT_CHECK_MS,
  );

  it('picks the first takeaway of the chapter that no exercise tests yet, and a title from the slug', () => {
    // It tests the first two takeaways of event-driven.mdx, the chapter's first lesson file, and its fifth.
    const roots = makeRoots(['architecture-patterns/order-placed-events']);
    const result = createExercise('architecture-patterns/cache-or-not', roots, roots.exercises);
    const mdx = readFileSync(join(roots.exercises, 'architecture-patterns/cache-or-not/index.mdx'), 'utf8');
    expect(result.stdout).toContain('testing the takeaway "event-driven.event-sourcing-cqrs"');
    expect(mdx).toContain("takeaway: 'event-driven.event-sourcing-cqrs'");
    expect(mdx).toContain("title: 'Cache or not'");
  });

  it.each([
    ['architecture-pattern/demo', 'not a chapter; did you mean "architecture-patterns"?'],
    ['architecture-patterns', "give the chapter and the exercise's slug, as <chapter>/<slug>"],
    ['architecture-patterns/Demo Exercise', 'use kebab-case'],
    ['architecture-patterns/notification-ec2-or-lambda', 'the id "notification-ec2-or-lambda" is taken by'],
  ])('refuses %s and writes nothing', (argument, message) => {
    const roots = makeRoots(true);
    const result = createExercise(argument, roots, roots.exercises);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain('Usage: npm run new:exercise -- <chapter>/<slug>');
    expect(existsSync(join(roots.exercises, 'architecture-patterns/demo'))).toBe(false);
  });
});
