/**
 * The fields of an answer that only a mock's curveball asks for: what the page keeps out of sight (in the starter,
 * the answer format, the form and the editor's help) until the curveball is revealed, so the change of requirements
 * is not given away before the interviewer makes it.
 */
import type { Criterion } from './criterion';
import { listCriterionReads, type FieldRead } from '../rubric/criterion-reads';

/** Whether `prefix` is `path` or one of its ancestors. */
function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length <= path.length && prefix.every((token, index) => path[index] === token);
}

/** Whether hiding the field at `path` would hide something `read` needs: the field itself, inside it, or around it whole. */
function isNeededBy(path: readonly string[], read: FieldRead): boolean {
  if (startsWith(read.path, path)) return true;
  // A read above the field passes through it to other fields, unless it reads its contents whole.
  return startsWith(path, read.path) && read.deep;
}

/**
 * The outermost fields (as field paths, list levels left out) that the criteria in `curveballIds` read and no other
 * criterion of `rubric` reads, at, inside or around them: `[['newConsumer']]` when only the curveball reads
 * `/newConsumer/changes`. A field the curveball shares with another criterion is asked for anyway, so it stays.
 */
export function findCurveballOnlyFields(rubric: readonly Criterion[], curveballIds: readonly string[]): string[][] {
  const curveball = new Set(curveballIds);
  const others = rubric.filter((criterion) => !curveball.has(criterion.id)).flatMap(listCriterionReads);
  const hidden = new Map<string, string[]>();
  for (const criterion of rubric.filter((candidate) => curveball.has(candidate.id))) {
    for (const read of listCriterionReads(criterion)) {
      for (let length = 1; length <= read.path.length; length++) {
        const path = read.path.slice(0, length);
        if (others.some((other) => isNeededBy(path, other))) continue;
        hidden.set(JSON.stringify(path), path);
        break;
      }
    }
  }
  // A field inside another hidden one goes with it.
  const paths = [...hidden.values()];
  return paths.filter((path) => !paths.some((other) => other.length < path.length && startsWith(path, other)));
}
