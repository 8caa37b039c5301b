/**
 * What the answer schema lets a field hold, read from the schema itself: the values of an enum, "open" (any
 * string of the right shape), or "absent" (the schema has no such field). Read through the toolkit's parts, so
 * `$ref` (within a document and into the shared vocabulary) and `allOf` apply as ajv applies them: every part must
 * hold, so enums intersect.
 */
import { isPlainObject } from '../is-plain-object';
import { readAnswerSchema, type SchemaReading } from './schema-document';
import {
  describesList,
  flattenSchema,
  keepObjectParts,
  readItemParts,
  readPropertyParts,
  readRootParts,
  type SchemaPart,
} from './schema-parts';

/** The values a field can hold. */
export type FieldValues = { kind: 'enum'; values: string[] } | { kind: 'open' } | { kind: 'absent' };

/** The parts at property `token` of a value the `parts` describe, or at any entry of a list (`*`). */
export function readPartsAtToken(parts: readonly SchemaPart[], token: string, reading: SchemaReading): SchemaPart[] {
  return token === '*' ? readItemParts(parts, reading) : readPropertyParts(parts, token, reading);
}

/** The parts at `tokens` (property names, `*` for any list item) of the answer the schema describes. */
export function readPartsAt(answerSchema: object, tokens: readonly string[]): SchemaPart[] {
  const reading = readAnswerSchema(answerSchema);
  let parts = readRootParts(reading);
  for (const token of tokens) parts = readPartsAtToken(parts, token, reading);
  return parts;
}

/** Whether the schema at `tokens` is a list (so a pointer's next token is an index). */
export function isListAt(answerSchema: object, tokens: readonly string[]): boolean {
  return describesList(readPartsAt(answerSchema, tokens));
}

/**
 * The values the field at `tokens` (property names, `*` for any list item) can hold. A field whose schema is
 * `false` is absent (no value may be there); one whose schema is `true` alone is open.
 */
export function valuesAt(answerSchema: object, tokens: readonly string[]): FieldValues {
  const parts = readPartsAt(answerSchema, tokens);
  if (parts.length === 0 || parts.some((part) => part.node === false)) return { kind: 'absent' };
  return valuesOf(keepObjectParts(parts), readAnswerSchema(answerSchema), 0);
}

/**
 * The values the `parts` (all applying at once) let a value hold: their enums intersect. An `anyOf` or `oneOf` of
 * alternatives holds what any alternative holds, and an alternative that is a list holds its entries' values, so
 * "one code, or a list of codes" has the codes' values.
 */
function valuesOf(parts: readonly SchemaPart[], reading: SchemaReading, depth: number): FieldValues {
  let values: string[] | undefined;
  const narrow = (strings: readonly string[]) => {
    values = values === undefined ? [...strings] : values.filter((value) => strings.includes(value));
  };
  for (const { node, document } of keepObjectParts(parts)) {
    const own = Array.isArray(node['enum']) ? node['enum'] : 'const' in node ? [node['const']] : undefined;
    if (own !== undefined) narrow(own.filter((value): value is string => typeof value === 'string'));
    const alternatives = Array.isArray(node['anyOf'])
      ? node['anyOf']
      : Array.isArray(node['oneOf'])
        ? node['oneOf']
        : [];
    if (alternatives.length === 0 || depth > 8) continue;
    const union = new Set<string>();
    let open = false;
    for (const alternative of alternatives) {
      if (!isPlainObject(alternative)) continue;
      const branch = flattenSchema(alternative, document, reading);
      const held = valuesOf(describesList(branch) ? readItemParts(branch, reading) : branch, reading, depth + 1);
      if (held.kind === 'enum') for (const value of held.values) union.add(value);
      else open = true;
    }
    if (!open) narrow([...union]);
  }
  return values === undefined ? { kind: 'open' } : { kind: 'enum', values };
}

/** Whether the field at `tokens` is prose the candidate writes: a string with no enum, const or pattern. */
export function isFreeTextAt(answerSchema: object, tokens: readonly string[]): boolean {
  const parts = keepObjectParts(readPartsAt(answerSchema, tokens));
  return (
    parts.some(({ node }) => node['type'] === 'string') &&
    parts.every(({ node }) => !('enum' in node) && !('const' in node) && !('pattern' in node))
  );
}
