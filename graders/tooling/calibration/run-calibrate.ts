/**
 * `npm run calibrate` as a function of its arguments: grades every exercise's calibration answers (written blind)
 * and prints how often the grader agrees with the blind verdicts. Exit 0 when every verdict disagreement is explained
 * in its file (`graderRight` or `unresolved`), 1 when one is not, 2 for bad usage or a broken exercise or calibration file.
 * `--packet <exercise> <folder>` writes the packet a blind writer is given instead; `--judge-packet` and
 * `--adjudication-packet` the packets of the second and third readers, and `--import` puts their verdicts back.
 */
import { join } from 'node:path';
import { grade } from '../../index.ts';
import { formatProblem, sortProblems, type ContentProblem } from '../content-problem.ts';
import { findExerciseFolders, resolveExerciseFolder } from '../find-exercises.ts';
import { loadExercise } from '../load-exercise.ts';
import { readLessons } from '../content-check/read-lessons.ts';
import { compareCalibration, isExplained, type CalibrationRow } from './compare-calibration.ts';
import { formatCalibration, roundOf } from './format-calibration.ts';
import { CALIBRATION_BRIEF, readCalibration } from './read-calibration.ts';
import { findReadingProblem } from './verdict-of-record.ts';
import { importReadings } from './import-readings.ts';
import { writePacket } from './write-packet.ts';
import { keyPathOf, writeReadingPacket } from './write-reading-packet.ts';
import { findWriterCeiling, type CeilingInput } from './writer-ceiling.ts';

/** Where the command reads from. */
export interface CalibrateRoots {
  repository: string;
  content: string;
  exercises: string;
}

/** What the command printed and how it exits. */
export interface CalibrateResult {
  exitCode: 0 | 1 | 2;
  stdout: string;
  stderr: string;
  rows: CalibrationRow[];
}

export const CALIBRATE_USAGE = `usage: npm run calibrate [-- [--all] [--round <n>] [<exercise-id>...]]
       npm run calibrate -- --packet|--judge-packet|--adjudication-packet <exercise-id> <folder>
       npm run calibrate -- --import <exercise-id> <folder>
Grades every calibration answer (exercises/<chapter>/<id>/calibration/*.json|ts, written blind) and prints the
agreement of the grader with each blind verdict; --all also lists the answers that agree; --round <n> grades only
round n's answers (r<n>-*, round 1 unprefixed), e.g. a held-out round before its rubrics are tuned. --packet writes
what a blind writer is given; --judge-packet what a judge is given to read every answer not yet judged, blind;
--adjudication-packet the answers whose judge and writer differ, with both readings; --import puts a judge's or an
adjudicator's verdicts.json back into the answers' headers (README.md, "Calibrating an exercise", says how).`;

/** The commands that write or read a packet: the writer's, the judge's, the adjudicator's, and the import. */
const PACKET_COMMANDS = ['--packet', '--judge-packet', '--adjudication-packet', '--import'] as const;

/** The brief each packet holds, in the exercises folder (an import writes no packet). */
const BRIEFS: Record<(typeof PACKET_COMMANDS)[number], string> = {
  '--packet': CALIBRATION_BRIEF,
  '--judge-packet': 'calibration-judge-brief.md',
  '--adjudication-packet': 'calibration-adjudication-brief.md',
  '--import': CALIBRATION_BRIEF,
};

