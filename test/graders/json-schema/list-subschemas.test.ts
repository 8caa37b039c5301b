import { describe, expect, it } from 'vitest';
import { resolvePointer } from '../../../graders/json-schema/json-pointer';
import { listSubschemas } from '../../../graders/json-schema/list-subschemas';

describe('listSubschemas', () => {
  const schema = {
    properties: { 'a/b': { items: { enum: ['x'] } }, 'c~d': { allOf: [{ type: 'string' }] } },
    $defs: { e: { anyOf: [true, { const: 1 }] } },
    enum: [{ properties: { notASchema: {} } }],
  };

  it('lists every schema object with a pointer that leads back to it, keys escaped', () => {
    const found = listSubschemas(schema);
    expect(found.map((entry) => entry.pointer)).toEqual([
      '',
      '/properties/a~1b',
      '/properties/a~1b/items',
      '/properties/c~0d',
      '/properties/c~0d/allOf/0',
      '/$defs/e',
      '/$defs/e/anyOf/1',
    ]);
    for (const { pointer, node } of found) expect(resolvePointer(schema, pointer)).toBe(node);
  });
});
