import { describe, expect, it } from 'vitest';
import { createAjv } from '../../../../../graders/answer-schema/create-ajv';
import { gradeSchemaCriterion } from '../../../../../graders/rubric/kinds/schema/grade-schema-criterion';
import { makeCriterion } from '../../../support/criteria';
import { readParam } from '../../../../../graders/feedback/message';

const criterion = makeCriterion('schema', {
  at: '/plan',
  schema: {
    type: 'object',
    properties: { routing: { enum: ['api-gateway', 'reverse-proxy'] } },
    required: ['routing'],
  },
});
const validate = createAjv().compile(criterion.schema);

describe('gradeSchemaCriterion: a part of the answer must match a JSON Schema', () => {
  it.each<[string, unknown, number, string[]]>([
    ['matches', { plan: { routing: 'api-gateway' } }, 1, []],
    ['another allowed value', { plan: { routing: 'reverse-proxy' } }, 1, []],
    [
      'a value outside the schema',
      { plan: { routing: 'none' } },
      0,
      ['`plan.routing` must be one of api-gateway, reverse-proxy — you wrote "none".'],
    ],
    ['a missing field', { plan: {} }, 0, ['`plan` is missing `routing`.']],
    ['nothing at the pointer', {}, 0, ['']],
  ])('%s', (_name, answer, fraction, problems) => {
    const outcome = gradeSchemaCriterion(criterion, answer, validate);
    expect(outcome.fraction).toBe(fraction);
    expect(outcome.details.map((detail) => String(readParam(detail, 'problem') ?? ''))).toEqual(problems);
  });

  it('checks every item kept by `where`', () => {
    const each = makeCriterion('schema', {
      at: '/calls',
      where: { to: 'payment' },
      schema: { type: 'object', properties: { style: { const: 'sync' } } },
    });
    const check = createAjv().compile(each.schema);
    expect(
      gradeSchemaCriterion(
        each,
        {
          calls: [
            { to: 'payment', style: 'sync' },
            { to: 'x', style: 'async' },
          ],
        },
        check,
      ).fraction,
    ).toBe(1);
    expect(
      gradeSchemaCriterion(
        each,
        {
          calls: [
            { to: 'payment', style: 'sync' },
            { to: 'payment', style: 'async' },
          ],
        },
        check,
      ).fraction,
    ).toBe(0);
  });
});

describe('gradeSchemaCriterion: what it reports and reads', () => {
  const each = makeCriterion('schema', {
    at: '/calls',
    where: { to: 'payment' },
    schema: { type: 'object', properties: { style: { const: 'sync' } } },
  });
  const check = createAjv().compile(each.schema);

  it('reports each mismatch as a schema mismatch at the value that is wrong', () => {
    const outcome = gradeSchemaCriterion(each, { calls: [{ to: 'payment', style: 'async' }] }, check);
    expect(outcome.details.map((detail) => [detail.id, detail.pointer])).toEqual([
      ['schema-criterion.mismatch', '/calls/0/style'],
    ]);
    expect(outcome.looked).toEqual(['/calls/0']);
  });

  it('says a part ruled out whole by `not` is what the criterion rules out, not that it is not allowed', () => {
    const folded = makeCriterion('schema', {
      at: '/services',
      schema: { not: { items: { properties: { name: { not: { const: 'delivery' } } } } } },
    });
    const outcome = gradeSchemaCriterion(
      folded,
      { services: [{ name: 'ordering' }] },
      createAjv().compile(folded.schema),
    );
    expect(outcome.fraction).toBe(0);
    expect(outcome.details.map((detail) => [detail.id, detail.pointer, readParam(detail, 'path')])).toEqual([
      ['schema-criterion.ruled-out', '/services', 'services'],
    ]);
  });

  it('reads every selected item whole, so a schema error anywhere inside one leaves the criterion ungraded', () => {
    const outcome = gradeSchemaCriterion(
      each,
      {
        calls: [
          { to: 'x', style: 'async' },
          { to: 'payment', style: 'sync' },
        ],
      },
      check,
    );
    expect(outcome.inputs).toContainEqual({ pointer: '/calls/1', deep: true });
    expect(outcome.inputs).not.toContainEqual({ pointer: '/calls/0', deep: true });
  });

  it('looks at the place it expected something when nothing is selected', () => {
    const outcome = gradeSchemaCriterion(each, { calls: [{ to: 'x', style: 'sync' }] }, check);
    expect(outcome).toMatchObject({ fraction: 0, looked: ['/calls'] });
  });
});