/** Runs the command on `argv`. */
export function runCalibrate(argv: readonly string[], roots: CalibrateRoots): CalibrateResult {
  const fail = (message: string): CalibrateResult => ({ exitCode: 2, stdout: '', stderr: `${message}\n`, rows: [] });
  if (argv.includes('--help')) return { exitCode: 0, stdout: `${CALIBRATE_USAGE}\n`, stderr: '', rows: [] };
  const packetCommand = PACKET_COMMANDS.find((command) => command === argv[0]);
  if (packetCommand !== undefined) {
    const [, id, target] = argv;
    if (id === undefined || target === undefined || argv.length > 3) return fail(CALIBRATE_USAGE);
    const folder = resolveExerciseFolder(id, roots.exercises);
    if (folder === undefined) return fail(`calibrate: no exercise "${id}"`);
    const lessons = readLessons(roots.content);
    const sources = {
      exercise: folder,
      content: roots.content,
      takeaways: lessons.takeaways,
      brief: join(roots.exercises, BRIEFS[packetCommand]),
      repository: roots.repository,
    };
    if (packetCommand === '--packet') {
      const written = writePacket(sources, target);
      return { exitCode: 0, stdout: `wrote ${written.length} files to ${target}\n`, stderr: '', rows: [] };
    }
    const calibration = readCalibration(folder);
    if (calibration.problems.length > 0)
      return fail(calibration.problems.map((problem) => formatProblem(problem, roots.repository)).join('\n'));
    if (packetCommand === '--import') {
      const known = new Set(lessons.takeaways.map((takeaway) => takeaway.id));
      const imported = importReadings(id, folder, calibration.files, target, known);
      if (!imported.ok) return fail(`calibrate: nothing imported\n${imported.problems.join('\n')}`);
      const count = imported.written.length;
      return { exitCode: 0, stdout: `imported ${count} reading${count === 1 ? '' : 's'}\n`, stderr: '', rows: [] };
    }
    const kind = packetCommand === '--judge-packet' ? 'judge' : 'adjudicated';
    const count = writeReadingPacket(sources, id, calibration.files, kind, target);
    return {
      exitCode: 0,
      stdout: `wrote ${count} answers to ${target}; the key is ${keyPathOf(target)} (keep it from the reader)\n`,
      stderr: '',
      rows: [],
    };
  }
  const showAll = argv.includes('--all');
  const roundAt = argv.indexOf('--round');
  const roundText = roundAt === -1 ? undefined : argv[roundAt + 1];
  if (roundAt !== -1 && (roundText === undefined || !/^[1-9]\d*$/.test(roundText)))
    return fail(`calibrate: --round takes a round number (1, 2, ...)\n${CALIBRATE_USAGE}`);
  const round = roundText === undefined ? undefined : Number(roundText);
  const ids = argv.filter(
    (arg, index) => arg !== '--all' && (roundAt === -1 || (index !== roundAt && index !== roundAt + 1)),
  );
  const unknownFlag = ids.find((id) => id.startsWith('-'));
  if (unknownFlag !== undefined) return fail(`calibrate: unknown option ${unknownFlag}\n${CALIBRATE_USAGE}`);
  const folders: string[] = [];
  for (const id of ids) {
    const folder = resolveExerciseFolder(id, roots.exercises);
    if (folder === undefined) return fail(`calibrate: no exercise "${id}"`);
    folders.push(folder);
  }
  if (folders.length === 0) folders.push(...findExerciseFolders(roots.exercises));

  const problems: ContentProblem[] = [];
  const rows: CalibrationRow[] = [];
  const ceilingInputs: CeilingInput[] = [];
  for (const folder of folders) {
    const loaded = loadExercise(folder);
    if (!loaded.ok) {
      problems.push(...loaded.problems);
      continue;
    }
    const exercise = loaded.loaded.exercise;
    const calibration = readCalibration(folder);
    problems.push(...calibration.problems);
    for (const file of calibration.files) {
      if (round !== undefined && roundOf(file.name) !== round) continue;
      const report = grade(exercise, file.answer, file.format);
      // An answer with errors is graded incomplete: it measures the parser, not the grader's judgement, so say so.
      for (const diagnostic of report.diagnostics.filter((d) => d.severity === 'error'))
        problems.push({
          file: file.path,
          line: diagnostic.line,
          column: diagnostic.column,
          severity: 'warning',
          message: `the blind answer does not match the schema, so this is not a test of judgement: ${diagnostic.message.text}`,
        });
      const readingProblem = findReadingProblem(file.header);
      if (readingProblem !== undefined)
        problems.push({ file: file.path, line: 1, column: 1, severity: 'warning', message: readingProblem });
      const row = compareCalibration({
        exerciseId: exercise.frontmatter.id,
        name: file.name,
        header: file.header,
        report,
      });
      rows.push(row);
      ceilingInputs.push({
        exerciseId: exercise.frontmatter.id,
        name: file.name,
        verdict: row.record.verdict,
        answer: file.answer,
        format: file.format,
      });
    }
  }
  const stderr = sortProblems(problems)
    .map((problem) => `${formatProblem(problem, roots.repository)}\n`)
    .join('');
  if (problems.some((problem) => problem.severity === 'error')) return { exitCode: 2, stdout: '', stderr, rows };
  const unexplained = rows.some((row) => !row.verdictAgrees && !isExplained(row));
  const ceiling = findWriterCeiling(ceilingInputs);
  return { exitCode: unexplained ? 1 : 0, stdout: formatCalibration(rows, showAll, ceiling), stderr, rows };
}
