/**
 * Limits that keep grading fast and safe on any input. They are generous for real answers (the model answers are
 * a few KB, hold a few hundred values, nest five levels deep, and their longest text is a few hundred characters)
 * and stop pathological ones before they cost time, memory or stack. Every limit is checked while reading, so a
 * refused answer costs no more than reading up to the point where it went over.
 */

/** Largest answer read, in UTF-16 code units (~200 KB of ASCII). */
export const MAX_SOURCE_LENGTH = 200_000;

/** Deepest nesting of objects and arrays read; in TypeScript each spread and each reference followed counts too. */
export const MAX_DEPTH = 64;

/**
 * Most values an answer may hold: in TypeScript, once references and spreads are expanded (every element a spread
 * copies counts, so doubling spreads stop here instead of running for ever). Schema validation reports a problem
 * per wrong value, so this also bounds the work of wording them.
 */
export const MAX_EXPANDED_VALUES = 20_000;

/** Most items in one list, and most fields in one object; a design lists tens of services or calls, never thousands. */
export const MAX_ITEMS = 1_000;

/** Longest property name, in UTF-16 code units: every field of the vocabulary is under 30. */
export const MAX_KEY_LENGTH = 100;

/**
 * Longest path to a value (its JSON pointer), in UTF-16 code units. Each value's path is kept to mark it in the
 * editor, so long names nested deep would otherwise cost memory per value.
 */
export const MAX_PATH_LENGTH = 1_000;

/** Longest text value, in UTF-16 code units: the longest free-text field allows 500. */
export const MAX_STRING_LENGTH = 10_000;

/** Most diagnostics one report lists; the rest are counted in a last one, so a report stays readable and small. */
export const MAX_DIAGNOSTICS = 100;
