import { describe, expect, it } from 'vitest';
import { grade } from '../../graders/index';
import { MAX_SOURCE_LENGTH } from '../../graders/parse/limits';
import {
  defineFixture,
  fixtureAnswer,
  fixtureExercise,
  fixtureFrontmatter,
  fixtureSchema,
} from './support/fixture-exercise';

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** Where the n-th occurrence of `needle` starts, counted independently of the engine: 1-based line and column. */
function positionOf(source: string, needle: string, occurrence = 1): { line: number; column: number } {
  let offset = -1;
  for (let i = 0; i < occurrence; i++) offset = source.indexOf(needle, offset + 1);
  const before = source.slice(0, offset).split('\n');
  return { line: before.length, column: (before[before.length - 1] ?? '').length + 1 };
}

describe('grade: the pipeline from text to report', () => {
  it('gives full marks, links each criterion to its lesson, and locates what it looked at', () => {
    const source = json(fixtureAnswer);
    const report = grade(fixtureExercise, source, 'json');
    expect(report).toMatchObject({
      exerciseId: 'fixture-exercise',
      format: 'json',
      score: 8,
      max: 8,
      percent: 100,
      passed: true,
      diagnostics: [],
    });
    const payment = report.criteria[0];
    expect(payment).toMatchObject({
      id: 'payment-sync',
      kind: 'choice',
      verdict: 'pass',
      points: 4,
      maxPoints: 4,
      takeaway: 'microservices.sync-vs-async',
    });
    expect(payment?.lessonHref).toBe('/architecture-patterns/microservices/#takeaway-microservices-sync-vs-async');
    expect(payment?.feedback.map((message) => [message.id, message.severity, message.text])).toEqual([
      ['rubric.pass', 'celebratory', 'Payment waits.'],
    ]);
    const at = positionOf(source, '"sync"');
    expect(payment?.locations[0]).toEqual({
      pointer: '/calls/1/style',
      verdict: 'pass',
      line: at.line,
      column: at.column,
      endLine: at.line,
      endColumn: at.column + 6,
    });
  });

  it('marks each item a criterion graded by its own grade: the right ones pass beside a wrong one', () => {
    const everyCall = {
      ...fixtureFrontmatter,
      rubric: [
        {
          kind: 'choice',
          id: 'every-call-reason',
          title: 'Every call gives the reason that decides it.',
          takeaway: 'microservices.sync-vs-async',
          points: 2,
          at: '/calls',
          where: 'all',
          reason: { right: ['caller-needs-immediate-answer', 'caller-does-not-wait'], neutral: ['lowest-latency'] },
          feedback: { pass: 'Every reason decides.', fail: 'Some reason does not decide.' },
        },
      ],
    };
    const calls = [
      { from: 'order', to: 'delivery', style: 'async', reason: 'caller-does-not-wait' },
      { from: 'order', to: 'payment', style: 'sync', reason: 'lowest-latency' },
    ];
    const report = grade(
      { frontmatter: defineFixture(everyCall), answerSchema: fixtureSchema },
      json({ ...fixtureAnswer, calls }),
      'json',
    );
    const criterion = report.criteria[0];
    expect(criterion?.verdict).toBe('fail');
    expect(criterion?.locations.map((location) => [location.pointer, location.verdict])).toEqual([
      ['/calls/0/reason', 'pass'],
      ['/calls/1/reason', 'fail'],
    ]);
  });

  it('grades the same design written in TypeScript the same way', () => {
    const source = `const calls = ${json(fixtureAnswer.calls)} as const;\nexport const answer = { ...${json({ ...fixtureAnswer, calls: undefined })}, calls };`;
    const report = grade(fixtureExercise, source, 'ts');
    expect(report.diagnostics).toEqual([]);
    expect(report.score).toBe(8);
  });

  it('reports a syntax error with line and column and grades nothing', () => {
    const report = grade(fixtureExercise, '{\n  "calls": [\n    { "from": "order" }\n  ]\n  "events": []\n}', 'json');
    expect(report.diagnostics).toEqual([
      expect.objectContaining({
        source: 'read',
        severity: 'error',
        line: 5,
        column: 3,
        message: expect.objectContaining({
          id: 'json.missing-comma',
          text: 'A comma is missing after the value of "calls".',
        }),
      }),
    ]);
    expect(report.criteria.map((criterion) => criterion.verdict)).toEqual(['not-graded', 'not-graded', 'not-graded']);
    expect(report).toMatchObject({ score: 0, max: 8, passed: false });
  });

  it('reports schema errors at the offending value and still grades criteria whose inputs are valid', () => {
    const answer = {
      ...fixtureAnswer,
      calls: [
        fixtureAnswer.calls[0],
        fixtureAnswer.calls[1],
        { from: 'order', to: 'delivery', style: 'asynch', reason: 'caller-does-not-wait' },
      ],
    };
    const source = json(answer);
    const report = grade(fixtureExercise, source, 'json');
    expect(report.diagnostics.map((d) => [d.source, d.line, d.column, d.message.text])).toEqual([
      [
        'schema',
        positionOf(source, '"asynch"').line,
        positionOf(source, '"asynch"').column,
        '`calls[2].style` must be one of sync, async — you wrote "asynch"; did you mean "async"?',
      ],
    ]);
    // The typo is in a call the payment criterion does not select, so it is graded; the others do not read calls.
    expect(report.criteria.map((criterion) => criterion.verdict)).toEqual(['pass', 'pass', 'pass']);
  });

  it('does not grade a criterion whose inputs have schema errors, and says where to fix', () => {
    const answer = {
      ...fixtureAnswer,
      calls: [{ from: 'order', to: 'payment', style: 'Sync', reason: 'caller-needs-immediate-answer' }],
    };
    const source = json(answer);
    const report = grade(fixtureExercise, source, 'json');
    const payment = report.criteria[0];
    expect(payment?.verdict).toBe('not-graded');
    expect(payment?.feedback[0]?.text).toBe(
      'Not graded yet: fix the errors at `calls[0].style` first, then grade again.',
    );
    expect(payment?.locations[0]).toMatchObject({ pointer: '/calls/0/style', ...positionOf(source, '"Sync"') });
    expect(report.criteria.slice(1).map((criterion) => criterion.verdict)).toEqual(['pass', 'pass']);
  });

  it('blocks everything when the root has the wrong type', () => {
    const report = grade(fixtureExercise, '[]', 'json');
    expect(report.criteria.every((criterion) => criterion.verdict === 'not-graded')).toBe(true);
  });

  it('a missing required field blocks only the criteria that read it', () => {
    const withoutCalls: Partial<typeof fixtureAnswer> = { ...fixtureAnswer };
    delete withoutCalls.calls;
    const report = grade(fixtureExercise, json(withoutCalls), 'json');
    expect(report.criteria.map((criterion) => criterion.verdict)).toEqual(['not-graded', 'pass', 'pass']);
    expect(report.diagnostics[0]).toMatchObject({ pointer: '/calls', line: 1, column: 1 });
  });

  it('gives partial credit and fails below the pass mark, comparing points rather than rounded percentages', () => {
    const answer = {
      ...fixtureAnswer,
      calls: [{ from: 'order', to: 'payment', style: 'sync', reason: 'lowest-latency' }],
    };
    const report = grade(fixtureExercise, json(answer), 'json');
    expect(report.criteria[0]).toMatchObject({ verdict: 'partial', points: 2 });
    expect(report).toMatchObject({ score: 6, max: 8, percent: 75, passed: false });
  });

  it('refuses an oversized answer with a clear message instead of reading it', () => {
    const report = grade(fixtureExercise, `{"x": "${'a'.repeat(MAX_SOURCE_LENGTH)}"}`, 'json');
    expect(report.diagnostics[0]?.message.id).toBe('limit.too-large');
    expect(report.diagnostics[0]?.message.text).toMatch(/answers are read up to 200 KB/);
  });

  it('never throws on non-string input or an unknown format', () => {
    expect(grade(fixtureExercise, 42 as unknown as string, 'json').diagnostics[0]?.message.id).toBe('answer.not-text');
    expect(grade(fixtureExercise, '{}', 'yaml' as 'json').diagnostics[0]?.message.id).toBe('answer.unknown-format');
  });

  it('reports a broken exercise schema as an exercise diagnostic instead of throwing', () => {
    const broken = {
      ...fixtureExercise,
      frontmatter: { ...fixtureExercise.frontmatter, id: 'broken-fixture' },
      answerSchema: { type: 'object', properties: { x: { type: 'no-such-type' } } },
    };
    const report = grade(broken, '{}', 'json');
    expect(report.diagnostics.map((d) => d.source)).toEqual(['exercise']);
    expect(report.passed).toBe(false);
  });

  it('says where a broken exercise schema is wrong, in the exercise diagnostic and each criterion', () => {
    const broken = {
      ...fixtureExercise,
      frontmatter: { ...fixtureExercise.frontmatter, id: 'broken-schema-fixture' },
      answerSchema: { type: 'object', properties: { x: { type: 'no-such-type' } } },
    };
    const report = grade(broken, '{}', 'json');
    expect(report.diagnostics[0]?.message).toMatchObject({
      id: 'rubric.exercise-broken',
      params: { problem: expect.stringContaining('/properties/x/type') },
    });
    expect(report.criteria[0]?.feedback[0]?.params['problem']).toEqual(expect.stringContaining('/properties/x/type'));
  });

  it('is deterministic: the same input gives the same report', () => {
    const source = json({ ...fixtureAnswer, events: [] });
    expect(grade(fixtureExercise, source, 'json')).toEqual(grade(fixtureExercise, source, 'json'));
  });

  it('leaves Object.prototype alone whatever the answer holds', () => {
    grade(
      fixtureExercise,
      '{"__proto__": {"polluted": 1}, "calls": [{"__proto__": {"style": "sync"}, "from": "order", "to": "payment"}]}',
      'json',
    );
    grade(fixtureExercise, `export const answer = { ['__proto__']: 1 };`, 'ts');
    grade(fixtureExercise, `export const answer = { '__proto__': { polluted: 1 }, calls: [] };`, 'ts');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(({} as Record<string, unknown>)['style']).toBeUndefined();
  });
});
