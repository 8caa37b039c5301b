/**
 * The browser grades with validators printed at build time (ajv's standalone code), the CLI with validators
 * compiled at run time: both must give the very same report, errors and all, for every exercise's own answers and
 * for answers that break its schema. The printed module must also compile nothing when it runs.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  createValidatorPrinter,
  grade,
  gradeAnswer,
  printValidatorModule,
  toCompiledSchemas,
  type GradableExercise,
  type PrecompiledValidators,
} from '../../../graders/index';
import { findExerciseFolders } from '../../../graders/tooling/find-exercises';
import { loadExercise } from '../../../graders/tooling/load-exercise';
import { readSamples } from '../../../graders/tooling/read-sample';

const AJV_RUNTIME = resolve(import.meta.dirname, '../../../graders/answer-schema/ajv-runtime.ts');
const folder = mkdtempSync(join(tmpdir(), 'precompiled-validators-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

// One printer for every exercise, as the build uses (src/integrations/exercise-validators.ts).
const print = createValidatorPrinter(AJV_RUNTIME);

/** Prints the exercise's validators to a file and imports it, as the bundler does for the grading worker. */
async function importPrinted(exercise: GradableExercise): Promise<PrecompiledValidators> {
  const file = join(folder, `${exercise.frontmatter.id}.js`);
  writeFileSync(file, print(exercise.answerSchema, exercise.frontmatter.rubric));
  return (await import(pathToFileURL(file).href)) as PrecompiledValidators;
}

/** Answers that fail the schema in the ways candidates do: wrong types, unknown fields, missing parts, duplicates. */
const BROKEN_ANSWERS = [
  '{}',
  '[]',
  '{ "services": "all of them", "extra": true }',
  '{ "services": [{ "name": 1 }, { "name": 1 }], "calls": [{ "style": "asynch", "timeoutMs": -1 }] }',
  `{ "notes": "${'x'.repeat(5000)}" }`,
];

describe('validators printed at build time', () => {
  for (const exerciseFolder of findExerciseFolders()) {
    const result = loadExercise(exerciseFolder);
    if (!result.ok) throw new Error(`${exerciseFolder} does not load`);
    const { exercise } = result.loaded;
    it(`grade ${exercise.frontmatter.id}'s answers exactly as run-time compiled ones do`, async () => {
      const schemas = { ok: true as const, compiled: toCompiledSchemas(await importPrinted(exercise)) };
      const answers = [
        { text: readFileSync(join(exerciseFolder, 'model.json'), 'utf8'), format: 'json' as const },
        { text: readFileSync(join(exerciseFolder, 'starter.json'), 'utf8'), format: 'json' as const },
        ...readSamples(exerciseFolder).samples.map((sample) => ({ text: sample.answer, format: sample.format })),
        ...BROKEN_ANSWERS.map((text) => ({ text, format: 'json' as const })),
      ];
      for (const { text, format } of answers)
        expect(gradeAnswer(exercise, schemas, text, format)).toEqual(grade(exercise, text, format));
      // Not a vacuous comparison: the model passes and a broken answer has schema diagnostics.
      expect(gradeAnswer(exercise, schemas, answers[0]?.text ?? '', 'json').passed).toBe(true);
      expect(
        gradeAnswer(exercise, schemas, BROKEN_ANSWERS[2] ?? '', 'json').diagnostics.some((d) => d.source === 'schema'),
      ).toBe(true);
    });
  }

  it('run without compiling code: the printed module calls neither eval nor Function', async () => {
    const loaded = loadExercise(findExerciseFolders()[0] ?? '');
    if (!loaded.ok) throw new Error('the first exercise does not load');
    const { exercise } = loaded.loaded;
    const printed = printValidatorModule(exercise.answerSchema, exercise.frontmatter.rubric, AJV_RUNTIME);
    expect(printed).not.toMatch(/\beval\s*\(|\bFunction\s*\(|\brequire\s*\(/);
    const file = join(folder, 'alone.js');
    writeFileSync(file, printed);
    const validators = (await import(pathToFileURL(file).href)) as PrecompiledValidators;
    const realFunction = globalThis.Function;
    const compiled: string[] = [];
    // Any code compiled while validating is caught here: a validator that called `new Function` would fail.
    globalThis.Function = new Proxy(realFunction, {
      construct(target, args: string[]) {
        compiled.push(args.join(','));
        return Reflect.construct(target, args) as object;
      },
      apply(target, self, args: string[]) {
        compiled.push(args.join(','));
        return Reflect.apply(target, self, args) as unknown;
      },
    });
    try {
      validators.answer(JSON.parse(readFileSync(join(findExerciseFolders()[0] ?? '', 'model.json'), 'utf8')));
      validators.answer({});
    } finally {
      globalThis.Function = realFunction;
    }
    expect(compiled).toEqual([]);
  });

  it('say which exercise schema is broken, as ajv.compile does', () => {
    expect(() =>
      printValidatorModule({ type: 'object', properties: { a: { type: 'nope' } } }, [], AJV_RUNTIME),
    ).toThrow(/type/);
  });
});
