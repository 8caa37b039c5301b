/**
 * Every exercise on disk checks itself: valid frontmatter and schema, a model answer with full marks in every
 * format it offers (the TypeScript one printed from model.json), pass samples passing, fail samples failing exactly
 * the criteria their headers declare, a starter that does not pass, and takeaways that exist in the lessons; and
 * `npm run check:content` finds no error in the repository. Exercises are found by glob, never listed by hand.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grade, readAnswer, type GradableExercise, type GradeReport } from '../../graders/index';
import { EXERCISES_ROOT, findExerciseFolders } from '../../graders/tooling/find-exercises';
import { formatProblem } from '../../graders/tooling/content-problem';
import { loadExercise } from '../../graders/tooling/load-exercise';
import { readSamples } from '../../graders/tooling/read-sample';
import { chapters } from '../../graders/course/chapters';
import { checkContent } from '../../graders/tooling/content-check/check-content';
import { printTsAnswer } from '../../src/editor/convert-format';
import { readLessonTakeaways } from './support/read-lesson-takeaways';

const ROOT = join(EXERCISES_ROOT, '..');
const folders = findExerciseFolders();
const lessonTakeaways = readLessonTakeaways();

/** One line per criterion, so a failing assertion shows the whole picture. */
function summarise(report: GradeReport): string {
  return [
    ...report.redFlags.map((flag) => `${flag.kind} (${flag.criterion}): ${flag.message.text}`),
    ...report.diagnostics.map((d) => `${d.line}:${d.column} ${d.message.text}`),
    ...report.criteria.map(
      (c) => `${c.id} ${c.verdict} ${c.points}/${c.maxPoints}: ${c.feedback.map((m) => m.text).join(' | ')}`,
    ),
  ].join('\n');
}

describe('the exercises on disk', () => {
  it('are found by glob', () => {
    expect(folders.map((folder) => relative(EXERCISES_ROOT, folder))).toEqual(
      expect.arrayContaining([
        'architecture-patterns/food-delivery-communication',
        'architecture-patterns/monolith-extraction-plan',
        'architecture-patterns/notification-ec2-or-lambda',
      ]),
    );
  });

  it('can be checked against the lessons, which declare takeaways', () => {
    expect(lessonTakeaways.size).toBeGreaterThanOrEqual(29);
  });

  it('pass npm run check:content with no error', () => {
    const report = checkContent({
      content: join(ROOT, 'content'),
      exercises: EXERCISES_ROOT,
      chapters: chapters.map((chapter) => chapter.slug),
    });
    const errors = report.problems.filter((problem) => problem.severity === 'error');
    expect(errors.map((problem) => formatProblem(problem, ROOT))).toEqual([]);
    expect(report.exercises).toBe(folders.length);
  });
});

describe.each(folders.map((folder) => [relative(EXERCISES_ROOT, folder), folder]))('%s', (_name, folder) => {
  const loaded = loadExercise(folder);
  const exercise = loaded.ok ? loaded.loaded.exercise : undefined;
  const need = (): GradableExercise => {
    if (exercise === undefined)
      throw new Error(
        `the exercise does not load:\n${loaded.ok ? '' : loaded.problems.map((p) => formatProblem(p)).join('\n')}`,
      );
    return exercise;
  };
  const { samples, problems: headerProblems } = readSamples(folder);
  const modelJson = readFileSync(join(folder, 'model.json'), 'utf8');

  it('has valid frontmatter, a compiling answer schema and a rubric the schema can produce', () => {
    expect(loaded.ok ? [] : loaded.problems.map((p) => formatProblem(p))).toEqual([]);
  });

  it('gives the model answer full marks in every format it offers, the TypeScript one printed from model.json', () => {
    const current = need();
    for (const format of current.frontmatter.formats) {
      const text = format === 'ts' ? printTsAnswer(JSON.parse(modelJson)) : modelJson;
      const report = grade(current, text, format);
      expect(report.diagnostics, summarise(report)).toEqual([]);
      expect(report.score, summarise(report)).toBe(report.max);
    }
  });

  it('prints TypeScript forms of the model and the starter that read back as the same value', () => {
    for (const file of ['model.json', 'starter.json']) {
      const value: unknown = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      const read = readAnswer(printTsAnswer(value), 'ts');
      expect(read.ok && read.value).toEqual(value);
    }
  });

  it('does not let the starter pass', () => {
    const report = grade(need(), readFileSync(join(folder, 'starter.json'), 'utf8'), 'json');
    expect(report.diagnostics.filter((d) => d.source === 'read')).toEqual([]);
    expect(report.passed).toBe(false);
  });

  it('has a header on every sample, at least one pass sample and two fail samples', () => {
    expect(headerProblems.map((p) => formatProblem(p))).toEqual([]);
    const files = samples.map((sample) => sample.sample.file);
    expect(files.some((file) => file.startsWith('samples/pass-'))).toBe(true);
    expect(files.filter((file) => file.startsWith('samples/fail-')).length).toBeGreaterThanOrEqual(2);
  });

  describe.each(samples.map((sample) => [sample.sample.file, sample]))(
    'sample %s',
    (_file, { sample, answer, format }) => {
      it(sample.fails.length === 0 ? 'passes with full marks' : `fails exactly ${sample.fails.join(', ')}`, () => {
        const report = grade(need(), answer, format);
        // Samples are read as written; schema warnings and errors are part of what some samples prove.
        expect(
          report.diagnostics.filter((d) => d.source === 'read'),
          summarise(report),
        ).toEqual([]);
        const notPassed = report.criteria.filter((criterion) => criterion.verdict !== 'pass').map((c) => c.id);
        expect(notPassed.sort(), summarise(report)).toEqual([...sample.fails].sort());
        const flagged = [...new Set(report.redFlags.map((flag) => flag.criterion))].sort();
        expect(flagged, summarise(report)).toEqual([...sample.redFlags].sort());
        expect(report.passed, summarise(report)).toBe(sample.passes ?? sample.fails.length === 0);
      });
    },
  );

  it('cites only takeaways declared in a lesson', () => {
    const cited = need().frontmatter.takeaways;
    expect(cited.filter((id) => !lessonTakeaways.has(id))).toEqual([]);
  });

  it('has a prompt, progressive hints and an explanation in its MDX body, with no imports', () => {
    const body = readFileSync(join(folder, 'index.mdx'), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    expect(body).not.toMatch(/^import /m);
    expect(body.match(/<Hint>/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(body.match(/<Explanation>/g)?.length).toBe(1);
    const prompt = body.slice(0, body.indexOf('<Hint>')).trim();
    expect(prompt.length).toBeGreaterThan(200);
  });
});
