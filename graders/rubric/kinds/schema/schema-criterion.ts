import { z } from 'zod';
import { targetFields } from '../../../authoring-schema/target';
import { criterionBase } from '../../../authoring-schema/criterion-base';

/**
 * `schema`: the part of the answer at `at` (each item kept by `where`) must match a JSON Schema. All or nothing;
 * the feedback lists each mismatch in the candidate's words. The schema may `$ref` the answer vocabulary.
 */
export const schemaCriterionSchema = z.strictObject({
  kind: z.literal('schema'),
  ...criterionBase,
  ...targetFields,
  /** The JSON Schema (2020-12) the targeted part must match. */
  schema: z.record(z.string(), z.unknown()),
});

export type SchemaCriterion = z.infer<typeof schemaCriterionSchema>;
