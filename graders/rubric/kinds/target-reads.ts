/**
 * What a criterion reads, known from the rubric alone (before any answer): the same fields the grading inputs name
 * for one answer (graders/rubric/grading-input.ts), written as field paths without list levels, since no answer says
 * yet which items there are. `['reactions', 'consumer']` is the `consumer` of every reaction. The parts the kinds share;
 * each kind's own is its list-<kind>-reads.ts.
 */
import { splitPointer } from '../../json-schema/json-pointer';

/** A part of the answer a criterion reads: its field names from the root, list levels left out. */
export interface FieldRead {
  path: readonly string[];
  /** Read whole (its contents count), rather than only passed through to the fields inside it. */
  deep: boolean;
}

/** The field names of a pointer, list levels (`*` and item indexes) left out. */
export function fieldsOf(pointer: string): string[] {
  return splitPointer(pointer).filter((token) => token !== '*' && !/^(0|[1-9][0-9]*)$/.test(token));
}

/** A field of the targeted item, or (written as a pointer) a field anywhere in the answer. */
export function fieldAt(at: string, field: string): string[] {
  return field.startsWith('/') ? fieldsOf(field) : [...fieldsOf(at), field];
}

/** What every criterion that selects with `at` and `where` reads: the place it selects from, and the `where` fields. */
export function listTargetReads(criterion: {
  at: string;
  where?: Readonly<Record<string, unknown>> | undefined;
}): FieldRead[] {
  const reads: FieldRead[] = [{ path: fieldsOf(criterion.at), deep: false }];
  for (const field of Object.keys(criterion.where ?? {}))
    reads.push({ path: fieldAt(criterion.at, field), deep: true });
  return reads;
}
