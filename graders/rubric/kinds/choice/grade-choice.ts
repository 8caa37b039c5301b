/** Grades a `choice` criterion: the decision and its reason together, on every item selected. */
import { joinWords } from '../../../feedback/join-words';
import { appendPointer, describePointer, readOwn, resolvePointer } from '../../../json-schema/json-pointer';
import type { ChoiceCriterion } from './choice-criterion';
import type { ClassifiedValue } from '../../../authoring-schema/feedback';
import type { Catalogue } from '../../../feedback/catalogue';
import type { Message } from '../../../feedback/message';
import { raiseRedFlag, type CriterionOutcome, type OutcomeFlag } from '../../criterion-outcome';
import { deepInput, type GradingInput } from '../../grading-input';
import { describeEmptySelection, selectTargets, type Target } from '../../select-targets';

type Decision = NonNullable<ChoiceCriterion['decision']>;

/** What one selected item earned. */
interface ItemGrade {
  fraction: number;
  details: Message<Catalogue>[];
  flags: OutcomeFlag[];
  looked: string[];
}

/**
 * Every selected item is graded: right decision and right reason 1, right decision otherwise `decisionCredit`,
 * wrong decision 0. The criterion earns the lowest of them (`match: every`) or the highest (`match: any`), and
 * nothing at all when items that are the same thing disagree.
 */
export function gradeChoice(criterion: ChoiceCriterion, answer: unknown): CriterionOutcome {
  const selection = selectTargets(answer, criterion.at, criterion.where);
  const inputs: GradingInput[] = [...selection.inputs];
  for (const target of selection.targets) {
    for (const field of readFields(criterion))
      inputs.push(deepInput(field.startsWith('/') ? field : appendPointer(target.pointer, field)));
  }
  if (selection.targets.length === 0) {
    if (criterion.ifNone === 'pass') return { fraction: 1, details: [], looked: [criterion.at], inputs };
    const details = describeEmptySelection(criterion.at, criterion.where, selection);
    return { fraction: 0, details, looked: [criterion.at], inputs };
  }

  const contradictions = findContradictions(criterion, selection.targets);
  const grades = selection.targets.map((target) => gradeItem(criterion, answer, target));
  const fractions = grades.map((item) => item.fraction);
  // A fold, not Math.max(...list): an answer may select more items than a call's arguments can hold.
  const best = fractions.reduce((a, b) => (criterion.match === 'any' ? Math.max(a, b) : Math.min(a, b)));
  // With `any`, the right item stands on its own: the others' notes (and red flags) are about something else.
  const shown = criterion.match === 'any' && best > 0 ? grades.filter((item) => item.fraction === best) : grades;
  return {
    fraction: contradictions.length > 0 ? 0 : best,
    details: [...contradictions.map((flag) => flag.message), ...shown.flatMap((item) => item.details)],
    flags: [...contradictions, ...shown.flatMap((item) => item.flags)],
    looked: grades.flatMap((item) => item.looked),
    graded: grades.flatMap((item) =>
      item.looked.map((pointer) => ({ pointer, fraction: contradictions.length > 0 ? 0 : item.fraction })),
    ),
    inputs,
  };
}

/** The fields of each item the criterion reads: the decision, the reason and the conditions on the decision. */
function readFields(criterion: ChoiceCriterion): string[] {
  const fields = new Set<string>(criterion.distinctBy);
  if (criterion.decision) {
    fields.add(criterion.decision.field);
    for (const rule of criterion.decision.when) fields.add(rule.field);
  }
  if (criterion.reason) fields.add(criterion.reason.field);
  return [...fields];
}

/** A field of the item, or (written as a pointer) a value anywhere in the answer. */
function readCondition(answer: unknown, item: unknown, field: string): unknown {
  return field.startsWith('/') ? resolvePointer(answer, field) : readOwn(item, field);
}

/** The values right for this item: the first `when` rule whose condition holds, else `right`. */
function rightDecisions(decision: Decision, answer: unknown, item: unknown): readonly string[] {
  for (const rule of decision.when) {
    const value = readCondition(answer, item, rule.field);
    if (typeof value === 'string' && rule.is.includes(value)) return rule.right;
  }
  return decision.right;
}

