/**
 * Prints an exercise's validators as the source of an ES module (ajv's standalone code), so the site can generate
 * them at build time and the browser never compiles code: a strict Content-Security-Policy (no `unsafe-eval`) forbids
 * the `new Function` that `ajv.compile` uses. Pure: it returns text; the build decides where it goes.
 */
import standaloneCode from 'ajv/dist/standalone';
import type { Criterion } from '../schemas/criterion';
import { ajvRuntime } from './ajv-runtime';
import { createAjv } from './create-ajv';

/** Export name of the answer validator in a printed module. */
const ANSWER_EXPORT = 'answer';

/** Standalone code loads ajv's runtime helpers with `require("…")`; a module cannot, so they come from ajv-runtime.ts. */
const RUNTIME_REQUIRE = /require\("([^"]+)"\)/g;

/**
 * The module's text. It exports `answer` (the answer schema's validator) and `criteria` (each `schema` criterion's
 * validator, by criterion id): the shape `toCompiledSchemas` reads. `runtimeSpecifier` is how the module imports
 * graders/schema/ajv-runtime.ts from wherever it is written. Throws, like `ajv.compile`, when a schema is invalid.
 */
export function printValidatorModule(
  answerSchema: object,
  rubric: readonly Criterion[],
  runtimeSpecifier: string,
): string {
  const ajv = createAjv({ source: true, esm: true });
  ajv.addSchema(answerSchema, ANSWER_EXPORT);
  const exportsByName: Record<string, string> = { [ANSWER_EXPORT]: ANSWER_EXPORT };
  const criterionExports: string[] = [];
  for (const criterion of rubric) {
    if (criterion.kind !== 'schema') continue;
    const name = `criterion${criterionExports.length}`;
    ajv.addSchema(criterion.schema, name);
    exportsByName[name] = name;
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
}
