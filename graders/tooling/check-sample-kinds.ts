/**
 * An exercise must show it was tried with every kind of answer its rubric can misjudge: a wrong deciding reason where
 * it grades reasons, reasons swapped between items where two items have different deciding reasons, both deciding
 * reasons given where a reason accepts several, and its decisive mistake where it declares one. Which kinds apply is
 * read from the rubric, so a new reason-graded criterion asks for its samples without anyone remembering to.
 */
import { join } from 'node:path';
import type { Criterion } from '../authoring-schema/criterion';
import type { ChoiceCriterion } from '../rubric/kinds/choice/choice-criterion';
import { isPlainObject } from '../is-plain-object';
import type { SampleKind } from '../authoring-schema/sample';
import { createProblem, type ContentProblem } from './content-problem';
import type { SampleFile } from './read-sample';

/** A kind of sample the exercise needs, and what in its rubric makes it needed. */
export interface RequiredKind {
  kind: SampleKind;
  because: string;
}

type ReasonCriterion = ChoiceCriterion & { reason: NonNullable<ChoiceCriterion['reason']> };

const hasReason = (criterion: Criterion): criterion is ReasonCriterion =>
  criterion.kind === 'choice' && criterion.reason !== undefined;

/**
 * Whether `other`'s field can hold a reason that `criterion` accepts and `other` does not: a reason `other` classifies
 * as wrong, a red flag or neutral. Reasons from different lists (a wiring reason, a recovery step) cannot be swapped.
 */
function canTakeReasonOf(other: ReasonCriterion, criterion: ReasonCriterion): boolean {
  const { right, wrong, neutral } = other.reason;
  const classified = new Set([...wrong.map((entry) => entry.value), ...neutral]);
  return criterion.reason.right.some((reason) => !right.includes(reason) && classified.has(reason));
}

/** Whether a criterion declares anything that fails the answer outright: a red flag anywhere in it, or `essential`. */
function declaresDecisiveMistake(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(declaresDecisiveMistake);
  if (!isPlainObject(value)) return false;
  return Object.entries(value).some(
    ([key, inner]) =>
      (key === 'essential' && inner === true) ||
      (key === 'redFlag' && typeof inner === 'string') ||
      declaresDecisiveMistake(inner),
  );
}

const quoted = (criteria: readonly Criterion[]): string => criteria.map((criterion) => `"${criterion.id}"`).join(', ');

/** `one` after a single criterion, `many` after several: "accepts" or "accept". */
const verb = (criteria: readonly Criterion[], one: string, many: string): string =>
  criteria.length === 1 ? one : many;

/** The sample kinds the rubric calls for, each with the criteria that call for it. */
export function requiredSampleKinds(rubric: readonly Criterion[]): RequiredKind[] {
  const required: RequiredKind[] = [
    { kind: 'valid-alternative', because: 'every exercise is tried with a right answer unlike the model' },
  ];
  const reasoned = rubric.filter(hasReason);
  if (reasoned.length > 0)
    required.push({
      kind: 'wrong-reason',
      because: `${quoted(reasoned)} ${verb(reasoned, 'grades', 'grade')} a deciding reason`,
    });
  const swappable = reasoned.filter((criterion) =>
    reasoned.some((other) => other !== criterion && canTakeReasonOf(other, criterion)),
  );
  if (swappable.length > 0)
    required.push({
      kind: 'swapped-reasons',
      because: `${quoted(swappable)} each accept a reason another of them grades as not deciding, so a reason can be right on the wrong item`,
    });
  const several = reasoned.filter((criterion) => criterion.reason.right.length > 1);
  if (several.length > 0)
    required.push({
      kind: 'both-reasons',
      because: `${quoted(several)} ${verb(several, 'accepts', 'accept')} more than one deciding reason`,
    });
  const decisive = rubric.filter(declaresDecisiveMistake);
  if (decisive.length > 0)
    required.push({
      kind: 'red-flag',
      because: `${quoted(decisive)} ${verb(decisive, 'declares a red flag or is', 'declare a red flag or are')} essential`,
    });
  return required;
}

/** A problem, at the samples folder, for each kind the rubric calls for that no sample is. */
export function checkSampleKinds(
  folder: string,
  rubric: readonly Criterion[],
  samples: readonly SampleFile[],
): ContentProblem[] {
  const written = new Set(samples.map((file) => file.sample.kind));
  return requiredSampleKinds(rubric)
    .filter((required) => !written.has(required.kind))
    .map((required) =>
      createProblem(
        join(folder, 'samples'),
        { line: 1, column: 1 },
        `no sample of kind \`${required.kind}\`: ${required.because}; add one (a ${required.kind === 'valid-alternative' || required.kind === 'both-reasons' ? 'pass-*' : 'fail-*'} file with \`kind: ${required.kind}\` in its header)`,
      ),
    );
}
