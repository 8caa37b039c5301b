/** The rubric self-check of a `check` criterion: the custom check is registered, its params fit, what it reads exists. */
import { findCheck } from '../../../custom-checks/registry';
import { valuesAt } from '../../../json-schema/values-at';
import { toSchemaTokens } from '../target-problems';
import type { CheckCriterion } from './check-criterion';

export function findCheckProblems(criterion: CheckCriterion, schema: object, where: string): string[] {
  const check = findCheck(criterion.check);
  if (check === undefined) return [`${where}.check: no check is registered as "${criterion.check}"`];
  const problems: string[] = [];
  const paramsProblem = check.findParamsProblem(criterion.params);
  if (paramsProblem !== undefined) problems.push(`${where}.params: ${paramsProblem}`);
  for (const read of check.reads)
    if (valuesAt(schema, toSchemaTokens(read)).kind === 'absent')
      problems.push(`${where}.check: "${criterion.check}" reads \`${read}\`, which this answer schema does not have`);
  return problems;
}
