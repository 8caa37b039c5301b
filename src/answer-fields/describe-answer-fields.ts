/**
 * The "Answer format" of an exercise, read from its answer schema at build time: every field of the answer
 * (nested through objects and lists), what it means, whether it is required, the kind of value it holds, and for
 * fields with a fixed set of values, the values that are actually allowed with a one-line meaning each.
 *
 * Pure (no DOM, no Astro): schema and vocabulary in, a tree of plain data out. The schemas that apply to a field
 * are the JSON Schema toolkit's parts (graders/json-schema, which the grader reads too): `$ref`s followed within a
 * document and into the vocabulary by its `$id`, `allOf` branches all applying, so their properties are merged,
 * `required` lists add up, a closed object (`additionalProperties: false`) limits the fields, and enums intersect,
 * as ajv reads them. Where several schemas describe the same thing, the text nearest the field wins: a description
 * written beside a field's `$ref` over the referenced definition's, and the exercise's own `enumDescriptions` over
 * the vocabulary's.
 */
import {
  flattenSchema,
  isPlainObject,
  keepObjectParts,
  readAnswerSchema,
  readItemParts,
  readKeyword,
  readPropertyParts,
  readRootParts,
  type SchemaObjectPart,
  type SchemaPart,
  type SchemaReading,
} from '../../graders/index.ts';
import { nearestDescription, rankOf } from './nearest-description.ts';

/** One field of an object in the answer. */
export interface FieldFormat {
  /** The property name, e.g. `from`. */
  key: string;
  /** Where it sits in the answer, lists written `[]`: `calls[].from`. */
  path: string;
  /** An id-safe form of `path`, unique within one answer format: `calls-from`. */
  anchor: string;
  required: boolean;
  /** What the field means (the schema's `description`, nearest first). */
  description: string | undefined;
  value: ValueFormat;
}

/** One allowed value of a field with a fixed set of values. */
export interface AllowedValue {
  value: unknown;
  /** The value as a candidate writes it: strings as they are, anything else as JSON. */
  text: string;
  /** Its one-line meaning (`enumDescriptions`), the exercise's own first. */
  description: string | undefined;
}

/** The kind of value a field holds. */
export type ValueFormat =
  | {
      kind: 'choice';
      values: AllowedValue[];
      /** Set when an earlier field (in reading order) allows exactly the same values with the same meanings. */
      sameAs?: { path: string; anchor: string };
    }
  | {
      kind: 'text';
      /** A named kind of string from the schemas' `$defs` (`name`, `event name`), or undefined for free text. */
      named: string | undefined;
      /** Patterns the text must match that no named kind explains. */
      patterns: string[];
      minLength: number | undefined;
      maxLength: number | undefined;
    }
  | { kind: 'number' | 'integer' | 'boolean' | 'null' }
  | { kind: 'object'; fields: FieldFormat[]; open: boolean; description: string | undefined }
  | {
      kind: 'list';
      item: ValueFormat;
      minItems: number | undefined;
      maxItems: number | undefined;
      unique: boolean;
    }
  | { kind: 'alternatives'; options: ValueFormat[] }
  /** Refers back to an enclosing object (a recursive schema): the same fields as at `path`. */
  | { kind: 'recursive'; path: string }
  | { kind: 'any' }
  /** The schemas contradict each other: no value is valid. */
  | { kind: 'never' };

/** A named kind of string the answer uses, such as `name`, with the definition's description and pattern. */
export interface NamedKind {
  label: string;
  description: string | undefined;
  pattern: string | undefined;
}

/** The whole answer format of one exercise. */
export interface AnswerFormatDescription {
  title: string | undefined;
  description: string | undefined;
  /** The answer itself (an object for every exercise so far). */
  root: ValueFormat;
  /** The answer's fields when it is an object, else empty. */
  fields: FieldFormat[];
  /** The named kinds of string used anywhere in the answer, in order of first use. */
  kinds: NamedKind[];
}

/** What describing the answer keeps track of as it walks the schema. */
interface Context extends SchemaReading {
  /** Ref keys of the objects and lists being described, with their paths: a recursive schema stops there. */
  expanding: Map<string, string>;
  kinds: Map<string, NamedKind>;
  anchors: Set<string>;
  depth: number;
}

// No hand-written schema nests deeper; the bound keeps a pathological one from exhausting the stack.
const MAX_DEPTH = 32;

