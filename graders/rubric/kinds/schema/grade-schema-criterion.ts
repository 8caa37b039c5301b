/** Grades a `schema` criterion: each targeted part must match the criterion's JSON Schema. */
import type { ValidateFunction } from 'ajv';
import type { CompiledSchemas } from '../../../answer-schema/compile-exercise';
import { engineMessages } from '../../../feedback/engine-messages';
import { fillMessage } from '../../../feedback/fill-message';
import { wordSchemaErrors } from '../../../answer-schema/word-schema-errors';
import type { SchemaCriterion } from './schema-criterion';
import type { Catalogue } from '../../../feedback/catalogue';
import type { Message } from '../../../feedback/message';
import type { CriterionOutcome } from '../../criterion-outcome';
import { deepInput } from '../../grading-input';
import { describeEmptySelection, selectTargets } from '../../select-targets';

/** All or nothing: every target matches, or the criterion fails with each mismatch worded. */
export function gradeSchemaCriterion(
  criterion: SchemaCriterion,
  answer: unknown,
  validate: ValidateFunction,
): CriterionOutcome {
  const selection = selectTargets(answer, criterion.at, criterion.where);
  const looked = selection.targets.map((target) => target.pointer);
  if (selection.targets.length === 0) {
    const details = describeEmptySelection(criterion.at, criterion.where, selection);
    return { fraction: 0, details, looked: [criterion.at], inputs: selection.inputs };
  }
  const details: Message<Catalogue>[] = [];
  for (const target of selection.targets) {
    if (validate(target.value)) continue;
    for (const issue of wordSchemaErrors(validate.errors ?? [], target.value, target.pointer)) {
      if (issue.messageId === 'schema.not-allowed' && issue.mark.pointer === target.pointer) {
        details.push({
          id: 'schema-criterion.ruled-out',
          params: { path: issue.params['path'] },
          pointer: target.pointer,
        });
        continue;
      }
      details.push({
        id: 'schema-criterion.mismatch',
        // Worded from the engine's own messages, not the catalogue, which this kind's messages are part of.
        params: { problem: fillMessage(engineMessages[issue.messageId], issue.params).text },
        pointer: issue.mark.pointer,
      });
    }
  }
  // The targets are read whole: every field of them is what the schema judges.
  const inputs = [...selection.inputs, ...selection.targets.map((target) => deepInput(target.pointer))];
  return { fraction: details.length === 0 ? 1 : 0, details, looked, inputs };
}

/** Grades with the criterion's validator, compiled with the exercise; a missing one is the exercise's fault. */
export function gradeCompiledSchemaCriterion(
  criterion: SchemaCriterion,
  answer: unknown,
  schemas: CompiledSchemas,
): CriterionOutcome {
  const validate = schemas.criterionValidators.get(criterion.id);
  if (validate === undefined)
    return {
      fraction: 0,
      details: [{ id: 'rubric.exercise-broken', params: { problem: 'its schema was not compiled' } }],
      looked: [],
      inputs: [],
    };
  return gradeSchemaCriterion(criterion, answer, validate);
}
