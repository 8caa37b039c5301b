/**
 * Prints an exercise's validators as the source of an ES module (ajv's standalone code), so the site can generate
 * them at build time and the browser never compiles code: a strict Content-Security-Policy (no `unsafe-eval`) forbids
 * the `new Function` that `ajv.compile` uses. Pure: it returns text; the build decides where it goes.
 */
import standaloneCode from 'ajv/dist/standalone';
import type { Criterion } from '../authoring-schema/criterion';
import { kindOf } from '../rubric/kinds/registry';
import { ajvRuntime } from './ajv-runtime';
import { createAjv } from './create-ajv';

/** Export name of the answer validator in a printed module. */
const ANSWER_EXPORT = 'answer';

/** Standalone code loads ajv's runtime helpers with `require("…")`; a module cannot, so they come from ajv-runtime.ts. */
const RUNTIME_REQUIRE = /require\("([^"]+)"\)/g;

/** Prints validator modules; one printer shares one ajv (the vocabulary is compiled once) across exercises. */
export type ValidatorPrinter = (answerSchema: object, rubric: readonly Criterion[]) => string;

/**
 * A printer of modules that import graders/answer-schema/ajv-runtime.ts as `runtimeSpecifier` (from wherever they are
 * written). A module exports `answer` (the answer schema's validator) and `criteria` (the validator of each criterion
 * with a JSON Schema of its own, a `schema` criterion's, by criterion id): the shape `toCompiledSchemas` reads. Printing throws, like `ajv.compile`, when a
 * schema is invalid.
 */
export function createValidatorPrinter(runtimeSpecifier: string): ValidatorPrinter {
  const ajv = createAjv({ source: true, esm: true });
  let printed = 0;
  return (answerSchema, rubric) => {
    // Keys unique to this module, so one ajv holds every exercise's schemas.
    const key = (name: string): string => `module${printed}:${name}`;
    printed += 1;
    ajv.addSchema(answerSchema, key(ANSWER_EXPORT));
    const exportsByName: Record<string, string> = { [ANSWER_EXPORT]: key(ANSWER_EXPORT) };
    const criterionExports: string[] = [];
    for (const criterion of rubric) {
      const own = kindOf(criterion).jsonSchemaOf?.(criterion);
      if (own === undefined) continue;
      const name = `criterion${criterionExports.length}`;
      ajv.addSchema(own.schema, key(name));
      exportsByName[name] = key(name);
      criterionExports.push(`${JSON.stringify(criterion.id)}: ${name}`);
    }
    const code = standaloneCode(ajv, exportsByName).replace(RUNTIME_REQUIRE, (_call, module: string) => {
      if (!(module in ajvRuntime)) throw new Error(`generated validators need "${module}": add it to ajv-runtime.ts`);
      return `ajvRuntime[${JSON.stringify(module)}]`;
    });
    return [
      `import { ajvRuntime } from ${JSON.stringify(runtimeSpecifier)};`,
      code,
      `export const criteria = { ${criterionExports.join(', ')} };`,
      '',
    ].join('\n');
  };
}

/** One module's text (see `createValidatorPrinter`), with an ajv of its own. */
export function printValidatorModule(
  answerSchema: object,
  rubric: readonly Criterion[],
  runtimeSpecifier: string,
): string {
  return createValidatorPrinter(runtimeSpecifier)(answerSchema, rubric);
}
