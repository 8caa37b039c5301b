/**
 * Prints everything the site and the engine read out of the answer schemas, so that a change to how schemas are read
 * can prove it changed nothing a candidate or an author sees: run it before and after, and compare
 * (`npm run snapshot:schema-readers -- before.txt`, then `-- after.txt`, then `cmp`). Per exercise, for its answer
 * schema and (with a curveball) the schema a mock shows before the reveal: the "Answer format" panel's data, the
 * TypeScript declarations the editor gets, the drawing of every known answer (with the marks its report gives),
 * what the grader reads at every field (`valuesAt`, `isListAt`, `isFreeTextAt`), the rubric's and the annotations'
 * self-check problems, and the declared kinds.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import fc from 'fast-check';
import { grade, listDeclaredKinds, readAnswer, vocabularySchema, type GradeReport } from '../../graders/index';
import { findDiagramAnnotationProblems } from '../../graders/answer-schema/find-diagram-annotation-problems';
import { findRubricProblems } from '../../graders/rubric/find-rubric-problems';
import { isFreeTextAt, isListAt, valuesAt } from '../../graders/json-schema/values-at';
import { findExerciseFolders } from '../../graders/tooling/find-exercises';
import { loadExercise } from '../../graders/tooling/load-exercise';
import { readSamples } from '../../graders/tooling/read-sample';
import { readCalibration } from '../../graders/tooling/calibration/read-calibration';
import { drawAnswer, type DiagramMark } from '../../src/answer-drawing/answer-drawing';
import { generateAnswerDeclarations } from '../../src/editor/schema-to-dts';
import { describeAnswerFormat, type FieldFormat } from '../../src/answer-fields/describe-answer-fields';
import { deriveBeforeCurveball } from '../../src/mock/before-curveball';
import { arbitraryAnswerOf } from '../graders/support/arbitrary-from-schema';

const SHAPED_PER_EXERCISE = 200;
const SEED = 26;

const out = process.argv[2];
if (out === undefined) {
  console.error('usage: npm run snapshot:schema-readers -- <out.txt>');
  process.exit(2);
}

const lines: string[] = [];
const section = (title: string, body: string): void => {
  lines.push(`=== ${title}`, body);
};

/** The marks the page puts on the drawing after grading (as `collectMarks` on the exercise page). */
function marksOf(report: GradeReport): Map<string, DiagramMark> {
  const rank: Record<DiagramMark, number> = { pass: 0, partial: 1, fail: 2 };
  const marks = new Map<string, DiagramMark>();
  for (const criterion of report.criteria) {
    if (criterion.verdict === 'not-graded') continue;
    const mark: DiagramMark = criterion.verdict;
    for (const location of criterion.locations) {
      const own = location.verdict ?? mark;
      const previous = marks.get(location.pointer);
      if (!previous || rank[own] > rank[previous]) marks.set(location.pointer, own);
    }
  }
  return marks;
}

/** Every field path of a format as `valuesAt` tokens, lists as `*`. */
function fieldTokens(fields: readonly FieldFormat[], prefix: readonly string[] = []): string[][] {
  return fields.flatMap((field) => {
    const tokens = [...prefix, field.key];
    const found = [tokens];
    let value = field.value;
    while (value.kind === 'list') {
      tokens.push('*');
      found.push([...tokens]);
      value = value.item;
    }
    return value.kind === 'object' ? [...found, ...fieldTokens(value.fields, tokens)] : found;
  });
}

/** Every place of an answer value as tokens, indexes as `*`: the places the grader and the drawing read. */
function valueTokens(value: unknown, prefix: readonly string[] = []): string[][] {
  if (Array.isArray(value)) return [[...prefix], ...value.flatMap((item) => valueTokens(item, [...prefix, '*']))];
  if (value !== null && typeof value === 'object')
    return [[...prefix], ...Object.entries(value).flatMap(([key, item]) => valueTokens(item, [...prefix, key]))];
  return [[...prefix]];
}

