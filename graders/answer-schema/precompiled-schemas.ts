/** Reads a module printed by print-validator-module.ts (and bundled by the site) as an exercise's compiled schemas. */
import type { ValidateFunction } from 'ajv';
import type { CompiledSchemas } from './compile-exercise';

/** What a printed validator module exports. */
export interface PrecompiledValidators {
  answer: ValidateFunction;
  criteria: Readonly<Record<string, ValidateFunction>>;
}

/** The printed validators in the shape the grading pipeline takes (`gradeAnswer`). */
export function toCompiledSchemas(module: PrecompiledValidators): CompiledSchemas {
  return { validateAnswer: module.answer, criterionValidators: new Map(Object.entries(module.criteria)) };
}
