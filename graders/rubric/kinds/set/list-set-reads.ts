import { fieldAt, fieldsOf, listTargetReads, type FieldRead } from '../target-reads';
import type { SetCriterion } from './set-criterion';

/** A `set` reads its target and, whole, the members it compares: each item, or its `pick` field. */
export function listSetReads(criterion: SetCriterion): FieldRead[] {
  const { at, pick } = criterion;
  return [...listTargetReads(criterion), { path: pick === undefined ? fieldsOf(at) : fieldAt(at, pick), deep: true }];
}