/** `eventName` → `event name`, `data_store` → `data store`. */
function humanize(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase())
    .join(' ');
}

const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'null', 'object', 'array'] as const;
type JsonType = (typeof JSON_TYPES)[number];

/** The JSON types every part allows (`integer` counts as a `number`); undefined when no part says. */
function allowedTypes(parts: readonly SchemaObjectPart[]): Set<JsonType> | undefined {
  let allowed: Set<JsonType> | undefined;
  for (const { node } of parts) {
    const declared = readKeyword(node, 'type');
    const list = typeof declared === 'string' ? [declared] : Array.isArray(declared) ? declared : undefined;
    if (list === undefined) continue;
    const listed = new Set(list.filter((type): type is JsonType => (JSON_TYPES as readonly unknown[]).includes(type)));
    // A `number` admits integers: `number` in one part and `integer` in another leave integers.
    if (listed.has('number')) listed.add('integer');
    const previous = allowed;
    allowed = previous === undefined ? listed : new Set([...listed].filter((type) => previous.has(type)));
  }
  if (allowed?.has('integer') && allowed.has('number')) allowed.delete('integer');
  return allowed;
}

function jsonType(value: unknown): JsonType {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'string':
      return 'string';
    case 'boolean':
      return 'boolean';
    case 'number':
      return Number.isInteger(value) ? 'integer' : 'number';
    default:
      return 'object';
  }
}

/** Whether `value` passes the simple keywords of every part that an enum sits beside (type, string limits). */
function passesSiblings(value: unknown, parts: readonly SchemaObjectPart[]): boolean {
  const type = jsonType(value);
  for (const { node } of parts) {
    const declared = readKeyword(node, 'type');
    const list = typeof declared === 'string' ? [declared] : Array.isArray(declared) ? declared : undefined;
    if (list && !list.includes(type) && !(type === 'integer' && list.includes('number'))) return false;
    if (typeof value !== 'string') continue;
    const length = [...value].length;
    const minLength = readKeyword(node, 'minLength');
    const maxLength = readKeyword(node, 'maxLength');
    if (typeof minLength === 'number' && length < minLength) return false;
    if (typeof maxLength === 'number' && length > maxLength) return false;
    const pattern = readKeyword(node, 'pattern');
    if (typeof pattern === 'string') {
      try {
        if (!new RegExp(pattern, 'u').test(value)) return false;
      } catch {
        // An invalid pattern fails ajv's compilation long before a page is built.
      }
    }
  }
  return true;
}

/** The values the parts allow when at least one has an `enum` or `const`; undefined when none has. */
function choiceOf(parts: readonly SchemaObjectPart[], reading: SchemaReading): AllowedValue[] | undefined {
  const sets: { part: SchemaObjectPart; members: unknown[]; descriptions: unknown[] }[] = [];
  for (const part of parts) {
    if (Object.hasOwn(part.node, 'const')) sets.push({ part, members: [part.node['const']], descriptions: [] });
    const members = readKeyword(part.node, 'enum');
    if (Array.isArray(members)) {
      const descriptions = readKeyword(part.node, 'enumDescriptions');
      sets.push({ part, members, descriptions: Array.isArray(descriptions) ? descriptions : [] });
    }
  }
  if (sets.length === 0) return undefined;
  const key = (value: unknown) => JSON.stringify(value);
  const rank = (set: (typeof sets)[number]) => rankOf(set.part.document, reading);
  // The narrowest list sets the order: the exercise's own order, when it narrows the vocabulary.
  const ordered = [...sets].sort((a, b) => a.members.length - b.members.length || rank(a) - rank(b));
  const narrowest = ordered[0]?.members ?? [];
  const byPreference = [...sets].sort((a, b) => rank(a) - rank(b));
  const seen = new Set<string>();
  const values: AllowedValue[] = [];
  for (const value of narrowest) {
    const id = key(value);
    if (seen.has(id)) continue;
    seen.add(id);
    if (!sets.every((set) => set.members.some((member) => key(member) === id))) continue;
    if (!passesSiblings(value, parts)) continue;
    let description: string | undefined;
    for (const set of byPreference) {
      const index = set.members.findIndex((member) => key(member) === id);
      const text = index < 0 ? undefined : set.descriptions[index];
      if (typeof text === 'string' && text.trim() !== '') {
        description = text.trim();
        break;
      }
    }
    values.push({ value, text: typeof value === 'string' ? value : JSON.stringify(value), description });
  }
  return values;
}

