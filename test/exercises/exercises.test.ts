/**
 * Every exercise on disk checks itself: valid frontmatter and schema, model answers with full marks in both
 * formats, pass samples passing, fail samples failing exactly the criteria they declare, a starter that does not
 * pass, and takeaways that exist in the lessons. Exercises are found by glob, never listed by hand.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { grade, readAnswer, type GradableExercise, type GradeReport } from '../../graders/index';
import { compileExercise } from '../../graders/schema/compile-exercise';
import { EXERCISES_ROOT, findExerciseFolders } from '../../graders/cli/find-exercises';
import { loadExercise } from '../../graders/cli/load-exercise';
import { readLessonTakeaways } from './support/read-lesson-takeaways';

const folders = findExerciseFolders();
const lessonTakeaways = readLessonTakeaways();

function gradeFile(exercise: GradableExercise, folder: string, file: string): GradeReport {
  return grade(exercise, readFileSync(join(folder, file), 'utf8'), file.endsWith('.ts') ? 'ts' : 'json');
}

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
});

describe.each(folders.map((folder) => [relative(EXERCISES_ROOT, folder), folder]))('%s', (_name, folder) => {
  const loaded = loadExercise(folder);
  const exercise = loaded.ok ? loaded.loaded.exercise : undefined;
  const need = (): GradableExercise => {
    if (exercise === undefined)
      throw new Error(`the exercise does not load:\n${loaded.ok ? '' : loaded.problems.join('\n')}`);
    return exercise;
  };

  it('has valid frontmatter and a parseable answer schema', () => {
    expect(loaded.ok ? [] : loaded.problems).toEqual([]);
  });

  it('has an answer schema that compiles in ajv strict mode with every $ref resolved', () => {
    const { frontmatter, answerSchema } = need();
    expect(() => compileExercise(`self-check:${frontmatter.id}`, answerSchema, frontmatter.rubric)).not.toThrow();
    expect((answerSchema as { $schema?: unknown }).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('gives the model answer full marks in every format it offers', () => {
    const current = need();
    for (const format of current.frontmatter.formats) {
      const report = gradeFile(current, folder, format === 'ts' ? 'model.ts' : 'model.json');
      expect(report.diagnostics, summarise(report)).toEqual([]);
      expect(report.score, summarise(report)).toBe(report.max);
    }
  });

  it('has model.ts and model.json describing the same design', () => {
    const fromJson = readAnswer(readFileSync(join(folder, 'model.json'), 'utf8'), 'json');
    const fromTs = readAnswer(readFileSync(join(folder, 'model.ts'), 'utf8'), 'ts');
    expect(fromTs.ok && fromJson.ok && fromTs.value).toEqual(fromJson.ok && fromJson.value);
  });

  it('does not let the starter pass', () => {
    const report = gradeFile(need(), folder, 'starter.json');
    expect(report.diagnostics.filter((d) => d.source === 'read')).toEqual([]);
    expect(report.passed).toBe(false);
  });

  it('declares every sample file it ships, and ships every sample it declares', () => {
    const declared = need()
      .frontmatter.samples.map((sample) => sample.file)
      .sort();
    const onDisk = readdirSync(join(folder, 'samples'))
      .map((file) => `samples/${file}`)
      .sort();
    expect(declared).toEqual(onDisk);
    expect(declared.some((file) => file.startsWith('samples/pass-'))).toBe(true);
    expect(declared.filter((file) => file.startsWith('samples/fail-')).length).toBeGreaterThanOrEqual(2);
  });

  describe.each((exercise?.frontmatter.samples ?? []).map((sample) => [sample.file, sample]))(
    'sample %s',
    (_file, sample) => {
      it(sample.fails.length === 0 ? 'passes with full marks' : `fails exactly ${sample.fails.join(', ')}`, () => {
        const report = gradeFile(need(), folder, sample.file);
        // Samples are read as written; schema warnings and errors are part of what some samples prove.
        expect(
          report.diagnostics.filter((d) => d.source === 'read'),
          summarise(report),
        ).toEqual([]);
        const notPassed = report.criteria
          .filter((criterion) => criterion.verdict !== 'pass')
          .map((criterion) => criterion.id);
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

  it('belongs to a lesson that exists in its chapter', () => {
    const { chapter, lesson } = need().frontmatter;
    expect(existsSync(join(EXERCISES_ROOT, '..', 'content', chapter, `${lesson}.mdx`))).toBe(true);
    expect(basename(join(folder, '..'))).toBe(chapter);
  });

  it('has a prompt, progressive hints and an explanation in its MDX body, using the site components', () => {
    const body = readFileSync(join(folder, 'index.mdx'), 'utf8').replace(/^---[\s\S]*?\n---\n/, '');
    expect(body).toContain("import Hint from '../../../src/components/exercise/Hint.astro';");
    expect(body).toContain("import Explanation from '../../../src/components/exercise/Explanation.astro';");
    expect(body.match(/<Hint>/g)?.length ?? 0).toBeGreaterThanOrEqual(2);
    expect(body.match(/<Explanation>/g)?.length).toBe(1);
    const prompt = body.slice(body.lastIndexOf(".astro';") + 8, body.indexOf('<Hint>')).trim();
    expect(prompt.length).toBeGreaterThan(200);
  });
});
