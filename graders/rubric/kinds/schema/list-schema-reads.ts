import { fieldsOf, listTargetReads, type FieldRead } from '../target-reads';
import type { SchemaCriterion } from './schema-criterion';

/** A `schema` criterion reads its target whole: every field of it is what the schema judges. */
export function listSchemaReads(criterion: SchemaCriterion): FieldRead[] {
  return [...listTargetReads(criterion), { path: fieldsOf(criterion.at), deep: true }];
}
