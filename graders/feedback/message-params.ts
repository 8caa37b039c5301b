/**
 * The parameters a message takes, read from its catalogue entry at compile time: each `{name}` placeholder of word
 * characters in its text, found as renderMessage finds them (PLACEHOLDER), and the names it `carries`. The entry is
 * the one place a message's parameters are stated: saying a message with a parameter missing, misspelt or extra is a
 * type error, and re-wording a message retypes everything that says it.
 */
import type { CatalogueEntry } from './catalogue-entry';

/** The characters of `Text`, as a union (tail-recursive, so a long text stays within the compiler's depth). */
type CharactersOf<Text extends string, Found = never> = Text extends `${infer First}${infer Rest}`
  ? CharactersOf<Rest, Found | First>
  : Found;

/** What `\w` matches: the characters a placeholder's name is made of. */
type WordCharacter = CharactersOf<'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'>;

/** Whether `Text` is one or more word characters (`\w+`). */
type IsWord<Text extends string> = Text extends `${infer First}${infer Rest}`
  ? First extends WordCharacter
    ? Rest extends ''
      ? true
      : IsWord<Rest>
    : false
  : false;

/**
 * The placeholder names of a message text. Scans as `/\{(\w+)\}/g` does: from each `{` to the next `}`; when what lies
 * between is not a name (the `${…}` or `{ … }` of an example in the wording), the scan goes on after that `{`.
 */
export type PlaceholdersOf<Text extends string, Found = never> = Text extends `${string}{${infer Inside}}${infer Rest}`
  ? IsWord<Inside> extends true
    ? PlaceholdersOf<Rest, Found | Inside>
    : PlaceholdersOf<`${Inside}}${Rest}`, Found>
  : Found;

/** The names of the parameters a message takes: its text's placeholders and what it carries besides. */
export type ParamNamesOf<Entry extends CatalogueEntry> =
  | PlaceholdersOf<Entry['text']>
  | (Entry extends { carries: readonly (infer Carried extends string)[] } ? Carried : never);

/**
 * The parameters a message takes: one value per name, no more. `detail` (an author's note, added after a space only
 * when given) is text; other values are text or numbers. A message without parameters takes an empty object, typed
 * so that an object with any parameter is refused (`{}` alone would let any object through).
 */
export type ParamsOf<Entry extends CatalogueEntry> = [ParamNamesOf<Entry>] extends [never]
  ? Readonly<Record<string, never>>
  : { readonly [Name in ParamNamesOf<Entry>]: Name extends 'detail' ? string : string | number };
