/** Grades a `set` criterion: right and wrong members, order ignored. */
import { joinWords } from '../../../feedback/join-words';
import { describePointer } from '../../../json-schema/json-pointer';
import type { SetCriterion } from './set-criterion';
import type { Catalogue } from '../../../feedback/catalogue';
import type { Message } from '../../../feedback/message';
import { raiseRedFlag, type CriterionOutcome, type OutcomeFlag } from '../../criterion-outcome';
import { memberInputs } from '../../grading-input';
import { collectMembers, describeMemberPath, describeWhere, selectTargets } from '../../select-targets';

/** The name a candidate knows a list by: the last field of its path (`supporting` of `decision[…].supporting`). */
function lastName(path: string): string {
  const open = path.endsWith(']') ? path.lastIndexOf('[') : -1;
  const head = open > 0 ? path.slice(0, open) : path;
  return head.slice(head.lastIndexOf('.') + 1) || path;
}

/** Every string the answer holds, at any depth (bounded, as answers are: see parse/limits.ts). */
function collectStrings(value: unknown, found = new Set<string>(), depth = 0): Set<string> {
  if (typeof value === 'string') found.add(value);
  else if (depth < 64 && Array.isArray(value)) for (const item of value) collectStrings(item, found, depth + 1);
  else if (depth < 64 && value !== null && typeof value === 'object')
    for (const item of Object.values(value)) collectStrings(item, found, depth + 1);
  return found;
}

/**
 * Credit is the recall of right members (out of `enough`, or all of them). A wrong member fails the
 * criterion whatever else is listed, so listing every value never pays; neutral members cost nothing.
 */
export function gradeSet(criterion: SetCriterion, answer: unknown): CriterionOutcome {
  const selection = selectTargets(answer, criterion.at, criterion.where);
  const members = collectMembers(selection.targets, criterion.pick);
  const present = new Map<string, string>();
  for (const member of members) if (!present.has(member.value)) present.set(member.value, member.pointer);
  const atIsList = selection.targets.length !== 1 || Array.isArray(selection.targets[0]?.value);
  const path = describeMemberPath(criterion.at, criterion.where, criterion.pick, atIsList);
  const details: Message<Catalogue>[] = [];
  const flags: OutcomeFlag[] = [];

  const noMatch = selection.targets.length === 0 && criterion.where !== undefined && selection.found;
  if (noMatch && criterion.where !== undefined) {
    details.push({
      id: 'rubric.no-match',
      params: { path: describePointer(criterion.at), where: describeWhere(criterion.where) },
    });
  }
  let wrongHits = 0;
  for (const member of criterion.wrong) {
    const pointer = present.get(member.value);
    if (pointer === undefined) continue;
    wrongHits++;
    details.push({ id: 'set.forbidden', params: { item: member.value, path, detail: member.why ?? '' }, pointer });
    if (member.redFlag !== undefined) flags.push(raiseRedFlag(member.redFlag, member.why, pointer, member.takeaway));
  }
  let rightHits = 0;
  const missing: Message<Catalogue>[] = [];
  for (const member of criterion.right) {
    if (present.has(member.value)) rightHits++;
    else if (!noMatch)
      missing.push({ id: 'set.missing', params: { item: member.value, path, detail: member.why ?? '' } });
  }
  // Every right and every wrong value at once is not an answer but a hedge: the candidate has not decided.
  if (criterion.wrong.length > 0 && wrongHits === criterion.wrong.length && rightHits === criterion.right.length)
    flags.push({
      kind: 'red-flag',
      message: { id: 'set.everything', params: { path }, pointer: selection.targets[0]?.pointer ?? criterion.at },
    });
  const needed = Math.min(criterion.enough ?? criterion.right.length, criterion.right.length);
  const recall = needed === 0 ? 1 : Math.min(1, rightHits / needed);
  // Once `enough` right members are there, the others are not missing any more; until then, any of them will do.
  if (recall < 1 && needed < criterion.right.length && !noMatch) {
    // Never suggest a value the answer already gives elsewhere (as its main reason, say): it cannot count twice.
    const used = collectStrings(answer);
    const absent = criterion.right
      .map((member) => member.value)
      .filter((value) => !present.has(value) && !used.has(value));
    const choices = absent.length === 0 ? '' : `: any of ${joinWords(absent, (item) => `\`${item}\``, 'or')}`;
    details.push({
      id: 'set.missing-some',
      params: { count: needed - rightHits, field: lastName(path), choices },
    });
  } else if (recall < 1) details.push(...missing);
  const wrong = new Set(criterion.wrong.map((member) => member.value));
  const right = new Set(criterion.right.map((member) => member.value));
  return {
    fraction: wrongHits > 0 ? 0 : recall,
    details,
    flags,
    // A member is marked right or wrong as the rubric lists it; a neutral one is not marked.
    graded: members.flatMap((member) =>
      wrong.has(member.value)
        ? [{ pointer: member.pointer, fraction: 0 }]
        : right.has(member.value)
          ? [{ pointer: member.pointer, fraction: 1 }]
          : [],
    ),
    looked: selection.targets.map((target) => target.pointer),
    inputs: [...selection.inputs, ...memberInputs(selection.targets, criterion.pick)],
  };
}
