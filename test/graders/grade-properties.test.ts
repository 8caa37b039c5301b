/**
 * Grading is sound on any input: for every exercise, thousands of generated answers (shaped by the answer schema
 * and the vocabulary, and plain garbage) in both formats always come back as a report with 0 <= score <= max,
 * consistent verdicts and located diagnostics, never a throw. Answers of the same value grade the same in JSON and
 * TypeScript.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { catalogue, grade, type FeedbackMessage, type GradableExercise, type GradeReport } from '../../graders/index';
import { findExerciseFolders } from '../../graders/tooling/find-exercises';
import { loadExercise } from '../../graders/tooling/load-exercise';
import { arbitraryAnswerOf } from './support/arbitrary-from-schema';
import { toTsSource, type TsStyle } from './support/to-ts-source';
import { PROPERTY_TEST_MS } from '../support/timeouts';

const exercises = findExerciseFolders().flatMap((folder) => {
  const loaded = loadExercise(folder);
  return loaded.ok ? [loaded.loaded.exercise] : [];
});

/** Whether every parameter the message's wording names was given (an author's `detail` is optional). */
function isFilled(message: FeedbackMessage): boolean {
  const names = [...catalogue[message.id].text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '');
  return message.text !== '' && names.every((name) => name === 'detail' || Object.hasOwn(message.params, name));
}

/** Whether only the answer's own errors (its text or shape) can be what keeps a criterion ungraded. */
function answerAtFault(report: GradeReport): boolean {
  return report.diagnostics.every(
    (diagnostic) => diagnostic.severity === 'warning' || diagnostic.source === 'read' || diagnostic.source === 'schema',
  );
}

/** Throws (so fast-check shrinks and reports) unless the report is sound for this exercise. */
function assertSound(exercise: GradableExercise, report: GradeReport): void {
  const max = exercise.frontmatter.rubric.reduce((sum, criterion) => sum + criterion.points, 0);
  const fail = (why: string): never => {
    throw new Error(`${why}\n${JSON.stringify(report, null, 1).slice(0, 2000)}`);
  };
  if (report.max !== max) fail('max is not the sum of the rubric points');
  if (!(report.score >= 0 && report.score <= report.max)) fail('score out of range');
  if (report.criteria.length !== exercise.frontmatter.rubric.length) fail('a criterion is missing');
  let sum = 0;
  for (const criterion of report.criteria) {
    if (!(criterion.points >= 0 && criterion.points <= criterion.maxPoints))
      fail(`${criterion.id}: points out of range`);
    if ((criterion.verdict === 'pass') !== (criterion.points === criterion.maxPoints))
      fail(`${criterion.id}: verdict and points disagree`);
    if ((criterion.verdict === 'fail' || criterion.verdict === 'not-graded') && criterion.points !== 0)
      fail(`${criterion.id}: points without credit`);
    if (criterion.feedback.length === 0 || !criterion.feedback.every(isFilled))
      fail(`${criterion.id}: empty or unfilled feedback`);
    sum += criterion.points;
  }
  if (Math.abs(sum - report.score) > 0.011) fail('score is not the sum of the criteria');
  const complete = report.criteria.every((criterion) => criterion.verdict !== 'not-graded');
  const reached = report.score * 100 >= report.max * report.passMark - 1e-9;
  const essentialsFull = report.criteria.every((criterion) => !criterion.essential || criterion.verdict === 'pass');
  if (report.passed !== (reached && report.redFlags.length === 0 && complete && essentialsFull))
    fail('passed disagrees with the pass mark, the red flags, what was graded and the essential criteria');
  const missed = report.criteria.filter((c) => c.essential && c.verdict !== 'pass').map((c) => c.id);
  if (report.essentialsMissed.join() !== missed.join()) fail('essentialsMissed is not the essential criteria missed');
  if (report.incomplete !== (!complete && report.redFlags.length === 0 && !report.passed && answerAtFault(report)))
    fail('incomplete disagrees with what was graded and the red flags');
  for (const flag of report.redFlags) {
    if (!report.criteria.some((criterion) => criterion.id === flag.criterion && criterion.verdict !== 'not-graded'))
      fail(`${flag.criterion}: a red flag from a criterion that was not graded`);
    if (!isFilled(flag.message)) fail('a red flag with unfilled wording');
  }
  for (const diagnostic of report.diagnostics) {
    if (!isFilled(diagnostic.message)) fail('a diagnostic with unfilled wording');
    if (diagnostic.source === 'exercise')
      fail('an exercise diagnostic for a valid exercise: the engine caught an internal error');
    if (!(diagnostic.line >= 1 && diagnostic.column >= 1 && diagnostic.endLine >= diagnostic.line))
      fail('a diagnostic without a position');
  }
  const unreadable = report.diagnostics.some(
    (diagnostic) => diagnostic.source === 'read' && diagnostic.severity === 'error',
  );
  if (unreadable && report.criteria.some((criterion) => criterion.verdict !== 'not-graded'))
    fail('graded an unreadable answer');
}

