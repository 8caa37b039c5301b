/**
 * The schemas that apply at one place of a value: a schema with its `$ref` (followed) and its `allOf` branches,
 * flattened into parts that all hold at once, so their enums intersect, their properties add up and their `required`
 * lists add up, as ajv reads them. Each part remembers how it was reached, so a reader can prefer the text nearest
 * the field. Boolean schemas are parts too: `false` at a place means no value may be there.
 */
import { isPlainObject } from '../is-plain-object';
import { unescapePointerToken } from './json-pointer';
import { findRefTarget, placeKey, readSchemaAt } from './resolve-ref';
import {
  readKeyword,
  type AnswerSchemaReading,
  type SchemaDocument,
  type SchemaObject,
  type SchemaReading,
} from './schema-document';

/** A schema that applies to a value, with where it came from. */
export interface SchemaPart {
  readonly node: SchemaObject | boolean;
  /** The document its own `$ref`s resolve in. */
  readonly document: SchemaDocument;
  /** How many `$ref`s were followed from the place to reach it: fewer is nearer (and its text preferred). */
  readonly hops: number;
  /** The `placeKey` of the schema when reached through a `$ref`, to notice a schema that refers back to itself. */
  readonly refKey: string | undefined;
  /** The `$defs` key when reached through a `$ref` to `#/$defs/<key>` (or `#/definitions/<key>`). */
  readonly defKey: string | undefined;
}

/** A schema object part: one with keywords. */
export type SchemaObjectPart = SchemaPart & { readonly node: SchemaObject };

// No hand-written schema nests deeper; the bound keeps a pathological one from exhausting the stack.
const MAX_NESTING = 32;
const DEFINITION = /^\/(?:\$defs|definitions)\/([^/]+)$/;

/** How a schema was reached: through which `$ref`s, and how deep in `$ref`s and `allOf`s. */
interface Reached extends Pick<SchemaPart, 'hops' | 'refKey' | 'defKey'> {
  /** The `placeKey`s of the `$ref`s followed on the way, so a schema that refers to itself ends. */
  readonly chain: readonly string[];
  readonly depth: number;
}

/**
 * A schema and everything that applies with it: itself, then what its `$ref` names (flattened), then its `allOf`
 * branches (flattened). `refKey` says how the schema itself was reached, when through a `$ref` (the root of a
 * document is `0#`).
 */
export function flattenSchema(
  schema: unknown,
  document: SchemaDocument,
  reading: SchemaReading,
  refKey?: string,
): SchemaPart[] {
  return flatten(schema, document, reading, { hops: 0, refKey, defKey: undefined, chain: [], depth: 0 });
}

function flatten(schema: unknown, document: SchemaDocument, reading: SchemaReading, reached: Reached): SchemaPart[] {
  const { hops, refKey, defKey, chain, depth } = reached;
  if (typeof schema === 'boolean') return [{ node: schema, document, hops, refKey, defKey }];
  if (!isPlainObject(schema) || depth > MAX_NESTING) return [];
  const parts: SchemaPart[] = [{ node: schema, document, hops, refKey, defKey }];
  const ref = readKeyword(schema, '$ref');
  const target = typeof ref === 'string' ? findRefTarget(ref, document, reading) : undefined;
  const key = target && placeKey(target, reading);
  if (target && key !== undefined && !chain.includes(key)) {
    const written = DEFINITION.exec(target.pointer)?.[1];
    const definition = written === undefined ? undefined : unescapePointerToken(written);
    const next = { hops: hops + 1, refKey: key, defKey: definition, chain: [...chain, key], depth: depth + 1 };
    parts.push(...flatten(readSchemaAt(target), target.document, reading, next));
  }
  const allOf = readKeyword(schema, 'allOf');
  if (Array.isArray(allOf)) {
    const next = { hops, refKey: undefined, defKey: undefined, chain, depth: depth + 1 };
    for (const branch of allOf) parts.push(...flatten(branch, document, reading, next));
  }
  return parts;
}

/** The parts of the whole answer. */
export function readRootParts(reading: AnswerSchemaReading): SchemaPart[] {
  return flattenSchema(
    reading.answer.root,
    reading.answer,
    reading,
    placeKey({ document: reading.answer, pointer: '' }, reading),
  );
}

/** The parts of a subschema (`properties/<key>`, `items`) across all the parts of its parent. */
export function readChildParts(
  parents: readonly SchemaPart[],
  pick: (node: SchemaObject) => unknown,
  reading: SchemaReading,
): SchemaPart[] {
  return parents.flatMap((part) => {
    if (!isPlainObject(part.node)) return [];
    const sub = pick(part.node);
    return sub === undefined ? [] : flattenSchema(sub, part.document, reading);
  });
}

/** The parts of property `key` of an object the `parents` describe. */
export function readPropertyParts(parents: readonly SchemaPart[], key: string, reading: SchemaReading): SchemaPart[] {
  return readChildParts(parents, (node) => readKeyword(readKeyword(node, 'properties'), key), reading);
}

/** The parts of every entry of a list the `parents` describe (its `items`). */
export function readItemParts(parents: readonly SchemaPart[], reading: SchemaReading): SchemaPart[] {
  return readChildParts(parents, (node) => readKeyword(node, 'items'), reading);
}

/** Schema objects only (boolean `true` says nothing; `false` is handled where it matters). */
export function keepObjectParts(parts: readonly SchemaPart[]): SchemaObjectPart[] {
  return parts.filter((part): part is SchemaObjectPart => isPlainObject(part.node));
}

/** Whether the value these parts describe is a list (its type is `array`, or it has `items`). */
export function describesList(parts: readonly SchemaPart[]): boolean {
  return keepObjectParts(parts).some(({ node }) => node['type'] === 'array' || isPlainObject(node['items']));
}
