/**
 * The checks a `check` criterion can name: registering a check is its one line here. Each line re-exports the check
 * a file of this folder defines (see define-check.ts); the registry reads this module whole, so its messages join
 * the catalogue and its id becomes nameable, with nothing else to edit.
 */
export { oneOwnerPerStore } from './one-owner-per-store';
export { planPlacesEveryModule } from './plan-places-every-module';
export { producersDoNotConsume } from './producers-do-not-consume';
export { waitsOnlyFor } from './waits-only-for';
