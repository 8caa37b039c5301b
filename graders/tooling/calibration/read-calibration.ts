/**
 * Reads an exercise's calibration set: every `.json` or `.ts` file in its `calibration/` folder, each an answer written
 * blind with a header of `//` lines (YAML) holding the blind verdict. Other files (the folder's README) are not
 * answers. A header that is missing or wrong is a problem at its line and column, never a silent skip.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { calibrationAnswerSchema, type AnswerFormat, type CalibrationAnswer } from '../../index.ts';
import { createProblem, type ContentProblem } from '../content-problem.ts';
import { describeZodIssues } from '../describe-zod-issues.ts';
import { readLocatedYaml } from '../locate-yaml.ts';
import { splitSampleHeader } from '../read-sample.ts';

/** The folder of an exercise that holds its calibration set. */
export const CALIBRATION_FOLDER = 'calibration';

/** The brief a blind writer is given, in the exercises folder. */
export const CALIBRATION_BRIEF = 'calibration-brief.md';

/** One calibration answer read from disk. */
export interface CalibrationFile {
  /** The file's name in `calibration/`, e.g. `03-right-calls-wrong-reasons.json`. */
  name: string;
  path: string;
  header: CalibrationAnswer;
  format: AnswerFormat;
  /** The text to grade: a JSON file with its header lines emptied (line numbers kept); a TypeScript file whole. */
  answer: string;
}

const ANSWER_FILE = /\.(?:json|ts)$/;

/** The calibration answers of the exercise in `folder`, or the problems in their headers; no folder is no answers. */
export function readCalibration(folder: string): { files: CalibrationFile[]; problems: ContentProblem[] } {
  let names: string[];
  try {
    names = readdirSync(join(folder, CALIBRATION_FOLDER))
      .filter((name) => ANSWER_FILE.test(name))
      .sort();
  } catch {
    names = [];
  }
  const files: CalibrationFile[] = [];
  const problems: ContentProblem[] = [];
  for (const name of names) {
    const path = join(folder, CALIBRATION_FOLDER, name);
    const read = readCalibrationFile(path, name);
    if (read.ok) files.push(read.file);
    else problems.push(...read.problems);
  }
  return { files, problems };
}

function readCalibrationFile(
  path: string,
  name: string,
): { ok: true; file: CalibrationFile } | { ok: false; problems: ContentProblem[] } {
  const text = readFileSync(path, 'utf8');
  const { header, answer, prefixes } = splitSampleHeader(text);
  const start = { line: 1, column: 1 };
  if (header.trim() === '')
    return {
      ok: false,
      problems: [
        createProblem(path, start, 'no header: start with `//` lines holding candidate, verdict, misses, why'),
      ],
    };
  const yaml = readLocatedYaml(header, ({ line, column }) => ({ line, column: column + (prefixes[line - 1] ?? 0) }));
  if (!yaml.ok) return { ok: false, problems: [createProblem(path, yaml.position, `header: ${yaml.message}`)] };
  const parsed = calibrationAnswerSchema.safeParse(yaml.data ?? {});
  if (!parsed.success)
    return {
      ok: false,
      problems: describeZodIssues(path, parsed.error.issues, yaml.locate).map((problem) => ({
        ...problem,
        message: `header: ${problem.message}`,
      })),
    };
  const format: AnswerFormat = name.endsWith('.ts') ? 'ts' : 'json';
  return { ok: true, file: { name, path, header: parsed.data, format, answer: format === 'json' ? answer : text } };
}
