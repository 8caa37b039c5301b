/**
 * The rubric self-check of a `choice` criterion: its target, the fields it reads, every decision and reason value it
 * can meet classified, and a value right only under a `when` condition listed as wrong for when it does not hold.
 */
import { isListAt } from '../../../json-schema/values-at';
import { findFieldProblems, findTargetProblems, findValueProblems, toSchemaTokens } from '../target-problems';
import type { ChoiceCriterion } from './choice-criterion';

export function findChoiceProblems(criterion: ChoiceCriterion, schema: object, where: string): string[] {
  const problems: string[] = [];
  const target = findTargetProblems(schema, criterion, where, problems);
  if (target === undefined) return problems;
  const { item } = target;
  for (const field of criterion.distinctBy)
    findFieldProblems(schema, [...item, field], `${where}.distinctBy`, problems);
  const { decision, reason } = criterion;
  if (decision) {
    const path = [...item, decision.field];
    const named = [
      ...decision.right,
      ...decision.when.flatMap((rule) => rule.right),
      ...decision.wrong.map((entry) => entry.value),
      ...decision.neutral,
    ];
    findValueProblems(schema, path, named, `${where}.decision`, problems, { classify: true });
    const onlyUnderCondition = decision.when
      .flatMap((rule) => rule.right)
      .filter((value) => !decision.right.includes(value) && !decision.wrong.some((entry) => entry.value === value));
    for (const value of new Set(onlyUnderCondition))
      problems.push(
        `${where}.decision.wrong: "${value}" is right only under a \`when\` condition; list it in \`wrong\` with why, for when that condition does not hold`,
      );
    decision.when.forEach((rule, index) => {
      const condition = rule.field.startsWith('/') ? toSchemaTokens(rule.field) : [...item, rule.field];
      findValueProblems(schema, condition, rule.is, `${where}.decision.when[${index}].is`, problems);
    });
  }
  if (reason) {
    // A reason may be a list of codes where several reasons can decide: its values are its entries'.
    const field = [...item, reason.field];
    const path = isListAt(schema, field) ? [...field, '*'] : field;
    const named = [...reason.right, ...reason.wrong.map((entry) => entry.value), ...reason.neutral];
    findValueProblems(schema, path, named, `${where}.reason`, problems, { classify: true });
  }
  return problems;
}
