/**
 * The parts of the rubric self-check the kinds share (each kind's own is its find-<kind>-problems.ts): a typo never
 * fails silently, so every pointer, field and value a criterion names must be one the answer can hold, and a kind
 * that classifies values must classify every value the answer can hold there (right, wrong or neutral), so an answer
 * listing everything is graded on purpose. Problems read `rubric[2].decision: …`, ready to be prefixed with the file.
 */
import { splitPointer } from '../../json-schema/json-pointer';
import { isListAt, valuesAt } from '../../json-schema/values-at';

/** Pointer tokens as schema tokens: list indexes become `*`. */
export function toSchemaTokens(pointer: string): string[] {
  return splitPointer(pointer).map((token) => (/^(0|[1-9][0-9]*)$/.test(token) ? '*' : token));
}

/** A criterion that selects what it grades with `at` and `where`. */
interface TargetingCriterion {
  at: string;
  where?: Readonly<Record<string, string | number | boolean>> | undefined;
}

/** Where a criterion's target is in the answer schema: `at`, and each selected item (`at` itself when not a list). */
export interface SchemaTarget {
  at: string[];
  item: string[];
}

/**
 * Checks `at` and the values of `where`, adding to `problems`; the target in schema tokens, or undefined when the
 * answer schema has nothing at `at` (nothing else of the criterion can be checked then).
 */
export function findTargetProblems(
  schema: object,
  criterion: TargetingCriterion,
  where: string,
  problems: string[],
): SchemaTarget | undefined {
  const at = toSchemaTokens(criterion.at);
  if (valuesAt(schema, at).kind === 'absent') {
    problems.push(`${where}.at: the answer schema has nothing at \`${criterion.at}\``);
    return undefined;
  }
  const item = isListAt(schema, at) && criterion.where !== undefined ? [...at, '*'] : at;
  for (const [field, value] of Object.entries(criterion.where ?? {}))
    findValueProblems(schema, [...item, field], [String(value)], `${where}.where.${field}`, problems);
  return { at, item };
}

/** The field at `path` must exist in the answer schema. */
export function findFieldProblems(schema: object, path: readonly string[], where: string, problems: string[]): void {
  if (valuesAt(schema, path).kind === 'absent')
    problems.push(`${where}: the answer schema has no field \`${path.join('.')}\``);
}

/**
 * Every value the rubric names must be one the field can hold; with `classify`, every value the field can hold must
 * also be named by the rubric: right, wrong (with a note or a red flag) or neutral.
 */
export function findValueProblems(
  schema: object,
  path: readonly string[],
  named: readonly string[],
  where: string,
  problems: string[],
  { classify = false } = {},
): void {
  const values = valuesAt(schema, path);
  if (values.kind === 'absent') {
    problems.push(`${where}: the answer schema has no field \`${path.join('.')}\``);
    return;
  }
  if (values.kind === 'open') return;
  const unknown = [...new Set(named)].filter((value) => !values.values.includes(value));
  const unclassified = classify ? values.values.filter((value) => !named.includes(value)) : [];
  // A misspelt value leaves the value it meant unclassified: with one such value, that is the guess, and saying it
  // is unclassified as well would only repeat the same mistake.
  const guess = unknown.length === 1 && unclassified.length === 1 ? `; did you mean "${unclassified[0]}"?` : '';
  for (const value of unknown)
    problems.push(
      `${where}: "${value}" is not a value \`${path.join('.')}\` can hold (${values.values.join(', ')})${guess}`,
    );
  if (unknown.length === 0 && unclassified.length > 0)
    problems.push(
      `${where}: ${unclassified.map((value) => `"${value}"`).join(', ')} can be written at \`${path.join('.')}\` but the criterion does not say whether it is right, wrong or neutral`,
    );
}

/** The members of the list a `set` or `order` criterion reads, in schema tokens: each item, or its `pick` field. */
export function memberTokens(schema: object, at: readonly string[], pick: string | undefined): string[] {
  const listItems = isListAt(schema, at) ? [...at, '*'] : [...at];
  const picked = pick === undefined ? listItems : [...listItems, pick];
  return isListAt(schema, picked) ? [...picked, '*'] : picked;
}
