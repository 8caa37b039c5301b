/** Grades an `order` criterion: precedence pairs, members that must and must not appear. */
import type { OrderCriterion } from '../schemas/criteria/order-criterion';
import type { CriterionOutcome, OutcomeDetail } from './criterion-outcome';
import { collectMembers, describeMemberPath, selectTargets } from './select-targets';

/**
 * One unit of credit per respected pair (a pair counts once either member is listed), per present `mustAppear`
 * member and per absent `mustNotAppear` member. Any order consistent with the pairs therefore earns full marks.
 * An empty list earns nothing when members are required.
 */
export function gradeOrder(criterion: OrderCriterion, answer: unknown): CriterionOutcome {
  const selection = selectTargets(answer, criterion.at, criterion.where);
  const members = collectMembers(selection.targets, criterion.pick);
  const position = new Map<string, { index: number; pointer: string }>();
  const path = describeMemberPath(criterion.at, criterion.where, criterion.pick);
  const details: OutcomeDetail[] = [];
  members.forEach((member, index) => {
    if (position.has(member.value))
      details.push({ id: 'order.duplicate', params: { item: member.value }, pointer: member.pointer });
    else position.set(member.value, { index, pointer: member.pointer });
  });

  let units = 0;
  let earned = 0;
  for (const pair of criterion.pairs) {
    const before = position.get(pair.before);
    const after = position.get(pair.after);
    if (before === undefined && after === undefined) continue;
    units++;
    if (before !== undefined && (after === undefined || before.index < after.index)) earned++;
    else if (before === undefined)
      details.push({
        id: 'order.before-missing',
        params: { before: pair.before, after: pair.after, detail: pair.why ?? '' },
        pointer: after?.pointer ?? criterion.at,
      });
    else
      details.push({
        id: 'order.before',
        params: { before: pair.before, after: pair.after, detail: pair.why ?? '' },
        pointer: after?.pointer ?? criterion.at,
      });
  }
  for (const member of criterion.mustAppear) {
    units++;
    if (position.has(member.value)) earned++;
    else details.push({ id: 'order.missing', params: { item: member.value, path, detail: member.why ?? '' } });
  }
  for (const member of criterion.mustNotAppear) {
    units++;
    const found = position.get(member.value);
    if (found === undefined) earned++;
    else
      details.push({
        id: 'order.forbidden',
        params: { item: member.value, path, detail: member.why ?? '' },
        pointer: found.pointer,
      });
  }
  // An empty list decides nothing, so members it merely leaves out earn nothing either; and when no constraint
  // applies at all (an empty list, nothing required) there is nothing to fault.
  const fraction = members.length === 0 && criterion.mustAppear.length > 0 ? 0 : units === 0 ? 1 : earned / units;
  return { fraction, details, looked: selection.targets.map((target) => target.pointer), inputs: selection.inputs };
}
