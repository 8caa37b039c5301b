/**
 * Every message the engine can say, by its stable id: the engine's own (engine-messages.ts) joined with each
 * registered check's, which the check words in its own file and the registry collects. Readers, graders and checks
 * refer to a message by its stable id and pass parameters; changing the wording never touches the code that says it.
 * An instructor's own words (a criterion's pass/fail feedback, the note for a specific wrong choice) arrive as the
 * `text` or `detail` parameter.
 */

import { checks, type RegisteredCheckMessageId } from '../checks/registry';
import type { CatalogueEntry } from './catalogue-entry';
import { engineMessages } from './engine-messages';

export type { CatalogueEntry, MessageParams, Severity } from './catalogue-entry';

/** The stable id of a message: the engine's, or one a registered check declares. */
export type MessageId = keyof typeof engineMessages | RegisteredCheckMessageId;

/** Every message by id: the engine's and the registered checks'. */
export const catalogue: Readonly<Record<MessageId, CatalogueEntry>> = Object.assign(
  {},
  engineMessages,
  ...checks.map((check) => check.messages),
);
