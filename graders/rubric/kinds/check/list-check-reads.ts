import { findCheck } from '../../../custom-checks/registry';
import { fieldsOf, type FieldRead } from '../target-reads';
import type { CheckCriterion } from './check-criterion';

/** A `check` reads the fields its registered definition declares, each whole. */
export function listCheckReads(criterion: CheckCriterion): FieldRead[] {
  const check = findCheck(criterion.check);
  // An unknown check reads nothing (and fails the exercise's own checks); its `reads` name fields, not lists.
  return (check?.reads ?? []).map((pointer) => ({ path: fieldsOf(pointer), deep: true }));
}
