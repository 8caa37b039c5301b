/** Grades a `schema` criterion: each targeted part must match the criterion's JSON Schema. */
import type { ValidateFunction } from 'ajv';
import { renderMessage } from '../../../feedback/render-message';
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
      details.push({
        id: 'schema-criterion.mismatch',
        params: { problem: renderMessage(issue.messageId, issue.params).text },
        pointer: issue.mark.pointer,
      });
    }
  }
  // The targets are read whole: every field of them is what the schema judges.
  const inputs = [...selection.inputs, ...selection.targets.map((target) => deepInput(target.pointer))];
  return { fraction: details.length === 0 ? 1 : 0, details, looked, inputs };
}
