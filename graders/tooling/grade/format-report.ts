/**
 * Renders one grade report as text for a terminal: the verdict, then red flags and contradictions (each fails the
 * answer, so they come first), the problems in the text, then each criterion with points and feedback. Each line is
 * escaped on its own, so a line break or an ESC sequence in a message quoting the answer is shown, never obeyed.
 */
import type { CriterionReport, GradeReport, RedFlag } from '../../report';
import { escapeTerminalLine } from './escape-terminal';

const MARKS: Record<CriterionReport['verdict'], string> = { pass: '✓', partial: '~', fail: '✗', 'not-graded': '·' };

/** The report of `file`, as lines of text. */
export function formatReport(file: string, report: GradeReport): string {
  const lines = [
    `${file}: ${report.score}/${report.max} points (${report.percent}%) — ${report.passed ? 'PASS' : report.incomplete ? 'INCOMPLETE (fix the errors below to be graded)' : 'FAIL'} (pass mark ${report.passMark}%)`,
  ];
  if (report.redFlags.length > 0) {
    const count = report.redFlags.length;
    lines.push(
      `  ${count === 1 ? 'This mistake fails' : `These ${count} mistakes fail`} the answer whatever its score:`,
    );
    for (const flag of report.redFlags) lines.push(...formatRedFlag(flag));
  }
  for (const id of report.essentialsMissed)
    lines.push(`  Not passed: ${id} is the point of the question and needs full marks, whatever the score.`);
  for (const diagnostic of report.diagnostics) {
    lines.push(
      `  ${diagnostic.severity === 'error' ? 'error' : 'warning'} ${diagnostic.line}:${diagnostic.column} ${diagnostic.message.text}`,
    );
  }
  for (const criterion of report.criteria) {
    lines.push(
      `  ${MARKS[criterion.verdict]} ${criterion.id} ${criterion.points}/${criterion.maxPoints} (${criterion.verdict}) — ${criterion.title}`,
    );
    for (const message of criterion.feedback) lines.push(`      ${message.text}`);
    const place = criterion.locations.find((location) => location.line !== undefined);
    if (criterion.verdict !== 'pass' && place?.line !== undefined)
      lines.push(`      at ${place.line}:${place.column} (${place.pointer || '/'})`);
    lines.push(`      lesson: ${criterion.lessonHref}`);
  }
  return lines.map(escapeTerminalLine).join('\n');
}

const FLAG_LABELS: Record<RedFlag['kind'], string> = { 'red-flag': 'RED FLAG', contradiction: 'CONTRADICTION' };

function formatRedFlag(flag: RedFlag): string[] {
  const place = flag.locations.find((location) => location.line !== undefined);
  return [
    `  ! ${FLAG_LABELS[flag.kind]} (${flag.criterion}): ${flag.message.text}`,
    ...(place?.line === undefined ? [] : [`      at ${place.line}:${place.column} (${place.pointer || '/'})`]),
    `      lesson: ${flag.lessonHref}`,
  ];
}

/**
 * A table of several reports: one row per file, for an instructor grading a cohort; `unreadable` files (listed on
 * stderr with their reason) are counted under it.
 */
export function formatSummary(rows: readonly { file: string; report: GradeReport }[], unreadable = 0): string {
  const header = ['file', 'score', '%', 'result'];
  const body = rows.map(({ file, report }) => [
    file,
    `${report.score}/${report.max}`,
    String(report.percent),
    report.passed ? 'pass' : report.incomplete ? 'INCOMPLETE' : report.redFlags.length > 0 ? 'FAIL (red flag)' : 'FAIL',
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...body.map((row) => (row[column] ?? '').length)),
  );
  const render = (row: readonly string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const passed = rows.filter((row) => row.report.passed).length;
  return [
    render(header),
    render(widths.map((width) => '-'.repeat(width))),
    ...body.map(render),
    `${passed} of ${rows.length} passed` +
      (unreadable === 0 ? '' : `; ${unreadable} file${unreadable === 1 ? '' : 's'} could not be read (see above)`),
  ]
    .map(escapeTerminalLine)
    .join('\n');
}
