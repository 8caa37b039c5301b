/**
 * The grade means what an interviewer would mean, on any answer: properties over each exercise's own answers
 * (model, samples) and schema-shaped generated ones. Adding a forbidden member never raises its criterion's
 * points nor turns a fail into a pass (placing a module anywhere may still earn a placement point); a red flag
 * never passes; listing every value of an enum never passes; the length of free text and the order of lists
 * whose order is not graded never change a grade.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grade, readAnswer, type GradableExercise, type GradeReport } from '../../graders/index';
import { findExerciseFolders } from '../../graders/tooling/find-exercises';
import { loadExercise } from '../../graders/tooling/load-exercise';
import { readSamples } from '../../graders/tooling/read-sample';
import { appendPointer, resolvePointer, splitPointer } from '../../graders/json-schema/json-pointer';
import { isFreeTextAt, isListAt, valuesAt } from '../../graders/json-schema/values-at';
import type { Criterion } from '../../graders/authoring-schema/criterion';
import { PROPERTY_TEST_MS } from '../support/timeouts';
import { arbitraryAnswerOf } from './support/arbitrary-from-schema';

interface Loaded {
  exercise: GradableExercise;
  /** The exercise's own answers, as values: the model and every sample. */
  answers: unknown[];
}

const loaded: [string, Loaded][] = findExerciseFolders().flatMap((folder) => {
  const result = loadExercise(folder);
  if (!result.ok) return [];
  const { exercise } = result.loaded;
  const texts = [
    { text: readFileSync(join(folder, 'model.json'), 'utf8'), format: 'json' as const },
    ...readSamples(folder).samples.map((sample) => ({ text: sample.answer, format: sample.format })),
  ];
  const answers = texts.flatMap(({ text, format }) => {
    const read = readAnswer(text, format);
    return read.ok ? [read.value] : [];
  });
  return [[exercise.frontmatter.id, { exercise, answers }]];
});

const gradeValue = (exercise: GradableExercise, value: unknown): GradeReport =>
  grade(exercise, JSON.stringify(value), 'json');

/** What a grade says: the score, each verdict, and which criteria raised red flags. */
const verdicts = (report: GradeReport) => ({
  score: report.score,
  passed: report.passed,
  criteria: report.criteria.map((criterion) => `${criterion.id}:${criterion.verdict}:${criterion.points}`),
  redFlags: report.redFlags.map((flag) => `${flag.kind}:${flag.criterion}`).sort(),
});

/** Every place in `value` as schema tokens (list indexes as `*`) with its pointer. */
function* walk(
  value: unknown,
  pointer = '',
  tokens: string[] = [],
): Generator<{ pointer: string; tokens: string[]; value: unknown }> {
  yield { pointer, tokens, value };
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) yield* walk(item, appendPointer(pointer, index), [...tokens, '*']);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* walk(item, appendPointer(pointer, key), [...tokens, key]);
  }
}

/** Replaces the value at `pointer` in a deep copy of `answer`. */
function replaceAt(answer: unknown, pointer: string, replace: (old: unknown) => unknown): unknown {
  const copy: unknown = structuredClone(answer);
  const tokens = splitPointer(pointer);
  if (tokens.length === 0) return replace(copy);
  const parent = resolvePointer(copy, `/${tokens.slice(0, -1).join('/')}`.replace(/^\/$/, '')) as Record<
    string,
    unknown
  >;
  const last = tokens[tokens.length - 1] ?? '';
  parent[last] = replace(parent[last]);
  return copy;
}

/** The lists whose order an `order` criterion grades, as schema tokens (so they are never shuffled). */
function orderedLists(exercise: GradableExercise): string[] {
  return exercise.frontmatter.rubric.flatMap((criterion) => {
    if (criterion.kind !== 'order') return [];
    const at = splitPointer(criterion.at).map((token) => (/^\d+$/.test(token) ? '*' : token));
    return [at.join('/'), ...(criterion.pick === undefined ? [] : [[...at, '*', criterion.pick].join('/')])];
  });
}

/** Adds `value` to every list the set or order criterion reads in `answer` (where that list exists). */
function addMember(answer: unknown, criterion: Extract<Criterion, { kind: 'set' | 'order' }>, value: string): unknown {
  const copy: unknown = structuredClone(answer);
  const at = resolvePointer(copy, criterion.at);
  const targets: unknown[] =
    criterion.where === undefined
      ? [at]
      : Array.isArray(at)
        ? at.filter((item) =>
            Object.entries(criterion.where ?? {}).every(
              ([field, expected]) => (item as Record<string, unknown>)?.[field] === expected,
            ),
          )
        : [];
  for (const target of targets) {
    if (criterion.pick === undefined) {
      if (Array.isArray(target)) target.push(value);
    } else if (Array.isArray(target) && criterion.where === undefined) {
      target.push({ [criterion.pick]: value });
    } else if (target !== null && typeof target === 'object') {
      const list = (target as Record<string, unknown>)[criterion.pick];
      if (Array.isArray(list)) list.push(value);
    }
  }
  return copy;
}

