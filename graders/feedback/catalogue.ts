/**
 * Every message the engine can say, by its stable id: the engine's own (engine-messages.ts) joined with each
 * registered check's, which the check words in its own file and the registry collects, so nothing here names a
 * check. Readers, graders and checks refer to a message by id and pass the parameters its entry names; changing the
 * wording never touches the code that says it, and a parameter missing or extra does not compile. An instructor's
 * own words (a criterion's pass/fail feedback, the note for a specific wrong choice) arrive as the `text` or
 * `detail` parameter.
 */
import { checks, type RegisteredCheckMessages } from '../custom-checks/registry';
import { engineMessages } from './engine-messages';
import type { ParamsOf } from './message-params';

export type { CatalogueEntry, MessageParams, Severity } from './catalogue-entry';

/** Every message's wording by id, with each text known to the compiler. */
export type Catalogue = typeof engineMessages & RegisteredCheckMessages;

/** The stable id of a message: the engine's, or one a registered check declares. */
export type MessageId = keyof Catalogue & string;

/** The parameters a message takes, by id; for a union of ids, the parameters of any one of them. */
export type ParamsFor<Id extends MessageId> = Id extends MessageId ? ParamsOf<Catalogue[Id]> : never;

/** Every message by id: the engine's and the registered checks'. */
export const catalogue: Catalogue = Object.assign({}, engineMessages, ...checks.map((check) => check.messages));
