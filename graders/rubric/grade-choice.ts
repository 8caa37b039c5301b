/** Grades a `choice` criterion: the decision and its reason together. */
import { readOwn, appendPointer } from '../json-pointer';
import type { ChoiceCriterion } from '../schemas/criteria/choice-criterion';
import type { CriterionOutcome } from './criterion-outcome';
import { deepInput } from './grading-input';
import { describeWhere, selectTargets } from './select-targets';
import { describePointer } from '../json-pointer';

/** Right decision and accepted reason: 1; right decision otherwise: `decisionCredit`; wrong decision: 0. */
export function gradeChoice(criterion: ChoiceCriterion, answer: unknown): CriterionOutcome {
  const selection = selectTargets(answer, criterion.at, criterion.where);
  const target = selection.targets[0];
  if (target === undefined) {
    const details =
      criterion.where === undefined || !selection.found
        ? [{ id: 'rubric.nothing-at' as const, params: { path: describePointer(criterion.at) } }]
        : [
            {
              id: 'rubric.no-match' as const,
              params: { path: describePointer(criterion.at), where: describeWhere(criterion.where) },
            },
          ];
    return { fraction: 0, details, looked: [criterion.at], inputs: selection.inputs };
  }
  const decisionPointer = appendPointer(target.pointer, criterion.decision.field);
  const reasonPointer = appendPointer(target.pointer, criterion.reason.field);
  const inputs = [...selection.inputs, deepInput(decisionPointer), deepInput(reasonPointer)];
  const decision = readOwn(target.value, criterion.decision.field);
  const reason = readOwn(target.value, criterion.reason.field);

  if (typeof decision !== 'string' || !criterion.decision.correct.includes(decision)) {
    const chosen = typeof decision === 'string' ? decision : 'nothing';
    const note =
      typeof decision === 'string' && Object.hasOwn(criterion.decision.wrong, decision)
        ? criterion.decision.wrong[decision]
        : undefined;
    return {
      fraction: 0,
      details: [{ id: 'choice.wrong-decision', params: { chosen, detail: note ?? '' }, pointer: decisionPointer }],
      looked: [decisionPointer],
      inputs,
    };
  }
  if (typeof reason === 'string' && criterion.reason.accepted.includes(reason)) {
    return { fraction: 1, details: [], looked: [decisionPointer, reasonPointer], inputs };
  }
  if (typeof reason !== 'string') {
    return {
      fraction: criterion.decisionCredit,
      details: [
        { id: 'choice.missing-reason', params: { decision, field: criterion.reason.field }, pointer: target.pointer },
      ],
      looked: [decisionPointer],
      inputs,
    };
  }
  const note = Object.hasOwn(criterion.reason.wrong, reason) ? criterion.reason.wrong[reason] : undefined;
  return {
    fraction: criterion.decisionCredit,
    details: [{ id: 'choice.wrong-reason', params: { decision, reason, detail: note ?? '' }, pointer: reasonPointer }],
    looked: [decisionPointer, reasonPointer],
    inputs,
  };
}
