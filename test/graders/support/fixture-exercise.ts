/** A small exercise built in code, so pipeline tests do not depend on the real exercises' wording. */
import type { GradableExercise } from '../../../graders/grade';
import { defineExercise } from '../../../graders/authoring-schema/exercise-definition';
import { exerciseFrontmatterSchema } from '../../../graders/authoring-schema/exercise-frontmatter';

const VOCABULARY = 'https://sysdesign-courseware.invalid/schemas/vocabulary.schema.json';

export const fixtureFrontmatter = {
  title: 'A fixture exercise',
  summary: 'An exercise used by the grader tests, with one criterion of each kind.',
  difficulty: 'core',
  minutes: 5,
  formats: ['json', 'ts'],
  passMark: 80,
  rubric: [
    {
      kind: 'choice',
      id: 'payment-sync',
      title: 'Payment is synchronous.',
      takeaway: 'microservices.sync-vs-async',
      points: 4,
      at: '/calls',
      where: { from: 'order', to: 'payment' },
      decision: {
        field: 'style',
        right: ['sync'],
        wrong: [{ value: 'async', why: 'The customer is waiting for the charge.' }],
      },
      reason: {
        right: ['caller-needs-immediate-answer'],
        wrong: [{ value: 'lowest-latency', why: 'A call is not chosen for speed.' }],
        neutral: ['caller-does-not-wait'],
      },
      feedback: { pass: 'Payment waits.', fail: 'Payment must be waited for.' },
    },
    {
      kind: 'set',
      id: 'fanout',
      title: 'OrderPlaced reaches delivery.',
      takeaway: 'microservices.sync-vs-async',
      points: 2,
      at: '/events',
      where: { name: 'OrderPlaced' },
      pick: 'consumers',
      right: ['delivery'],
      feedback: { pass: 'Fan-out.', fail: 'No fan-out.' },
    },
    {
      kind: 'check',
      id: 'ownership',
      title: 'One owner per store.',
      takeaway: 'microservices.database-per-service',
      points: 2,
      check: 'one-owner-per-store',
      feedback: { pass: 'Owned.', fail: 'Shared.' },
    },
  ],
};

export const fixtureSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  additionalProperties: false,
  properties: {
    services: { type: 'array', items: { $ref: `${VOCABULARY}#/$defs/service` } },
    dataStores: { type: 'array', items: { $ref: `${VOCABULARY}#/$defs/dataStore` } },
    calls: {
      type: 'array',
      items: {
        allOf: [{ $ref: `${VOCABULARY}#/$defs/call` }],
        // Narrowed as exercises narrow the vocabulary, so every reason the rubric can meet is classified.
        properties: { reason: { enum: ['caller-needs-immediate-answer', 'caller-does-not-wait', 'lowest-latency'] } },
      },
    },
    events: { type: 'array', items: { $ref: `${VOCABULARY}#/$defs/event` } },
  },
  required: ['calls'],
};

/** Parses frontmatter written like the fixture's and defines it as `exercises/architecture-patterns/fixture-exercise`. */
export function defineFixture(frontmatter: unknown): GradableExercise['frontmatter'] {
  return defineExercise('architecture-patterns/fixture-exercise', exerciseFrontmatterSchema.parse(frontmatter));
}

export const fixtureExercise: GradableExercise = {
  frontmatter: defineFixture(fixtureFrontmatter),
  answerSchema: fixtureSchema,
};

/** A full-marks answer for the fixture. */
export const fixtureAnswer = {
  services: [{ name: 'order', dataStores: ['orders-db'] }],
  dataStores: [{ name: 'orders-db', engine: 'postgresql' }],
  calls: [
    { from: 'order', to: 'delivery', style: 'async', reason: 'caller-does-not-wait' },
    { from: 'order', to: 'payment', style: 'sync', reason: 'caller-needs-immediate-answer' },
  ],
  events: [{ name: 'OrderPlaced', producer: 'order', consumers: ['delivery'] }],
};

/**
 * The fixture with "lowest latency", as the payment call's reason, made a red flag that names `takeaway` (or, left
 * out, the criterion's own): a reason the chapter contradicts, showing a gap in another takeaway.
 */
export function fixtureFlaggingSpeed(takeaway: string | undefined): GradableExercise {
  const rubric = fixtureFrontmatter.rubric.map((criterion) =>
    criterion.kind === 'choice'
      ? {
          ...criterion,
          reason: {
            ...criterion.reason,
            wrong: [
              {
                value: 'lowest-latency',
                why: 'A call is not chosen for speed.',
                redFlag: 'Speed given as the reason',
                ...(takeaway === undefined ? {} : { takeaway }),
              },
            ],
          },
        }
      : criterion,
  );
  return { frontmatter: defineFixture({ ...fixtureFrontmatter, rubric }), answerSchema: fixtureSchema };
}

/** The fixture's answer with the payment call made for speed. */
export const fixtureAnswerForSpeed = {
  ...fixtureAnswer,
  calls: fixtureAnswer.calls.map((call) => (call.to === 'payment' ? { ...call, reason: 'lowest-latency' } : call)),
};
