/**
 * The check:content command as a function of the roots, returning the exit code and the text to print, so tests
 * run it without spawning a process. Prints a summary with the coverage in one line, and the coverage table when asked
 * (`--coverage`); exit 1 on any error (an untested takeaway is one); warnings are printed and exit 0.
 */
import { formatProblem } from '../content-problem.ts';
import { checkContent, type ContentRoots } from './check-content.ts';
import { formatCoverage } from './format-coverage.ts';

/** What the command printed and how it exits. */
export interface CheckContentResult {
  exitCode: 0 | 1;
  stdout: string;
  stderr: string;
}

/** Runs every check; `from` is the folder paths are printed relative to. */
export function runCheckContent(roots: ContentRoots, { from = process.cwd(), table = false } = {}): CheckContentResult {
  const report = checkContent(roots);
  const errors = report.problems.filter((problem) => problem.severity === 'error');
  const warnings = report.problems.filter((problem) => problem.severity === 'warning');
  const tested = report.coverage.filter((row) => row.testedBy.length > 0).length;
  const stdout = [
    // The table takeaway → exercises → criteria, so an author sees what each takeaway is graded by.
    ...(table ? [formatCoverage(report.coverage), ''] : []),
    `${report.exercises} exercise(s), ${report.lessonsTakeaways} lesson takeaway(s) checked: ` +
      `${errors.length} error(s), ${warnings.length} warning(s); ` +
      `${tested} of ${report.coverage.length} takeaways tested by a criterion` +
      (table ? '.' : ' (--coverage prints which).'),
  ];
  return {
    exitCode: errors.length > 0 ? 1 : 0,
    stdout: `${stdout.join('\n')}\n`,
    stderr: report.problems.map((problem) => `${formatProblem(problem, from)}\n`).join(''),
  };
}
