/**
 * Prints a fingerprint of every report the engine gives on the answers it is known by, so that a refactor can prove
 * it changed no behaviour: run it before and after, and compare (`npm run snapshot:reports -- before.tsv`, then
 * `-- after.tsv`, then `diff`). Graded: every exercise's model, samples and calibration answers, 1,000 answers shaped
 * by its schema (fixed seed), and the model with each leaf swapped for every other leaf value its own answers use.
 * Each line holds the exercise, the answer's label and the SHA-256 of the report (JSON) and its CLI text.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { grade, readAnswer, type AnswerFormat, type GradableExercise } from '../../graders/index';
import { findExerciseFolders } from '../../graders/tooling/find-exercises';
import { formatReport } from '../../graders/tooling/grade/format-report';
import { loadExercise } from '../../graders/tooling/load-exercise';
import { readSamples } from '../../graders/tooling/read-sample';
import { readCalibration } from '../../graders/tooling/calibration/read-calibration';
import { arbitraryAnswerOf } from '../graders/support/arbitrary-from-schema';
import { toTsSource } from '../graders/support/to-ts-source';

/** How generated answers are written as TypeScript. */
const TS_STYLE = {
  quote: "'",
  exportStyle: 'export-const',
  asConst: false,
  hoist: false,
  trailingCommas: true,
  comments: false,
} as const;

const SHAPED_PER_EXERCISE = 1000;
const SEED = 26;

const out = process.argv[2];
if (out === undefined) {
  console.error('usage: npm run snapshot:reports -- <out.tsv>');
  process.exit(2);
}

const lines: string[] = [];
const fingerprint = (exercise: GradableExercise, label: string, text: string, format: AnswerFormat): void => {
  const report = grade(exercise, text, format);
  const hash = createHash('sha256')
    .update(JSON.stringify(report))
    .update('\n')
    .update(formatReport(label, report))
    .digest('hex');
  lines.push(`${exercise.frontmatter.id}\t${label}\t${hash}`);
};

/** Every leaf of `value` with its path, for swapping. */
function leaves(value: unknown, path: (string | number)[] = []): { path: (string | number)[]; leaf: unknown }[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => leaves(item, [...path, index]));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => leaves(item, [...path, key]));
  return [{ path, leaf: value }];
}

function withLeaf(value: unknown, path: (string | number)[], leaf: unknown): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1] as string | number] = leaf;
  return copy;
}

for (const folder of findExerciseFolders()) {
  const loaded = loadExercise(folder);
  if (!loaded.ok) throw new Error(`${folder} does not load`);
  const { exercise } = loaded.loaded;
  const modelText = readFileSync(join(folder, 'model.json'), 'utf8');
  fingerprint(exercise, 'model.json', modelText, 'json');
  const answers: unknown[] = [];
  const model = readAnswer(modelText, 'json');
  if (model.ok) answers.push(model.value);
  for (const sample of readSamples(folder).samples) {
    fingerprint(exercise, `samples/${basename(sample.path)}`, sample.answer, sample.format);
    const read = readAnswer(sample.answer, sample.format);
    if (read.ok) answers.push(read.value);
  }
  for (const file of readCalibration(folder).files) {
    fingerprint(exercise, `calibration/${file.name}`, file.answer, file.format);
    const read = readAnswer(file.answer, file.format);
    if (read.ok) answers.push(read.value);
  }
  const shaped = arbitraryAnswerOf(exercise);
  fc.sample(shaped, { numRuns: SHAPED_PER_EXERCISE, seed: SEED }).forEach((value, index) => {
    const text = index % 2 === 0 ? JSON.stringify(value, null, 2) : toTsSource(value, TS_STYLE);
    fingerprint(exercise, `shaped/${index}`, text, index % 2 === 0 ? 'json' : 'ts');
  });
  if (model.ok) {
    const values = [...new Set(answers.flatMap((answer) => leaves(answer).map(({ leaf }) => leaf)))];
    for (const { path, leaf } of leaves(model.value))
      for (const other of values)
        if (other !== leaf)
          fingerprint(
            exercise,
            `swap/${path.join('.')}=${JSON.stringify(other)}`,
            JSON.stringify(withLeaf(model.value, path, other)),
            'json',
          );
  }
}

writeFileSync(out, `${lines.join('\n')}\n`);
const total = createHash('sha256').update(lines.join('\n')).digest('hex').slice(0, 16);
console.log(`${lines.length} reports fingerprinted in ${out} (all: ${total})`);
