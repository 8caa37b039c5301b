/**
 * Every check a `check` criterion can name. Add a check by writing its file (see define-check.ts) and listing it
 * here: that one line also adds its messages to the catalogue.
 */
import type { RegisteredCheck } from './define-check';
import { oneOwnerPerStore } from './one-owner-per-store';
import { planPlacesEveryModule } from './plan-places-every-module';
import { producersDoNotConsume } from './producers-do-not-consume';
import { waitsOnlyFor } from './waits-only-for';

/** The registered checks, each with its messages. */
export const checks = [oneOwnerPerStore, planPlacesEveryModule, producersDoNotConsume, waitsOnlyFor] as const;

/** The message ids of a check (distributed over a union of checks). */
type MessageIdOf<Check> = Check extends RegisteredCheck<infer Id> ? Id : never;

/** The id of a message some registered check declares. */
export type RegisteredCheckMessageId = MessageIdOf<(typeof checks)[number]>;

/** The registered checks by id. */
export const checkRegistry: ReadonlyMap<string, RegisteredCheck> = new Map(checks.map((check) => [check.id, check]));

/** Finds a registered check by id. */
export function findCheck(id: string): RegisteredCheck | undefined {
  return checkRegistry.get(id);
}
