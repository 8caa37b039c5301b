import type { ValidateFunction } from 'ajv';
import type { Criterion } from '../authoring-schema/criterion';
import { kindOf } from '../rubric/kinds/registry';
import { createAjv } from './create-ajv';

/**
 * An exercise's schemas, compiled: the answer schema and each criterion's own JSON Schema (its kind's `jsonSchemaOf`,
 * as a `schema` criterion has), by criterion id.
 */
export interface CompiledSchemas {
  validateAnswer: ValidateFunction;
  criterionValidators: ReadonlyMap<string, ValidateFunction>;
}

interface CacheEntry {
  answerSchema: object;
  rubric: readonly Criterion[];
  compiled: CompiledSchemas;
}

// Compiling costs milliseconds and grading microseconds, so each exercise is compiled once. The entry also
// remembers the objects it was compiled from: a new schema object under the same id (a dev reload) recompiles.
const cache = new Map<string, CacheEntry>();

/** Compiles (or returns the cached) schemas of an exercise. Throws when a schema is invalid: the exercise's fault. */
export function compileExercise(id: string, answerSchema: object, rubric: readonly Criterion[]): CompiledSchemas {
  const cached = cache.get(id);
  if (cached && cached.answerSchema === answerSchema && cached.rubric === rubric) return cached.compiled;
  const ajv = createAjv();
  const validateAnswer = ajv.compile(answerSchema);
  const criterionValidators = new Map<string, ValidateFunction>();
  for (const criterion of rubric) {
    const own = kindOf(criterion).jsonSchemaOf?.(criterion);
    if (own !== undefined) criterionValidators.set(criterion.id, ajv.compile(own.schema));
  }
  const compiled = { validateAnswer, criterionValidators };
  cache.set(id, { answerSchema, rubric, compiled });
  return compiled;
}
