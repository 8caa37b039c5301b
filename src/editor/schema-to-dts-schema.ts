/** What the declarations generator asks of one schema: its keywords and the shape of values it gives. */
import { isPlainObject, readKeyword, type SchemaDocument, type SchemaObject } from '../../graders/index.ts';

// Deeper schemas than this are not written by hand; the bound keeps a pathological one from exhausting the stack.
export const MAX_DEPTH = 48;

/** A subschema with the document its relative `$ref`s resolve against. */
export interface Located {
  schema: unknown;
  document: SchemaDocument;
}

export function arrayOrEmpty(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The Markdown description if there is one, else the plain one. */
export function describedBy(schema: unknown): string | undefined {
  const markdown = readKeyword(schema, 'markdownDescription');
  const plain = readKeyword(schema, 'description');
  return typeof markdown === 'string' ? markdown : typeof plain === 'string' ? plain : undefined;
}

// Keywords that describe a schema without constraining values.
const ANNOTATIONS = new Set([
  '$schema',
  '$id',
  '$comment',
  '$defs',
  'definitions',
  'title',
  'description',
  'markdownDescription',
  'enumDescriptions',
  'examples',
  'default',
  'deprecated',
  'readOnly',
  'writeOnly',
]);
const OBJECT_KEYWORDS = ['properties', 'required', 'additionalProperties', 'patternProperties'];
const ARRAY_KEYWORDS = ['items', 'prefixItems'];

/** Whether a schema constrains nothing but by a `$ref` (its other keywords are annotations). */
export function isPureReference(schema: unknown): boolean {
  return (
    isPlainObject(schema) &&
    typeof schema['$ref'] === 'string' &&
    Object.keys(schema).every((key) => key === '$ref' || ANNOTATIONS.has(key))
  );
}

/** The JSON types a schema names in `type`, or undefined when it has no (readable) `type`. */
export function declaredTypes(schema: SchemaObject): string[] | undefined {
  const declared = readKeyword(schema, 'type');
  if (typeof declared === 'string') return [declared];
  return Array.isArray(declared) ? declared.filter((type): type is string => typeof type === 'string') : undefined;
}

/** Types inferred from structural keywords, for schemas that narrow an object or array without naming `type`. */
export function inferredTypes(schema: SchemaObject): string[] {
  return [
    ...(OBJECT_KEYWORDS.some((keyword) => Object.hasOwn(schema, keyword)) ? ['object'] : []),
    ...(ARRAY_KEYWORDS.some((keyword) => Object.hasOwn(schema, keyword)) ? ['array'] : []),
  ];
}

/**
 * What a schema (without `$ref` and `allOf`) says about the shape of values: only objects, only arrays, something
 * else (scalars, literals, unions), or nothing at all (annotations only).
 */
export function shapeOf(schema: unknown): 'object' | 'array' | 'other' | 'none' {
  if (schema === true) return 'none';
  if (!isPlainObject(schema)) return 'other';
  const keys = Object.keys(schema).filter((key) => !ANNOTATIONS.has(key));
  if (keys.length === 0) return 'none';
  if (['const', 'enum', 'anyOf', 'oneOf', 'not', '$ref', 'allOf'].some((keyword) => Object.hasOwn(schema, keyword))) {
    return 'other';
  }
  const types = declaredTypes(schema) ?? inferredTypes(schema);
  if (types.length === 1 && (types[0] === 'object' || types[0] === 'array')) return types[0];
  return types.length === 0 ? 'none' : 'other';
}
