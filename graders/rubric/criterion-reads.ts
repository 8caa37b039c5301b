/**
 * What a criterion reads, known from the rubric alone (before any answer): the same fields the grading inputs name
 * for one answer (graders/rubric/grading-input.ts), written as field paths without list levels, since no answer says
 * yet which items there are. `['reactions', 'consumer']` is the `consumer` of every reaction.
 */
import { findCheck } from '../custom-checks/registry';
import { splitPointer } from '../json-schema/json-pointer';
import type { Criterion } from '../authoring-schema/criterion';

/** A part of the answer a criterion reads: its field names from the root, list levels left out. */
export interface FieldRead {
  path: readonly string[];
  /** Read whole (its contents count), rather than only passed through to the fields inside it. */
  deep: boolean;
}

/** The field names of a pointer, list levels (`*` and item indexes) left out. */
function fieldsOf(pointer: string): string[] {
  return splitPointer(pointer).filter((token) => token !== '*' && !/^(0|[1-9][0-9]*)$/.test(token));
}

/** A field of the targeted item, or (written as a pointer) a field anywhere in the answer. */
function fieldAt(at: string, field: string): string[] {
  return field.startsWith('/') ? fieldsOf(field) : [...fieldsOf(at), field];
}

/** Every part of the answer `criterion` reads; a check's are the fields its registered definition declares. */
export function listCriterionReads(criterion: Criterion): FieldRead[] {
  if (criterion.kind === 'check') {
    const check = findCheck(criterion.check);
    // An unknown check reads nothing (and fails the exercise's own checks); its `reads` name fields, not lists.
    return (check?.reads ?? []).map((pointer) => ({ path: fieldsOf(pointer), deep: true }));
  }
  const at = criterion.at;
  const reads: FieldRead[] = [{ path: fieldsOf(at), deep: false }];
  for (const field of Object.keys(criterion.where ?? {})) reads.push({ path: fieldAt(at, field), deep: true });
  switch (criterion.kind) {
    case 'schema':
      reads.push({ path: fieldsOf(at), deep: true });
      break;
    case 'set':
    case 'order':
      reads.push({ path: criterion.pick === undefined ? fieldsOf(at) : fieldAt(at, criterion.pick), deep: true });
      break;
    case 'choice': {
      const fields = [...criterion.distinctBy];
      if (criterion.decision)
        fields.push(criterion.decision.field, ...criterion.decision.when.map((rule) => rule.field));
      if (criterion.reason) fields.push(criterion.reason.field);
      for (const field of fields) reads.push({ path: fieldAt(at, field), deep: true });
      break;
    }
  }
  return reads;
}
