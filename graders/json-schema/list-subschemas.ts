/**
 * Every schema object inside a schema document, with its JSON pointer: the places a keyword can sit (an `x-diagram`
 * annotation, a `$ref`), for checks that look at each of them once, in document order.
 */
import { isPlainObject } from '../is-plain-object';
import { appendPointer } from './json-pointer';
import type { SchemaObject } from './schema-document';

// Keywords whose value is a schema, a map of schemas or a list of schemas.
const ONE_SCHEMA = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames'];
const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];

// Deeper than any hand-written schema; the bound keeps a pathological one from exhausting the stack.
const MAX_DEPTH = 64;

/** Every schema object of `schema` (itself first) with its JSON pointer, in document order. */
export function listSubschemas(schema: unknown, pointer = '', depth = 0): { pointer: string; node: SchemaObject }[] {
  if (!isPlainObject(schema) || depth > MAX_DEPTH) return [];
  const found = [{ pointer, node: schema }];
  for (const [keyword, value] of Object.entries(schema)) {
    const at = appendPointer(pointer, keyword);
    if (ONE_SCHEMA.includes(keyword)) found.push(...listSubschemas(value, at, depth + 1));
    else if (SCHEMA_MAPS.includes(keyword) && isPlainObject(value))
      for (const [name, sub] of Object.entries(value))
        found.push(...listSubschemas(sub, appendPointer(at, name), depth + 1));
    else if (SCHEMA_LISTS.includes(keyword) && Array.isArray(value))
      value.forEach((sub, index) => found.push(...listSubschemas(sub, appendPointer(at, index), depth + 1)));
  }
  return found;
}
