/**
 * Compiles the export schema's validators: as the source of an ES module for the build (ajv's standalone code, no
 * `new Function` in the browser), or directly for tests. Runs in Node only; the browser gets the printed module.
 */
import Ajv2020 from 'ajv/dist/2020';
import standaloneCode from 'ajv/dist/standalone';
import { ajvRuntime } from '../../../graders/index.ts';
import { buildExportSchema } from './export-schema.ts';
import type { ExportValidators, Validate } from './export-validators.ts';
import { STORED_KINDS } from './stored-kinds.ts';

/** Standalone code loads ajv's runtime helpers with `require("…")`; a module cannot, so they come from ajv-runtime.ts. */
const RUNTIME_REQUIRE = /require\("([^"]+)"\)/g;
const SCHEMA_ID = 'export';

function createAjv(code: boolean): Ajv2020 {
  const ajv = new Ajv2020({ allErrors: true, strict: true, ...(code ? { code: { source: true, esm: true } } : {}) });
  ajv.addSchema(buildExportSchema(), SCHEMA_ID);
  return ajv;
}

/** Each validator's export name and the schema reference it compiles. */
function validatorRefs(): Record<string, string> {
  const refs: Record<string, string> = { exportFile: SCHEMA_ID };
  for (const kind of STORED_KINDS) refs[`entry_${kind.name}`] = `${SCHEMA_ID}#/$defs/${kind.name}`;
  return refs;
}

/**
 * The module `virtual:export-validators`: `exportFile` and `entries` (by kind name), as {@link ExportValidators}.
 * It imports ajv's runtime helpers from `runtimeSpecifier` (graders/answer-schema/ajv-runtime.ts).
 */
export function printExportValidators(runtimeSpecifier: string): string {
  const code = standaloneCode(createAjv(true), validatorRefs()).replace(RUNTIME_REQUIRE, (_call, module: string) => {
    if (!(module in ajvRuntime)) throw new Error(`export validators need "${module}": add it to ajv-runtime.ts`);
    return `ajvRuntime[${JSON.stringify(module)}]`;
  });
  const entries = STORED_KINDS.map((kind) => `${JSON.stringify(kind.name)}: entry_${kind.name}`);
  return [
    `import { ajvRuntime } from ${JSON.stringify(runtimeSpecifier)};`,
    code,
    `export const entries = { ${entries.join(', ')} };`,
    '',
  ].join('\n');
}

/** The same validators compiled in place (Node, tests). */
export function compileExportValidators(): ExportValidators {
  const ajv = createAjv(false);
  const compile = (ref: string): Validate => ajv.getSchema(ref) as Validate;
  return {
    exportFile: compile(SCHEMA_ID),
    entries: Object.fromEntries(STORED_KINDS.map((kind) => [kind.name, compile(`${SCHEMA_ID}#/$defs/${kind.name}`)])),
  };
}
