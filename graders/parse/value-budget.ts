/**
 * Enforces the reading limits (./limits.ts) while an answer is read, in either format: one budget per answer counts
 * its values, and each list, name, path and text is checked as it is met. Going over stops the reading with a
 * ReadFailure that marks the place, so the candidate sees where the answer went over and by how much.
 */
import type { MessageId, ParamsFor } from '../feedback/catalogue';
import { MAX_EXPANDED_VALUES, MAX_ITEMS, MAX_KEY_LENGTH, MAX_PATH_LENGTH, MAX_STRING_LENGTH } from './limits';
import { ReadFailure, createProblem, type Span } from './read-result';

/** Counts the values of one answer and checks each part against the limits. */
export class ValueBudget {
  private values = 0;

  /** Counts one value (or one step of copying values, for a spread); fails past MAX_EXPANDED_VALUES. */
  countValue(at: Span): void {
    if (++this.values > MAX_EXPANDED_VALUES) fail('limit.too-many-values', { limit: MAX_EXPANDED_VALUES }, at);
  }

  /** Fails when a list would get its `count`-th item past MAX_ITEMS. */
  checkItems(count: number, at: Span): void {
    if (count > MAX_ITEMS) fail('limit.too-many-items', { limit: MAX_ITEMS }, at);
  }

  /** Fails when an object would get its `count`-th field past MAX_ITEMS. */
  checkFields(count: number, at: Span): void {
    if (count > MAX_ITEMS) fail('limit.too-many-fields', { limit: MAX_ITEMS }, at);
  }

  /** Fails on a property name longer than MAX_KEY_LENGTH, or a path to a value longer than MAX_PATH_LENGTH. */
  checkKey(key: string, pointer: string, at: Span): void {
    if (key.length > MAX_KEY_LENGTH) fail('limit.key-too-long', { length: key.length, limit: MAX_KEY_LENGTH }, at);
    if (pointer.length > MAX_PATH_LENGTH)
      fail('limit.path-too-long', { length: pointer.length, limit: MAX_PATH_LENGTH }, at);
  }

  /** Fails on a text value longer than MAX_STRING_LENGTH. */
  checkString(text: string, at: Span): void {
    if (text.length > MAX_STRING_LENGTH)
      fail('limit.string-too-long', { length: text.length, limit: MAX_STRING_LENGTH }, at);
  }
}

function fail<Id extends MessageId>(messageId: Id, params: ParamsFor<Id>, at: Span): never {
  throw new ReadFailure(createProblem(messageId, params, at.start, at.end));
}