function numberKeyword(parts: readonly SchemaPart[], keyword: string, pick: (a: number, b: number) => number) {
  let result: number | undefined;
  for (const { node } of parts) {
    const value = readKeyword(node, keyword);
    if (typeof value === 'number') result = result === undefined ? value : pick(result, value);
  }
  return result;
}

function uniqueAnchor(path: string, context: Context): string {
  const base =
    path
      .replace(/\[\]/g, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'field';
  let anchor = base;
  for (let suffix = 2; context.anchors.has(anchor); suffix++) anchor = `${base}-${suffix}`;
  context.anchors.add(anchor);
  return anchor;
}

/** The fields of an object that satisfies every part. */
function fieldsOf(parts: readonly SchemaObjectPart[], path: string, context: Context): FieldFormat[] {
  const keys: string[] = [];
  const required = new Set<string>();
  const closed: Set<string>[] = [];
  // The schemas an object builds on come last in `parts`; their order of fields is the one a candidate learns.
  for (const { node } of [...parts].reverse()) {
    const properties = readKeyword(node, 'properties');
    const names = isPlainObject(properties) ? Object.keys(properties) : [];
    for (const name of names) if (!keys.includes(name)) keys.push(name);
    const list = readKeyword(node, 'required');
    if (Array.isArray(list)) for (const name of list) if (typeof name === 'string') required.add(name);
    if (readKeyword(node, 'additionalProperties') === false) closed.push(new Set(names));
  }
  for (const name of required) if (!keys.includes(name)) keys.push(name);
  return keys
    .filter((key) => closed.every((names) => names.has(key)))
    .map((key) => {
      const fieldParts = readPropertyParts(parts, key, context);
      const fieldPath = path === '' ? key : `${path}.${key}`;
      const value = describeValue(fieldParts, fieldPath, context);
      const description =
        nearestDescription(fieldParts, context) ??
        (value.kind === 'list' && value.item.kind === 'object' ? value.item.description : undefined);
      return {
        key,
        path: fieldPath,
        anchor: uniqueAnchor(fieldPath, context),
        required: required.has(key),
        description,
        value,
      };
    });
}

function describeValue(parts: readonly SchemaPart[], path: string, context: Context): ValueFormat {
  if (parts.some((part) => part.node === false)) return { kind: 'never' };
  const schemas = keepObjectParts(parts);
  if (context.depth > MAX_DEPTH) return { kind: 'any' };
  const choice = choiceOf(schemas, context);
  if (choice) return choice.length === 0 ? { kind: 'never' } : { kind: 'choice', values: choice };

  const declared = allowedTypes(schemas);
  const has = (keywords: readonly string[]) =>
    schemas.some(({ node }) => keywords.some((keyword) => Object.hasOwn(node, keyword)));
  const types: JsonType[] = declared
    ? [...declared]
    : [
        ...(has(['properties', 'required', 'additionalProperties', 'patternProperties']) ? ['object' as const] : []),
        ...(has(['items', 'prefixItems', 'minItems', 'maxItems', 'uniqueItems']) ? ['array' as const] : []),
        ...(has(['pattern', 'minLength', 'maxLength']) ? ['string' as const] : []),
      ];
  if (declared && declared.size === 0) return { kind: 'never' };

  const shapes = types.map((type) => describeType(type, schemas, path, context));
  if (shapes.length === 1 && shapes[0]) return shapes[0];
  if (shapes.length > 1) return { kind: 'alternatives', options: shapes };

  const options = schemas.flatMap(({ node, document }) => {
    const branches = readKeyword(node, 'anyOf') ?? readKeyword(node, 'oneOf');
    return Array.isArray(branches) ? branches.map((branch) => flattenSchema(branch, document, context)) : [];
  });
  if (options.length > 0) {
    return { kind: 'alternatives', options: options.map((option) => describeValue(option, path, context)) };
  }
  return { kind: 'any' };
}

function describeType(type: JsonType, parts: readonly SchemaObjectPart[], path: string, context: Context): ValueFormat {
  switch (type) {
    case 'string':
      return describeText(parts, context);
    case 'number':
    case 'integer':
    case 'boolean':
    case 'null':
      return { kind: type };
    case 'object':
    case 'array':
      return describeStructure(type, parts, path, context);
  }
}

function describeText(parts: readonly SchemaObjectPart[], context: Context): ValueFormat {
  // A string definition with a pattern (the vocabulary's `name`, `eventName`) is a kind worth naming once.
  const named = parts.find(
    (part) => part.defKey !== undefined && typeof readKeyword(part.node, 'pattern') === 'string',
  );
  let label: string | undefined;
  if (named?.defKey !== undefined) {
    label = humanize(named.defKey);
    if (!context.kinds.has(label)) {
      const pattern = readKeyword(named.node, 'pattern');
      context.kinds.set(label, {
        label,
        description: nearestDescription([named], context),
        pattern: typeof pattern === 'string' ? pattern : undefined,
      });
    }
  }
  const patterns = parts
    .filter((part) => part !== named)
    .map((part) => readKeyword(part.node, 'pattern'))
    .filter((pattern): pattern is string => typeof pattern === 'string');
  return {
    kind: 'text',
    named: label,
    patterns: [...new Set(patterns)],
    minLength: numberKeyword(parts, 'minLength', Math.max),
    maxLength: numberKeyword(parts, 'maxLength', Math.min),
  };
}

function describeStructure(
  type: 'object' | 'array',
  parts: readonly SchemaObjectPart[],
  path: string,
  context: Context,
): ValueFormat {
  const refKeys = parts.map((part) => part.refKey).filter((key): key is string => key !== undefined);
  for (const key of refKeys) {
    const earlier = context.expanding.get(key);
    if (earlier !== undefined) return { kind: 'recursive', path: earlier };
  }
  const added = refKeys.filter((key) => !context.expanding.has(key));
  for (const key of added) context.expanding.set(key, path);
  context.depth++;
  try {
    if (type === 'object') {
      const fields = fieldsOf(parts, path, context);
      const open = !parts.some((part) => readKeyword(part.node, 'additionalProperties') === false);
      return { kind: 'object', fields, open, description: nearestDescription(parts, context) };
    }
    const itemParts = readItemParts(parts, context);
    const unique = parts.some((part) => readKeyword(part.node, 'uniqueItems') === true);
    return {
      kind: 'list',
      item: itemParts.length === 0 ? { kind: 'any' } : describeValue(itemParts, `${path}[]`, context),
      minItems: numberKeyword(parts, 'minItems', Math.max),
      maxItems: numberKeyword(parts, 'maxItems', Math.min),
      unique,
    };
  } finally {
    context.depth--;
    for (const key of added) context.expanding.delete(key);
  }
}

/** Marks each choice whose values and meanings were already listed by an earlier field, in reading order. */
function markRepeatedChoices(fields: readonly FieldFormat[]): void {
  const first = new Map<string, { path: string; anchor: string }>();
  const visit = (value: ValueFormat, field: FieldFormat): void => {
    if (value.kind === 'choice') {
      const key = JSON.stringify(value.values.map((entry) => [entry.value, entry.description]));
      const earlier = first.get(key);
      if (earlier) value.sameAs = earlier;
      else first.set(key, { path: field.path, anchor: field.anchor });
    } else if (value.kind === 'list') visit(value.item, field);
    else if (value.kind === 'alternatives') for (const option of value.options) visit(option, field);
    else if (value.kind === 'object') walk(value.fields);
  };
  const walk = (list: readonly FieldFormat[]): void => {
    for (const field of list) visit(field.value, field);
  };
  walk(fields);
}

/**
 * The answer format of an exercise: its answer schema read with the shared vocabulary (found by its `$id`).
 * Never throws on odd schemas: what it cannot read becomes `any`.
 */
export function describeAnswerFormat(answerSchema: object, vocabularySchema: object): AnswerFormatDescription {
  const reading = readAnswerSchema(answerSchema, vocabularySchema);
  const context: Context = { ...reading, expanding: new Map(), kinds: new Map(), anchors: new Set(), depth: 0 };
  const parts = readRootParts(reading);
  const root = describeValue(parts, '', context);
  const fields = root.kind === 'object' ? root.fields : [];
  markRepeatedChoices(fields);
  const title = readKeyword(answerSchema, 'title');
  return {
    title: typeof title === 'string' ? title : undefined,
    description: nearestDescription(parts, context),
    root,
    fields,
    kinds: [...context.kinds.values()],
  };
}
