import { describe, expect, it } from 'vitest';
import { findDiagramAnnotationProblems } from '../../../graders/answer-schema/find-diagram-annotation-problems';
import { createAjv } from '../../../graders/answer-schema/create-ajv';
import vocabulary from '../../../graders/vocabulary/vocabulary.schema.json' with { type: 'json' };

const calls = (annotation: unknown) => ({
  type: 'object',
  properties: {
    owner: { type: 'string' },
    calls: {
      type: 'array',
      'x-diagram': annotation,
      items: { type: 'object', properties: { from: { type: 'string' }, to: { type: 'string' } } },
    },
  },
});

describe('x-diagram annotations', () => {
  it("the vocabulary's annotations are sound, and ajv accepts the keyword in strict mode", () => {
    expect(findDiagramAnnotationProblems(vocabulary)).toEqual([]);
    expect(() =>
      createAjv().compile(calls({ draw: 'edges', from: { field: 'from' }, to: { field: 'to' } })),
    ).not.toThrow();
  });

  it('ajv refuses an annotation its meta-schema refuses', () => {
    expect(() => createAjv().compile(calls({ draw: 'edge' }))).toThrow(/x-diagram/);
  });

  it.each<[string, unknown, { pointer: string; message: string }[]]>([
    ['a sound annotation', { draw: 'edges', from: { field: 'from' }, to: { pointer: '/owner' } }, []],
    [
      'an unknown part',
      { draw: 'nodes', colour: 'red' },
      [
        {
          pointer: '/properties/calls/x-diagram/colour',
          message: 'x-diagram/colour: "colour" is not a part of an annotation here',
        },
      ],
    ],
    [
      'edges without an end',
      { draw: 'edges', from: { field: 'from' } },
      [{ pointer: '/properties/calls/x-diagram', message: 'x-diagram: edges need "to": where each edge ends' }],
    ],
    [
      'an end with two sources',
      { draw: 'edges', from: { field: 'from', parent: true }, to: { field: 'to' } },
      [
        {
          pointer: '/properties/calls/x-diagram/from',
          message: 'x-diagram/from: an end has one source, not "field" and "parent"',
        },
      ],
    ],
    [
      'a part of nodes on edges',
      { draw: 'edges', name: 'from', from: { field: 'from' }, to: { field: 'to' } },
      [
        {
          pointer: '/properties/calls/x-diagram/name',
          message: 'x-diagram/name: "name" belongs to nodes, not to edges',
        },
      ],
    ],
    [
      'a field the entries lack',
      { draw: 'edges', from: { field: 'form' }, to: { field: 'to' } },
      [
        {
          pointer: '/properties/calls/x-diagram/from/field',
          message: 'x-diagram/from/field: "form" is not a field of the entries here (they have from, to)',
        },
      ],
    ],
    [
      'a pointer to nothing',
      { draw: 'edges', from: { pointer: '/ownr' }, to: { field: 'to' } },
      [
        {
          pointer: '/properties/calls/x-diagram/from/pointer',
          message: 'x-diagram/from/pointer: the answer schema has nothing at `/ownr`',
        },
      ],
    ],
  ])('%s', (_case, annotation, problems) => {
    expect(findDiagramAnnotationProblems(calls(annotation))).toEqual(problems);
  });
});
