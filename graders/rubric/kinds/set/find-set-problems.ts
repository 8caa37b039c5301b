/** The rubric self-check of a `set` criterion: its target, and every value its list can hold classified. */
import { findTargetProblems, findValueProblems, memberTokens } from '../target-problems';
import type { SetCriterion } from './set-criterion';

export function findSetProblems(criterion: SetCriterion, schema: object, where: string): string[] {
  const problems: string[] = [];
  const target = findTargetProblems(schema, criterion, where, problems);
  if (target === undefined) return problems;
  const named = [...criterion.right, ...criterion.wrong].map((member) => member.value).concat(criterion.neutral);
  const label = `${where}${criterion.pick === undefined ? '' : '.pick'}`;
  findValueProblems(schema, memberTokens(schema, target.at, criterion.pick), named, label, problems, {
    classify: true,
  });
  return problems;
}
