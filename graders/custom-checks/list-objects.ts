import { isPlainObject } from '../is-plain-object';
import { appendPointer, readOwn } from '../json-schema/json-pointer';

/** The plain-object items of the list at `field` of `answer`, with their pointers; anything else is skipped. */
export function listObjects(
  answer: unknown,
  pointer: string,
  field: string,
): { value: Record<string, unknown>; pointer: string }[] {
  const list = readOwn(answer, field);
  if (!Array.isArray(list)) return [];
  const listPointer = appendPointer(pointer, field);
  return list.flatMap((value, index) =>
    isPlainObject(value) ? [{ value, pointer: appendPointer(listPointer, index) }] : [],
  );
}

/** The strings of the list at `field` of `item`, ignoring anything that is not a string. */
export function listStrings(item: unknown, field: string): string[] {
  const list = readOwn(item, field);
  return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : [];
}
