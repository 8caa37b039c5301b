/**
 * The grade command as a function of its arguments and a file reader, returning the exit code and the text to
 * print, so tests can run it without spawning a process. Exit 0: every answer passed; 1: at least one was graded
 * and did not pass (or raised a red flag); 3: none failed, but at least one is incomplete (errors in the answer keep
 * a criterion from being graded: fix them and grade again); 2: bad usage, an unknown or invalid exercise, or an
 * unreadable answer file (missing, or not UTF-8 text), the readable files of the batch still graded, so one
 * student's file in UTF-16 does not cost an instructor the whole cohort's run.
 * Everything printed is escaped for the terminal: an answer's control characters cannot clear it or forge a line.
 */
import { readFileSync } from 'node:fs';
import { grade } from '../../grade';
import type { GradeReport } from '../../report';
import { decodeAnswerFile } from './decode-answer-file';
import { escapeTerminalJson, escapeTerminalLine } from './escape-terminal';
import { listExerciseIds, resolveExerciseFolder } from '../find-exercises';
import { formatProblem } from '../content-problem';
import { loadExercise } from '../load-exercise';
import { formatReport, formatSummary } from './format-report';
import { USAGE, formatOfFile, parseGradeArgs } from './parse-args';
import { splitSampleHeader } from '../read-sample';
import { suggestId } from '../suggest-id';

/** What the command printed and how it exits. */
export interface CommandResult {
  exitCode: 0 | 1 | 2 | 3;
  stdout: string;
  stderr: string;
}

/** Runs the grade command on `argv`. */
export function runGradeCommand(
  argv: readonly string[],
  readBytes: (path: string) => Uint8Array = (path) => readFileSync(path),
): CommandResult {
  const result = runUnescaped(argv, readBytes);
  const escapeLines = (text: string) => text.split('\n').map(escapeTerminalLine).join('\n');
  return {
    exitCode: result.exitCode,
    stdout: result.json ? escapeTerminalJson(result.stdout) : escapeLines(result.stdout),
    stderr: escapeLines(result.stderr),
  };
}

/** The command's output before escaping; every line of text output is one line, so a line break inside one is the answer's. */
function runUnescaped(
  argv: readonly string[],
  readBytes: (path: string) => Uint8Array,
): CommandResult & { json?: boolean } {
  const args = parseGradeArgs(argv);
  if (!args.ok) return { exitCode: 2, stdout: '', stderr: `grade: ${args.problem}\n${USAGE}\n` };
  if (args.help) return { exitCode: 0, stdout: `${USAGE}\n`, stderr: '' };

  const folder = resolveExerciseFolder(args.exercise);
  if (folder === undefined) return { exitCode: 2, stdout: '', stderr: describeUnknownExercise(args.exercise) };
  const loaded = loadExercise(folder);
  if (!loaded.ok)
    return {
      exitCode: 2,
      stdout: '',
      stderr: `grade: the exercise is invalid:\n${loaded.problems.map((p) => `  ${formatProblem(p)}`).join('\n')}\n`,
    };

  const sources: { file: string; text: string }[] = [];
  const unreadable: string[] = [];
  for (const file of args.files) {
    try {
      const decoded = decodeAnswerFile(readBytes(file));
      if (!decoded.ok) {
        unreadable.push(`grade: ${file} ${decoded.problem}`);
        continue;
      }
      // A sample of an exercise starts with a `//` header saying what it expects; it is blanked, lines kept.
      const text = decoded.text;
      sources.push({ file, text: /(^|[\\/])samples[\\/][^\\/]+$/.test(file) ? splitSampleHeader(text).answer : text });
    } catch (caught) {
      const code = (caught as NodeJS.ErrnoException).code;
      unreadable.push(`grade: cannot read ${file}${code === undefined ? '' : ` (${code})`}`);
    }
  }
  const stderr = unreadable.length === 0 ? '' : `${unreadable.join('\n')}\n`;
  if (sources.length === 0) return { exitCode: 2, stdout: '', stderr };

  const rows = sources.map(({ file, text }) => ({
    file,
    report: grade(loaded.loaded.exercise, text, formatOfFile(file) ?? 'json'),
  }));
  const failed = rows.some((row) => !row.report.passed && !row.report.incomplete);
  const graded = failed ? 1 : rows.every((row) => row.report.passed) ? 0 : 3;
  const exitCode = unreadable.length > 0 ? 2 : graded;
  if (args.json) return { exitCode, stdout: `${JSON.stringify(rows.map(toJsonRow), null, 2)}\n`, stderr, json: true };
  const parts = rows.map((row) => formatReport(row.file, row.report));
  if (rows.length > 1 || unreadable.length > 0) parts.push(formatSummary(rows, unreadable.length));
  return { exitCode, stdout: `${parts.join('\n\n')}\n`, stderr };
}

/** Why `typed` names no exercise: a guess at the id meant when one is close, and every id there is. */
function describeUnknownExercise(typed: string): string {
  const ids = listExerciseIds();
  const guess = suggestId(typed, ids);
  const lines = [`grade: no exercise "${typed}".${guess === undefined ? '' : ` Did you mean "${guess}"?`}`];
  if (ids.length === 0) lines.push('There are no exercises under exercises/.');
  else lines.push('Give an exercise folder, or one of these ids:', ...ids.map((id) => `  ${id}`));
  return `${lines.join('\n')}\n`;
}

function toJsonRow(row: { file: string; report: GradeReport }): { file: string } & GradeReport {
  return { file: row.file, ...row.report };
}
