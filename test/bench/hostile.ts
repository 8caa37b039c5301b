/**
 * How long grade() takes on hostile answers: every reproduction of issue 16, every family of
 * test/support/hostile-shapes.ts at its largest size (1 MB) and at the largest size the engine reads (200 KB), and
 * random draws from the fuzz test's generator. Prints each family's worst time, then the inputs tried and the worst
 * time overall. Grading is warmed up first (the exercise's schemas compiled), as on a page that has graded once.
 * Run with `npm run bench:hostile` (`-- --draws 5000` for more random draws).
 */
import fc from 'fast-check';
import { grade, MAX_SOURCE_LENGTH, type AnswerFormat } from '../../graders/index';
import { findExerciseFolders } from '../../graders/tooling/find-exercises';
import { loadExercise } from '../../graders/tooling/load-exercise';
import { ISSUE_REPRODUCTIONS } from '../support/hostile-answers';
import { HOSTILE_SHAPES, buildWithin, findShape, hostileAnswerArbitrary } from '../support/hostile-shapes';

const drawsFlag = process.argv.indexOf('--draws');
const DRAWS = drawsFlag === -1 ? 1_000 : Number(process.argv[drawsFlag + 1]);

const folder = findExerciseFolders().find((candidate) => candidate.endsWith('food-delivery-communication'));
const loaded = folder === undefined ? undefined : loadExercise(folder);
if (loaded === undefined || !loaded.ok) throw new Error('cannot load food-delivery-communication');
const { exercise } = loaded.loaded;
for (let i = 0; i < 20; i++) grade(exercise, '{}', 'json');

interface Timing {
  label: string;
  characters: number;
  ms: number;
  outcome: string;
}

/** Grades once and says how it ended: the first diagnostic's message id, or the score. */
function time(label: string, source: string, format: AnswerFormat): Timing {
  const started = performance.now();
  const report = grade(exercise, source, format);
  const ms = performance.now() - started;
  const first = report.diagnostics[0];
  const outcome = first === undefined ? `graded ${report.score}/${report.max}` : first.message.id;
  return { label, characters: source.length, ms, outcome };
}

const timings: Timing[] = [];
const rows: string[][] = [['input', 'characters', 'ms', 'outcome']];
const show = (timing: Timing) =>
  rows.push([timing.label, String(timing.characters), timing.ms.toFixed(1), timing.outcome]);

for (const answer of ISSUE_REPRODUCTIONS) {
  const timing = time(`issue 16: ${answer.name}`, answer.source, answer.format);
  timings.push(timing);
  show(timing);
}
for (const shape of HOSTILE_SHAPES) {
  const largest = buildWithin(shape, shape.maxSize);
  const readable = buildWithin(shape, shape.maxSize, MAX_SOURCE_LENGTH);
  const pair = [
    time(`${shape.name} × ${largest.size}`, largest.source, shape.format),
    time(`${shape.name} × ${readable.size}`, readable.source, shape.format),
  ];
  timings.push(...pair);
  show(pair.reduce((worst, timing) => (timing.ms > worst.ms ? timing : worst)));
}
const drawn: Timing[] = [];
for (const { name, size } of fc.sample(hostileAnswerArbitrary, { numRuns: DRAWS, seed: 16 })) {
  const shape = findShape(name);
  const built = buildWithin(shape, size);
  drawn.push(time(`${name} × ${built.size} (random)`, built.source, shape.format));
}
timings.push(...drawn);
const slowest = (list: readonly Timing[]): Timing | undefined =>
  list.reduce<Timing | undefined>(
    (worst, timing) => (worst === undefined || timing.ms > worst.ms ? timing : worst),
    undefined,
  );
const worstDrawn = slowest(drawn);
if (worstDrawn !== undefined) show(worstDrawn);

const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
const worst = slowest(timings);
if (worst === undefined) throw new Error('nothing was timed');
const total = timings.reduce((sum, timing) => sum + timing.ms, 0);
console.log(
  `\ninputs tried: ${timings.length} (${ISSUE_REPRODUCTIONS.length} reproductions, ${2 * HOSTILE_SHAPES.length} largest of each family, ${drawn.length} random draws)`,
);
console.log(`worst time: ${worst.ms.toFixed(1)} ms (${worst.label}, ${worst.characters} characters, ${worst.outcome})`);
console.log(`mean time: ${(total / timings.length).toFixed(2)} ms`);
