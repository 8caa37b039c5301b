/** The rubric self-check of a `schema` criterion: its target (its own JSON Schema is compiled, and checked, by ajv). */
import { findTargetProblems } from '../target-problems';
import type { SchemaCriterion } from './schema-criterion';

export function findSchemaProblems(criterion: SchemaCriterion, schema: object, where: string): string[] {
  const problems: string[] = [];
  findTargetProblems(schema, criterion, where, problems);
  return problems;
}
