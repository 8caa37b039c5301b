/**
 * The rule for grading an answer that fails its schema: a criterion is graded when no schema error concerns its
 * inputs, and "not graded" otherwise. A deep input (a value the criterion reads whole) is concerned by errors at
 * it, above it or inside it; a shallow input (a list whose items are filtered) only by errors at it or above it,
 * so a typo in one call does not block a criterion about another.
 */
import { arePointersRelated } from '../json-pointer';

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

/** Whether a schema error at `errorPointer` concerns `input`. */
export function isInputConcerned(input: GradingInput, errorPointer: string): boolean {
  if (input.deep) return arePointersRelated(input.pointer, errorPointer);
  return errorPointer === input.pointer || errorPointer === '' || input.pointer.startsWith(`${errorPointer}/`);
}
