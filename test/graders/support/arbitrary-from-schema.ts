/**
 * Derives fast-check arbitraries from JSON Schemas (the subset the vocabulary and the exercise schemas use), so the
 * property tests generate answers shaped like real ones: the right field names, enum values that make criteria
 * match, and lists of varying length. Not every generated value is valid (uniqueness and cross-field rules are not
 * modelled), which is the point: grading must stay sound either way.
 */
import fc from 'fast-check';
import { isPlainObject, readRef, resolvePointer, vocabularySchema } from '../../../graders/index';

type Schema = Record<string, unknown>;

/** Finds schemas by `$id` and JSON pointer. */
export class SchemaResolver {
  private readonly documents = new Map<string, Schema>();

  constructor(schemas: readonly Schema[]) {
    for (const schema of schemas)
      if (typeof schema['$id'] === 'string')
        this.documents.set(schema['$id'], absolutise(schema, schema['$id']) as Schema);
  }

  /** The schema a `$ref` names, by the engine's rules (graders/json-schema); throws when it names nothing. */
  resolve(ref: string, base: string): { schema: Schema; base: string } {
    const place = readRef(ref, base);
    const documentBase = place?.document === '' ? base : place?.document;
    const node = place && documentBase !== undefined && resolvePointer(this.documents.get(documentBase), place.pointer);
    if (documentBase === undefined || !isPlainObject(node)) throw new Error(`cannot resolve ${ref} from ${base}`);
    return { schema: node, base: documentBase };
  }
}

/** Rewrites every relative `$ref` (`#/…`) to name its document, so subschemas can be merged across documents. */
function absolutise(node: unknown, id: string): unknown {
  if (Array.isArray(node)) return node.map((item) => absolutise(item, id));
  if (node === null || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${id}${value}` : absolutise(value, id),
    ]),
  );
}

/** Flattens `$ref` and `allOf` into one schema; later (more specific) keywords win, `properties` merge per field. */
function flatten(schema: Schema, base: string, resolver: SchemaResolver): { schema: Schema; base: string } {
  let merged: Schema = {};
  let mergedBase = base;
  const parts: { schema: Schema; base: string }[] = [];
  if (typeof schema['$ref'] === 'string')
    parts.push(
      flatten(resolver.resolve(schema['$ref'], base).schema, resolver.resolve(schema['$ref'], base).base, resolver),
    );
  for (const part of (schema['allOf'] as Schema[] | undefined) ?? []) parts.push(flatten(part, base, resolver));
  const own = Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$ref' && key !== 'allOf'));
  parts.push({ schema: own, base });
  for (const part of parts) {
    const properties = { ...((merged['properties'] as Schema | undefined) ?? {}) };
    for (const [name, sub] of Object.entries((part.schema['properties'] as Schema | undefined) ?? {})) {
      // A property refined by a later part keeps the earlier definition too, resolved against its own base.
      properties[name] =
        properties[name] === undefined
          ? withBase(sub as Schema, part.base)
          : { allOf: [properties[name], withBase(sub as Schema, part.base)] };
    }
    merged = { ...merged, ...part.schema, properties };
    if (part.schema['items'] !== undefined) merged['items'] = withBase(part.schema['items'] as Schema, part.base);
    mergedBase = part.base;
  }
  return { schema: merged, base: mergedBase };
}

/** Pins relative `$ref`s of a subschema to the document it came from, so it can be moved across documents. */
function withBase(schema: Schema, base: string): Schema {
  if (typeof schema['$ref'] === 'string' && schema['$ref'].startsWith('#'))
    return { ...schema, $ref: `${base}${schema['$ref']}` };
  if (Array.isArray(schema['allOf']))
    return { ...schema, allOf: (schema['allOf'] as Schema[]).map((part) => withBase(part, base)) };
  return schema;
}

/** An arbitrary of values shaped by `schema`. */
export function arbitraryFromSchema(
  schema: Schema,
  base: string,
  resolver: SchemaResolver,
  depth = 0,
): fc.Arbitrary<unknown> {
  const { schema: flat, base: flatBase } = flatten(schema, base, resolver);
  if (Array.isArray(flat['enum'])) return fc.constantFrom(...(flat['enum'] as unknown[]));
  if ('const' in flat) return fc.constant(flat['const']);
  const type =
    flat['type'] ??
    (flat['properties'] !== undefined && Object.keys(flat['properties'] as Schema).length > 0
      ? 'object'
      : flat['items'] !== undefined
        ? 'array'
        : undefined);
  switch (type) {
    case 'object': {
      const properties = (flat['properties'] as Record<string, Schema> | undefined) ?? {};
      const required = (flat['required'] as string[] | undefined) ?? [];
      const model: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, sub] of Object.entries(properties))
        model[name] = depth > 6 ? fc.constant(null) : arbitraryFromSchema(sub, flatBase, resolver, depth + 1);
      return fc.record(model, { requiredKeys: required.filter((name) => name in model) });
    }
    case 'array': {
      const items = (flat['items'] as Schema | undefined) ?? {};
      return fc.array(arbitraryFromSchema(items, flatBase, resolver, depth + 1), { maxLength: 5 });
    }
    case 'string':
      return typeof flat['pattern'] === 'string'
        ? fc.stringMatching(new RegExp(flat['pattern'])).filter((text) => text.length <= 30)
        : fc.string({ maxLength: 12 });
    case 'integer':
      return fc.integer({ min: -5, max: 100 });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** Answers shaped by an exercise's own answer schema (with the vocabulary it references). */
export function arbitraryAnswerOf(exercise: { answerSchema: unknown }): fc.Arbitrary<unknown> {
  const schema = exercise.answerSchema as Schema;
  const resolver = new SchemaResolver([vocabularySchema as Schema, schema]);
  return arbitraryFromSchema(schema, String(schema['$id']), resolver);
}
