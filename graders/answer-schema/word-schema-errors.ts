/**
 * Turns ajv's errors into sentences a candidate understands, each tied to the part of the answer it is about:
 * "`calls[2].style` must be one of sync, async — you wrote "asynch"", marked on the value "asynch".
 */
import type { ErrorObject } from 'ajv';
import type { MessageId, ParamsFor } from '../feedback/catalogue';
import { appendPointer, describePointer, resolvePointer } from '../json-schema/json-pointer';
import { MAX_DIAGNOSTICS } from '../parse/limits';
import { describeActual, describeExpectedType, findNearest } from './describe-value';

/** The id of a schema message. */
type SchemaMessageId = Extract<MessageId, `schema.${string}`>;

/** One schema problem, worded: a `schema.` message with the params it takes, and the pointer it concerns. */
export type SchemaIssue = {
  [Id in SchemaMessageId]: {
    /** The part of the answer the problem is about; a missing or unknown field's own pointer. Used to block criteria. */
    pointer: string;
    /** Where to mark it: the value at `pointer`, or (for an unknown field) its key, or (for a missing one) its object. */
    mark: { pointer: string; on: 'value' | 'key' };
    messageId: Id;
    params: ParamsFor<Id>;
  };
}[SchemaMessageId];

/** A schema message about a value: one that takes the value's `path` and what was written there (`actual`). */
type ValueMessageId = {
  [Id in SchemaMessageId]: 'path' | 'actual' extends keyof ParamsFor<Id> ? Id : never;
}[SchemaMessageId];

const KNOWN_PATTERNS: Record<string, string> = {
  '^[a-z][a-z0-9]*(-[a-z0-9]+)*$': 'a kebab-case name such as `order` or `orders-db`',
  '^[A-Z][A-Za-z0-9]*$': 'a PascalCase event name such as `OrderPlaced`',
};

// When several problems concern one value, the first of these is the most useful to read.
const PRIORITY = ['enum', 'const', 'type', 'required', 'additionalProperties', 'pattern'];
const MAX_LISTED_VALUES = 8;
/**
 * How many issues get a "did you mean" suggestion: the ones a report can list (MAX_DIAGNOSTICS). The edit distances
 * behind a suggestion cost more than the rest of the wording, and 20,000 unknown fields took a second.
 */
const MAX_SUGGESTED = MAX_DIAGNOSTICS;

/**
 * Words ajv `errors` raised while validating `data`, which sits at `base` in the whole answer. Branch errors of a
 * failed `anyOf`/`oneOf` and the bookkeeping `if` errors are folded into one issue per value.
 */
