/**
 * The schemas that apply to one value of the answer, for the "Answer format" description: a schema with its `$ref`
 * (followed within a document and into the vocabulary by its `$id`) and its `allOf` branches, flattened into parts
 * that each remember how far they are from the field, so the nearest text can win.
 */
import { isPlainObject } from '../../../graders/index.ts';
import { own, readRef, resolvePointer, type SchemaObject } from '../json-schema/read-schema.ts';

/** A schema document a field's description can come from. */
export interface SchemaDocument {
  id: string | undefined;
  root: unknown;
  /** The answer schema is 0, the vocabulary 1: lower ranks are preferred for descriptions. */
  rank: number;
}

/** A schema that applies to a value, with where it came from. */
export interface Part {
  node: SchemaObject | boolean;
  document: SchemaDocument;
  /** How many `$ref`s were followed from the field to reach it: fewer is nearer (and its text preferred). */
  hops: number;
  /** `document#pointer` when reached through a `$ref`, to notice a schema that refers back to itself. */
  refKey: string | undefined;
  /** The `$defs` key when reached through a `$ref` to `#/$defs/<key>`. */
  defKey: string | undefined;
}

// No hand-written schema follows more; the bound keeps a pathological one from exhausting the stack.
const MAX_REF_HOPS = 32;

/** The schema documents a reading can reach: the answer schema and the vocabulary. */
export interface SchemaReading {
  documents: readonly SchemaDocument[];
}

/** The schema a `$ref` names, relative to `document`'s `$id`; undefined when it is in no known document. */
function resolveRef(
  ref: string,
  document: SchemaDocument,
  context: SchemaReading,
): { schema: unknown; document: SchemaDocument; pointer: string } | undefined {
  const place = readRef(ref, document.id);
  if (!place) return undefined;
  const { pointer } = place;
  const target =
    place.document === ''
      ? document
      : context.documents.find((candidate) => candidate.id !== undefined && candidate.id === place.document);
  if (!target) return undefined;
  const schema = resolvePointer(target.root, pointer);
  return schema === undefined ? undefined : { schema, document: target, pointer };
}

/** A schema and everything that applies with it: its `$ref` (followed) and its `allOf` branches, flattened. */
export function flatten(
  schema: unknown,
  document: SchemaDocument,
  context: SchemaReading,
  hops = 0,
  via: Pick<Part, 'refKey' | 'defKey'> = { refKey: undefined, defKey: undefined },
  chain: readonly string[] = [],
): Part[] {
  if (typeof schema === 'boolean') return [{ node: schema, document, hops, ...via }];
  if (!isPlainObject(schema) || chain.length > MAX_REF_HOPS) return [];
  const parts: Part[] = [{ node: schema, document, hops, ...via }];
  const ref = own(schema, '$ref');
  if (typeof ref === 'string') {
    const target = resolveRef(ref, document, context);
    const refKey = target ? `${context.documents.indexOf(target.document)}#${target.pointer}` : undefined;
    if (target && refKey !== undefined && !chain.includes(refKey)) {
      const defKey = /^\/(?:\$defs|definitions)\/([^/]+)$/.exec(target.pointer)?.[1];
      parts.push(...flatten(target.schema, target.document, context, hops + 1, { refKey, defKey }, [...chain, refKey]));
    }
  }
  const allOf = own(schema, 'allOf');
  if (Array.isArray(allOf)) {
    for (const branch of allOf) parts.push(...flatten(branch, document, context, hops, undefined, chain));
  }
  return parts;
}

/** The parts of a subschema (`properties/<key>`, `items`) across all parts of its parent. */
export function partsOf(
  parents: readonly Part[],
  pick: (node: SchemaObject) => unknown,
  context: SchemaReading,
): Part[] {
  return parents.flatMap((part) => {
    if (!isPlainObject(part.node)) return [];
    const sub = pick(part.node);
    return sub === undefined ? [] : flatten(sub, part.document, context);
  });
}

/** Schema objects only (boolean `true` says nothing; `false` is handled where it matters). */
export function objects(parts: readonly Part[]): (Part & { node: SchemaObject })[] {
  return parts.filter((part): part is Part & { node: SchemaObject } => isPlainObject(part.node));
}

/** The nearest description: fewest `$ref`s followed, then the answer schema's, then the first written. */
export function nearestDescription(parts: readonly Part[]): string | undefined {
  let best: { text: string; hops: number; rank: number } | undefined;
  for (const part of parts) {
    const text = own(part.node, 'description') ?? own(part.node, 'markdownDescription');
    if (typeof text !== 'string' || text.trim() === '') continue;
    const candidate = { text: text.trim(), hops: part.hops, rank: part.document.rank };
    if (!best || candidate.hops < best.hops || (candidate.hops === best.hops && candidate.rank < best.rank))
      best = candidate;
  }
  return best?.text;
}