/** Odd keys the drawing and pointers must escape (`/`, `~`) and one that names an inherited member. */
function withOddKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withOddKeys);
  if (value === null || typeof value !== 'object') return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) copy[key] = withOddKeys(item);
  copy['a/b~c'] = 'x/y~z';
  Object.defineProperty(copy, '__proto__', { value: { name: 'hidden' }, enumerable: true, writable: true });
  return copy;
}

for (const folder of findExerciseFolders()) {
  const loaded = loadExercise(folder);
  if (!loaded.ok) throw new Error(`${folder} does not load`);
  const { exercise } = loaded.loaded;
  const id = exercise.frontmatter.id;
  const answers: { label: string; text: string; format: 'json' | 'ts' }[] = [
    { label: 'model.json', text: readFileSync(join(folder, 'model.json'), 'utf8'), format: 'json' },
    ...readSamples(folder).samples.map((sample) => ({
      label: `samples/${basename(sample.path)}`,
      text: sample.answer,
      format: sample.format,
    })),
    ...readCalibration(folder).files.map((file) => ({
      label: `calibration/${file.name}`,
      text: file.answer,
      format: file.format,
    })),
  ];
  const shaped = arbitraryAnswerOf(exercise);
  fc.sample(shaped, { numRuns: SHAPED_PER_EXERCISE, seed: SEED }).forEach((value, index) =>
    answers.push({ label: `shaped/${index}`, text: JSON.stringify(value), format: 'json' }),
  );
  const model = readAnswer(answers[0]?.text ?? '', 'json');
  if (model.ok) answers.push({ label: 'odd-keys', text: JSON.stringify(withOddKeys(model.value)), format: 'json' });

  const schemas: { label: string; schema: object }[] = [{ label: 'answer schema', schema: exercise.answerSchema }];
  const curveball = exercise.frontmatter.mock?.curveball;
  if (curveball && model.ok) {
    const before = deriveBeforeCurveball(exercise.frontmatter.rubric, curveball.criteria, exercise.answerSchema, {});
    schemas.push({ label: 'before the curveball', schema: before.answerSchema });
  }
  for (const { label, schema } of schemas) {
    const format = describeAnswerFormat(schema, vocabularySchema);
    section(`${id} ${label}: answer format`, JSON.stringify(format, null, 1));
    section(`${id} ${label}: declarations`, generateAnswerDeclarations(schema, vocabularySchema));
    section(`${id} ${label}: declared kinds`, JSON.stringify([...listDeclaredKinds(schema)]));
    section(`${id} ${label}: annotation problems`, JSON.stringify(findDiagramAnnotationProblems(schema)));
    const places = new Map<string, string[]>();
    for (const tokens of fieldTokens(format.fields)) places.set(tokens.join('/'), tokens);
    for (const { text, format: answerFormat } of answers) {
      const read = readAnswer(text, answerFormat);
      if (read.ok) for (const tokens of valueTokens(read.value)) places.set(tokens.join('/'), tokens);
    }
    const reads = [...places.values()].map(
      (tokens) =>
        `/${tokens.join('/')}\t${JSON.stringify(valuesAt(schema, tokens))}\t${isListAt(schema, tokens)}\t${isFreeTextAt(schema, tokens)}`,
    );
    section(`${id} ${label}: values at`, reads.join('\n'));
    const drawings = answers.map(({ label: answerLabel, text, format: answerFormat }) => {
      const read = readAnswer(text, answerFormat);
      if (!read.ok) return `${answerLabel}: unreadable`;
      const plain = drawAnswer(read.value, schema);
      const marked = drawAnswer(read.value, schema, marksOf(grade(exercise, text, answerFormat)));
      return `${answerLabel}: ${plain.elements} ${plain.summary}\n${plain.source}\n${marked.source}`;
    });
    section(`${id} ${label}: drawings`, drawings.join('\n'));
  }
  section(
    `${id}: rubric problems`,
    JSON.stringify(findRubricProblems(exercise.answerSchema, exercise.frontmatter.rubric)),
  );
}
section('vocabulary: annotation problems', JSON.stringify(findDiagramAnnotationProblems(vocabularySchema)));
section('vocabulary: declared kinds', JSON.stringify([...listDeclaredKinds(vocabularySchema)]));

writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length / 2} sections written to ${out}`);
