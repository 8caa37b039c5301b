/**
 * Limits that keep grading fast and safe on any input. They are generous for real answers (the model answers are
 * a few KB and nest five levels deep) and stop pathological ones before they cost time or stack.
 */

/** Largest answer read, in UTF-16 code units (~200 KB of ASCII). */
export const MAX_SOURCE_LENGTH = 200_000;

/** Deepest nesting of objects and arrays read. */
export const MAX_DEPTH = 64;

/** Most values a TypeScript answer may expand to once references to other constants are followed. */
export const MAX_EXPANDED_VALUES = 50_000;
