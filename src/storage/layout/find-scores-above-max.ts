/**
 * What the export schema cannot say: a grade's points (or score) are never more than its `max`, beside it in the same
 * object. A file that says otherwise was edited or made by something else, and its grades would inflate mastery, so
 * the import refuses it, naming each such number by its JSON Pointer.
 */
import { appendPointer, isPlainObject } from '../../../graders/index.ts';
import type { ImportProblem } from './read-import.ts';

/** The fields that hold a share of the `max` beside them. */
const SHARES_OF_MAX = ['score', 'points'] as const;

/** Every `score` or `points` in `value` greater than the `max` beside it, with its place. */
export function findScoresAboveMax(value: unknown, pointer = ''): ImportProblem[] {
  if (Array.isArray(value))
    return value.flatMap((item, index) => findScoresAboveMax(item, appendPointer(pointer, index)));
  if (!isPlainObject(value)) return [];
  const problems: ImportProblem[] = [];
  const max = value['max'];
  for (const field of SHARES_OF_MAX) {
    const share = value[field];
    if (typeof max === 'number' && typeof share === 'number' && share > max)
      problems.push({ where: appendPointer(pointer, field), message: `is more than the most it could be (${max})` });
  }
  for (const [key, item] of Object.entries(value))
    problems.push(...findScoresAboveMax(item, appendPointer(pointer, key)));
  return problems;
}
