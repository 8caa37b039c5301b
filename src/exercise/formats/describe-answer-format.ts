/**
 * The "Answer format" of an exercise, read from its answer schema at build time: every field of the answer
 * (nested through objects and lists), what it means, whether it is required, the kind of value it holds, and for
 * fields with a fixed set of values, the values that are actually allowed with a one-line meaning each.
 *
 * Pure (no DOM, no Astro): schema and vocabulary in, a tree of plain data out. `$ref`s are followed within a
 * document and into the vocabulary by its `$id`; `allOf` branches all apply, so their properties are merged,
 * `required` lists add up, a closed object (`additionalProperties: false`) limits the fields, and enums intersect
 * (as ajv and `graders/schema/values-at.ts` read them). Where several schemas describe the same thing, the text
 * nearest the field wins: a description written beside a field's `$ref` over the referenced definition's, and the
 * exercise's own `enumDescriptions` over the vocabulary's.
 */
import { isPlainObject } from '../../../graders/index.ts';
import { own, readRef, resolvePointer, withoutFragment, type SchemaObject } from '../json-schema/read-schema.ts';

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

interface SchemaDocument {
  id: string | undefined;
  root: unknown;
  /** The answer schema is 0, the vocabulary 1: lower ranks are preferred for descriptions. */
  rank: number;
}

/** A schema that applies to a value, with where it came from. */
interface Part {
  node: SchemaObject | boolean;
  document: SchemaDocument;
  /** How many `$ref`s were followed from the field to reach it: fewer is nearer (and its text preferred). */
  hops: number;
  /** `document#pointer` when reached through a `$ref`, to notice a schema that refers back to itself. */
  refKey: string | undefined;
  /** The `$defs` key when reached through a `$ref` to `#/$defs/<key>`. */
  defKey: string | undefined;
}

interface Context {
  documents: readonly SchemaDocument[];
  /** Ref keys of the objects and lists being described, with their paths: a recursive schema stops there. */
  expanding: Map<string, string>;
  kinds: Map<string, NamedKind>;
  anchors: Set<string>;
  depth: number;
}

// No hand-written schema nests deeper; the bounds keep a pathological one from exhausting the stack.
const MAX_DEPTH = 32;
const MAX_REF_HOPS = 32;

/** An own keyword of a schema (never an inherited member such as `constructor`). */

