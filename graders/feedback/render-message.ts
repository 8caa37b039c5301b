import { catalogue, type MessageId, type MessageParams, type ParamsFor, type Severity } from './catalogue';
import { fillMessage } from './fill-message';

/**
 * A message as data (id, severity, params) plus its rendered text, so a UI can show or re-word it. The report's
 * shape: params as plain data, read by name whatever the id.
 */
export interface FeedbackMessage {
  id: MessageId;
  severity: Severity;
  params: MessageParams;
  text: string;
}

/** Renders a catalogue message: its wording filled with `params` (see fillMessage for how). */
export function renderMessage<Id extends MessageId>(id: Id, params: ParamsFor<Id>): FeedbackMessage {
  const entry = catalogue[id];
  const filled = fillMessage(entry, params);
  return { id, severity: entry.severity, params: filled.params, text: filled.text };
}

export { MAX_PARAM_LENGTH, PLACEHOLDER } from './fill-message';
export { joinWords } from './join-words';
