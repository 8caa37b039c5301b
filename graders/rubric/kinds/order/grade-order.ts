/** Grades an `order` criterion: precedence pairs, members that must and must not appear. */
import type { OrderCriterion } from './order-criterion';
import type { Catalogue } from '../../../feedback/catalogue';
import type { Message } from '../../../feedback/message';
import { raiseRedFlag, type CriterionOutcome, type OutcomeFlag } from '../../criterion-outcome';
import { memberInputs } from '../../grading-input';
import { collectMembers, describeMemberPath, selectTargets } from '../../select-targets';

/**
 * A broken pair fails the criterion: putting the hot path before the painful module is the mistake the order
 * exists to catch, not a small deduction. Otherwise one unit of credit per present `right` member and per absent
 * `wrong` member, so any order consistent with the pairs earns full marks. An empty list earns nothing when some
 * members are right.
 */
export function gradeOrder(criterion: OrderCriterion, answer: unknown): CriterionOutcome {
  const selection = selectTargets(answer, criterion.at, criterion.where);
  const members = collectMembers(selection.targets, criterion.pick);
  const position = new Map<string, { index: number; pointer: string }>();
  const atIsList = selection.targets.length !== 1 || Array.isArray(selection.targets[0]?.value);
  const path = describeMemberPath(criterion.at, criterion.where, criterion.pick, atIsList);
  const details: Message<Catalogue>[] = [];
  const flags: OutcomeFlag[] = [];
  members.forEach((member, index) => {
    if (position.has(member.value))
      details.push({ id: 'order.duplicate', params: { item: member.value }, pointer: member.pointer });
    else position.set(member.value, { index, pointer: member.pointer });
  });

  let brokenPairs = 0;
  for (const pair of criterion.pairs) {
    const before = position.get(pair.before);
    const after = position.get(pair.after);
    if (before === undefined && after === undefined) continue;
    if (before !== undefined && (after === undefined || before.index < after.index)) continue;
    brokenPairs++;
    const pointer = after?.pointer ?? criterion.at;
    const params = { before: pair.before, after: pair.after, detail: pair.why ?? '' };
    details.push({ id: before === undefined ? 'order.before-missing' : 'order.before', params, pointer });
    if (pair.redFlag !== undefined) flags.push(raiseRedFlag(pair.redFlag, pair.why, pointer));
  }
  let units = 0;
  let earned = 0;
  for (const member of criterion.right) {
    units++;
    if (position.has(member.value)) earned++;
    else details.push({ id: 'order.missing', params: { item: member.value, path, detail: member.why ?? '' } });
  }
  for (const member of criterion.wrong) {
    units++;
    const found = position.get(member.value);
    if (found === undefined) earned++;
    else {
      details.push({
        id: 'order.forbidden',
        params: { item: member.value, path, detail: member.why ?? '' },
        pointer: found.pointer,
      });
      if (member.redFlag !== undefined)
        flags.push(raiseRedFlag(member.redFlag, member.why, found.pointer, member.takeaway));
    }
  }
  // An empty list decides nothing, so members it merely leaves out earn nothing either; and when no constraint
  // applies at all (an empty list, nothing required) there is nothing to fault.
  const credit = members.length === 0 && criterion.right.length > 0 ? 0 : units === 0 ? 1 : earned / units;
  return {
    fraction: brokenPairs > 0 ? 0 : credit,
    details,
    flags,
    looked: selection.targets.map((target) => target.pointer),
    inputs: [...selection.inputs, ...memberInputs(selection.targets, criterion.pick)],
  };
}
