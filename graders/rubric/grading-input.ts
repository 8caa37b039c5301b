/**
 * The rule for grading an answer that fails its schema: a criterion is graded when no schema error concerns its
 * inputs, and "not graded" otherwise. Inputs are exactly the fields a criterion reads. A deep input (a value read
 * whole) is concerned by errors at it, above it or inside it; a shallow input (a list or item whose contents are
 * judged field by field) only by errors at it or above it, so a typo in one call does not block a criterion about
 * another, and a long note does not block a criterion that never reads notes. A `*` token matches any one token,
 * so a check can name the `dataStores` of every service: `/services/*` followed by `/dataStores`.
 */
import { appendPointer, splitPointer } from '../json-schema/json-pointer';
import type { Target } from './select-targets';

/** A part of the answer a criterion's result depends on. */
export interface GradingInput {
  pointer: string;
  deep: boolean;
}

/** An input read whole. */
export function deepInput(pointer: string): GradingInput {
  return { pointer, deep: true };
}

/** An input whose own shape matters but whose contents are judged item by item. */
export function shallowInput(pointer: string): GradingInput {
  return { pointer, deep: false };
}

/** The inputs of a list of names: each target read whole, or with `pick` only that field of each item. */
export function memberInputs(targets: readonly Target[], pick: string | undefined): GradingInput[] {
  if (pick === undefined) return targets.map((target) => deepInput(target.pointer));
  return targets.flatMap((target) =>
    Array.isArray(target.value)
      ? target.value.map((_item: unknown, index) =>
          deepInput(appendPointer(appendPointer(target.pointer, index), pick)),
        )
      : [deepInput(appendPointer(target.pointer, pick))],
  );
}

/** Whether a schema error at `errorPointer` concerns `input`. */
export function isInputConcerned(input: GradingInput, errorPointer: string): boolean {
  const inputTokens = splitPointer(input.pointer);
  const errorTokens = splitPointer(errorPointer);
  const shared = Math.min(inputTokens.length, errorTokens.length);
  for (let index = 0; index < shared; index++) {
    if (inputTokens[index] !== '*' && inputTokens[index] !== errorTokens[index]) return false;
  }
  // The error is at or above the input: always a concern. Below it: only for an input read whole.
  return errorTokens.length <= inputTokens.length || input.deep;
}
