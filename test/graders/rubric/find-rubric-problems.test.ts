/** A rubric is read against its answer schema: typos and unclassified values fail with the criterion and field. */
import { describe, expect, it } from 'vitest';
import { findRubricProblems } from '../../../graders/rubric/find-rubric-problems';
import { valuesAt } from '../../../graders/json-schema/values-at';
import { makeCriterion } from '../support/criteria';
import { fixtureSchema } from '../support/fixture-exercise';

const styles = makeCriterion('choice', {
  at: '/calls',
  where: { from: 'order', to: 'payment' },
  decision: { field: 'style', right: ['sync'], wrong: [{ value: 'async', redFlag: 'Payment on a queue' }] },
});

describe('valuesAt', () => {
  it('follows $ref into the vocabulary, items and properties', () => {
    expect(valuesAt(fixtureSchema, ['calls', '*', 'style'])).toEqual({ kind: 'enum', values: ['sync', 'async'] });
    expect(valuesAt(fixtureSchema, ['calls', '*', 'from'])).toEqual({ kind: 'open' });
    expect(valuesAt(fixtureSchema, ['calls', '*', 'stlye'])).toEqual({ kind: 'absent' });
  });

  it('intersects the enums of allOf parts, as validation does', () => {
    const narrowed = {
      type: 'object',
      properties: {
        reason: {
          allOf: [{ $ref: 'https://sysdesign-courseware.invalid/schemas/vocabulary.schema.json#/$defs/reasonCode' }],
          enum: ['no-idle-cost', 'steady-high-load', 'not-in-the-vocabulary'],
        },
      },
    };
    expect(valuesAt(narrowed, ['reason'])).toEqual({ kind: 'enum', values: ['no-idle-cost', 'steady-high-load'] });
  });

  it('holds what any alternative of anyOf holds, a list alternative its entries: one code or a list of codes', () => {
    const codes = { enum: ['team-is-small', 'domain-is-unclear'] };
    const either = {
      type: 'object',
      $defs: { code: codes },
      properties: {
        reason: { anyOf: [{ $ref: '#/$defs/code' }, { type: 'array', items: { $ref: '#/$defs/code' } }] },
        extra: { oneOf: [{ enum: ['a'] }, { enum: ['b'] }] },
        open: { anyOf: [{ enum: ['a'] }, { type: 'string' }] },
      },
    };
    expect(valuesAt(either, ['reason'])).toEqual({ kind: 'enum', values: ['team-is-small', 'domain-is-unclear'] });
    expect(valuesAt(either, ['extra'])).toEqual({ kind: 'enum', values: ['a', 'b'] });
    expect(valuesAt(either, ['open'])).toEqual({ kind: 'open' });
  });

  it('finds a reason code left unclassified when the reason may be one code or a list', () => {
    const schema = {
      type: 'object',
      properties: {
        pick: {
          type: 'object',
          properties: {
            choice: { enum: ['monolith', 'microservices'] },
            reason: {
              anyOf: [
                { enum: ['team-is-small', 'domain-is-unclear', 'hype'] },
                { type: 'array', items: { enum: ['team-is-small', 'domain-is-unclear', 'hype'] } },
              ],
            },
          },
        },
      },
    };
    const rubric = [
      {
        kind: 'choice',
        id: 'pick',
        title: 'The monolith, for the reasons that decide it.',
        takeaway: 'monolith.start-with-monolith',
        points: 1,
        at: '/pick',
        decision: { right: ['monolith'], wrong: [{ value: 'microservices', why: 'Too early.' }] },
        reason: { right: ['team-is-small', 'domain-is-unclear'] },
        feedback: { pass: 'Right on both.', fail: 'Not the monolith.' },
      },
    ];
    const pick = makeCriterion('choice', rubric[0] ?? {});
    expect(findRubricProblems(schema, [pick])).toEqual([expect.stringMatching(/"hype"/)]);
  });
});

describe('findRubricProblems', () => {
  it('accepts a rubric whose every pointer, field and value the schema can hold, all classified', () => {
    expect(findRubricProblems(fixtureSchema, [styles])).toEqual([]);
  });

  it.each<[string, Record<string, unknown>, RegExp]>([
    ['a misspelt pointer', { at: '/cals' }, /^rubric\[0\]\.at: the answer schema has nothing at `\/cals`/],
    [
      'a misspelt decision field',
      { decision: { field: 'stlye', right: ['sync'] } },
      /^rubric\[0\]\.decision: the answer schema has no field `calls\.\*\.stlye`/,
    ],
    [
      'a value the field cannot hold',
      { decision: { field: 'style', right: ['sync'], wrong: [{ value: 'asynch', why: 'A typo.' }] } },
      /^rubric\[0\]\.decision: "asynch" is not a value `calls\.\*\.style` can hold \(sync, async\)/,
    ],
    [
      'a value left unclassified',
      { decision: { field: 'style', right: ['sync'] } },
      /^rubric\[0\]\.decision: "async" can be written at `calls\.\*\.style` but the criterion does not say/,
    ],
    [
      'a where field the items do not have',
      { where: { form: 'order' } },
      /^rubric\[0\]\.where\.form: the answer schema has no field/,
    ],
  ])('names %s with the criterion and the field', (_name, change, problem) => {
    const broken = makeCriterion('choice', {
      at: '/calls',
      where: { from: 'order', to: 'payment' },
      decision: { field: 'style', right: ['sync'], neutral: ['async'] },
      ...change,
    });
    const problems = findRubricProblems(fixtureSchema, [broken]);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0]).toMatch(problem);
  });

  it('reads set members through `pick`, and checks what a check reads and its params', () => {
    const consumers = makeCriterion('set', {
      at: '/events',
      where: { name: 'OrderPlaced' },
      pick: 'consumer',
      right: ['x'],
    });
    expect(findRubricProblems(fixtureSchema, [consumers])).toEqual([
      'rubric[0].pick: the answer schema has no field `events.*.consumer`',
    ]);
    const check = makeCriterion('check', { check: 'waits-only-for', params: { from: 'order' } });
    expect(findRubricProblems(fixtureSchema, [check])).toEqual([
      'rubric[0].params: mayWaitFor: the services the caller may wait for, a list of names',
    ]);
    const unknown = makeCriterion('check', { check: 'no-such-check' });
    expect(findRubricProblems(fixtureSchema, [unknown])).toEqual([
      'rubric[0].check: no check is registered as "no-such-check"',
    ]);
    const storesOnly = { type: 'object', properties: { dataStores: fixtureSchema.properties.dataStores } };
    const ownership = makeCriterion('check', { check: 'one-owner-per-store' });
    expect(findRubricProblems(storesOnly, [ownership])).toEqual([
      'rubric[0].check: "one-owner-per-store" reads `/services/*/name`, which this answer schema does not have',
      'rubric[0].check: "one-owner-per-store" reads `/services/*/dataStores`, which this answer schema does not have',
    ]);
  });
});
