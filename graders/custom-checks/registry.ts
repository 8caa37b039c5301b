/**
 * Every check a `check` criterion can name, read from registered-checks.ts, where registering a check is one line.
 * Kept typed: each check's messages come from its own definition, so the catalogue knows them, with their params,
 * without listing them.
 */
import * as registered from './registered-checks';

/** A registered check, with the wording of its own definition (a union over every check). */
export type AnyRegisteredCheck = (typeof registered)[keyof typeof registered];

/** The registered checks, each with its messages. */
export const checks: readonly AnyRegisteredCheck[] = Object.values(registered);

/** Each registered check's wording (a union of message tables). */
type CheckWordings = AnyRegisteredCheck['messages'];

/** The message ids of each table of a union (`keyof` alone would keep only the ids every table shares). */
type IdsOf<Tables> = Tables extends unknown ? keyof Tables & string : never;

/** Every registered check's messages by id: what the catalogue adds to the engine's own. */
export type RegisteredCheckMessages = {
  readonly [Id in IdsOf<CheckWordings>]: Extract<CheckWordings, Readonly<Record<Id, unknown>>>[Id];
};

/** The registered checks by id. */
export const checkRegistry: ReadonlyMap<string, AnyRegisteredCheck> = new Map(checks.map((check) => [check.id, check]));

/** Finds a registered check by id. */
export function findCheck(id: string): AnyRegisteredCheck | undefined {
  return checkRegistry.get(id);
}
