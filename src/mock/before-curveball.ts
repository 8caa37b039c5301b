/**
 * The answer as a mock shows it before its curveball is revealed: the answer schema and the starter without the
 * fields only the curveball asks for (graders' findCurveballOnlyFields), and with the `x-before-curveball` words in
 * place of descriptions that would mention the change. Built once per exercise at build time; the page swaps to
 * the full schema and starter at the reveal. Grading always uses the full schema.
 */
import {
  BEFORE_CURVEBALL_KEYWORD,
  findCurveballOnlyFields,
  isPlainObject,
  readRef,
  resolvePointer,
  splitPointer,
  type Criterion,
} from '../../graders/index.ts';

type SchemaNode = Record<string, unknown>;

/** The keywords holding subschemas that apply to the same value (so a field may be declared in any of them). */
const SAME_VALUE = ['allOf', 'anyOf', 'oneOf'] as const;

/**
 * Removes the field at `path` (field names, list levels left out) from every object schema that declares it on the
 * way down from `node`; a local `$ref` on the way is copied in where it declares the field, so a definition used
 * elsewhere is untouched.
 * Returns how many declarations it removed.
 */
function removeField(root: SchemaNode, node: unknown, path: readonly string[]): number {
  if (!isPlainObject(node)) return 0;
  let removed = 0;
  const ref = node['$ref'];
  const target = typeof ref === 'string' ? readRef(ref, undefined) : undefined;
  // Only refs within the exercise's own schema are followed: the shared vocabulary declares no curveball.
  if (target !== undefined && target.document === '') {
    const copy: unknown = structuredClone(resolvePointer(root, target.pointer));
    const inside = removeField(root, copy, path);
    if (inside > 0) {
      delete node['$ref'];
      node['allOf'] = [...(Array.isArray(node['allOf']) ? node['allOf'] : []), copy];
      removed += inside;
    }
  }
  for (const keyword of SAME_VALUE) {
    const parts = node[keyword];
    if (Array.isArray(parts)) for (const part of parts) removed += removeField(root, part, path);
  }
  // A list is passed through: its items hold the fields.
  removed += removeField(root, node['items'], path);
  const prefix = node['prefixItems'];
  if (Array.isArray(prefix)) for (const item of prefix) removed += removeField(root, item, path);
  const [field, ...rest] = path;
  const properties = node['properties'];
  if (field === undefined || !isPlainObject(properties) || !Object.hasOwn(properties, field)) return removed;
  if (rest.length > 0) return removed + removeField(root, properties[field], rest);
  Reflect.deleteProperty(properties, field);
  const required = node['required'];
  if (Array.isArray(required)) node['required'] = required.filter((name) => name !== field);
  return removed + 1;
}

/** Puts each `x-before-curveball` description in place of the description it stands for, everywhere in `node`. */
function useBeforeWords(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) useBeforeWords(item);
    return;
  }
  if (!isPlainObject(node)) return;
  const before = node[BEFORE_CURVEBALL_KEYWORD];
  if (isPlainObject(before) && typeof before['description'] === 'string') node['description'] = before['description'];
  Reflect.deleteProperty(node, BEFORE_CURVEBALL_KEYWORD);
  for (const value of Object.values(node)) useBeforeWords(value);
}

/** The names of the `$defs` that `node` refers to, directly or through other definitions. */
function listUsedDefinitions(root: SchemaNode, definitions: SchemaNode): Set<string> {
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!isPlainObject(node)) return;
    const ref = node['$ref'];
    const place = typeof ref === 'string' ? readRef(ref, undefined) : undefined;
    const [keyword, name = ''] = place?.document === '' ? splitPointer(place.pointer) : [];
    if (keyword === '$defs') {
      if (!used.has(name) && Object.hasOwn(definitions, name)) {
        used.add(name);
        visit(definitions[name]);
      }
    }
    for (const [key, value] of Object.entries(node)) if (node !== root || key !== '$defs') visit(value);
  };
  visit(root);
  return used;
}

/**
 * The answer schema as shown before the curveball: without the fields at `hidden` (neither declared nor required),
 * without the definitions only they used, with the `x-before-curveball` descriptions. Throws, naming the field, when
 * a field to hide is not declared by the schema: it could then not be kept out of sight.
 */
export function hideFieldsInSchema(schema: object, hidden: readonly (readonly string[])[]): object {
  const root = structuredClone(schema) as SchemaNode;
  for (const path of hidden) {
    if (removeField(root, root, path) === 0)
      throw new Error(
        `the curveball's field /${path.join('/')} is not declared in the answer schema, so it cannot be hidden before the reveal`,
      );
  }
  const definitions = root['$defs'];
  if (isPlainObject(definitions)) {
    const used = listUsedDefinitions(root, definitions);
    for (const name of Object.keys(definitions)) if (!used.has(name)) Reflect.deleteProperty(definitions, name);
  }
  useBeforeWords(root);
  return root;
}

/** `value` without the fields at `hidden` (in every item of a list on the way): the starter before the curveball. */
export function hideFieldsInAnswer(value: unknown, hidden: readonly (readonly string[])[]): unknown {
  const copy = structuredClone(value);
  const remove = (node: unknown, path: readonly string[]): void => {
    if (Array.isArray(node)) return node.forEach((item) => remove(item, path));
    const [field, ...rest] = path;
    if (field === undefined || !isPlainObject(node) || !Object.hasOwn(node, field)) return;
    if (rest.length === 0) Reflect.deleteProperty(node, field);
    else remove(node[field], rest);
  };
  for (const path of hidden) remove(copy, path);
  return copy;
}

/** What a mock shows before its curveball is revealed. */
export interface BeforeCurveball {
  /** The fields kept out of sight (field names, list levels left out), e.g. `[["newConsumer"]]`. */
  hidden: string[][];
  /** The answer schema without them, for the editor, the form, the answer format and the drawing. */
  answerSchema: object;
  /** The starter without them. */
  starter: unknown;
}

/** The before-the-reveal view of an exercise with a curveball whose criteria are `criteriaIds`. */
export function deriveBeforeCurveball(
  rubric: readonly Criterion[],
  criteriaIds: readonly string[],
  answerSchema: object,
  starter: unknown,
): BeforeCurveball {
  const hidden = findCurveballOnlyFields(rubric, criteriaIds);
  return {
    hidden,
    answerSchema: hideFieldsInSchema(answerSchema, hidden),
    starter: hideFieldsInAnswer(starter, hidden),
  };
}
