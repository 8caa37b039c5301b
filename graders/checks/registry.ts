/** Every check a `check` criterion can name. Add a check by writing its file and listing it here. */
import type { RegisteredCheck } from './define-check';
import { oneOwnerPerStore } from './one-owner-per-store';
import { planPlacesEveryModule } from './plan-places-every-module';
import { producersDoNotConsume } from './producers-do-not-consume';
import { waitsOnlyFor } from './waits-only-for';

const checks: readonly RegisteredCheck[] = [
  oneOwnerPerStore,
  planPlacesEveryModule,
  producersDoNotConsume,
  waitsOnlyFor,
];

/** The registered checks by id. */
export const checkRegistry: ReadonlyMap<string, RegisteredCheck> = new Map(checks.map((check) => [check.id, check]));

/** Finds a registered check by id. */
export function findCheck(id: string): RegisteredCheck | undefined {
  return checkRegistry.get(id);
}
