/**
 * Fills a message's wording with its parameters. Apart from the catalogue (render-message.ts looks the wording up by
 * id) so that code the catalogue is made from, a rubric kind's grading, can word a message of the engine's own
 * without importing the catalogue it is part of.
 */
import type { CatalogueEntry, MessageParams } from './catalogue-entry';

/**
 * A placeholder of a message text, `{name}`; PlaceholdersOf (message-params.ts) reads the same names at compile time.
 * Global, so use it with `replace` or `matchAll`, which do not keep its position between calls.
 */
export const PLACEHOLDER = /\{(\w+)\}/g;

/** The most characters of one parameter a message keeps; the author's own words (`text`, `detail`) are never cut. */
export const MAX_PARAM_LENGTH = 300;

/**
 * The text of `entry` with `params` in place; a `detail` parameter (an author's note) is added after a space when
 * present. A parameter quoting the answer (a name, a number, a path) is cut to MAX_PARAM_LENGTH, in the text and in the
 * params kept with it, so a 100k-digit number or a huge name gives a message of normal size.
 */
export function fillMessage(entry: CatalogueEntry, params: MessageParams): { params: MessageParams; text: string } {
  const kept = shortenParams(params);
  const text = entry.text.replace(PLACEHOLDER, (whole, name: string) => {
    if (name === 'detail')
      return typeof kept['detail'] === 'string' && kept['detail'] !== '' ? ` ${kept['detail']}` : '';
    return Object.hasOwn(kept, name) ? String(kept[name]) : whole;
  });
  return { params: kept, text };
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
