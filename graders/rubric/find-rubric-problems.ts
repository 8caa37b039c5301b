/**
 * The rubric's self-check: an exercise's rubric read against its answer schema, so a typo never fails silently. Each
 * criterion is checked by its kind (find-<kind>-problems.ts in graders/rubric/kinds/<kind>/, listed in
 * kinds/authored-kinds.ts; the rules the kinds share are in kinds/target-problems.ts). Problems come back as
 * `rubric[2].decision: …`, ready to be prefixed with the file.
 */
import { authoredKindOf } from './kinds/authored-kinds';
import type { Criterion } from './kinds/registry';

/** Every problem of `rubric` against `answerSchema`; empty when the rubric can be trusted. */
export function findRubricProblems(answerSchema: object, rubric: readonly Criterion[]): string[] {
  return rubric.flatMap((criterion, index) =>
    authoredKindOf(criterion).findProblems(criterion, answerSchema, `rubric[${index}]`),
  );
}
