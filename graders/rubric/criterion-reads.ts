/**
 * What a criterion reads, known from the rubric alone (before any answer): each registered kind says it
 * (list-<kind>-reads.ts in graders/rubric/kinds/<kind>/; the shared rules are in kinds/target-reads.ts).
 */
import { kindOf, type Criterion } from './kinds/registry';
import type { FieldRead } from './kinds/target-reads';

export type { FieldRead } from './kinds/target-reads';

/** Every part of the answer `criterion` reads; a check's are the fields its registered definition declares. */
export function listCriterionReads(criterion: Criterion): FieldRead[] {
  return kindOf(criterion).listReads(criterion);
}
