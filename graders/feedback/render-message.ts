import { catalogue, type MessageId, type MessageParams, type ParamsFor, type Severity } from './catalogue';

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

/**
 * A placeholder of a message text, `{name}`; PlaceholdersOf (message-params.ts) reads the same names at compile time.
 * Global, so use it with `replace` or `matchAll`, which do not keep its position between calls.
 */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** The most characters of one parameter a message keeps; the author's own words (`text`, `detail`) are never cut. */
export const MAX_PARAM_LENGTH = 300;

/**
 * Renders a catalogue message; a `detail` parameter (an author's note) is added after a space when present. A
 * parameter quoting the answer (a name, a number, a path) is cut to MAX_PARAM_LENGTH, in the text and in the params
 * kept with it, so a 100k-digit number or a huge name gives a message of normal size.
 */
export function renderMessage<Id extends MessageId>(id: Id, params: ParamsFor<Id>): FeedbackMessage {
  const entry = catalogue[id];
  const kept = shortenParams(params);
  const filled = entry.text.replace(PLACEHOLDER, (whole, name: string) => {
    if (name === 'detail')
      return typeof kept['detail'] === 'string' && kept['detail'] !== '' ? ` ${kept['detail']}` : '';
    return Object.hasOwn(kept, name) ? String(kept[name]) : whole;
  });
  return { id, severity: entry.severity, params: kept, text: filled };
}

function shortenParams(params: MessageParams): MessageParams {
  let shortened: Record<string, string | number> | undefined;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string' || value.length <= MAX_PARAM_LENGTH || name === 'text' || name === 'detail') continue;
    shortened ??= { ...params };
    shortened[name] = `${value.slice(0, MAX_PARAM_LENGTH - 1)}…`;
  }
  return shortened ?? params;
}

export { joinWords } from './join-words';
