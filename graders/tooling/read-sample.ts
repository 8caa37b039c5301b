/**
 * Reads the sample answers of an exercise: every file in its `samples/`, each starting with a header of `//` lines
 * that hold YAML saying what the sample expects. In a JSON sample the header lines are blanked (emptied, newlines
 * kept) before grading, so the answer stays strict JSON and every line number stays true.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnswerFormat } from '../parse/read-answer';
import { sampleSchema, type Sample } from '../authoring-schema/sample';
import { createProblem, type ContentProblem } from './content-problem';
import { describeZodIssues } from './describe-zod-issues';
import { readLocatedYaml, type Position } from './locate-yaml';

const HEADER_LINE = /^\/\/ ?(.*)$/;

/** A sample read from disk: what it expects, the answer text to grade, and where each header field is. */
export interface SampleFile {
  /** The absolute path of the file. */
  path: string;
  sample: Sample;
  format: AnswerFormat;
  /** The text to grade: the file, its header lines emptied. */
  answer: string;
  /** Where a header field is written (line 1 when it is not). */
  locate: (field: keyof Sample) => Position;
}

/** The samples, or the problems in their headers; a missing `samples/` folder is no samples. */
export function readSamples(folder: string): { samples: SampleFile[]; problems: ContentProblem[] } {
  let names: string[];
  try {
    names = readdirSync(join(folder, 'samples')).sort();
  } catch {
    names = [];
  }
  const samples: SampleFile[] = [];
  const problems: ContentProblem[] = [];
  for (const name of names) {
    const read = readSampleFile(join(folder, 'samples', name), `samples/${name}`);
    if (read.ok) samples.push(read.sample);
    else problems.push(...read.problems);
  }
  return { samples, problems };
}

/** Splits a sample's text into its header (YAML, prefixes removed) and the answer (header lines emptied). */
export function splitSampleHeader(text: string): { header: string; answer: string; prefixes: number[] } {
  const lines = text.split('\n');
  const prefixes: number[] = [];
  const header: string[] = [];
  for (const line of lines) {
    const match = HEADER_LINE.exec(line.replace(/\r$/, ''));
    if (match === null) break;
    header.push(match[1] ?? '');
    prefixes.push(line.length - (match[1] ?? '').length - (line.endsWith('\r') ? 1 : 0));
  }
  const answer = [...header.map(() => ''), ...lines.slice(header.length)].join('\n');
  return { header: header.join('\n'), answer, prefixes };
}

/** Reads one sample file; `file` is its path from the exercise folder, `samples/<name>`. */
export function readSampleFile(
  path: string,
  file: string,
): { ok: true; sample: SampleFile } | { ok: false; problems: ContentProblem[] } {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (caught) {
    const code = (caught as NodeJS.ErrnoException).code;
    return { ok: false, problems: [createProblem(path, { line: 1, column: 1 }, `cannot read the file (${code})`)] };
  }
  const { header, answer, prefixes } = splitSampleHeader(text);
  const format: AnswerFormat = file.endsWith('.ts') ? 'ts' : 'json';
  if (header.trim() === '')
    return {
      ok: false,
      problems: [
        createProblem(
          path,
          { line: 1, column: 1 },
          'no header: start the sample with `//` lines saying what it expects, e.g. `// kind: mistake` and `// fails: [criterion-id]`',
        ),
      ],
    };
  const yaml = readLocatedYaml(header, ({ line, column }) => ({ line, column: column + (prefixes[line - 1] ?? 0) }));
  if (!yaml.ok) return { ok: false, problems: [createProblem(path, yaml.position, `header: ${yaml.message}`)] };
  const fields = yaml.data !== null && typeof yaml.data === 'object' ? yaml.data : {};
  const parsed = sampleSchema.safeParse({ ...fields, file });
  if (!parsed.success)
    return {
      ok: false,
      problems: describeZodIssues(path, parsed.error.issues, (issuePath) =>
        issuePath[0] === 'file' ? { line: 1, column: 1 } : yaml.locate(issuePath),
      ).map((problem) => ({ ...problem, message: `header: ${problem.message}` })),
    };
  return {
    ok: true,
    sample: {
      path,
      sample: parsed.data,
      format,
      answer: format === 'json' ? answer : text,
      locate: (field) => yaml.locate([field]),
    },
  };
}
