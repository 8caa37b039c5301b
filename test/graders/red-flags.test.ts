/**
 * Red flags and contradictions gate the pass whatever the score, come first in the report, and free text or a
 * repeated name never withholds a grade.
 */
import { describe, expect, it } from 'vitest';
import { grade, type GradableExercise } from '../../graders/index';
import {
  defineFixture,
  fixtureAnswer,
  fixtureAnswerForSpeed,
  fixtureFlaggingSpeed,
  fixtureFrontmatter,
  fixtureSchema,
} from './support/fixture-exercise';

const rubric = fixtureFrontmatter.rubric.map((criterion) =>
  criterion.id === 'ownership' ? { ...criterion, redFlag: 'A shared database' } : criterion,
);
// A low pass mark, so only the red flag can fail the answers below.
const exercise: GradableExercise = {
  frontmatter: defineFixture({ ...fixtureFrontmatter, passMark: 50, rubric }),
  answerSchema: fixtureSchema,
};
const json = (value: unknown) => JSON.stringify(value, null, 2);

const sharedStore = {
  ...fixtureAnswer,
  services: [
    { name: 'order', dataStores: ['orders-db'] },
    { name: 'delivery', dataStores: ['orders-db'] },
  ],
};
const hedgedPayment = {
  ...fixtureAnswer,
  calls: [...fixtureAnswer.calls, { from: 'order', to: 'payment', style: 'async', reason: 'caller-does-not-wait' }],
};

describe('red flags', () => {
  it('fail an answer that reaches the pass mark, naming the mistake, the takeaway and the place', () => {
    const report = grade(exercise, json(sharedStore), 'json');
    expect(report.percent).toBeGreaterThanOrEqual(50);
    expect(report.passed).toBe(false);
    expect(report.redFlags).toHaveLength(1);
    expect(report.redFlags[0]).toMatchObject({
      kind: 'red-flag',
      criterion: 'ownership',
      lessonHref: '/architecture-patterns/microservices/#takeaway-microservices-database-per-service',
      message: { id: 'flag.red-flag', text: 'A shared database. Shared.' },
    });
    expect(report.redFlags[0]?.locations.length).toBeGreaterThan(0);
  });

  it('are not raised by an answer that passes the criterion', () => {
    const report = grade(exercise, json(fixtureAnswer), 'json');
    expect(report).toMatchObject({ passed: true, redFlags: [] });
  });

  it('include contradictions, listed before the declared red flags', () => {
    const both = { ...hedgedPayment, services: sharedStore.services };
    const report = grade(exercise, json(both), 'json');
    expect(report.passed).toBe(false);
    expect(report.redFlags.map((flag) => [flag.kind, flag.criterion])).toEqual([
      ['contradiction', 'payment-sync'],
      ['red-flag', 'ownership'],
    ]);
    expect(report.redFlags[0]?.message.text).toMatch(/`calls\[1\]` and `calls\[2\]` describe the same thing/);
  });

  it('are not raised for a criterion that could not be graded', () => {
    const broken = { ...sharedStore, services: 'order and delivery' };
    const report = grade(exercise, json(broken), 'json');
    expect(report.criteria.find((criterion) => criterion.id === 'ownership')?.verdict).toBe('not-graded');
    expect(report.redFlags).toEqual([]);
  });
});

describe('a red flag that names its own takeaway', () => {
  // A reason the chapter contradicts shows a gap in another takeaway than the criterion's: "it is the fastest" for a
  // synchronous call misses why calls are waited for, which is what the lesson on communication styles teaches.
  const fast = json(fixtureAnswerForSpeed);

  it('reports the red flag against that takeaway and links its lesson', () => {
    const report = grade(fixtureFlaggingSpeed('event-driven.request-vs-event'), fast, 'json');
    expect(report.redFlags).toEqual([
      expect.objectContaining({
        criterion: 'payment-sync',
        takeaway: 'event-driven.request-vs-event',
        lessonHref: '/architecture-patterns/event-driven/#takeaway-event-driven-request-vs-event',
      }),
    ]);
    // The criterion itself still tests its own takeaway.
    expect(report.criteria.find((criterion) => criterion.id === 'payment-sync')?.takeaway).toBe(
      'microservices.sync-vs-async',
    );
  });

  it("keeps the criterion's takeaway when the entry names none", () => {
    const report = grade(fixtureFlaggingSpeed(undefined), fast, 'json');
    expect(report.redFlags.map((flag) => flag.takeaway)).toEqual(['microservices.sync-vs-async']);
  });
});

describe('what only warns', () => {
  it('grades a purpose over its length limit in full, with a warning at it', () => {
    const long = {
      ...fixtureAnswer,
      calls: fixtureAnswer.calls.map((call) => ({ ...call, purpose: 'Charge the card and wait. '.repeat(20) })),
    };
    const report = grade(exercise, json(long), 'json');
    expect(report.score).toBe(report.max);
    expect(report.diagnostics.map((d) => [d.severity, d.message.id, d.pointer])).toEqual([
      ['warning', 'schema.max-length', '/calls/0/purpose'],
      ['warning', 'schema.max-length', '/calls/1/purpose'],
    ]);
  });

  it('grades a consumer listed twice in full, with a warning', () => {
    const twice = {
      ...fixtureAnswer,
      events: [{ name: 'OrderPlaced', producer: 'order', consumers: ['delivery', 'delivery'] }],
    };
    const report = grade(exercise, json(twice), 'json');
    expect(report.score).toBe(report.max);
    expect(report.diagnostics.map((d) => [d.severity, d.message.id])).toEqual([['warning', 'schema.unique-items']]);
  });

  it('lets an item with a misspelt name simply not match, and warns of it: it blocks no criterion', () => {
    const misspelt = {
      ...fixtureAnswer,
      events: [{ name: 'order placed', producer: 'order', consumers: [] }, ...fixtureAnswer.events],
    };
    const report = grade(exercise, json(misspelt), 'json');
    expect(report.diagnostics.map((d) => [d.severity, d.pointer])).toEqual([['warning', '/events/0/name']]);
    expect(report.criteria.find((criterion) => criterion.id === 'fanout')?.verdict).toBe('pass');
  });

  it('calls a schema error an error only where it keeps a criterion from being graded', () => {
    const withoutCalls: Partial<typeof fixtureAnswer> = { ...fixtureAnswer, calls: 'none' as never };
    const report = grade(exercise, json(withoutCalls), 'json');
    expect(report.criteria.some((criterion) => criterion.verdict === 'not-graded')).toBe(true);
    expect(report.diagnostics.filter((d) => d.pointer === '/calls').map((d) => d.severity)).toEqual(['error']);
  });
});
