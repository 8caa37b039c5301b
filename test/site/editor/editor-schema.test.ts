import { describe, expect, it } from 'vitest';
import { preferOwnDescriptions } from '../../../src/editor/editor-schema.ts';

describe('the answer schema given to the editor', () => {
  it("puts a node's own description first inside its allOf, at any depth", () => {
    const schema = {
      type: 'object',
      properties: {
        decision: {
          description: 'Where to run the service.',
          allOf: [{ $ref: 'vocabulary.schema.json#/$defs/decision' }],
          properties: {
            inner: { markdownDescription: 'Inner *words*.', allOf: [{ type: 'string' }] },
          },
        },
      },
    };
    expect(preferOwnDescriptions(schema)).toEqual({
      type: 'object',
      properties: {
        decision: {
          description: 'Where to run the service.',
          allOf: [{ description: 'Where to run the service.' }, { $ref: 'vocabulary.schema.json#/$defs/decision' }],
          properties: {
            inner: {
              markdownDescription: 'Inner *words*.',
              allOf: [{ markdownDescription: 'Inner *words*.' }, { type: 'string' }],
            },
          },
        },
      },
    });
  });

  it('leaves schemas without both a description and an allOf alone, and never changes its input', () => {
    const schema = {
      description: 'Top.',
      properties: { a: { allOf: [{ type: 'string' }] }, b: { description: 'B.', enum: ['x'] } },
    };
    const before = structuredClone(schema);
    expect(preferOwnDescriptions(schema)).toEqual(before);
    expect(preferOwnDescriptions(schema)).not.toBe(schema);
    expect(schema).toEqual(before);
  });
});
