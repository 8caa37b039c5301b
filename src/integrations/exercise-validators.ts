import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createValidatorPrinter, exerciseFrontmatterSchema } from '../../graders/index.ts';
import { AJV_RUNTIME_MODULE, findExerciseFolders, readFrontmatter } from '../../graders/tooling/index.ts';

/** The index: `validatorLoaders`, one lazy import per exercise id (see src/virtual-modules.d.ts). */
const INDEX_ID = 'virtual:exercise-validators';
/** One exercise's validators: `virtual:exercise-validators/<exercise id>`. */
const EXERCISE_PREFIX = `${INDEX_ID}/`;
/** Vite's mark for a module that exists only in a plugin. */
const VIRTUAL = '\0';

/**
 * Every exercise's validators module, by exercise id, printed from its folder: answer.schema.json and the rubric in
 * index.mdx. Only what printing needs is read: the content check (content-check.ts) has already checked every
 * exercise in full. One printer, so ajv compiles the shared vocabulary once (17 exercises: ~0.1 s, not ~1 s).
 */
function printAllValidators(): Map<string, { folder: string; code: string }> {
  const print = createValidatorPrinter(AJV_RUNTIME_MODULE);
  const modules = new Map<string, { folder: string; code: string }>();
  for (const folder of findExerciseFolders()) {
    const frontmatter = readFrontmatter(readFileSync(resolve(folder, 'index.mdx'), 'utf8'));
    const parsed = frontmatter.ok ? exerciseFrontmatterSchema.safeParse(frontmatter.data) : undefined;
    if (!parsed?.success) throw new Error(`exercise validators: ${folder}/index.mdx has invalid frontmatter`);
    const answerSchema = JSON.parse(readFileSync(resolve(folder, 'answer.schema.json'), 'utf8')) as object;
    modules.set(basename(folder), { folder, code: print(answerSchema, parsed.data.rubric) });
  }
  return modules;
}

function printIndex(ids: Iterable<string>): string {
  const loaders = [...ids].map(
    (id) => `  ${JSON.stringify(id)}: () => import(${JSON.stringify(EXERCISE_PREFIX + id)}),`,
  );
  return `export const validatorLoaders = {\n${loaders.join('\n')}\n};\n`;
}

/** The printed modules, shared by the plugin instances of one build (the page bundle's and each worker's). */
interface PrintedValidators {
  modules: Map<string, { folder: string; code: string }> | undefined;
}

/** The Vite plugin that serves the virtual modules; the grading worker is bundled apart, so it needs it too. */
function exerciseValidatorsPlugin(printed: PrintedValidators): Plugin {
  return {
    name: 'courseware-exercise-validators',
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(EXERCISE_PREFIX)) return VIRTUAL + id;
      return undefined;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL + INDEX_ID)) return undefined;
      // A build has printed them already (astro:build:start); the dev server prints on first use and after a change.
      const modules = (printed.modules ??= printAllValidators());
      for (const { folder } of modules.values()) {
        this.addWatchFile(resolve(folder, 'index.mdx'));
        this.addWatchFile(resolve(folder, 'answer.schema.json'));
      }
      const name = id.slice(VIRTUAL.length);
      if (name === INDEX_ID) return printIndex(modules.keys());
      const exerciseId = name.slice(EXERCISE_PREFIX.length);
      const module = modules.get(exerciseId);
      if (module === undefined) throw new Error(`exercise validators: no exercise folder named "${exerciseId}"`);
      return module.code;
    },
    watchChange() {
      printed.modules = undefined;
    },
  };
}

/**
 * Generates every exercise's validators at build time (ajv's standalone code) as lazily imported modules, so the
 * grading worker validates answers without compiling code: the site's Content-Security-Policy has no `unsafe-eval`.
 */
export function exerciseValidatorsIntegration(): AstroIntegration {
  const printed: PrintedValidators = { modules: undefined };
  return {
    name: 'courseware-exercise-validators',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [exerciseValidatorsPlugin(printed)],
            worker: { plugins: () => [exerciseValidatorsPlugin(printed)] },
          },
        });
      },
      // Printed before bundling starts (0.4 s idle, 2 s on a busy machine): inside the bundler's load callback the
      // same work held up its parallel pipeline, and Rolldown warned about it (PLUGIN_TIMINGS).
      'astro:build:start': () => {
        printed.modules = printAllValidators();
      },
    },
  };
}
