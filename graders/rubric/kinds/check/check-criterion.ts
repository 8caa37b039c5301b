import { z } from 'zod';
import { criterionBase } from '../../../authoring-schema/criterion-base';

/**
 * `check`: the escape hatch for what the declarative kinds cannot say. Names a pure TypeScript check registered in
 * graders/custom-checks/, with the parameters that check declares (validated against the check's own schema).
 */
export const checkCriterionSchema = z.strictObject({
  kind: z.literal('check'),
  ...criterionBase,
  /** The registered check's id, e.g. `one-owner-per-store`. */
  check: z.string().min(1),
  /** Parameters for the check; see its definition in graders/custom-checks/. */
  params: z.record(z.string(), z.unknown()).default({}),
});

export type CheckCriterion = z.infer<typeof checkCriterionSchema>;
