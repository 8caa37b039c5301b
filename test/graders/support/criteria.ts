/** Builds criteria for tests through the real zod schema, so defaults are applied as in an exercise. */
import { criterionSchema, type Criterion } from '../../../graders/authoring-schema/criterion';

const base = {
  takeaway: 'microservices.sync-vs-async',
  points: 4,
  title: 'A criterion under test.',
  feedback: { pass: 'Well done.', fail: 'Not yet.' },
};

/** Parses a criterion of the given kind, with `id: 'c'` and the common fields filled in. */
export function makeCriterion<K extends Criterion['kind']>(
  kind: K,
  fields: Record<string, unknown>,
): Extract<Criterion, { kind: K }> {
  return criterionSchema.parse({ kind, id: 'c', ...base, ...fields }) as Extract<Criterion, { kind: K }>;
}
