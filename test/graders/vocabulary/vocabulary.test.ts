import { describe, expect, it } from 'vitest';
import vocabulary from '../../../graders/vocabulary/vocabulary.schema.json' with { type: 'json' };
import { createAjv, VOCABULARY_ID } from '../../../graders/answer-schema/create-ajv';

type Node = Record<string, unknown>;

/** Every (path, subschema) in the vocabulary. */
function walk(node: unknown, path: string, visit: (node: Node, path: string) => void): void {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return;
  visit(node as Node, path);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'properties' || key === '$defs')
      for (const [name, sub] of Object.entries(child as Node)) walk(sub, `${path}/${key}/${name}`, visit);
    else if (key === 'items' || key === 'allOf') walk(child, `${path}/${key}`, visit);
  }
}

describe('the answer vocabulary', () => {
  it('has a stable $id that exercise schemas reference', () => {
    expect(VOCABULARY_ID).toBe('https://sysdesign-courseware.invalid/schemas/vocabulary.schema.json');
  });

  it('compiles with ajv strict mode', () => {
    expect(() => createAjv().getSchema(VOCABULARY_ID)).not.toThrow();
    expect(createAjv().getSchema(`${VOCABULARY_ID}#/$defs/call`)).toBeTypeOf('function');
  });

  it('describes every definition and property (the editor shows them as hover text)', () => {
    const undocumented: string[] = [];
    walk(vocabulary, '', (node, path) => {
      if (
        /\/(properties|\$defs)\/[^/]+$/.test(path) &&
        typeof node['description'] !== 'string' &&
        typeof node['$ref'] !== 'string'
      )
        undocumented.push(path);
      // A property that only references a definition inherits its description, which must then exist.
      if (typeof node['$ref'] === 'string' && typeof node['description'] !== 'string') {
        const target = (vocabulary.$defs as Record<string, Node>)[String(node['$ref']).replace('#/$defs/', '')];
        if (typeof target?.['description'] !== 'string') undocumented.push(path);
      }
    });
    expect(undocumented).toEqual([]);
  });

  it('describes every enum value', () => {
    const mismatched: string[] = [];
    walk(vocabulary, '', (node, path) => {
      if (
        Array.isArray(node['enum']) &&
        (!Array.isArray(node['enumDescriptions']) || node['enumDescriptions'].length !== node['enum'].length)
      )
        mismatched.push(path);
    });
    expect(mismatched).toEqual([]);
  });

  it('accepts a well-formed call and rejects a malformed one', () => {
    const validate = createAjv().getSchema(`${VOCABULARY_ID}#/$defs/call`);
    expect(validate?.({ from: 'order', to: 'payment', style: 'sync', reason: 'caller-needs-immediate-answer' })).toBe(
      true,
    );
    expect(validate?.({ from: 'order', to: 'payment', style: 'asynch', reason: 'caller-needs-immediate-answer' })).toBe(
      false,
    );
  });
});
