import { describe, expect, it } from 'vitest';
import vocabulary from '../../../graders/vocabulary/vocabulary.schema.json' with { type: 'json' };
import { isFreeTextAt, isListAt, valuesAt } from '../../../graders/json-schema/values-at';

const answerSchema = {
  $id: 'https://sysdesign-courseware.invalid/exercises/chapter/exercise/answer.schema.json',
  type: 'object',
  properties: {
    mechanism: {
      allOf: [{ $ref: `${vocabulary.$id}#/$defs/mechanism` }, { enum: ['grpc', 'graphql', 'carrier-pigeon'] }],
    },
    relative: { $ref: '../../../schemas/vocabulary.schema.json#/$defs/communicationStyle' },
    'a/b~c': { $ref: '#/$defs/odd~1key' },
    reasons: { type: 'array', items: { $ref: `${vocabulary.$id}#/$defs/reasonCode` } },
    notes: { type: 'string' },
    anything: true,
    nothing: false,
  },
  $defs: { 'odd/key': { enum: ['odd'] } },
};

describe('valuesAt', () => {
  it('intersects an exercise enum with the vocabulary enum its $ref names', () => {
    expect(valuesAt(answerSchema, ['mechanism'])).toEqual({ kind: 'enum', values: ['grpc', 'graphql'] });
  });

  it('follows a relative $ref into the vocabulary, as ajv resolves it against the $id', () => {
    expect(valuesAt(answerSchema, ['relative'])).toEqual({
      kind: 'enum',
      values: vocabulary.$defs.communicationStyle.enum,
    });
  });

  it('reads a definition whose key holds "/" through its escaped pointer', () => {
    expect(valuesAt(answerSchema, ['a/b~c'])).toEqual({ kind: 'enum', values: ['odd'] });
  });

  it('reads list entries with "*"', () => {
    expect(isListAt(answerSchema, ['reasons'])).toBe(true);
    expect(valuesAt(answerSchema, ['reasons', '*'])).toEqual({
      kind: 'enum',
      values: vocabulary.$defs.reasonCode.enum,
    });
  });

  it('says "open" for free text and for a field any value may fill, "absent" where no value may be', () => {
    expect(valuesAt(answerSchema, ['notes'])).toEqual({ kind: 'open' });
    expect(isFreeTextAt(answerSchema, ['notes'])).toBe(true);
    expect(valuesAt(answerSchema, ['anything'])).toEqual({ kind: 'open' });
    expect(valuesAt(answerSchema, ['nothing'])).toEqual({ kind: 'absent' });
    expect(valuesAt(answerSchema, ['missing'])).toEqual({ kind: 'absent' });
    expect(valuesAt(answerSchema, ['__proto__'])).toEqual({ kind: 'absent' });
  });
});
