import { describe, expect, it, vi } from 'vitest';
import { createAjv } from '../../../graders/answer-schema/create-ajv';
import type { SchemaIssue } from '../../../graders/answer-schema/word-schema-errors';
import type { RegisteredCheck } from '../../../graders/custom-checks/define-check';
import type { Criterion } from '../../../graders/authoring-schema/criterion';
import { runRubric, type RubricContext } from '../../../graders/rubric/run-rubric';
import { makeCriterion } from '../support/criteria';

/** A check whose fraction is not a number: no registered check does that, so it is registered here for the test. */
const notANumber: RegisteredCheck<Record<never, never>> = {
  id: 'not-a-number',
  description: 'A check that reports NaN as its fraction.',
  reads: ['/services/*/name'],
  messages: {},
  findParamsProblem: () => undefined,
  run: () => ({ fraction: Number.NaN, messages: [], pointers: ['/services'] }),
};

vi.mock('../../../graders/custom-checks/registry', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../graders/custom-checks/registry')>();
  return { ...original, findCheck: (id: string) => (id === notANumber.id ? notANumber : original.findCheck(id)) };
});

/** Grades `rubric` on `answer` with no schema errors, locating each pointer as itself. */
function run(rubric: readonly Criterion[], answer: unknown, issues: readonly SchemaIssue[] = []) {
  const context: RubricContext = {
    chapter: 'architecture-patterns',
    answer,
    schemas: { validateAnswer: createAjv().compile({}), criterionValidators: new Map() },
    issues,
    locate: (pointer) => ({ pointer }),
  };
  return runRubric(rubric, context);
}

/** A schema error of the wrong type at `pointer`. */
const typeIssue = (pointer: string): SchemaIssue => ({
  pointer,
  mark: { pointer, on: 'value' },
  messageId: 'schema.type',
  params: { path: pointer, actual: 'a number', expected: 'text' },
});

const fanout = (fields: Record<string, unknown>) =>
  makeCriterion('set', {
    at: '/events',
    where: { name: 'OrderPlaced' },
    pick: 'consumers',
    right: ['delivery', 'billing', 'search'],
    ...fields,
  });
const consumers = (...names: string[]) => ({ events: [{ name: 'OrderPlaced', consumers: names }] });

describe('runRubric: points and verdicts', () => {
  it('gives the share of the points earned, rounded to two decimals, with a partial verdict', () => {
    const { criteria } = run([fanout({ points: 2 })], consumers('delivery', 'billing'));
    expect(criteria[0]).toMatchObject({ verdict: 'partial', points: 1.33, maxPoints: 2 });
  });

  it("says the author's partial feedback on partial credit, and their fail feedback when there is none", () => {
    const feedback = { pass: 'All reached.', fail: 'None reached.', partial: 'Some reached.' };
    const withPartial = run([fanout({ feedback })], consumers('delivery'));
    expect(withPartial.criteria[0]?.feedback[0]).toMatchObject({
      id: 'rubric.partial',
      params: { text: 'Some reached.' },
    });
    const withoutPartial = run(
      [fanout({ feedback: { pass: 'All reached.', fail: 'None reached.' } })],
      consumers('delivery'),
    );
    expect(withoutPartial.criteria[0]?.feedback[0]).toMatchObject({
      id: 'rubric.partial',
      params: { text: 'None reached.' },
    });
  });

  it("says the author's pass and fail feedback with their own ids", () => {
    const feedback = { pass: 'All reached.', fail: 'None reached.', partial: 'Some reached.' };
    const passed = run([fanout({ feedback })], consumers('delivery', 'billing', 'search'));
    expect(passed.criteria[0]).toMatchObject({ verdict: 'pass', points: 4 });
    expect(passed.criteria[0]?.feedback[0]).toMatchObject({ id: 'rubric.pass', params: { text: 'All reached.' } });
    const failed = run([fanout({ feedback })], consumers('nobody'));
    expect(failed.criteria[0]).toMatchObject({ verdict: 'fail', points: 0 });
    expect(failed.criteria[0]?.feedback[0]).toMatchObject({ id: 'rubric.fail', params: { text: 'None reached.' } });
  });

  it('fails a criterion whose grader reports a fraction that is not a number, rather than passing it or scoring NaN', () => {
    const check = makeCriterion('check', { check: 'not-a-number' });
    expect(run([check], { services: [] }).criteria[0]).toMatchObject({ verdict: 'fail', points: 0 });
  });
});

