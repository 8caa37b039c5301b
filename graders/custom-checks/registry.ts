/**
 * Every check a `check` criterion can name, read from registered-checks.ts, where registering a check is one line.
 * Kept typed: each check's messages come from its own definition, so the catalogue knows them, with their params,
 * without listing them.
 */
import type { JoinWordings } from '../feedback/catalogue-entry';
import * as registered from './registered-checks';

/** A registered check, with the wording of its own definition (a union over every check). */
export type AnyRegisteredCheck = (typeof registered)[keyof typeof registered];

/** The registered checks, each with its messages. */
export const checks: readonly AnyRegisteredCheck[] = Object.values(registered);

/** Every registered check's messages by id: what the `check` kind adds to the engine's catalogue. */
export type RegisteredCheckMessages = JoinWordings<AnyRegisteredCheck['messages']>;

/** Every registered check's messages, joined (the `check` kind's messages). */
export const customCheckMessages = Object.assign(
  {},
  ...checks.map((check) => check.messages),
) as RegisteredCheckMessages;

/** The registered checks by id. */
export const checkRegistry: ReadonlyMap<string, AnyRegisteredCheck> = new Map(checks.map((check) => [check.id, check]));

/** Finds a registered check by id. */
export function findCheck(id: string): AnyRegisteredCheck | undefined {
  return checkRegistry.get(id);
}
