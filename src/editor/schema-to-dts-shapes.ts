/**
 * Object and array types from JSON Schema: `properties`, `required`, `additionalProperties`, `patternProperties`,
 * `items` and `prefixItems`, written as readonly TypeScript types (candidates write `as const`).
 */
import { isPlainObject, readKeyword, type SchemaDocument, type SchemaObject } from '../../graders/index.ts';
import { UNKNOWN, afterSeparator, arrayOf, atom, jsDoc, propertyKey, unite, type TypeText } from './schema-to-dts-text';
import type { SchemaIndex } from './schema-to-dts-references';
import { arrayOrEmpty, declaredTypes, inferredTypes, type Located } from './schema-to-dts-schema';

/** Where a type is being written. */
export interface Context {
  document: SchemaDocument;
  /** The named type being written; records the names it refers to outside objects and arrays. */
  owner: { directReferences: Set<string> };
  indent: string;
  depth: number;
  /** Inside an object property or array element, where TypeScript allows a type to refer to itself. */
  deferred: boolean;
}

/** What the shape writers need from the generator. */
export interface TypeWriter {
  readonly index: SchemaIndex;
  typeOf(schema: unknown, context: Context): TypeText;
  /** The type of a value that satisfies every one of `all`. */
  typeOfAll(all: readonly Located[], context: Context): TypeText;
}

/** The part of a schema given by `type`, or inferred from object or array keywords when `type` is absent. */
export function typeKeywordType(writer: TypeWriter, schema: SchemaObject, context: Context): TypeText | undefined {
  const explicit = declaredTypes(schema);
  // Without `type`, `properties` or `items` only constrain objects or arrays: beside a typed schema they narrow
  // it, which an intersection with the inferred shape expresses.
  const types = explicit ?? inferredTypes(schema);
  if (types.length === 0) return undefined;
  const each = types.map((type) => {
    if (type === 'string' || type === 'number' || type === 'boolean' || type === 'null') return atom(type);
    if (type === 'integer') return atom('number');
    if (type === 'object')
      return objectType(writer, [{ schema, document: context.document }], context, explicit !== undefined);
    if (type === 'array') return arrayType(writer, schema, context);
    return UNKNOWN;
  });
  return unite(each, context.indent);
}

/**
 * One object type for objects that must satisfy all of `parts`: every property any of them declares (typed by
 * all the schemas that declare it), required if any requires it, and only the keys every closed part
 * (`additionalProperties: false`) allows. An index signature only when a part says the value is an object and
 * none is closed: an object inferred from `properties` alone only narrows another schema.
 */
export function objectType(
  writer: TypeWriter,
  parts: readonly Located[],
  context: Context,
  explicit = false,
): TypeText {
  const indent = `${context.indent}  `;
  const member: Context = { ...context, indent, deferred: true };
  const properties = new Map<string, Located[]>();
  const required = new Set<string>();
  const closed: Set<string>[] = [];
  const extra: TypeText[] = [];
  let open = explicit;
  for (const { schema, document } of parts) {
    const declared = readKeyword(schema, 'properties');
    const keys = new Set<string>();
    for (const [key, sub] of isPlainObject(declared) ? Object.entries(declared) : []) {
      properties.set(key, [...(properties.get(key) ?? []), { schema: sub, document }]);
      keys.add(key);
    }
    for (const key of arrayOrEmpty(readKeyword(schema, 'required'))) if (typeof key === 'string') required.add(key);
    const patterns = readKeyword(schema, 'patternProperties');
    if (isPlainObject(patterns)) {
      for (const sub of Object.values(patterns)) extra.push(writer.typeOf(sub, { ...member, document }));
    }
    const additional = readKeyword(schema, 'additionalProperties');
    if (additional === false || readKeyword(schema, 'unevaluatedProperties') === false) closed.push(keys);
    else if (additional !== undefined && additional !== true) {
      extra.push(writer.typeOf(additional, { ...member, document }));
    }
    if (isPlainObject(schema) && declaredTypes(schema)?.includes('object')) open = true;
  }
  const allowed = (key: string) => closed.every((keys) => keys.has(key));
  const lines: string[] = [];
  const valueTypes: TypeText[] = [];
  for (const [key, declarations] of properties) {
    if (!allowed(key) && extra.length === 0) continue;
    const type = writer.typeOfAll(declarations, member);
    const optional = required.has(key) ? '' : '?';
    // The last schema to describe the property is the narrowest (an exercise's, over the vocabulary's).
    const docs = declarations.map((located) => writer.index.documentation(located, true, false)).reverse();
    const doc = jsDoc(docs.find((paragraphs) => paragraphs.some((text) => text.trim() !== '')) ?? [], indent);
    lines.push(`${doc}${indent}readonly ${propertyKey(key)}${optional}:${afterSeparator(type)};`);
    valueTypes.push(type, ...(optional ? [atom('undefined')] : []));
  }
  for (const key of required) {
    if (properties.has(key) || !allowed(key)) continue;
    lines.push(`${indent}readonly ${propertyKey(key)}: unknown;`);
    valueTypes.push(UNKNOWN);
  }
  if (open && closed.length === 0 && extra.length === 0) extra.push(UNKNOWN);
  if (open && extra.length > 0) {
    // An index signature must admit every declared property's type too.
    lines.push(`${indent}readonly [key: string]:${afterSeparator(unite([...extra, ...valueTypes], indent))};`);
  }
  if (lines.length === 0) return open ? atom('Record<string, never>') : UNKNOWN;
  return atom(`{\n${lines.join('\n')}\n${context.indent}}`);
}

/** One array type for arrays that must satisfy all of `parts`; undefined for tuples, which are left to intersect. */
export function mergedArrayType(writer: TypeWriter, parts: readonly Located[], context: Context): TypeText | undefined {
  const items: Located[] = [];
  for (const { schema, document } of parts) {
    const item = readKeyword(schema, 'items');
    if (readKeyword(schema, 'prefixItems') !== undefined || Array.isArray(item)) return undefined;
    if (item === false) return atom('readonly []');
    if (item !== undefined) items.push({ schema: item, document });
  }
  return arrayOf(items.length === 0 ? UNKNOWN : writer.typeOfAll(items, { ...context, deferred: true }));
}

function arrayType(writer: TypeWriter, schema: SchemaObject, context: Context): TypeText {
  const element: Context = { ...context, deferred: true };
  const items = readKeyword(schema, 'items');
  // 2020-12 tuples are `prefixItems` plus `items` for the rest; drafts before it wrote an array in `items`.
  const prefixItems = readKeyword(schema, 'prefixItems');
  const prefix = Array.isArray(prefixItems) ? prefixItems : Array.isArray(items) ? items : undefined;
  if (prefix) {
    const rest = Array.isArray(items) ? readKeyword(schema, 'additionalItems') : items;
    const minItems = readKeyword(schema, 'minItems');
    const members = prefix.map((sub, index) => {
      const type = writer.typeOf(sub, element);
      if (typeof minItems === 'number' && index < minItems) return type.text;
      return `${type.kind === 'atom' ? type.text : `(${type.text})`}?`;
    });
    if (rest !== false) {
      const restType = arrayOf(rest === undefined ? UNKNOWN : writer.typeOf(rest, element));
      members.push(`...${restType.text.replace(/^readonly /, '')}`);
    }
    return atom(`readonly [${members.join(', ')}]`);
  }
  if (items === false) return atom('readonly []');
  return arrayOf(items === undefined ? UNKNOWN : writer.typeOf(items, element));
}