describe('runRubric: where a criterion marks the answer', () => {
  it('marks the places it looked and each place its details point at, once each', () => {
    const check = makeCriterion('check', { check: 'one-owner-per-store' });
    const answer = {
      services: [{ name: 'a', dataStores: ['a-db'] }],
      dataStores: [{ name: 'a-db' }, { name: 'b-db' }],
    };
    expect(run([check], answer).criteria[0]?.locations).toEqual([
      { pointer: '/services' },
      { pointer: '/dataStores' },
      { pointer: '/dataStores/1' },
    ]);
  });

  it('marks nothing for details that point nowhere', () => {
    const { criteria } = run([fanout({})], { events: [] });
    expect(criteria[0]?.feedback.length).toBeGreaterThan(1);
    expect(criteria[0]?.locations).toEqual([]);
  });
});

describe('runRubric: a criterion whose inputs have schema errors is not graded', () => {
  const everyCall = makeCriterion('choice', {
    at: '/calls',
    where: { from: 'order' },
    decision: { field: 'style', right: ['sync'] },
  });
  const calls = (count: number) => ({
    calls: Array.from({ length: count }, () => ({ from: 'order', to: 'payment', style: 7 })),
  });
  const styleIssues = (count: number) =>
    Array.from({ length: count }, (_, index) => typeIssue(`/calls/${index}/style`));

  it('names the first eight places and counts the rest', () => {
    const { criteria } = run([everyCall], calls(11), styleIssues(11));
    expect(criteria[0]).toMatchObject({ verdict: 'not-graded', points: 0, maxPoints: 4 });
    const paths = String(criteria[0]?.feedback[0]?.params['paths']);
    expect(criteria[0]?.feedback[0]?.id).toBe('rubric.not-graded');
    expect(paths.match(/`calls\[\d+\]\.style`/g)).toEqual(
      Array.from({ length: 8 }, (_, index) => `\`calls[${index}].style\``),
    );
    expect(paths).toContain('3 more places');
  });

  it('names each place once however many errors it has, and counts nothing more when all are named', () => {
    const twice = [...styleIssues(2), ...styleIssues(2)];
    const paths = String(run([everyCall], calls(2), twice).criteria[0]?.feedback[0]?.params['paths']);
    expect(paths.match(/`calls\[\d+\]\.style`/g)).toEqual(['`calls[0].style`', '`calls[1].style`']);
    expect(paths).not.toContain('more');
  });

  it('marks every blocking error up to a hundred, where the error says to mark it', () => {
    // Marked at its object's key, as a missing field is marked elsewhere than where it blocks.
    const keyIssue: SchemaIssue = { ...typeIssue('/calls/0/style'), mark: { pointer: '/calls/0', on: 'key' } };
    const located: [string, string | undefined][] = [];
    const context: RubricContext = {
      chapter: 'architecture-patterns',
      answer: calls(1),
      schemas: { validateAnswer: createAjv().compile({}), criterionValidators: new Map() },
      issues: [keyIssue],
      locate: (pointer, on) => {
        located.push([pointer, on]);
        return { pointer };
      },
    };
    expect(runRubric([everyCall], context).criteria[0]?.locations).toEqual([{ pointer: '/calls/0' }]);
    expect(located).toEqual([['/calls/0', 'key']]);
    expect(run([everyCall], calls(120), styleIssues(120)).criteria[0]?.locations).toHaveLength(100);
  });
});

