/** The rubric self-check of an `order` criterion: its target, and every value its list can hold classified. */
import { findTargetProblems, findValueProblems, memberTokens } from '../target-problems';
import type { OrderCriterion } from './order-criterion';

export function findOrderProblems(criterion: OrderCriterion, schema: object, where: string): string[] {
  const problems: string[] = [];
  const target = findTargetProblems(schema, criterion, where, problems);
  if (target === undefined) return problems;
  const named = [
    ...criterion.pairs.flatMap((pair) => [pair.before, pair.after]),
    ...[...criterion.right, ...criterion.wrong].map((member) => member.value),
    ...criterion.neutral,
  ];
  const label = `${where}${criterion.pick === undefined ? '' : '.pick'}`;
  findValueProblems(schema, memberTokens(schema, target.at, criterion.pick), named, label, problems, {
    classify: true,
  });
  return problems;
}
