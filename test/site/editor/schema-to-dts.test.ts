import { readFileSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { createAjv } from '../../../graders/answer-schema/create-ajv.ts';
import vocabulary from '../../../graders/vocabulary/vocabulary.schema.json' with { type: 'json' };
import { EXERCISES_ROOT, findExerciseFolders } from '../../../graders/tooling/find-exercises.ts';
import { splitSampleHeader } from '../../../graders/tooling/read-sample.ts';
import { printTsAnswer } from '../../../src/editor/convert-format.ts';
import { generateAnswerDeclarations } from '../../../src/editor/schema-to-dts.ts';
import { TEMPLATE_FOLDER } from '../../../graders/tooling/authoring/new-exercise.ts';

// Every exercise of every chapter, found the way check:content finds them: a new one is checked with no list to edit.
const FOLDERS = new Map(findExerciseFolders().map((folder) => [basename(folder), folder]));
const EXERCISE_IDS = [...FOLDERS.keys()].sort();
const folderOf = (exercise: string) => FOLDERS.get(exercise) ?? join(EXERCISES_ROOT, 'missing', exercise);
const readExercise = (exercise: string, file: string) => readFileSync(join(folderOf(exercise), file), 'utf8');
/** The TypeScript model as the site prints it from model.json: the one the candidate sees. */
const modelTsOf = (exercise: string) => printTsAnswer(JSON.parse(readExercise(exercise, 'model.json')));
/** The TypeScript starter as the page prints it from starter.json: what the editor shows in TypeScript mode. */
const starterTsOf = (exercise: string) => printTsAnswer(JSON.parse(readExercise(exercise, 'starter.json')));
const answerSchemaOf = (exercise: string) => JSON.parse(readExercise(exercise, 'answer.schema.json')) as object;
const declarationsFor = (exercise: string) => generateAnswerDeclarations(answerSchemaOf(exercise), vocabulary);

// ---------------------------------------------------------------------------------------------------------------
// Type-checking in memory with the TypeScript compiler: the generated declarations as an ambient .d.ts beside
// answer files, as Monaco's `addExtraLib` sets them up. Library files are parsed once and shared.
// ---------------------------------------------------------------------------------------------------------------

const BASE_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  lib: ['lib.es2022.d.ts'],
  types: [],
  noEmit: true,
};
/** Monaco's settings on the exercise page (strict), and the project's strictest ones. */
const OPTION_SETS: Record<string, ts.CompilerOptions> = {
  strict: { ...BASE_OPTIONS, strict: true },
  strictest: { ...BASE_OPTIONS, strict: true, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true },
};
const DIR = '/virtual';
const libraryFiles = new Map<string, ts.SourceFile>();