describe('runRubric: a check is blocked only by schema errors in the fields it reads', () => {
  const waits = makeCriterion('check', { check: 'waits-only-for', params: { from: 'order', mayWaitFor: ['payment'] } });
  const answer = { calls: [{ from: 'order', to: 'payment', style: 'sync', note: 7 }] };

  it('grades it despite an error in a field it does not read', () => {
    expect(run([waits], answer, [typeIssue('/calls/0/note')]).criteria[0]?.verdict).toBe('pass');
  });

  it.each(['/calls/0/from', '/calls/0/to', '/calls/0/style'])('does not grade it with an error at %s', (pointer) => {
    expect(run([waits], answer, [typeIssue(pointer)]).criteria[0]?.verdict).toBe('not-graded');
  });
});

describe('runRubric: red flags', () => {
  const lambda = (fields: Record<string, unknown>) =>
    makeCriterion('choice', {
      at: '/decisions',
      where: { area: 'compute' },
      decision: { right: ['containers'] },
      reason: { right: ['steady-load'], wrong: [{ value: 'always-cheaper', redFlag: 'Serverless is always cheaper' }] },
      ...fields,
    });

  it("raises the criterion's own red flag when it fails, at the places it looked, with its fail feedback", () => {
    const criterion = makeCriterion('set', {
      at: '/events',
      where: { name: 'OrderPlaced' },
      pick: 'consumers',
      right: ['delivery'],
      redFlag: 'Nobody hears of the order',
    });
    const { redFlags } = run([criterion], consumers('billing'));
    expect(redFlags).toEqual([
      {
        kind: 'red-flag',
        criterion: 'c',
        takeaway: 'microservices.sync-vs-async',
        lessonHref: '/architecture-patterns/microservices/#takeaway-microservices-sync-vs-async',
        message: expect.objectContaining({
          id: 'flag.red-flag',
          params: { name: 'Nobody hears of the order', detail: 'Not yet.' },
        }),
        locations: [{ pointer: '/events/0' }],
      },
    ]);
  });

  it('explains a red flag on a value that has no note of its own with the fail feedback, and keeps a note it has', () => {
    const answer = { decisions: [{ area: 'compute', choice: 'containers', reason: 'always-cheaper' }] };
    expect(run([lambda({})], answer).redFlags.map((flag) => flag.message.text)).toEqual([
      'Serverless is always cheaper. Not yet.',
    ]);
    const noted = lambda({
      reason: {
        right: ['steady-load'],
        wrong: [{ value: 'always-cheaper', why: 'Only at low use.', redFlag: 'Serverless is always cheaper' }],
      },
    });
    expect(run([noted], answer).redFlags.map((flag) => flag.message.text)).toEqual([
      'Serverless is always cheaper. Only at low use.',
    ]);
  });

  it("does not raise the criterion's own red flag on partial credit", () => {
    const { criteria, redFlags } = run([fanout({ redFlag: 'Nobody hears of the order' })], consumers('delivery'));
    expect(criteria[0]?.verdict).toBe('partial');
    expect(redFlags).toEqual([]);
  });

  it('says one mistake repeated once, at the first place, while the feedback names every instance', () => {
    const answer = {
      decisions: [
        { area: 'compute', choice: 'containers', reason: 'always-cheaper', service: 'a' },
        { area: 'compute', choice: 'containers', reason: 'always-cheaper', service: 'b' },
      ],
    };
    const { criteria, redFlags } = run([lambda({ distinctBy: ['service'] })], answer);
    expect(redFlags.map((flag) => [flag.kind, flag.message.params['name'], flag.locations])).toEqual([
      ['red-flag', 'Serverless is always cheaper', [{ pointer: '/decisions/0/reason' }]],
    ]);
    expect(criteria[0]?.feedback.filter((message) => message.id === 'choice.wrong-reason')).toHaveLength(2);
  });

  it('keeps different red flags of one criterion apart', () => {
    const criterion = lambda({
      distinctBy: ['service'],
      reason: {
        right: ['steady-load'],
        wrong: [
          { value: 'always-cheaper', redFlag: 'Serverless is always cheaper' },
          { value: 'no-ops', redFlag: 'Serverless needs no operations' },
        ],
      },
    });
    const answer = {
      decisions: [
        { area: 'compute', choice: 'containers', reason: 'always-cheaper', service: 'a' },
        { area: 'compute', choice: 'containers', reason: 'no-ops', service: 'b' },
      ],
    };
    expect(run([criterion], answer).redFlags.map((flag) => flag.message.params['name'])).toEqual([
      'Serverless is always cheaper',
      'Serverless needs no operations',
    ]);
  });

  it('says one red flag named twice with different reasons once', () => {
    const criterion = makeCriterion('set', {
      at: '/events',
      where: { name: 'OrderPlaced' },
      pick: 'consumers',
      right: ['delivery'],
      wrong: [
        { value: 'order', why: 'The producer already knows.', redFlag: 'Roles are unclear' },
        { value: 'audit', why: 'Audit reads the log.', redFlag: 'Roles are unclear' },
      ],
    });
    const { redFlags } = run([criterion], consumers('order', 'audit'));
    expect(redFlags.map((flag) => [flag.message.params['name'], flag.locations])).toEqual([
      ['Roles are unclear', [{ pointer: '/events/0/consumers/0' }]],
    ]);
  });

  it("raises the criterion's own red flag beside the red flags its grader found", () => {
    const criterion = makeCriterion('set', {
      at: '/events',
      where: { name: 'OrderPlaced' },
      pick: 'consumers',
      right: ['delivery'],
      wrong: [{ value: 'order', why: 'The producer already knows.', redFlag: 'Roles are unclear' }],
      redFlag: 'Nobody hears of the order',
    });
    const { redFlags } = run([criterion], consumers('order'));
    expect(redFlags.map((flag) => flag.message.params['name'])).toEqual([
      'Roles are unclear',
      'Nobody hears of the order',
    ]);
  });

  it('keeps each contradiction of a criterion, in the order of the answer', () => {
    const hedged = makeCriterion('choice', {
      at: '/calls',
      where: { from: 'order' },
      distinctBy: ['to'],
      decision: { field: 'style', right: ['sync'] },
    });
    const answer = {
      calls: [
        { from: 'order', to: 'payment', style: 'sync' },
        { from: 'order', to: 'payment', style: 'async' },
        { from: 'order', to: 'stock', style: 'sync' },
        { from: 'order', to: 'stock', style: 'async' },
      ],
    };
    expect(run([hedged], answer).redFlags.map((flag) => [flag.kind, flag.locations])).toEqual([
      ['contradiction', [{ pointer: '/calls/0' }]],
      ['contradiction', [{ pointer: '/calls/2' }]],
    ]);
  });

  it("says a contradiction instead of the criterion's own red flag, and lists contradictions first", () => {
    const hedged = makeCriterion('choice', {
      id: 'hedged',
      at: '/calls',
      where: { to: 'payment' },
      decision: { field: 'style', right: ['sync'] },
      redFlag: 'The charge is not awaited',
    });
    const flagged = makeCriterion('set', {
      id: 'flagged',
      at: '/events',
      where: { name: 'OrderPlaced' },
      pick: 'consumers',
      right: ['delivery'],
      redFlag: 'Nobody hears of the order',
    });
    const answer = {
      calls: [
        { from: 'order', to: 'payment', style: 'sync' },
        { from: 'order', to: 'payment', style: 'async' },
      ],
      ...consumers('billing'),
    };
    const { redFlags } = run([flagged, hedged], answer);
    expect(redFlags.map((flag) => [flag.kind, flag.criterion])).toEqual([
      ['contradiction', 'hedged'],
      ['red-flag', 'flagged'],
    ]);
  });
});