function gradeItem(criterion: ChoiceCriterion, answer: unknown, target: Target): ItemGrade {
  const flags: OutcomeFlag[] = [];
  let decided: string | undefined;
  const { decision: decisionRule, reason: reasonRule } = criterion;
  if (decisionRule) {
    const pointer = appendPointer(target.pointer, decisionRule.field);
    const decision = readOwn(target.value, decisionRule.field);
    if (typeof decision !== 'string' || !rightDecisions(decisionRule, answer, target.value).includes(decision)) {
      const chosen = typeof decision === 'string' ? decision : 'nothing';
      const entry = typeof decision === 'string' ? findEntry(decisionRule.wrong, decision) : undefined;
      const note = entry?.why;
      const flag = entry?.redFlag;
      if (flag !== undefined) flags.push(raiseRedFlag(flag, note, pointer, entry?.takeaway));
      return {
        fraction: 0,
        details: [{ id: 'choice.wrong-decision', params: { chosen, detail: note ?? '' }, pointer }],
        flags,
        looked: [pointer],
      };
    }
    decided = decision;
  }
  if (!reasonRule) {
    return {
      fraction: 1,
      details: [],
      flags,
      looked: decisionRule ? [appendPointer(target.pointer, decisionRule.field)] : [],
    };
  }

  const reasonPointer = appendPointer(target.pointer, reasonRule.field);
  const reasons = readReasons(readOwn(target.value, reasonRule.field));
  const partial = decisionRule ? criterion.decisionCredit : 0;
  const looked = decisionRule ? [appendPointer(target.pointer, decisionRule.field), reasonPointer] : [reasonPointer];
  if (reasons.length === 0) {
    return {
      fraction: partial,
      details: [
        decided === undefined
          ? {
              id: 'choice.missing-reason-only',
              params: { field: reasonRule.field, item: describePointer(target.pointer) },
              pointer: target.pointer,
            }
          : {
              id: 'choice.missing-reason',
              params: { decision: decided, field: reasonRule.field },
              pointer: target.pointer,
            },
      ],
      flags,
      looked,
    };
  }
  // A list of reasons is graded like a set: a right one earns the credit, a wrong one costs it (listing every
  // reason never pays), a neutral one (true, not deciding) costs nothing, a red-flag one fails the answer.
  const wrong = reasons.filter((reason) => !reasonRule.right.includes(reason) && !reasonRule.neutral.includes(reason));
  if (wrong.length === 0 && reasons.some((reason) => reasonRule.right.includes(reason)))
    return { fraction: 1, details: [], flags, looked };
  const shown = wrong.length > 0 ? wrong : reasons;
  const details: ItemGrade['details'] = [];
  for (const reason of shown) {
    const entry = findEntry(reasonRule.wrong, reason);
    const note = entry?.why;
    const flag = entry?.redFlag;
    if (flag !== undefined) flags.push(raiseRedFlag(flag, note, reasonPointer, entry?.takeaway));
    details.push(
      decided === undefined
        ? {
            id: 'choice.wrong-reason-only',
            params: { reason, item: describePointer(target.pointer), detail: note ?? '' },
            pointer: reasonPointer,
          }
        : {
            id: 'choice.wrong-reason',
            params: { decision: decided, reason, detail: note ?? '' },
            pointer: reasonPointer,
          },
    );
  }
  return { fraction: partial, details, flags, looked };
}

/** The reason codes an item gives: one code, or a list of them (where the question lets several reasons decide). */
function readReasons(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return [...new Set(value.filter((reason): reason is string => typeof reason === 'string'))];
}

/**
 * Items equal on `distinctBy` are the same thing; if they disagree on the decision, the answer says two things at
 * once about it. Two different reasons for the same thing are not a contradiction: each is graded on its own.
 */
function findContradictions(criterion: ChoiceCriterion, targets: readonly Target[]): OutcomeFlag[] {
  const field = criterion.decision?.field;
  if (field === undefined || targets.length < 2) return [];
  const groups = new Map<string, Target[]>();
  for (const target of targets) {
    const key = JSON.stringify(criterion.distinctBy.map((name) => readOwn(target.value, name) ?? null));
    groups.set(key, [...(groups.get(key) ?? []), target]);
  }
  const flags: OutcomeFlag[] = [];
  for (const group of groups.values()) {
    const values = [
      ...new Set(group.map((target) => readOwn(target.value, field)).filter((v) => typeof v === 'string')),
    ];
    if (values.length < 2) continue;
    const first = group[0];
    flags.push({
      kind: 'contradiction',
      message: {
        id: 'choice.contradiction',
        params: {
          items: joinWords(
            group.map((target) => describePointer(target.pointer)),
            (item) => `\`${item}\``,
          ),
          field,
          values: joinWords(values.map(String)),
        },
        ...(first === undefined ? {} : { pointer: first.pointer }),
      },
    });
  }
  return flags;
}

/** What the rubric says about a wrong value, if it names it. */
function findEntry(entries: readonly ClassifiedValue[], value: string): ClassifiedValue | undefined {
  return entries.find((entry) => entry.value === value);
}
