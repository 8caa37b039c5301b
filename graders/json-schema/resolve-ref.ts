/**
 * Where a `$ref` points, by the rules ajv validates with (RFC 3986 and RFC 6901): the address before `#` is resolved
 * against the `$id` of the document the `$ref` is written in, and the fragment is a percent-encoded JSON pointer
 * into the document of that address. Every reader of a schema (grading, the drawing, the "Answer format" panel, the
 * editor's declarations, the mock's schema before a curveball) follows `$ref`s here, so they all reach the same
 * schema.
 */
import { resolvePointer } from './json-pointer';
import { withoutFragment, type SchemaDocument, type SchemaReading } from './schema-document';

/** One place in one document: where a `$ref` points. */
export interface SchemaPlace {
  readonly document: SchemaDocument;
  /** A JSON pointer into the document (`''` is its root). */
  readonly pointer: string;
}

/**
 * Where a `$ref` written in the document `documentId` points: the address of the document it names (`''` for the
 * same document) and the JSON pointer of its fragment. Undefined for what no reader follows: an `#anchor`
 * fragment, a malformed percent-escape, or an address that cannot be resolved against `documentId`.
 */
export function readRef(
  ref: string,
  documentId: string | undefined,
): { document: string; pointer: string } | undefined {
  const hash = ref.indexOf('#');
  const base = hash < 0 ? ref : ref.slice(0, hash);
  let pointer: string;
  try {
    pointer = decodeURIComponent(hash < 0 ? '' : ref.slice(hash + 1));
  } catch {
    return undefined;
  }
  if (pointer !== '' && !pointer.startsWith('/')) return undefined;
  if (base === '') return { document: '', pointer };
  try {
    return { document: withoutFragment(new URL(base, documentId).href), pointer };
  } catch {
    return undefined;
  }
}

/** The place a `$ref` written in `from` names; undefined when it is in no document of the reading. */
export function findRefTarget(ref: string, from: SchemaDocument, reading: SchemaReading): SchemaPlace | undefined {
  const place = readRef(ref, from.id);
  if (!place) return undefined;
  if (place.document === '') return { document: from, pointer: place.pointer };
  const document = reading.documents.find((candidate) => candidate.id !== undefined && candidate.id === place.document);
  return document ? { document, pointer: place.pointer } : undefined;
}

/** The schema at a place, or undefined when nothing is there. */
export function readSchemaAt({ document: { root }, pointer }: SchemaPlace): unknown {
  return resolvePointer(root, pointer);
}

/** A key naming one place of one document of the reading (`1#/$defs/name`), to notice a schema met twice. */
export function placeKey(place: SchemaPlace, reading: SchemaReading): string {
  return `${reading.documents.indexOf(place.document)}#${place.pointer}`;
}
