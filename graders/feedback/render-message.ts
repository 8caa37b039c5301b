import { catalogue, type MessageId, type MessageParams, type Severity } from './catalogue';

/** A message as data (id, severity, params) plus its rendered text, so a UI can show or re-word it. */
export interface FeedbackMessage {
  id: MessageId;
  severity: Severity;
  params: MessageParams;
  text: string;
}

/** Renders a catalogue message; a `detail` parameter (an author's note) is added after a space when present. */
export function renderMessage(id: MessageId, params: MessageParams = {}): FeedbackMessage {
  const entry = catalogue[id];
  const filled = entry.text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'detail')
      return typeof params['detail'] === 'string' && params['detail'] !== '' ? ` ${params['detail']}` : '';
    return Object.hasOwn(params, name) ? String(params[name]) : whole;
  });
  return { id, severity: entry.severity, params, text: filled };
}

export { joinWords } from './join-words';
