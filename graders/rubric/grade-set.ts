/** Grades a `set` criterion: required and forbidden members, order ignored, with precision/recall credit. */
import { describePointer } from '../json-pointer';
import type { SetCriterion } from '../schemas/criteria/set-criterion';
import type { CriterionOutcome, OutcomeDetail } from './criterion-outcome';
import { collectMembers, describeMemberPath, describeWhere, selectTargets } from './select-targets';

/**
 * Credit is the F1 score of recall (required members present, out of `enough` or all of them) and precision
 * (required members among the required and forbidden ones present). Neutral members cost nothing, so naming an
 * extra consumer that is neither right nor wrong is not punished.
 */
export function gradeSet(criterion: SetCriterion, answer: unknown): CriterionOutcome {
  const selection = selectTargets(answer, criterion.at, criterion.where);
  const members = collectMembers(selection.targets, criterion.pick);
  const present = new Map<string, string>();
  for (const member of members) if (!present.has(member.value)) present.set(member.value, member.pointer);
  const path = describeMemberPath(criterion.at, criterion.where, criterion.pick);
  const details: OutcomeDetail[] = [];

  const noMatch = selection.targets.length === 0 && criterion.where !== undefined && selection.found;
  if (noMatch && criterion.where !== undefined) {
    details.push({
      id: 'rubric.no-match',
      params: { path: describePointer(criterion.at), where: describeWhere(criterion.where) },
    });
  }
  let requiredHits = 0;
  for (const member of criterion.required) {
    if (present.has(member.value)) requiredHits++;
    else if (!noMatch)
      details.push({ id: 'set.missing', params: { item: member.value, path, detail: member.why ?? '' } });
  }
  let forbiddenHits = 0;
  for (const member of criterion.forbidden) {
    const pointer = present.get(member.value);
    if (pointer === undefined) continue;
    forbiddenHits++;
    details.push({ id: 'set.forbidden', params: { item: member.value, path, detail: member.why ?? '' }, pointer });
  }

  const needed = Math.min(criterion.enough ?? criterion.required.length, criterion.required.length);
  const recall = needed === 0 ? 1 : Math.min(1, requiredHits / needed);
  const graded = requiredHits + forbiddenHits;
  const precision = graded === 0 ? (criterion.required.length === 0 ? 1 : 0) : requiredHits / graded;
  const fraction = recall + precision === 0 ? 0 : (2 * recall * precision) / (recall + precision);
  // Once `enough` required members are there, the others are not missing any more.
  const shown = recall === 1 ? details.filter((detail) => detail.id !== 'set.missing') : details;
  return {
    fraction,
    details: shown,
    looked: selection.targets.map((target) => target.pointer),
    inputs: selection.inputs,
  };
}
