/** A problem found in a lesson or exercise file, at the line and column an editor shows, printed as `file:line:col: …`. */
import { relative } from 'node:path';
import type { Position } from './locate-yaml';

/** One problem: errors fail the check, warnings are printed and let it pass. */
export interface ContentProblem {
  /** Absolute path of the file. */
  file: string;
  line: number;
  column: number;
  severity: 'error' | 'warning';
  message: string;
}

/** An error at `position` of `file`. */
export function createProblem(file: string, position: Position, message: string): ContentProblem {
  return { file, line: position.line, column: position.column, severity: 'error', message };
}

/** `file:line:col: message`, the file relative to `from`, as compilers print it (so editors make it a link). */
export function formatProblem(problem: ContentProblem, from: string = process.cwd()): string {
  const warning = problem.severity === 'warning' ? 'warning: ' : '';
  return `${relative(from, problem.file)}:${problem.line}:${problem.column}: ${warning}${problem.message}`;
}

/** Problems in file order, then line and column, so output reads top to bottom. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.message.localeCompare(b.message),
  );
}
