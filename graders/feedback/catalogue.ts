/**
 * Every message the engine can say, by its stable id: the engine's own (engine-messages.ts) joined with each rubric
 * kind's (worded in its folder, graders/rubric/kinds/<kind>/, the `check` kind's being each custom check's), which the
 * kinds' registry collects, so nothing here names a kind or a check. Readers, graders and checks refer to a message by
 * id and pass the parameters its entry names; changing the wording never touches the code that says it, and a
 * parameter missing or extra does not compile. An instructor's own words (a criterion's pass/fail feedback, the note
 * for a specific wrong choice) arrive as the `text` or `detail` parameter.
 */
import { kinds, type RegisteredKindMessages } from '../rubric/kinds/registry';
import { engineMessages } from './engine-messages';
import type { ParamsOf } from './message-params';

export type { CatalogueEntry, MessageParams, Severity } from './catalogue-entry';

/** Every message's wording by id, with each text known to the compiler. */
export type Catalogue = typeof engineMessages & RegisteredKindMessages;

/** The stable id of a message: the engine's, or one a registered kind (or custom check) declares. */
export type MessageId = keyof Catalogue & string;

/** The parameters a message takes, by id; for a union of ids, the parameters of any one of them. */
export type ParamsFor<Id extends MessageId> = Id extends MessageId ? ParamsOf<Catalogue[Id]> : never;

/** Every message by id: the engine's and the registered kinds'. */
export const catalogue: Catalogue = Object.assign({}, engineMessages, ...kinds.map((kind) => kind.messages));