/** The schema a `$ref` names, relative to `document`'s `$id`; undefined when it is in no known document. */
function resolveRef(
  ref: string,
  document: SchemaDocument,
  context: Context,
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
function flatten(
  schema: unknown,
  document: SchemaDocument,
  context: Context,
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
function partsOf(parents: readonly Part[], pick: (node: SchemaObject) => unknown, context: Context): Part[] {
  return parents.flatMap((part) => {
    if (!isPlainObject(part.node)) return [];
    const sub = pick(part.node);
    return sub === undefined ? [] : flatten(sub, part.document, context);
  });
}

/** Schema objects only (boolean `true` says nothing; `false` is handled where it matters). */
function objects(parts: readonly Part[]): (Part & { node: SchemaObject })[] {
  return parts.filter((part): part is Part & { node: SchemaObject } => isPlainObject(part.node));
}

/** The nearest description: fewest `$ref`s followed, then the answer schema's, then the first written. */
function nearestDescription(parts: readonly Part[]): string | undefined {
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
function allowedTypes(parts: readonly (Part & { node: SchemaObject })[]): Set<JsonType> | undefined {
  let allowed: Set<JsonType> | undefined;
  for (const { node } of parts) {
    const declared = own(node, 'type');
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
function passesSiblings(value: unknown, parts: readonly (Part & { node: SchemaObject })[]): boolean {
  const type = jsonType(value);
  for (const { node } of parts) {
    const declared = own(node, 'type');
    const list = typeof declared === 'string' ? [declared] : Array.isArray(declared) ? declared : undefined;
    if (list && !list.includes(type) && !(type === 'integer' && list.includes('number'))) return false;
    if (typeof value !== 'string') continue;
    const length = [...value].length;
    const minLength = own(node, 'minLength');
    const maxLength = own(node, 'maxLength');
    if (typeof minLength === 'number' && length < minLength) return false;
    if (typeof maxLength === 'number' && length > maxLength) return false;
    const pattern = own(node, 'pattern');
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
function choiceOf(parts: readonly (Part & { node: SchemaObject })[]): AllowedValue[] | undefined {
  const sets: { part: Part & { node: SchemaObject }; members: unknown[]; descriptions: unknown[] }[] = [];
  for (const part of parts) {
    if (Object.hasOwn(part.node, 'const')) sets.push({ part, members: [part.node['const']], descriptions: [] });
    const members = own(part.node, 'enum');
    if (Array.isArray(members)) {
      const descriptions = own(part.node, 'enumDescriptions');
      sets.push({ part, members, descriptions: Array.isArray(descriptions) ? descriptions : [] });
    }
  }
  if (sets.length === 0) return undefined;
  const key = (value: unknown) => JSON.stringify(value);
  // The narrowest list sets the order: the exercise's own order, when it narrows the vocabulary.
  const ordered = [...sets].sort(
    (a, b) => a.members.length - b.members.length || a.part.document.rank - b.part.document.rank,
  );
  const narrowest = ordered[0]?.members ?? [];
  const byPreference = [...sets].sort((a, b) => a.part.document.rank - b.part.document.rank);
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

function numberKeyword(parts: readonly Part[], keyword: string, pick: (a: number, b: number) => number) {
  let result: number | undefined;
  for (const { node } of parts) {
    const value = own(node, keyword);
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
function fieldsOf(parts: readonly (Part & { node: SchemaObject })[], path: string, context: Context): FieldFormat[] {
  const keys: string[] = [];
  const required = new Set<string>();
  const closed: Set<string>[] = [];
  // The schemas an object builds on come last in `parts`; their order of fields is the one a candidate learns.
  for (const { node } of [...parts].reverse()) {
    const properties = own(node, 'properties');
    const names = isPlainObject(properties) ? Object.keys(properties) : [];
    for (const name of names) if (!keys.includes(name)) keys.push(name);
    const list = own(node, 'required');
    if (Array.isArray(list)) for (const name of list) if (typeof name === 'string') required.add(name);
    if (own(node, 'additionalProperties') === false) closed.push(new Set(names));
  }
  for (const name of required) if (!keys.includes(name)) keys.push(name);
  return keys
    .filter((key) => closed.every((names) => names.has(key)))
    .map((key) => {
      const fieldParts = partsOf(parts, (node) => own(own(node, 'properties'), key), context);
      const fieldPath = path === '' ? key : `${path}.${key}`;
      const value = describeValue(fieldParts, fieldPath, context);
      const description =
        nearestDescription(fieldParts) ??
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

function describeValue(parts: readonly Part[], path: string, context: Context): ValueFormat {
  if (parts.some((part) => part.node === false)) return { kind: 'never' };
  const schemas = objects(parts);
  if (context.depth > MAX_DEPTH) return { kind: 'any' };
  const choice = choiceOf(schemas);
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
    const branches = own(node, 'anyOf') ?? own(node, 'oneOf');
    return Array.isArray(branches) ? branches.map((branch) => flatten(branch, document, context)) : [];
  });
  if (options.length > 0) {
    return { kind: 'alternatives', options: options.map((option) => describeValue(option, path, context)) };
  }
  return { kind: 'any' };
}

function describeType(
  type: JsonType,
  parts: readonly (Part & { node: SchemaObject })[],
  path: string,
  context: Context,
): ValueFormat {
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

function describeText(parts: readonly (Part & { node: SchemaObject })[], context: Context): ValueFormat {
  // A string definition with a pattern (the vocabulary's `name`, `eventName`) is a kind worth naming once.
  const named = parts.find((part) => part.defKey !== undefined && typeof own(part.node, 'pattern') === 'string');
  let label: string | undefined;
  if (named?.defKey !== undefined) {
    label = humanize(named.defKey);
    if (!context.kinds.has(label)) {
      const pattern = own(named.node, 'pattern');
      context.kinds.set(label, {
        label,
        description: nearestDescription([named]),
        pattern: typeof pattern === 'string' ? pattern : undefined,
      });
    }
  }
  const patterns = parts
    .filter((part) => part !== named)
    .map((part) => own(part.node, 'pattern'))
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
  parts: readonly (Part & { node: SchemaObject })[],
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
      const open = !parts.some((part) => own(part.node, 'additionalProperties') === false);
      return { kind: 'object', fields, open, description: nearestDescription(parts) };
    }
    const itemParts = partsOf(parts, (node) => own(node, 'items'), context);
    const unique = parts.some((part) => own(part.node, 'uniqueItems') === true);
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
  const idOf = (schema: object): string | undefined => {
    const id = own(schema, '$id');
    return typeof id === 'string' ? withoutFragment(id) : undefined;
  };
  const answer: SchemaDocument = { id: idOf(answerSchema), root: answerSchema, rank: 0 };
  const vocabulary: SchemaDocument = { id: idOf(vocabularySchema), root: vocabularySchema, rank: 1 };
  const context: Context = {
    documents: [answer, vocabulary],
    expanding: new Map(),
    kinds: new Map(),
    anchors: new Set(),
    depth: 0,
  };
  const parts = flatten(answerSchema, answer, context, 0, { refKey: '0#', defKey: undefined });
  const root = describeValue(parts, '', context);
  const fields = root.kind === 'object' ? root.fields : [];
  markRepeatedChoices(fields);
  const title = own(answerSchema, 'title');
  return {
    title: typeof title === 'string' ? title : undefined,
    description: nearestDescription(parts),
    root,
    fields,
    kinds: [...context.kinds.values()],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Wording, shared by the panel and its tests.
// ---------------------------------------------------------------------------------------------------------------

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What a list holds, in the plural: `names`, `objects`, `values (each one of 7)`. */
function itemsNoun(item: ValueFormat): string {
  switch (item.kind) {
    case 'choice':
      return item.values.length === 1
        ? `values (each \`${item.values[0]?.text ?? ''}\`)`
        : `values (each one of ${item.values.length})`;
    case 'text':
      return item.named !== undefined ? `${item.named}s` : 'text items';
    case 'number':
      return 'numbers';
    case 'integer':
      return 'whole numbers';
    case 'boolean':
      return '`true` or `false` values';
    case 'null':
      return '`null`s';
    case 'object':
      return 'objects';
    case 'list':
      return 'lists';
    case 'alternatives':
      return 'items of several kinds';
    case 'recursive':
      return item.path === '' ? 'objects shaped like the whole answer' : `objects shaped like \`${item.path}\``;
    case 'any':
      return 'items of any kind';
    case 'never':
      return 'items (none allowed)';
  }
}

/**
 * The kind of value in a few words, for the panel: `one of 7 values`, `name`, `text, up to 300 characters`,
 * `list of objects, at least 1`. Backticks mark code.
 */
export function describeKind(value: ValueFormat): string {
  switch (value.kind) {
    case 'choice':
      return value.values.length === 1
        ? `exactly \`${value.values[0]?.text ?? ''}\``
        : `one of ${value.values.length} values`;
    case 'text': {
      const patterns = value.patterns.map((pattern) => `matching \`${pattern}\``);
      // A named kind (`name`) is explained once, with its limits, above the fields.
      if (value.named !== undefined) return [value.named, ...patterns].join(', ');
      const { minLength, maxLength } = value;
      const limits: string[] = [];
      if (maxLength !== undefined && minLength !== undefined && minLength > 1)
        limits.push(`${minLength} to ${maxLength} characters`);
      else if (maxLength !== undefined) limits.push(`up to ${plural(maxLength, 'character', 'characters')}`);
      else if (minLength !== undefined && minLength > 1) limits.push(`at least ${minLength} characters`);
      return ['text', ...patterns, ...limits].join(', ');
    }
    case 'number':
      return 'number';
    case 'integer':
      return 'whole number';
    case 'boolean':
      return '`true` or `false`';
    case 'null':
      return '`null`';
    case 'object':
      return 'object';
    case 'list': {
      const limits: string[] = [];
      if (value.minItems !== undefined && value.minItems > 0 && value.maxItems !== undefined)
        limits.push(`${value.minItems} to ${value.maxItems}`);
      else if (value.minItems !== undefined && value.minItems > 0) limits.push(`at least ${value.minItems}`);
      else if (value.maxItems !== undefined) limits.push(`at most ${value.maxItems}`);
      if (value.unique) limits.push('no repeats');
      return [`list of ${itemsNoun(value.item)}`, ...limits].join(', ');
    }
    case 'alternatives':
      return value.options.map(describeKind).join(', or ');
    case 'recursive':
      return value.path === '' ? 'same shape as the whole answer' : `same shape as \`${value.path}\``;
    case 'any':
      return 'any value';
    case 'never':
      return 'no value is allowed';
  }
}

/** Text split at backticks: `code` spans become parts with `code: true`, for rendering as `<code>`. */
export function splitInlineCode(text: string): { text: string; code: boolean }[] {
  return text
    .split(/(`[^`]+`)/)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece.length > 1 && piece.startsWith('`') && piece.endsWith('`')
        ? { text: piece.slice(1, -1), code: true }
        : { text: piece, code: false },
    );
}
