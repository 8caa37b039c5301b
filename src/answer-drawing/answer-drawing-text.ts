/**
 * Text that goes into a Mermaid diagram of a candidate's answer. Names come from candidates, so every piece of text
 * is clipped and then written as Mermaid entity codes (`#60;` for `<`), which Mermaid shows as literal characters:
 * nothing a candidate types can end a label, start a comment or a directive, or become HTML.
 */

/** Longest piece of candidate text in a label, in characters; longer text ends with `…`. */
export const MAX_TEXT_LENGTH = 60;

/** Longest label assembled from several pieces (a store and its engine, the monolith and what it keeps). */
export const MAX_LABEL_LENGTH = 2 * MAX_TEXT_LENGTH;

// Characters written as themselves: they mean nothing inside a quoted Mermaid label or an accTitle line, nor to the
// entity and directive rewriting Mermaid does before parsing. Everything else, `#`, `%`, `:`, `;`, quotes, brackets,
// pipes, backticks, `<`, `>`, `&` and all non-ASCII, becomes an entity code.
const PLAIN = /^[A-Za-z0-9 .,_()/?!-]$/;

// Line breaks, tabs, other control characters and Unicode line separators would end a Mermaid statement early.
const BREAKS = /[\s\p{Cc}\u2028\u2029]+/gu;

/** `text` on one line, with runs of whitespace and control characters collapsed to single spaces. */
export function normalizeText(text: string): string {
  return text.replace(BREAKS, ' ').trim();
}

/** `text` cut to `max` characters (code points, so no emoji is split), ending with `…` when cut. */
export function clipText(text: string, max: number = MAX_TEXT_LENGTH): string {
  const characters = Array.from(text);
  return characters.length <= max ? text : `${characters.slice(0, max - 1).join('')}…`;
}

/** Candidate text made fit for a label: one line, clipped. */
export function tidyText(text: string, max: number = MAX_TEXT_LENGTH): string {
  return clipText(normalizeText(text), max);
}

/**
 * `text` as Mermaid source that displays exactly `text`: safe characters as they are, all others as decimal
 * entity codes (`#35;` for `#`), which Mermaid turns into HTML character references, never into markup.
 */
export function escapeMermaidText(text: string): string {
  let escaped = '';
  for (const character of normalizeText(text)) {
    escaped += PLAIN.test(character) ? character : `#${character.codePointAt(0) ?? 0};`;
  }
  return escaped;
}