const styleArbitrary: fc.Arbitrary<TsStyle> = fc.record({
  quote: fc.constantFrom<TsStyle['quote']>("'", '"', '`'),
  exportStyle: fc.constantFrom<TsStyle['exportStyle']>('export-const', 'export-default', 'const', 'export-list'),
  asConst: fc.boolean(),
  hoist: fc.boolean(),
  trailingCommas: fc.boolean(),
  comments: fc.boolean(),
});

const TS_TOKENS = [
  'export',
  'const',
  'answer',
  '=',
  '{',
  '}',
  '[',
  ']',
  '(',
  ')',
  ',',
  ':',
  ';',
  '...',
  'as',
  'const',
  'satisfies',
  'type',
  'X',
  "'sync'",
  '"async"',
  '`t`',
  '`${x}`',
  '1',
  '-2',
  'true',
  'null',
  'undefined',
  '=>',
  'function',
  'import',
  '+',
  '?',
  '.',
  '//c\n',
  '/*',
  '*/',
  '\n',
  'default',
  'interface',
  'let',
  'new',
  '__proto__',
  'constructor',
];

describe.each(exercises.map((exercise) => [exercise.frontmatter.id, exercise]))(
  'grading %s is sound',
  (_id, exercise) => {
    const shaped = arbitraryAnswerOf(exercise);

    it('on 4,000 schema-shaped JSON answers, which grade the same written as TypeScript (2,000 of them)', () => {
      let compared = 0;
      fc.assert(
        fc.property(shaped, fc.integer({ min: 0, max: 4 }), styleArbitrary, (value, indent, style) => {
          const jsonReport = grade(exercise, JSON.stringify(value, null, indent), 'json');
          assertSound(exercise, jsonReport);
          if (compared++ % 2 === 0) {
            const tsReport = grade(exercise, toTsSource(value, style), 'ts');
            assertSound(exercise, tsReport);
            expect(tsReport.diagnostics.filter((d) => d.source === 'read')).toEqual([]);
            expect(tsReport.criteria.map((c) => [c.id, c.verdict, c.points])).toEqual(
              jsonReport.criteria.map((c) => [c.id, c.verdict, c.points]),
            );
          }
        }),
        { numRuns: 4000 },
      );
    });

    it('on 1,500 schema-shaped answers with a few characters inserted or removed', () => {
      fc.assert(
        fc.property(
          shaped,
          fc.nat(),
          fc.nat(),
          fc.constantFrom('', ',', '"', '{', ']', ':', '}', 'x', '\\', '/*'),
          fc.boolean(),
          (value, at, length, insert, asTs) => {
            const text = asTs ? `export const answer = ${JSON.stringify(value)};` : JSON.stringify(value);
            const cut = at % (text.length + 1);
            const mutated = text.slice(0, cut) + insert + text.slice(cut + (length % 3));
            assertSound(exercise, grade(exercise, mutated, asTs ? 'ts' : 'json'));
          },
        ),
        { numRuns: 1500 },
      );
    });

    it('on 2,500 arbitrary strings and JSON values', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string({ maxLength: 200 }),
            fc.string({ unit: 'binary', maxLength: 60 }),
            fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
          ),
          fc.constantFrom<'json' | 'ts'>('json', 'ts'),
          (source, format) => {
            assertSound(exercise, grade(exercise, source, format));
          },
        ),
        { numRuns: 2500 },
      );
    });

    it('on 1,500 JSON values of any shape, including prototype keys', () => {
      const hostile = fc.dictionary(
        fc.constantFrom(
          '__proto__',
          'constructor',
          'prototype',
          'toString',
          'services',
          'calls',
          'events',
          'decision',
          'plan',
          'strategy',
          'caveat',
        ),
        fc.jsonValue({ maxDepth: 3 }),
        { maxKeys: 6 },
      );
      fc.assert(
        fc.property(
          fc.oneof(hostile, fc.anything({ maxDepth: 3, withNullPrototype: true, withObjectString: false })),
          (value) => {
            const text = JSON.stringify(value) ?? 'null';
            assertSound(exercise, grade(exercise, text, 'json'));
            assertSound(exercise, grade(exercise, `export const answer = ${text};`, 'ts'));
          },
        ),
        { numRuns: 1500 },
      );
      expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    });

    it('on 1,000 TypeScript token soups', () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...TS_TOKENS), { maxLength: 40 }), (tokens) => {
          assertSound(exercise, grade(exercise, tokens.join(' '), 'ts'));
        }),
        { numRuns: 1000 },
      );
    });

    it('on pathological sizes and nesting', () => {
      for (const source of [
        '['.repeat(50_000),
        '{"a":'.repeat(10_000),
        `"${'x'.repeat(300_000)}"`,
        `${'const a0 = [1, 1];\n'}${Array.from({ length: 40 }, (_, i) => `const a${i + 1} = [a${i}, a${i}];`).join('\n')}\nexport default a40;`,
      ]) {
        assertSound(exercise, grade(exercise, source, 'json'));
        assertSound(exercise, grade(exercise, source, 'ts'));
      }
    });
  },
  PROPERTY_TEST_MS,
);