/** Diagnostics of a program made of `files` (paths under /virtual); `answer-types.d.ts` holds `declarations`. */
function typeCheck(declarations: string, files: Record<string, string>, options = OPTION_SETS['strictest']) {
  const all: Record<string, string> = { [`${DIR}/answer-types.d.ts`]: declarations };
  for (const [name, text] of Object.entries(files)) all[`${DIR}/${name}`] = text;
  const host = ts.createCompilerHost(options ?? BASE_OPTIONS);
  const readLibrary = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, language) => {
    const text = all[fileName];
    if (text !== undefined) return ts.createSourceFile(fileName, text, language, true);
    const cached = libraryFiles.get(fileName) ?? readLibrary(fileName, language);
    if (cached) libraryFiles.set(fileName, cached);
    return cached;
  };
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.fileExists = (fileName) => fileName in all || fileExists(fileName);
  host.readFile = (fileName) => all[fileName] ?? readFile(fileName);
  const directoryExists = host.directoryExists?.bind(host);
  host.directoryExists = (name) => name === DIR || (directoryExists?.(name) ?? false);
  host.writeFile = () => undefined;
  const program = ts.createProgram(Object.keys(all), options ?? BASE_OPTIONS, host);
  // What getPreEmitDiagnostics gives for these files, without checking the standard library again for every program
  // (the library's own diagnostics are never these tests' business, and checking it was most of their time).
  const ours = Object.keys(all).flatMap((name) => program.getSourceFile(name) ?? []);
  const diagnostics = [
    ...program.getOptionsDiagnostics(),
    ...ours.flatMap((file) => program.getSyntacticDiagnostics(file)),
    ...program.getGlobalDiagnostics(),
    ...ours.flatMap((file) => program.getSemanticDiagnostics(file)),
  ];
  return diagnostics.map((diagnostic) => ({
    file: diagnostic.file?.fileName.replace(`${DIR}/`, '') ?? '',
    start: diagnostic.start ?? -1,
    line:
      diagnostic.file && diagnostic.start !== undefined
        ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line
        : -1,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
}

/** The error messages of a single answer file. */
function errorsOf(declarations: string, answer: string, options?: ts.CompilerOptions): string[] {
  return typeCheck(declarations, { 'answer.ts': answer }, options).map((d) => `${d.file}:${d.line + 1} ${d.message}`);
}

/** A value written as a TypeScript answer checked against `Answer` (the way the page converts JSON answers). */
const satisfiesAnswer = (value: unknown) =>
  `export const answer = ${JSON.stringify(value, null, 2)} satisfies Answer;\n`;
const annotatedAnswer = (value: unknown) => `export const answer: Answer = ${JSON.stringify(value, null, 2)};\n`;

describe('generateAnswerDeclarations on the exercises', () => {
  it.each(EXERCISE_IDS)('%s: is an ambient script that compiles on its own', (exercise) => {
    const declarations = declarationsFor(exercise);
    expect(declarations).not.toMatch(/^\s*(import|export)\b/m);
    expect(declarations.match(/^type Answer =/gm)).toHaveLength(1);
    expect(typeCheck(declarations, {})).toEqual([]);
    expect(declarationsFor(exercise)).toBe(declarations);
  });

  it.each([
    {
      exercise: 'food-delivery-communication',
      snippets: [
        'type VocabularyCommunicationStyle = "sync" | "async";',
        'readonly services: readonly ExerciseService[];',
        'readonly dataStores: readonly VocabularyDataStore[];',
        'type ExerciseCall = {',
        'readonly from: ExerciseServiceName;',
        'readonly consumers: readonly ExerciseServiceName[];',
        'readonly mechanism: VocabularyMechanism;',
        'readonly action?: VocabularyName;',
        'readonly reason: ExerciseReasons;',
        'readonly style: VocabularyCommunicationStyle;',
        'readonly why?: string;',
        '  | "analytics";',
        '   * - `"sync"`: The caller sends a request and waits for the response (HTTP/REST, gRPC).',
        ' * Food delivery: services, their data, and how they talk',
        ' * The reasons this question is about: why a caller waits for an answer, or why it does not.',
      ],
      types: [
        'ExerciseService',
        'VocabularyDataStore',
        'ExerciseCall',
        'ExerciseEvent',
        'ExerciseServiceName',
        'VocabularyName',
        'VocabularyDataEngine',
        'VocabularyCommunicationStyle',
        'VocabularyMechanism',
        'ExerciseReasons',
        'VocabularyEventName',
        'VocabularyBroker',
        'ExerciseCommunicationReason',
        'Answer',
      ],
    },
    {
      exercise: 'monolith-extraction-plan',
      snippets: [
        'readonly strategy: {',
        'readonly choice: VocabularyMigrationStrategy;',
        '  | "path-routing-load-balancer"\n',
        'readonly extract: readonly {',
        'readonly module: ExerciseModuleName;',
        'readonly reason?: VocabularyReasonCode & ExerciseExtractionReason;',
        'readonly supporting?: readonly (VocabularyReasonCode & ExerciseMigrationReason)[];',
        'readonly keep: readonly ExerciseModuleName[];',
        '* - `"search"`: Product search with its own index; its bug took checkout down last month.',
      ],
      types: [
        'VocabularyMigrationStrategy',
        'VocabularyReasonCode',
        'ExerciseMigrationReason',
        'VocabularyRoutingLayer',
        'ExerciseModuleName',
        'ExerciseExtractionReason',
        'Answer',
      ],
    },
    {
      exercise: 'notification-ec2-or-lambda',
      snippets: [
        'readonly decision: {',
        'readonly caveat: {',
        'readonly choice: VocabularyComputeOption;',
        'readonly switchTo: VocabularyComputeOption;',
        'readonly supporting?: readonly (VocabularyReasonCode & (',
        'readonly condition: VocabularyReasonCode & (',
        'readonly notes?: string;',
        '  | "containers-ecs-fargate"',
        '* - `"lambda"`: AWS Lambda functions, one invocation per event.',
      ],
      types: ['VocabularyComputeOption', 'VocabularyReasonCode', 'Answer'],
    },
  ])(
    '$exercise: writes the expected types and docs, and only the definitions it uses',
    ({ exercise, snippets, types }) => {
      const declarations = declarationsFor(exercise);
      for (const snippet of snippets) expect(declarations).toContain(snippet);
      expect([...declarations.matchAll(/^type (\w+) =/gm)].map((match) => match[1])).toEqual(types);
    },
  );
});

describe('the declarations type-check the exercises’ answers', () => {
  const cases = EXERCISE_IDS.flatMap((exercise) => Object.keys(OPTION_SETS).map((options) => ({ exercise, options })));

  it.each(cases)(
    '$exercise ($options): the JSON model passes as `satisfies Answer` and as `: Answer`',
    ({ exercise, options }) => {
      const model = JSON.parse(readExercise(exercise, 'model.json')) as unknown;
      const declarations = declarationsFor(exercise);
      expect(errorsOf(declarations, satisfiesAnswer(model), OPTION_SETS[options])).toEqual([]);
      expect(errorsOf(declarations, annotatedAnswer(model), OPTION_SETS[options])).toEqual([]);
    },
  );

  it.each(cases)(
    '$exercise ($options): the printed model.ts compiles beside the declarations',
    ({ exercise, options }) => {
      expect(typeCheck(declarationsFor(exercise), { 'model.ts': modelTsOf(exercise) }, OPTION_SETS[options])).toEqual(
        [],
      );
    },
  );

  // The printed model.ts ends in `satisfies Answer`; these wrappers also check it as an annotated `: Answer` and
  // where it is imported, for every exercise.
  const WRAPPERS: Record<string, (model: string) => Record<string, string>> = {
    'annotated as `: Answer`': (model) => {
      const annotated = model.replace('export const answer = {', 'export const answer: Answer = {');
      // A wrapper that no longer applies would check the unwrapped text and pass whatever the types say.
      expect(annotated).not.toBe(model);
      return { 'model.ts': annotated };
    },
    'imported and assigned to an Answer': (model) => ({
      'model.ts': model,
      'check.ts': "import { answer } from './model';\nexport const checked: Answer = answer;\n",
    }),
  };
  const wrapped = EXERCISE_IDS.flatMap((exercise) => Object.keys(WRAPPERS).map((wrapper) => ({ exercise, wrapper })));

  it.each(wrapped)('$exercise: the printed model.ts type-checks $wrapper', ({ exercise, wrapper }) => {
    const files = WRAPPERS[wrapper]?.(modelTsOf(exercise)) ?? {};
    const found = typeCheck(declarationsFor(exercise), files).map((d) => `${d.file}:${d.line + 1} ${d.message}`);
    expect(found).toEqual([]);
  });

  /**
   * The errors of a printed starter.ts once its blanks are holes: a blank (`''`) is the placeholder the candidate
   * fills in, so it is typed `never` (which fits any field) and everything else must type-check as an Answer: a
   * misspelt, missing or unknown field, a wrong nesting or a fixed value the schema refuses is a mistake. (Checked
   * as printed, TypeScript reports only the blanks and hides such mistakes behind them.)
   */
  function errorsOfStarter(declarations: string, starter: string, options?: ts.CompilerOptions): string[] {
    const holed = starter.replace(/(?<![\\'])''(?!')/g, "('' as never)");
    return typeCheck(declarations, { 'starter.ts': holed }, options).map((d) => `${d.file}:${d.line + 1} ${d.message}`);
  }

  it.each(cases)(
    '$exercise ($options): the printed starter.ts type-checks, its blanks aside',
    ({ exercise, options }) => {
      const starter = starterTsOf(exercise);
      expect(errorsOfStarter(declarationsFor(exercise), starter, OPTION_SETS[options])).toEqual([]);
      // As printed, the editor marks the blanks and nothing else: each error is a blank that no value fills yet.
      for (const d of typeCheck(declarationsFor(exercise), { 'starter.ts': starter }, OPTION_SETS[options]))
        expect(`${starter.slice(d.start).split('\n')[0]} ${d.message}`).toMatch(/^(?:[\w$]+|'[^']*'): '',? Type '""'/);
    },
  );

  it.each([
    ['a misspelt field', (starter: string) => starter.replace(/^( {2,})(\w+):/m, '$1$2x:')],
    ['a missing field', (starter: string) => starter.replace(/^ {2,}\w+: .*,\n/m, '')],
    ['a field the schema does not have', (starter: string) => starter.replace('= {\n', "= {\n  extraField: 'x',\n")],
  ])('the starter check fails on %s', (_case, edit) => {
    // Every exercise of the course has a starter whose first field is required and closed.
    const exercise = 'notification-ec2-or-lambda';
    const starter = starterTsOf(exercise);
    const broken = edit(starter);
    expect(broken).not.toBe(starter);
    expect(errorsOfStarter(declarationsFor(exercise), broken)).not.toEqual([]);
  });

  it.each(EXERCISE_IDS)('%s: every sample that ajv accepts type-checks', (exercise) => {
    const validate = createAjv().compile(answerSchemaOf(exercise));
    const declarations = declarationsFor(exercise);
    const samples = readdirSync(join(folderOf(exercise), 'samples'));
    const checked: string[] = [];
    for (const file of samples) {
      const text = splitSampleHeader(readExercise(exercise, join('samples', file))).answer;
      if (file.endsWith('.json')) {
        const value = JSON.parse(text) as unknown;
        if (!validate(value)) continue;
        checked.push(file);
        expect(errorsOf(declarations, satisfiesAnswer(value)), file).toEqual([]);
      } else {
        checked.push(file);
        const annotated = text.replace('export const answer = {', 'export const answer: Answer = {');
        expect(annotated, file).not.toBe(text);
        expect(errorsOf(declarations, annotated), file).toEqual([]);
      }
    }
    // Samples ajv rejects are skipped; an exercise whose samples were all skipped would check nothing.
    expect(checked.length, `samples type-checked: ${checked.join(', ')}`).toBeGreaterThan(0);
  });
});

describe('the declarations reject what the schema rejects', () => {
  type Edit = (answer: Record<string, any>) => void; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits reach into parsed JSON by path
  const mutations: { exercise: string; name: string; edit: Edit; error: RegExp }[] = [
    {
      exercise: 'food-delivery-communication',
      name: "style: 'asynch'",
      edit: (a) => (a.calls[0].style = 'asynch'),
      error: /"asynch"/,
    },
    {
      exercise: 'food-delivery-communication',
      name: 'an unknown service',
      edit: (a) => (a.services[0].name = 'usr'),
      error: /"usr"/,
    },
    {
      exercise: 'food-delivery-communication',
      name: 'an unknown engine',
      edit: (a) => (a.dataStores[0].engine = 'postgres'),
      error: /"postgres"/,
    },
    {
      exercise: 'food-delivery-communication',
      name: 'an unknown consumer',
      edit: (a) => (a.events[0].consumers = ['resturant']),
      error: /"resturant"/,
    },
    {
      exercise: 'food-delivery-communication',
      name: 'a reason from another question',
      edit: (a) => (a.calls[0].reason = 'incremental-low-risk'),
      error: /"incremental-low-risk"/,
    },
    {
      exercise: 'food-delivery-communication',
      name: 'a misspelt property',
      edit: (a) => (a.calls[0].stlye = 'sync'),
      error: /stlye/,
    },
    {
      exercise: 'food-delivery-communication',
      name: 'a missing reason',
      edit: (a) => delete a.calls[0].reason,
      error: /reason/,
    },
    { exercise: 'food-delivery-communication', name: 'a missing list', edit: (a) => delete a.events, error: /events/ },
    {
      exercise: 'food-delivery-communication',
      name: 'a number for a name',
      edit: (a) => (a.services[1].name = 7),
      error: /number/,
    },
    {
      exercise: 'monolith-extraction-plan',
      name: 'an unknown strategy',
      edit: (a) => (a.strategy.choice = 'strangler'),
      error: /"strangler"/,
    },
    {
      exercise: 'monolith-extraction-plan',
      name: 'an unknown routing layer',
      edit: (a) => (a.plan.routing = 'gateway'),
      error: /"gateway"/,
    },
    {
      exercise: 'monolith-extraction-plan',
      name: 'an unknown module',
      edit: (a) => (a.plan.extract[0].module = 'serch'),
      error: /"serch"/,
    },
    {
      exercise: 'monolith-extraction-plan',
      name: 'an unknown kept module',
      edit: (a) => (a.plan.keep = ['catalogue']),
      error: /"catalogue"/,
    },
    { exercise: 'monolith-extraction-plan', name: 'a missing keep', edit: (a) => delete a.plan.keep, error: /keep/ },
    {
      exercise: 'notification-ec2-or-lambda',
      name: 'an unknown choice',
      edit: (a) => (a.decision.choice = 'lambada'),
      error: /"lambada"/,
    },
    {
      exercise: 'notification-ec2-or-lambda',
      name: 'an unknown condition',
      edit: (a) => (a.caveat.condition = 'persistent-connection'),
      error: /"persistent-connection"/,
    },
    {
      exercise: 'notification-ec2-or-lambda',
      name: 'an unknown supporting reason',
      edit: (a) => (a.decision.supporting = ['no-idle-costs']),
      error: /"no-idle-costs"/,
    },
    {
      exercise: 'notification-ec2-or-lambda',
      name: 'an extra field',
      edit: (a) => (a.caveat.because = 'x'),
      error: /because/,
    },
  ];

  it.each(mutations)('$exercise: $name (and ajv agrees)', ({ exercise, edit, error }) => {
    const answer = JSON.parse(readExercise(exercise, 'model.json')) as Record<string, unknown>;
    edit(answer);
    expect(createAjv().compile(answerSchemaOf(exercise))(answer)).toBe(false);
    const errors = errorsOf(declarationsFor(exercise), satisfiesAnswer(answer));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.join('\n')).toMatch(error);
  });
});

describe('the declarations help while typing', () => {
  const services = ['analytics', 'delivery', 'notification', 'order', 'payment', 'restaurant', 'user'];
  it.each([
    {
      name: 'a call’s target',
      text: "export const answer = { calls: [{ from: 'order', to: '|' }] } satisfies Partial<Answer>;",
      expected: services,
    },
    {
      name: 'a call’s style',
      text: "export const answer = { calls: [{ style: '|' }] } satisfies Partial<Answer>;",
      expected: ['async', 'sync'],
    },
    {
      name: 'an event’s consumers',
      text: "export const answer = { events: [{ consumers: ['|'] }] } satisfies Partial<Answer>;",
      expected: services,
    },
    {
      name: 'a call’s properties',
      text: 'export const answer = { calls: [{ | }] } satisfies Partial<Answer>;',
      expected: ['action', 'from', 'mechanism', 'purpose', 'reason', 'style', 'to'],
    },
  ])('completes $name', ({ text, expected }) => {
    const position = text.indexOf('|');
    const files: Record<string, string> = {
      '/answer-types.d.ts': declarationsFor('food-delivery-communication'),
      '/answer.ts': text.replace('|', ''),
    };
    const service = ts.createLanguageService({
      getCompilationSettings: () => ({ ...BASE_OPTIONS, strict: true }),
      getScriptFileNames: () => Object.keys(files),
      getScriptVersion: () => '1',
      getScriptSnapshot: (name) => {
        const content = files[name] ?? (ts.sys.fileExists(name) ? ts.sys.readFile(name) : undefined);
        return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
      },
      getCurrentDirectory: () => '/',
      getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
      fileExists: (name) => name in files || ts.sys.fileExists(name),
      readFile: (name) => files[name] ?? ts.sys.readFile(name),
    });
    const completions = service.getCompletionsAtPosition('/answer.ts', position, {});
    expect(completions?.entries.map((entry) => entry.name).sort()).toEqual(expected);
  });

  it('shows the schema’s descriptions on hover', () => {
    const text = "export const answer = { calls: [{ style: 'sync' }] } satisfies Partial<Answer>;";
    const files: Record<string, string> = {
      '/answer-types.d.ts': declarationsFor('food-delivery-communication'),
      '/answer.ts': text,
    };
    const service = ts.createLanguageService({
      getCompilationSettings: () => ({ ...BASE_OPTIONS, strict: true }),
      getScriptFileNames: () => Object.keys(files),
      getScriptVersion: () => '1',
      getScriptSnapshot: (name) => {
        const content = files[name] ?? (ts.sys.fileExists(name) ? ts.sys.readFile(name) : undefined);
        return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
      },
      getCurrentDirectory: () => '/',
      getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
      fileExists: (name) => name in files || ts.sys.fileExists(name),
      readFile: (name) => files[name] ?? ts.sys.readFile(name),
    });
    const info = service.getQuickInfoAtPosition('/answer.ts', text.indexOf('style'));
    expect(ts.displayPartsToString(info?.documentation)).toContain('Whether the caller waits for the answer.');
  });
});

describe('generateAnswerDeclarations on schema constructs', () => {
  const VOCABULARY_ID = 'https://example.invalid/vocabulary.json';
  const testVocabulary = {
    $id: VOCABULARY_ID,
    $defs: { colour: { enum: ['red', 'green'] }, count: { type: 'integer' } },
  };

  /** Which of `values` (TypeScript expressions) type-check as an Answer of `schema`. */
  function accepted(schema: object, values: readonly string[]): boolean[] {
    const declarations = generateAnswerDeclarations(schema, testVocabulary);
    const lines = values.map((value, index) => `export const v${index}: Answer = ${value};`);
    const diagnostics = typeCheck(declarations, { 'values.ts': `${lines.join('\n')}\n` });
    expect(diagnostics.filter((d) => d.file !== 'values.ts')).toEqual([]);
    return values.map((_value, index) => !diagnostics.some((d) => d.line === index));
  }

  it.each<{ name: string; schema: object; accept: string[]; reject: string[] }>([
    { name: 'a string enum', schema: { enum: ['a', 'b'] }, accept: ["'a'", "'b'"], reject: ["'c'", '1'] },
    {
      name: 'a mixed enum',
      schema: { enum: ['a', 1, null, true] },
      accept: ["'a'", '1', 'null', 'true'],
      reject: ['2', 'false'],
    },
    { name: 'a const', schema: { const: 42 }, accept: ['42'], reject: ['43'] },
    {
      name: 'a negative const in an array',
      schema: { type: 'array', items: { const: -1 } },
      accept: ['[-1]'],
      reject: ['[1]'],
    },
    {
      name: 'an object const',
      schema: { const: { a: [1, 'x'] } },
      accept: ["{ a: [1, 'x'] } as const"],
      reject: ['{ a: [2] }'],
    },
    {
      name: 'a string or null',
      schema: { type: ['string', 'null'] },
      accept: ["'x'", 'null'],
      reject: ['1', 'undefined'],
    },
    {
      name: 'integers and numbers',
      schema: { type: 'array', items: { type: ['integer', 'number'] } },
      accept: ['[1, 2.5]'],
      reject: ["['1']"],
    },
    { name: 'a boolean', schema: { type: 'boolean' }, accept: ['true'], reject: ["'true'"] },
    {
      name: 'a readonly array',
      schema: { type: 'array', items: { type: 'string' } },
      accept: ["['a']", "['a', 'b'] as const", '[]'],
      reject: ['[1]', "'a'"],
    },
    {
      name: 'required, optional and closed properties',
      schema: {
        type: 'object',
        required: ['name'],
        additionalProperties: false,
        properties: { name: { type: 'string' }, size: { type: 'number' } },
      },
      accept: ["{ name: 'a' }", "{ name: 'a', size: 1 }"],
      reject: ['{ size: 1 }', "{ name: 'a', extra: 1 }", "{ name: 'a', size: undefined }"],
    },
    {
      name: 'open properties',
      schema: { type: 'object', properties: { name: { type: 'string' } } },
      accept: ['{}', "{ name: 'a', extra: 1 }"],
      reject: ['{ name: 1 }'],
    },
    {
      name: 'typed additional properties',
      schema: { type: 'object', additionalProperties: { type: 'number' } },
      accept: ['{ a: 1, b: 2 }'],
      reject: ["{ a: 'x' }"],
    },
    {
      name: 'pattern properties',
      schema: { type: 'object', additionalProperties: false, patternProperties: { '^x-': { type: 'string' } } },
      accept: ["{ 'x-a': 'y' }"],
      reject: ["{ 'x-a': 1 }"],
    },
    {
      name: 'property names that are not identifiers',
      schema: {
        type: 'object',
        additionalProperties: false,
        properties: {
          'kebab-case': { type: 'string' },
          'with space': { type: 'number' },
          '0digit': { type: 'boolean' },
          'quote"d': { const: 1 },
        },
      },
      accept: [`{ 'kebab-case': 'a', 'with space': 1, '0digit': true, 'quote"d': 1 }`],
      reject: [`{ 'kebab-case': 1 }`, '{ kebabCase: "a" }'],
    },
    {
      name: 'oneOf',
      schema: { oneOf: [{ type: 'string' }, { type: 'number' }] },
      accept: ["'a'", '1'],
      reject: ['true'],
    },
    {
      name: 'anyOf',
      schema: { anyOf: [{ const: 'a' }, { type: 'array', items: { const: 'b' } }] },
      accept: ["'a'", "['b']"],
      reject: ["'b'"],
    },
    {
      name: 'allOf',
      schema: {
        allOf: [
          { type: 'object', required: ['a'], properties: { a: { type: 'string' } } },
          { type: 'object', required: ['b'], properties: { b: { type: 'number' } } },
        ],
      },
      accept: ["{ a: 'x', b: 1 }"],
      reject: ["{ a: 'x' }", '{ b: 1 }'],
    },
    {
      name: 'a narrowing beside a reference',
      schema: {
        allOf: [{ $ref: '#/$defs/base' }],
        properties: { kind: { const: 'special' } },
        $defs: {
          base: {
            type: 'object',
            required: ['kind'],
            additionalProperties: false,
            properties: { kind: { type: 'string' } },
          },
        },
      },
      accept: ["{ kind: 'special' }"],
      reject: ["{ kind: 'other' }", '{}', "{ kind: 'special', extra: 1 }"],
    },
    {
      name: 'local and vocabulary references',
      schema: {
        $id: 'https://example.invalid/exercise/answer.json',
        type: 'object',
        properties: {
          colour: { $ref: 'https://example.invalid/vocabulary.json#/$defs/colour' },
          relative: { $ref: '../vocabulary.json#/$defs/count' },
          local: { $ref: '#/$defs/local' },
        },
        $defs: { local: { type: 'string' } },
      },
      accept: ["{ colour: 'red', relative: 2, local: 'x' }"],
      reject: ["{ colour: 'blue' }", "{ relative: '2' }", '{ local: 1 }'],
    },
    {
      name: 'a recursive tree',
      schema: {
        type: 'object',
        required: ['label'],
        additionalProperties: false,
        properties: { label: { type: 'string' }, children: { type: 'array', items: { $ref: '#' } } },
      },
      accept: ["{ label: 'a', children: [{ label: 'b', children: [{ label: 'c' }] }] }"],
      reject: ["{ label: 'a', children: [{ children: [] }] }"],
    },
    {
      name: 'references that only go round in circles (typed as unknown)',
      schema: {
        $ref: '#/$defs/a',
        $defs: { a: { $ref: '#/$defs/b' }, b: { anyOf: [{ $ref: '#/$defs/a' }, { type: 'string' }] } },
      },
      accept: ["'x'", '1'],
      reject: [],
    },
    {
      name: 'an inline pointer that refers to itself',
      schema: {
        type: 'object',
        properties: { x: { type: 'array', items: { $ref: '#/properties/x' } }, y: { $ref: '#/properties/x' } },
      },
      accept: ['{ x: [[]], y: [] }'],
      reject: ["{ y: 'a' }"],
    },
    {
      name: 'tuples',
      schema: {
        type: 'array',
        prefixItems: [{ type: 'string' }, { type: 'number' }],
        minItems: 1,
        items: { type: 'boolean' },
      },
      accept: ["['a']", "['a', 1]", "['a', 1, true, false]"],
      reject: ['[]', '[1]', "['a', 1, 'x']"],
    },
    {
      name: 'closed tuples',
      schema: { type: 'array', prefixItems: [{ const: 'a' }], items: false },
      accept: ["['a']", '[]'],
      reject: ["['a', 'a']"],
    },
    {
      name: 'true and false schemas',
      schema: { type: 'object', properties: { yes: true, no: false } },
      accept: ['{ yes: 1 }'],
      reject: ['{ no: 1 }'],
    },
    {
      name: 'references that cannot be followed',
      schema: {
        type: 'object',
        properties: {
          other: { $ref: 'https://elsewhere.invalid/x.json#/$defs/y' },
          anchor: { $ref: '#anchor' },
          missing: { $ref: '#/$defs/missing' },
          broken: { $ref: '#/%E0%A4%A' },
        },
      },
      accept: ["{ other: 1, anchor: 'x', missing: null, broken: [] }"],
      reject: [],
    },
    {
      name: 'constraints types cannot express',
      schema: { type: 'string', pattern: '^a', minLength: 3 },
      accept: ["'zz'"],
      reject: ['1'],
    },
  ])('$name', ({ schema, accept, reject }) => {
    expect(accepted(schema, [...accept, ...reject])).toEqual([...accept.map(() => true), ...reject.map(() => false)]);
  });

  it.each([
    ['a comment terminator', 'ends */ here', ' * ends *\\/ here'],
    ['several lines', 'one\ntwo', ' * one\n * two'],
    ['markdown', '`code` and **bold**', ' * `code` and **bold**'],
  ])('escapes %s in descriptions', (_case, description, expected) => {
    const declarations = generateAnswerDeclarations(
      { type: 'object', description, properties: { a: { description, type: 'string' } } },
      testVocabulary,
    );
    expect(declarations).toContain(expected);
    expect(typeCheck(declarations, {})).toEqual([]);
  });

  it.each([
    [
      'keys that are not identifiers',
      { 'order-line': { type: 'string' }, 'x~1y': { type: 'number' }, '2fa': { type: 'boolean' } },
      ['OrderLine', 'X1y', '2fa'],
    ],
    [
      'keys that clash once in PascalCase',
      { 'foo-bar': { type: 'string' }, fooBar: { type: 'number' } },
      ['FooBar', 'FooBar2'],
    ],
  ])('names definitions from %s', (_case, defs, suffixes) => {
    const properties = Object.fromEntries(
      Object.keys(defs).map((key, index) => [
        `p${index}`,
        { $ref: `#/$defs/${key.replace('~', '~0').replace('/', '~1')}` },
      ]),
    );
    const declarations = generateAnswerDeclarations({ type: 'object', properties, $defs: defs }, testVocabulary);
    for (const suffix of suffixes) expect(declarations).toMatch(new RegExp(`^type Exercise${suffix} =`, 'm'));
    expect(typeCheck(declarations, {})).toEqual([]);
  });

  it('takes enum descriptions into the comment of each member', () => {
    const declarations = generateAnswerDeclarations(
      { enum: ['a', 'b'], enumDescriptions: ['First.', 'Second.'], description: 'Pick one.' },
      testVocabulary,
    );
    expect(declarations).toContain('/**\n * Pick one.\n *\n * - `"a"`: First.\n * - `"b"`: Second.\n');
  });

  it.each<[string, object]>([
    ['an empty schema', {}],
    ['garbage keywords', { type: 7, properties: [], required: 'x', items: 'y', enum: 'z', allOf: {}, $ref: 5 }],
    ['a deep nesting', JSON.parse(`${'{"type":"array","items":'.repeat(200)}{}${'}'.repeat(200)}`) as object],
  ])('never throws on %s and still compiles', (_case, schema) => {
    const declarations = generateAnswerDeclarations(schema, {});
    expect(declarations).toMatch(/^type Answer =/m);
    expect(typeCheck(declarations, {})).toEqual([]);
  });
});

describe('the template of npm run new:exercise', () => {
  const template = (file: string) => readFileSync(join(TEMPLATE_FOLDER, file), 'utf8');
  const declarations = generateAnswerDeclarations(JSON.parse(template('answer.schema.json')) as object, vocabulary);

  it('prints a model.ts that type-checks as an Answer', () => {
    const model: unknown = JSON.parse(template('model.json'));
    expect(typeCheck(declarations, { 'model.ts': printTsAnswer(model) })).toEqual([]);
    expect(errorsOf(declarations, annotatedAnswer(model))).toEqual([]);
  });

  it('ships a TypeScript sample that type-checks as an Answer', () => {
    const sample = template('samples/pass-in-typescript.ts');
    const annotated = sample.replace('export const answer = {', 'export const answer: Answer = {');
    expect(annotated).not.toBe(sample);
    expect(errorsOf(declarations, annotated)).toEqual([]);
  });
});
