/**
 * Grading throughput per exercise and format, on the model answer and on a wrong answer (the first fail sample):
 * answers per second on one core, the median of several timed runs after a warm-up that also compiles the schemas.
 * Targets: >= 10,000 JSON answers/s and >= 1,000 TypeScript answers/s. Run with `npm run bench:grade`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { grade, readAnswer, type AnswerFormat, type GradableExercise } from '../../graders/index';
import { findExerciseFolders } from '../../graders/tooling/find-exercises';
import { formatProblem } from '../../graders/tooling/content-problem';
import { loadExercise } from '../../graders/tooling/load-exercise';
import { readSamples, type SampleFile } from '../../graders/tooling/read-sample';

const RUNS = 7;
const RUN_MILLISECONDS = 250;
const TARGETS: Record<AnswerFormat, number> = { json: 10_000, ts: 1_000 };

/** Answers per second for one source, median of RUNS runs of about RUN_MILLISECONDS each. */
function measure(exercise: GradableExercise, source: string, format: AnswerFormat): number {
  for (let i = 0; i < 200; i++) grade(exercise, source, format);
  const rates: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    let count = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < RUN_MILLISECONDS) {
      for (let i = 0; i < 50; i++) grade(exercise, source, format);
      count += 50;
      elapsed = performance.now() - start;
    }
    rates.push((count * 1000) / elapsed);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? 0;
}

/** The same value written as a TypeScript answer. */
function toTs(value: unknown): string {
  return `export const answer = ${JSON.stringify(value, null, 2)} as const;\n`;
}

function readValue(sample: SampleFile): unknown {
  const read = readAnswer(sample.answer, sample.format);
  if (!read.ok) throw new Error(`cannot read ${sample.path}`);
  return read.value;
}

const rows: string[][] = [['exercise', 'answer', 'format', 'answers/s', 'bytes', 'target']];
let belowTarget = 0;
for (const folder of findExerciseFolders()) {
  const loaded = loadExercise(folder);
  if (!loaded.ok) throw new Error(loaded.problems.map((problem) => formatProblem(problem)).join('\n'));
  const { exercise } = loaded.loaded;
  const wrong = readSamples(folder).samples.find((sample) => sample.sample.fails.length > 0);
  const wrongValue = wrong === undefined ? {} : readValue(wrong);
  const model = readFileSync(join(folder, 'model.json'), 'utf8');
  const cases: [string, AnswerFormat, string][] = [
    ['model', 'json', model],
    ['model', 'ts', toTs(JSON.parse(model))],
    [`wrong (${wrong?.sample.file ?? 'none'})`, 'json', JSON.stringify(wrongValue, null, 2)],
    [`wrong (${wrong?.sample.file ?? 'none'})`, 'ts', toTs(wrongValue)],
  ];
  for (const [label, format, source] of cases) {
    const rate = measure(exercise, source, format);
    const ok = rate >= TARGETS[format];
    if (!ok) belowTarget++;
    rows.push([
      exercise.frontmatter.id,
      label,
      format,
      Math.round(rate).toLocaleString('en-US'),
      String(source.length),
      ok ? `ok (>= ${TARGETS[format].toLocaleString('en-US')})` : `BELOW ${TARGETS[format].toLocaleString('en-US')}`,
    ]);
  }
}

const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length))) ?? [];
for (const row of rows)
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd(),
  );
console.log(
  `\n${process.version}, one core, median of ${RUNS} runs of ${RUN_MILLISECONDS} ms; ${belowTarget === 0 ? 'all targets met' : `${belowTarget} below target`}.`,
);
