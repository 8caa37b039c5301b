/**
 * Finds what a criterion grades: the value at `at`, or the items of the list at `at` whose fields equal `where`.
 * It also reports every pointer the selection depended on, for the rule that a criterion whose inputs have schema
 * errors is not graded.
 */
import { appendPointer, describePointer, readOwn, resolvePointer } from '../json-schema/json-pointer';
import type { Catalogue } from '../feedback/catalogue';
import type { Message } from '../feedback/message';
import { deepInput, shallowInput, type GradingInput } from './grading-input';

/** A value selected from the answer, with its pointer. */
export interface Target {
  pointer: string;
  value: unknown;
}

/** The selected targets, the pointers the selection read, and whether anything was at `at` at all. */
export interface Selection {
  targets: Target[];
  inputs: GradingInput[];
  found: boolean;
}

/** Selects the targets of a criterion in `answer`. */
export function selectTargets(
  answer: unknown,
  at: string,
  where: Readonly<Record<string, string | number | boolean>> | undefined,
): Selection {
  const value = resolvePointer(answer, at);
  if (value === undefined) return { targets: [], inputs: [deepInput(at)], found: false };
  // The kinds add the fields they read of the target; a note beside them blocks nothing.
  if (where === undefined) return { targets: [{ pointer: at, value }], inputs: [shallowInput(at)], found: true };
  if (!Array.isArray(value)) {
    const matches = Object.entries(where).every(([field, expected]) => readOwn(value, field) === expected);
    return { targets: matches ? [{ pointer: at, value }] : [], inputs: [shallowInput(at)], found: true };
  }
  // The list must be a list and its items objects, so an error at `at` or at an item blocks. An item whose `where`
  // field is misspelt or of another type simply does not match (its schema error still shows, with its "did you
  // mean"); the kinds add the fields they read of the items kept. An empty `where` keeps every item.
  const fields = Object.keys(where);
  const inputs: GradingInput[] = [shallowInput(at)];
  const targets: Target[] = [];
  value.forEach((item: unknown, index) => {
    const pointer = appendPointer(at, index);
    inputs.push(shallowInput(pointer));
    if (fields.every((field) => readOwn(item, field) === where[field])) targets.push({ pointer, value: item });
  });
  return { targets, inputs, found: true };
}

/** The list a set or order criterion reads, as a compact path: `events[name="OrderPlaced"].consumers`, `services[].name`. */
export function describeMemberPath(
  at: string,
  where: Readonly<Record<string, string | number | boolean>> | undefined,
  pick: string | undefined,
  atIsList = true,
): string {
  const filter =
    where === undefined
      ? pick === undefined || !atIsList
        ? ''
        : '[]'
      : `[${Object.entries(where)
          .map(([field, value]) => `${field}=${JSON.stringify(value)}`)
          .join(', ')}]`;
  return `${describePointer(at)}${filter}${pick === undefined ? '' : `.${pick}`}`;
}

/**
 * What to say when a criterion selected nothing: nothing is at `at`, or (with `where`) no item there matches.
 * Shared by the kinds that grade what they select, so they word an empty selection the same way.
 */
export function describeEmptySelection(
  at: string,
  where: Readonly<Record<string, string | number | boolean>> | undefined,
  selection: Selection,
): Message<Catalogue>[] {
  return where === undefined || !selection.found
    ? [{ id: 'rubric.nothing-at', params: { path: describePointer(at) } }]
    : [{ id: 'rubric.no-match', params: { path: describePointer(at), where: describeWhere(where) } }];
}

/** Describes a `where` filter for a message: `from "order" and to "payment"`. */
export function describeWhere(where: Readonly<Record<string, string | number | boolean>>): string {
  return Object.entries(where)
    .map(([field, value]) => `${field} ${JSON.stringify(value)}`)
    .join(' and ');
}

/** A member of a list of names, and where it was written. */
export interface Member {
  value: string;
  pointer: string;
}

/**
 * The names in the targets. A target that is a list (`at` without `where`) stands for its items. Each item is a
 * name itself or, with `pick`, holds names in that field; a picked list is flattened; non-strings are skipped.
 */
export function collectMembers(targets: readonly Target[], pick: string | undefined): Member[] {
  const members: Member[] = [];
  const addName = (value: unknown, pointer: string): void => {
    if (typeof value === 'string') members.push({ value, pointer });
    else if (typeof value === 'number' || typeof value === 'boolean') members.push({ value: String(value), pointer });
  };
  const addItem = (item: unknown, pointer: string): void => {
    if (pick === undefined) return addName(item, pointer);
    const picked = readOwn(item, pick);
    const pickedPointer = appendPointer(pointer, pick);
    if (Array.isArray(picked)) picked.forEach((name, index) => addName(name, appendPointer(pickedPointer, index)));
    else addName(picked, pickedPointer);
  };
  for (const target of targets) {
    if (Array.isArray(target.value))
      target.value.forEach((item, index) => addItem(item, appendPointer(target.pointer, index)));
    else addItem(target.value, target.pointer);
  }
  return members;
}
