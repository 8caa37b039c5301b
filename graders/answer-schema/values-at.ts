/**
 * What the answer schema lets a field hold, read from the schema itself: the values of an enum, "open" (any
 * string of the right shape), or "absent" (the schema has no such field). Follows `$ref` (within a document and
 * into the shared vocabulary) and `allOf`, where every part must hold, so enums intersect.
 */
import vocabularySchema from '../vocabulary/vocabulary.schema.json' with { type: 'json' };
import { isPlainObject } from '../is-plain-object';
import { VOCABULARY_ID } from './create-ajv';

/** The values a field can hold. */
export type FieldValues = { kind: 'enum'; values: string[] } | { kind: 'open' } | { kind: 'absent' };

/** A JSON Schema object, read without trusting its shape. */
export type SchemaObject = Readonly<Record<string, unknown>>;

/** A schema node and the document its local `$ref`s resolve in. */
export interface Located {
  node: SchemaObject;
  document: SchemaObject;
}

function resolveRef(ref: string, document: SchemaObject): Located | undefined {
  const [base = '', fragment = ''] = ref.split('#');
  const target = base === '' ? document : base === VOCABULARY_ID ? (vocabularySchema as SchemaObject) : undefined;
  if (target === undefined) return undefined;
  let node: unknown = target;
  for (const token of fragment.split('/').filter((part) => part !== ''))
    node = isPlainObject(node) ? node[token] : undefined;
  return isPlainObject(node) ? { node, document: target } : undefined;
}

/** The node with its `$ref` and `allOf` parts, all of which apply at once. */
export function flatten(located: Located, depth = 0): Located[] {
  if (depth > 32) return [];
  const parts = [located];
  const { node, document } = located;
  if (typeof node['$ref'] === 'string') {
    const target = resolveRef(node['$ref'], document);
    if (target) parts.push(...flatten(target, depth + 1));
  }
  if (Array.isArray(node['allOf']))
    for (const part of node['allOf'])
      if (isPlainObject(part)) parts.push(...flatten({ node: part, document }, depth + 1));
  return parts;
}

/** The parts of the schema at property `token` (`*` for a list entry) of a value the `parts` describe. */
export function step(parts: readonly Located[], token: string): Located[] {
  return parts.flatMap(({ node, document }) => {
    const next =
      token === '*' ? node['items'] : isPlainObject(node['properties']) ? node['properties'][token] : undefined;
    return isPlainObject(next) ? flatten({ node: next, document }) : [];
  });
}

/** Whether the schema at `tokens` is a list (so a pointer's next token is an index). */
export function isListAt(answerSchema: object, tokens: readonly string[]): boolean {
  const parts = walk(answerSchema, tokens);
  return parts.some(({ node }) => node['type'] === 'array' || isPlainObject(node['items']));
}

function walk(answerSchema: object, tokens: readonly string[]): Located[] {
  let parts = flatten({ node: answerSchema as SchemaObject, document: answerSchema as SchemaObject });
  for (const token of tokens) parts = step(parts, token);
  return parts;
}

/** The values the field at `tokens` (property names, `*` for any list item) can hold. */
export function valuesAt(answerSchema: object, tokens: readonly string[]): FieldValues {
  const parts = walk(answerSchema, tokens);
  if (parts.length === 0) return { kind: 'absent' };
  return valuesOf(parts, 0);
}

/**
 * The values the `parts` (all applying at once) let a value hold: their enums intersect. An `anyOf` or `oneOf` of
 * alternatives holds what any alternative holds, and an alternative that is a list holds its entries' values, so
 * "one code, or a list of codes" has the codes' values.
 */
function valuesOf(parts: readonly Located[], depth: number): FieldValues {
  let values: string[] | undefined;
  const narrow = (strings: readonly string[]) => {
    values = values === undefined ? [...strings] : values.filter((value) => strings.includes(value));
  };
  for (const { node, document } of parts) {
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
      const branch = flatten({ node: alternative, document });
      const isList = branch.some((part) => part.node['type'] === 'array' || isPlainObject(part.node['items']));
      const held = valuesOf(isList ? step(branch, '*') : branch, depth + 1);
      if (held.kind === 'enum') for (const value of held.values) union.add(value);
      else open = true;
    }
    if (!open) narrow([...union]);
  }
  return values === undefined ? { kind: 'open' } : { kind: 'enum', values };
}

/** Whether the field at `tokens` is prose the candidate writes: a string with no enum, const or pattern. */
export function isFreeTextAt(answerSchema: object, tokens: readonly string[]): boolean {
  const parts = walk(answerSchema, tokens);
  return (
    parts.some(({ node }) => node['type'] === 'string') &&
    parts.every(({ node }) => !('enum' in node) && !('const' in node) && !('pattern' in node))
  );
}
