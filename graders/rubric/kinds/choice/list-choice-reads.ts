import { fieldAt, listTargetReads, type FieldRead } from '../target-reads';
import type { ChoiceCriterion } from './choice-criterion';

/** A `choice` reads its target and, whole, each item's `distinctBy` fields, decision, `when` conditions and reason. */
export function listChoiceReads(criterion: ChoiceCriterion): FieldRead[] {
  const fields = [...criterion.distinctBy];
  if (criterion.decision) fields.push(criterion.decision.field, ...criterion.decision.when.map((rule) => rule.field));
  if (criterion.reason) fields.push(criterion.reason.field);
  return [
    ...listTargetReads(criterion),
    ...fields.map((field) => ({ path: fieldAt(criterion.at, field), deep: true })),
  ];
}
