import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../graders/feedback/render-message';
import { createAjv, VOCABULARY_ID } from '../../../graders/answer-schema/create-ajv';
import { wordSchemaErrors } from '../../../graders/answer-schema/word-schema-errors';
import { MAX_DIAGNOSTICS } from '../../../graders/parse/limits';

/** Validates `data` against `schema` and returns each issue as `pointer → text` (mark pointer in brackets). */
function word(schema: object, data: unknown): string[] {
  const validate = createAjv().compile(schema);
  if (validate(data)) return [];
  return wordSchemaErrors(validate.errors ?? [], data).map(
    (issue) =>
      `${issue.pointer} [${issue.mark.on} ${issue.mark.pointer}] ${renderMessage(issue.messageId, issue.params).text}`,
  );
}

const callsSchema = {
  type: 'object',
  properties: {
    calls: {
      type: 'array',
      items: {
        type: 'object',
        properties: { style: { enum: ['sync', 'async'] }, to: { type: 'string' } },
        required: ['to'],
        additionalProperties: false,
      },
      minItems: 1,
      uniqueItems: true,
    },
    name: { type: 'string', pattern: '^[a-z][a-z0-9]*(-[a-z0-9]+)*$' },
    count: { type: 'integer', minimum: 1 },
  },
};

describe('wordSchemaErrors: the answer itself, and enums narrowed beside the vocabulary', () => {
  it('says "the answer is missing" for a field missing at the top', () => {
    expect(word({ type: 'object', properties: { strategy: { type: 'string' } }, required: ['strategy'] }, {})).toEqual([
      '/strategy [value ] The answer is missing `strategy`.',
    ]);
  });

  it('lists only the values both enums allow when an exercise narrows the vocabulary', () => {
    const narrowed = {
      type: 'object',
      properties: {
        reason: {
          allOf: [{ $ref: `${VOCABULARY_ID}#/$defs/reasonCode` }],
          enum: ['no-idle-cost', 'steady-high-load'],
        },
      },
    };
    expect(word(narrowed, { reason: 'cheap' })).toEqual([
      '/reason [value /reason] `reason` must be one of no-idle-cost, steady-high-load — you wrote "cheap".',
    ]);
  });
});

describe('wordSchemaErrors: ajv errors in the candidate words, at the offending value', () => {
  it.each<[string, unknown, string[]]>([
    [
      'an enum value',
      { calls: [{ to: 'a' }, { to: 'b' }, { to: 'c', style: 'maybe' }] },
      ['/calls/2/style [value /calls/2/style] `calls[2].style` must be one of sync, async — you wrote "maybe".'],
    ],
    [
      'an enum slip, with a suggestion',
      { calls: [{ to: 'a', style: 'asynch' }] },
      [
        '/calls/0/style [value /calls/0/style] `calls[0].style` must be one of sync, async — you wrote "asynch"; did you mean "async"?',
      ],
    ],
    ['a wrong type', { count: 'two' }, ['/count [value /count] `count` must be a whole number — you wrote "two".']],
    [
      'a missing field, marked on its object',
      { calls: [{ style: 'sync' }] },
      ['/calls/0/to [value /calls/0] `calls[0]` is missing `to`.'],
    ],
    [
      'an unknown field, marked on its key, with a suggestion',
      { calls: [{ to: 'a', styel: 'sync' }] },
      [
        '/calls/0/styel [key /calls/0/styel] `calls[0]` has a field `styel` that this answer does not use; did you mean `style`?',
      ],
    ],
    ['too few items', { calls: [] }, ['/calls [value /calls] `calls` needs at least 1 item(s) — it has 0.']],
    [
      'a duplicate item',
      { calls: [{ to: 'a' }, { to: 'a' }] },
      ['/calls [value /calls] `calls` lists the same item twice (items 0 and 1); it counts once.'],
    ],
    [
      'a known pattern, described',
      { name: 'Order Service' },
      [
        '/name [value /name] `name` must be a kebab-case name such as `order` or `orders-db` — you wrote "Order Service".',
      ],
    ],
    ['a range', { count: 0 }, ['/count [value /count] `count` must be at least 1 — you wrote the number 0.']],
    [
      'the root of the wrong type',
      [],
      ['[value ] `the answer` must be an object { … } — you wrote an empty list.'].map((text) => ` ${text}`),
    ],
  ])('%s', (_name, data, expected) => {
    expect(word(callsSchema, data)).toEqual(expected);
  });

  it('folds the branch errors of a failed anyOf into one issue', () => {
    const schema = { type: 'object', properties: { x: { anyOf: [{ type: 'string' }, { type: 'array' }] } } };
    expect(word(schema, { x: 1 })).toEqual(['/x [value /x] `x` does not match any of the shapes allowed here.']);
  });

  it('keeps one issue per value, preferring the enum over the pattern it also breaks', () => {
    const schema = {
      type: 'object',
      properties: { to: { allOf: [{ $ref: `${VOCABULARY_ID}#/$defs/name` }, { enum: ['order', 'payment'] }] } },
    };
    expect(word(schema, { to: 'Payment' })).toEqual([
      '/to [value /to] `to` must be one of order, payment — you wrote "Payment"; did you mean "payment"?',
    ]);
  });

  it('shortens long enums and points at the editor', () => {
    const schema = { type: 'object', properties: { reason: { $ref: `${VOCABULARY_ID}#/$defs/reasonCode` } } };
    const [text] = word(schema, { reason: 'because' });
    expect(text).toContain('(30 values; the editor lists them all) — you wrote "because".');
  });

  it('prefixes pointers with the base when a part of the answer is validated', () => {
    const validate = createAjv().compile({
      type: 'object',
      properties: { layer: { type: 'string' } },
      required: ['layer'],
    });
    validate({});
    expect(wordSchemaErrors(validate.errors ?? [], {}, '/plan').map((issue) => issue.pointer)).toEqual(['/plan/layer']);
  });
});

describe('wordSchemaErrors: thousands of wrong values', () => {
  it('suggests a near value only for the issues a report can list, so the rest cost no edit distances', () => {
    const validate = createAjv().compile(callsSchema);
    const calls = Array.from({ length: MAX_DIAGNOSTICS + 50 }, (_, index) => ({ to: `x${index}`, stlye: 'sync' }));
    expect(validate({ calls })).toBe(false);
    const issues = wordSchemaErrors(validate.errors ?? [], { calls });
    expect(issues).toHaveLength(MAX_DIAGNOSTICS + 50);
    expect(issues.slice(0, MAX_DIAGNOSTICS).every((issue) => issue.messageId === 'schema.unknown-field-near')).toBe(
      true,
    );
    expect(issues.slice(MAX_DIAGNOSTICS).every((issue) => issue.messageId === 'schema.unknown-field')).toBe(true);
  });
});