export function wordSchemaErrors(errors: readonly ErrorObject[], data: unknown, base = ''): SchemaIssue[] {
  // A set, and each error's own path prefixes looked up in it: with thousands of wrong values, comparing every error
  // with every failed branch was quadratic.
  const branchPaths = new Set(
    errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`),
  );
  const kept = mergeEnums(errors.filter((e) => e.keyword !== 'if' && !isInsideBranch(e.schemaPath, branchPaths)));
  // The most useful error per value (or field) is chosen first and only the chosen ones are worded.
  const byPointer = new Map<string, { error: ErrorObject; rank: number }>();
  for (const error of kept) {
    const rank = PRIORITY.includes(error.keyword) ? PRIORITY.indexOf(error.keyword) : PRIORITY.length;
    const key = `${issuePointer(error, base)}\u0000${isFieldError(error) ? 'field' : 'value'}`;
    const existing = byPointer.get(key);
    if (existing === undefined || rank < existing.rank) byPointer.set(key, { error, rank });
  }
  return [...byPointer.values()].map((entry, index) => wordError(entry.error, data, base, index < MAX_SUGGESTED));
}

/** A missing or unknown field: the problem is the field, not the value at the object's pointer. */
function isFieldError(error: ErrorObject): boolean {
  return error.keyword === 'required' || error.keyword === 'additionalProperties';
}

/** The pointer an issue is about: the value's, or for a missing or unknown field the field's own. */
function issuePointer(error: ErrorObject, base: string): string {
  const at = base + error.instancePath;
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'required') return appendPointer(at, String(params['missingProperty']));
  if (error.keyword === 'additionalProperties') return appendPointer(at, String(params['additionalProperty']));
  return at;
}

/** Whether `schemaPath` lies under one of `branchPaths` (each ending in `/`). */
function isInsideBranch(schemaPath: string, branchPaths: ReadonlySet<string>): boolean {
  if (branchPaths.size === 0) return false;
  for (let slash = schemaPath.indexOf('/'); slash !== -1; slash = schemaPath.indexOf('/', slash + 1)) {
    if (branchPaths.has(schemaPath.slice(0, slash + 1))) return true;
  }
  return false;
}

/**
 * An exercise narrows a vocabulary enum with a second enum beside it (`allOf`), so one wrong value fails both. Only
 * the values both allow are right, so the candidate is shown those, not the whole vocabulary.
 */
function mergeEnums(errors: readonly ErrorObject[]): ErrorObject[] {
  const allowedAt = new Map<string, unknown[]>();
  for (const error of errors) {
    if (error.keyword !== 'enum') continue;
    const allowed = (error.params as { allowedValues?: unknown }).allowedValues;
    if (!Array.isArray(allowed)) continue;
    const before = allowedAt.get(error.instancePath);
    allowedAt.set(
      error.instancePath,
      before === undefined ? allowed : before.filter((value) => allowed.includes(value)),
    );
  }
  const seen = new Set<string>();
  return errors.flatMap((error) => {
    if (error.keyword !== 'enum') return [error];
    if (seen.has(error.instancePath)) return [];
    seen.add(error.instancePath);
    return [{ ...error, params: { allowedValues: allowedAt.get(error.instancePath) ?? [] } }];
  });
}

function wordError(error: ErrorObject, data: unknown, base: string, suggest: boolean): SchemaIssue {
  const at = base + error.instancePath;
  const value = resolvePointer(data, error.instancePath);
  const path = describePointer(at);
  const actual = describeActual(value);
  const params = error.params as Record<string, unknown>;
  const onValue = <Id extends ValueMessageId>(messageId: Id, extra: Omit<ParamsFor<Id>, 'path' | 'actual'>) =>
    // The signature ties the params to the id; the compiler cannot see that such a pair is one member of the union.
    ({ pointer: at, mark: { pointer: at, on: 'value' }, messageId, params: { path, actual, ...extra } }) as SchemaIssue;

  switch (error.keyword) {
    case 'type':
      return onValue('schema.type', { expected: describeExpectedType(params['type']) });
    case 'enum': {
      const allowed = (Array.isArray(params['allowedValues']) ? params['allowedValues'] : []).map(String);
      const suggestion = suggest && typeof value === 'string' ? findNearest(value, allowed) : undefined;
      const listed =
        allowed.length <= MAX_LISTED_VALUES
          ? allowed.join(', ')
          : `${allowed.slice(0, 6).join(', ')}, … (${allowed.length} values; the editor lists them all)`;
      return suggestion === undefined
        ? onValue('schema.enum', { allowed: listed })
        : onValue('schema.enum-near', { allowed: listed, suggestion });
    }
    case 'const':
      return onValue('schema.const', { expected: JSON.stringify(params['allowedValue']) });
    case 'required': {
      const field = String(params['missingProperty']);
      const pointer = appendPointer(at, field);
      const messageId = at === '' ? 'schema.required-root' : 'schema.required';
      return { pointer, mark: { pointer: at, on: 'value' }, messageId, params: { path, field } };
    }
    case 'additionalProperties': {
      const field = String(params['additionalProperty']);
      const pointer = appendPointer(at, field);
      const known = Object.keys((error.parentSchema?.['properties'] as object | undefined) ?? {});
      const suggestion = suggest ? findNearest(field, known) : undefined;
      const mark = { pointer, on: 'key' } as const;
      return suggestion === undefined
        ? { pointer, mark, messageId: 'schema.unknown-field', params: { path, field } }
        : { pointer, mark, messageId: 'schema.unknown-field-near', params: { path, field, suggestion } };
    }
    case 'minItems':
    case 'maxItems':
      return onValue(error.keyword === 'minItems' ? 'schema.min-items' : 'schema.max-items', {
        limit: Number(params['limit']),
        count: Array.isArray(value) ? value.length : 0,
      });
    case 'uniqueItems': {
      // ajv reports the later index as `i` and the earlier as `j`.
      return onValue('schema.unique-items', { first: Number(params['j']), second: Number(params['i']) });
    }
    case 'minLength':
      return onValue('schema.min-length', { limit: Number(params['limit']) });
    case 'maxLength':
      return onValue('schema.max-length', { limit: Number(params['limit']) });
    case 'pattern': {
      const pattern = String(params['pattern']);
      return onValue('schema.pattern', { shape: KNOWN_PATTERNS[pattern] ?? `text matching /${pattern}/` });
    }
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const comparison = {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'more than',
        exclusiveMaximum: 'less than',
      }[error.keyword];
      return onValue('schema.range', { comparison, limit: Number(params['limit']) });
    }
    case 'multipleOf':
      return onValue('schema.multiple-of', { limit: Number(params['multipleOf']) });
    case 'minProperties':
      return onValue('schema.min-properties', { limit: Number(params['limit']) });
    case 'false schema':
    case 'not':
      return onValue('schema.not-allowed', {});
    case 'anyOf':
    case 'oneOf':
      return onValue('schema.no-shape', {});
    default:
      return onValue('schema.other', { message: error.message ?? `breaks the rule "${error.keyword}"` });
  }
}
