/**
 * Reading JSON Schema documents as data, for the two build- and editor-side readers of an answer schema: the
 * "Answer format" description and the editor's TypeScript declarations. Both follow `$ref`s within a document and
 * into the shared vocabulary by its `$id`, and read keywords without ever touching inherited members.
 */
import { isPlainObject } from '../../../graders/index.ts';

/** A schema object (boolean schemas are handled by the caller). */
export type SchemaObject = Readonly<Record<string, unknown>>;

/** An own keyword of a schema (never an inherited member such as `constructor`). */
export function own(schema: unknown, key: string): unknown {
  return isPlainObject(schema) && Object.hasOwn(schema, key) ? schema[key] : undefined;
}

/** A URI without its `#fragment`. */
export function withoutFragment(uri: string): string {
  const hash = uri.indexOf('#');
  return hash < 0 ? uri : uri.slice(0, hash);
}

/** Unescapes one JSON pointer token: `~1` → `/`, `~0` → `~`. */
export function decodeToken(token: string): string {
  return token.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The value at a JSON pointer (already percent-decoded) in a schema document, or undefined. */
export function resolvePointer(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let current = root;
  for (const token of pointer.slice(1).split('/')) {
    const key = decodeToken(token);
    current = Array.isArray(current) ? (/^\d+$/.test(key) ? current[Number(key)] : undefined) : own(current, key);
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * Where a `$ref` written in the document `documentId` points: the address of the document it names (`''` for the
 * same document) and the JSON pointer of its fragment. Undefined for what neither reader follows: an `#anchor`
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