describe.each(loaded)(
  'grading %s means what an interviewer means',
  (_id, { exercise, answers }) => {
    const { rubric } = exercise.frontmatter;
    const shaped = arbitraryAnswerOf(exercise);
    const anyAnswer = fc.oneof(fc.constantFrom(...answers), shaped);

    it('has answers of its own to vary', () => {
      expect(answers.length).toBeGreaterThanOrEqual(5);
    });

    it("never raises the criterion's points, or turns a fail into a pass, for a wrong member added", () => {
      type ListCriterion = Extract<Criterion, { kind: 'set' | 'order' }>;
      const forbidden = rubric.flatMap(
        (criterion): { criterion: ListCriterion; member: { value: string; redFlag?: string } }[] =>
          criterion.kind === 'set' || criterion.kind === 'order'
            ? criterion.wrong.map((member) => ({ criterion, member }))
            : [],
      );
      if (forbidden.length === 0) return;
      fc.assert(
        fc.property(anyAnswer, fc.constantFrom(...forbidden), (answer, { criterion, member }) => {
          const before = gradeValue(exercise, answer);
          const changed = addMember(answer, criterion, member.value);
          const after = gradeValue(exercise, changed);
          const criterionBefore = before.criteria.find((entry) => entry.id === criterion.id);
          const criterionAfter = after.criteria.find((entry) => entry.id === criterion.id);
          expect(criterionAfter?.points ?? 0).toBeLessThanOrEqual(criterionBefore?.points ?? 0);
          if (!before.passed) expect(after.passed).toBe(false);
          if (
            member.redFlag !== undefined &&
            criterionAfter?.verdict !== 'not-graded' &&
            JSON.stringify(changed) !== JSON.stringify(answer)
          )
            expect(after.passed).toBe(false);
        }),
        { numRuns: 300 },
      );
    });

    it('never passes an answer that raises a red flag', () => {
      fc.assert(
        fc.property(anyAnswer, (answer) => {
          const report = gradeValue(exercise, answer);
          if (report.redFlags.length > 0) expect(report.passed).toBe(false);
        }),
        { numRuns: 400 },
      );
    });

    it('never passes an answer that lists every value a list can hold', () => {
      for (const answer of answers) {
        const lists = [...walk(answer)].filter(
          (place) =>
            Array.isArray(place.value) && valuesAt(exercise.answerSchema, [...place.tokens, '*']).kind === 'enum',
        );
        for (const list of lists) {
          const values = valuesAt(exercise.answerSchema, [...list.tokens, '*']);
          if (values.kind !== 'enum') continue;
          const everything = replaceAt(answer, list.pointer, () => [...values.values]);
          expect(gradeValue(exercise, everything).passed, `${list.pointer} listing ${values.values.join(', ')}`).toBe(
            false,
          );
        }
      }
    });

    it('gives the same grade whatever the length of free text', () => {
      fc.assert(
        fc.property(fc.constantFrom(...answers), fc.integer({ min: 0, max: 3000 }), (answer, length) => {
          const prose = [...walk(answer)].filter(
            (place) => typeof place.value === 'string' && isFreeTextAt(exercise.answerSchema, place.tokens),
          );
          let changed = answer;
          for (const place of prose)
            changed = replaceAt(changed, place.pointer, (old) =>
              String(old).padEnd(length, ' and a little more').slice(0, Math.max(length, 1)),
            );
          expect(verdicts(gradeValue(exercise, changed))).toEqual(verdicts(gradeValue(exercise, answer)));
        }),
        { numRuns: 150 },
      );
    });

    it('gives the same grade whatever the order of lists whose order is not graded', () => {
      const ordered = orderedLists(exercise);
      fc.assert(
        fc.property(anyAnswer, fc.infiniteStream(fc.nat()), (answer, seeds) => {
          const lists = [...walk(answer)].filter(
            (place) =>
              Array.isArray(place.value) &&
              !ordered.includes(place.tokens.join('/')) &&
              isListAt(exercise.answerSchema, place.tokens),
          );
          let changed = answer;
          // Deepest lists first, so shuffling a parent list never moves a child's pointer before it is shuffled.
          for (const list of lists.reverse())
            changed = replaceAt(changed, list.pointer, (old) => {
              const items = [...(old as unknown[])];
              for (let index = items.length - 1; index > 0; index--) {
                const swap = (seeds.next().value as number) % (index + 1);
                [items[index], items[swap]] = [items[swap], items[index]];
              }
              return items;
            });
          expect(verdicts(gradeValue(exercise, changed))).toEqual(verdicts(gradeValue(exercise, answer)));
        }),
        { numRuns: 300 },
      );
    });
  },
  PROPERTY_TEST_MS,
);
