/**
 * The data side of the answer form: reading and changing one place of an answer (a plain JSON value) by its path,
 * and the labels the form gives the fields. Pure (no DOM), so the page's form and the unit tests share it. The
 * answer is data: nothing here runs any of it.
 */
import type { ValueFormat } from './describe-answer-fields.ts';

/** A place in the answer: object keys and list indexes, from the root. */
export type AnswerPath = readonly (string | number)[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function child(container: unknown, key: string | number): unknown {
  if (typeof key === 'number') return Array.isArray(container) ? container[key] : undefined;
  return isObject(container) && Object.hasOwn(container, key) ? container[key] : undefined;
}

/** The value at `path`, or undefined when any step is missing. */
export function valueAt(root: unknown, path: AnswerPath): unknown {
  let current = root;
  for (const key of path) current = child(current, key);
  return current;
}

/**
 * Sets the value at `path` in place, creating the objects missing on the way (a list index must exist). Returns
 * false, changing nothing, when the path runs through a value of another kind (text where an object is expected).
 */
export function setValueAt(root: unknown, path: AnswerPath, value: unknown): boolean {
  if (path.length === 0) return false;
  let current: unknown = root;
  for (let step = 0; step < path.length - 1; step += 1) {
    const key = path[step] as string | number;
    let next = child(current, key);
    if (next === undefined && typeof key === 'string' && isObject(current)) {
      next = typeof path[step + 1] === 'number' ? [] : {};
      current[key] = next;
    }
    if (!isObject(next) && !Array.isArray(next)) return false;
    current = next;
  }
  const last = path[path.length - 1] as string | number;
  if (typeof last === 'number') {
    if (!Array.isArray(current) || last < 0 || last > current.length) return false;
    current[last] = value;
    return true;
  }
  if (!isObject(current)) return false;
  current[last] = value;
  return true;
}

/** Removes the field or list item at `path` in place (a list closes up). Returns whether anything was there. */
export function removeValueAt(root: unknown, path: AnswerPath): boolean {
  if (path.length === 0) return false;
  const parent = valueAt(root, path.slice(0, -1));
  const last = path[path.length - 1] as string | number;
  if (typeof last === 'number') {
    if (!Array.isArray(parent) || last < 0 || last >= parent.length) return false;
    parent.splice(last, 1);
    return true;
  }
  if (!isObject(parent) || !Object.hasOwn(parent, last)) return false;
  return Reflect.deleteProperty(parent, last);
}

/**
 * The allowed values of a field that takes one code or a list of codes (a reason where several may decide), or
 * undefined for any other field. The form shows it as a set of checkboxes and writes a list.
 */
export function codeOrCodes(format: ValueFormat): Extract<ValueFormat, { kind: 'choice' }> | undefined {
  if (format.kind !== 'alternatives') return undefined;
  const one = format.options.find((option) => option.kind === 'choice');
  const many = format.options.find((option) => option.kind === 'list' && option.item.kind === 'choice');
  if (one?.kind !== 'choice' || many?.kind !== 'list' || many.item.kind !== 'choice') return undefined;
  const key = (entry: { value: unknown }) => JSON.stringify(entry.value);
  const listed = new Set(many.item.values.map(key));
  const same = one.values.length === listed.size && one.values.every((entry) => listed.has(key(entry)));
  return same && format.options.length === 2 ? one : undefined;
}

/** The codes a one-or-many field holds, as a list: one code is a list of one, and a blank starter's "" is none. */
export function readCodes(value: unknown): unknown[] {
  const listed: unknown[] = Array.isArray(value) ? value : [value];
  return listed.filter((code) => code !== undefined && code !== null && code !== '');
}

/** Whether the form's control for `format` can show `value` (an absent value fits every control). */
export function formCanShow(value: unknown, format: ValueFormat): boolean {
  if (value === undefined) return true;
  switch (format.kind) {
    case 'choice':
      // A value outside the list is shown as such, so the candidate sees it and can pick an allowed one.
      return value === null || typeof value !== 'object';
    case 'text':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'object':
      return isObject(value);
    case 'list':
      return Array.isArray(value);
    case 'alternatives':
      return codeOrCodes(format) !== undefined && (Array.isArray(value) || typeof value !== 'object');
    default:
      return false;
  }
}

/** The value a new list item starts with: an empty object, the first allowed value, empty text, or zero. */
export function newItem(format: ValueFormat): unknown {
  switch (format.kind) {
    case 'object':
      return {};
    case 'choice':
      return format.values[0]?.value ?? '';
    case 'number':
    case 'integer':
      return 0;
    case 'boolean':
      return false;
    case 'list':
      return [];
    default:
      return '';
  }
}

/** `dataStores` → `Data stores`, `whenBack` → `When back`. */
export function fieldLabel(key: string): string {
  const words = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word !== '')
    .map((word) => word.toLowerCase())
    .join(' ');
  return words === '' ? key : `${words.charAt(0).toUpperCase()}${words.slice(1)}`;
}

/** The label of one item of a list field: `reactions` → `Reaction`, `dataStores` → `Data store`. */
export function itemLabel(key: string): string {
  const label = fieldLabel(key);
  if (/ies$/.test(label)) return `${label.slice(0, -3)}y`;
  if (/[^s]s$/.test(label)) return label.slice(0, -1);
  return label;
}
