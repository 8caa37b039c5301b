/**
 * Every check a `check` criterion can name, read from registered-checks.ts, where registering a check is one line.
 * Kept typed: each check's message ids come from its own definition, so the catalogue knows them all.
 */
import type { RegisteredCheck } from './define-check';
import * as registered from './registered-checks';

/** A registered check, with the message ids of its own definition (a union over every check). */
type AnyRegisteredCheck = (typeof registered)[keyof typeof registered];

/** The registered checks, each with its messages. */
export const checks: readonly AnyRegisteredCheck[] = Object.values(registered);

/** The message ids of a check (distributed over a union of checks). */
type MessageIdOf<Check> = Check extends RegisteredCheck<infer Id> ? Id : never;

/** The id of a message some registered check declares. */
export type RegisteredCheckMessageId = MessageIdOf<AnyRegisteredCheck>;

/** The registered checks by id. */
export const checkRegistry: ReadonlyMap<string, RegisteredCheck> = new Map(checks.map((check) => [check.id, check]));

/** Finds a registered check by id. */
export function findCheck(id: string): RegisteredCheck | undefined {
  return checkRegistry.get(id);
}
