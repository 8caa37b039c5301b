import { basename, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { printValidatorModule } from '../../graders/index.ts';
import { findExerciseFolders } from '../../graders/cli/find-exercises.ts';
import { loadExercise } from '../../graders/cli/load-exercise.ts';

/** The index: `validatorLoaders`, one lazy import per exercise id (see src/virtual-modules.d.ts). */
const INDEX_ID = 'virtual:exercise-validators';
/** One exercise's validators: `virtual:exercise-validators/<exercise id>`. */
const EXERCISE_PREFIX = `${INDEX_ID}/`;
/** Vite's mark for a module that exists only in a plugin. */
const VIRTUAL = '\0';
/** Where printed modules import ajv's runtime helpers from. */
const AJV_RUNTIME = resolve(import.meta.dirname, '../../graders/schema/ajv-runtime.ts');

function findFolder(id: string): string {
  const folder = findExerciseFolders().find((candidate) => basename(candidate) === id);
  if (folder === undefined) throw new Error(`exercise validators: no exercise folder named "${id}"`);
  return folder;
}

/** The validators of the exercise `id`, printed from its folder (answer.schema.json and the rubric in index.mdx). */
function printExerciseValidators(id: string): string {
  const folder = findFolder(id);
  const result = loadExercise(folder);
  if (!result.ok)
    throw new Error(
      `exercise validators: ${folder} has problems:\n${result.problems.map((problem) => problem.message).join('\n')}`,
    );
  const { answerSchema, frontmatter } = result.loaded.exercise;
  return printValidatorModule(answerSchema, frontmatter.rubric, AJV_RUNTIME);
}

function printIndex(): string {
  const loaders = findExerciseFolders().map((folder) => {
    const id = basename(folder);
    return `  ${JSON.stringify(id)}: () => import(${JSON.stringify(EXERCISE_PREFIX + id)}),`;
  });
  return `export const validatorLoaders = {\n${loaders.join('\n')}\n};\n`;
}

/** The Vite plugin that serves the virtual modules; the grading worker is bundled apart, so it needs it too. */
function exerciseValidatorsPlugin(): Plugin {
  return {
    name: 'courseware-exercise-validators',
    resolveId(id) {
      if (id === INDEX_ID || id.startsWith(EXERCISE_PREFIX)) return VIRTUAL + id;
      return undefined;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL + INDEX_ID)) return undefined;
      const name = id.slice(VIRTUAL.length);
      if (name === INDEX_ID) {
        for (const folder of findExerciseFolders()) this.addWatchFile(resolve(folder, 'index.mdx'));
        return printIndex();
      }
      const exerciseId = name.slice(EXERCISE_PREFIX.length);
      const folder = findFolder(exerciseId);
      this.addWatchFile(resolve(folder, 'index.mdx'));
      this.addWatchFile(resolve(folder, 'answer.schema.json'));
      return printExerciseValidators(exerciseId);
    },
  };
}

/**
 * Generates every exercise's validators at build time (ajv's standalone code) as lazily imported modules, so the
 * grading worker validates answers without compiling code: the site's Content-Security-Policy has no `unsafe-eval`.
 */
export function exerciseValidatorsIntegration(): AstroIntegration {
  return {
    name: 'courseware-exercise-validators',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: { plugins: [exerciseValidatorsPlugin()], worker: { plugins: () => [exerciseValidatorsPlugin()] } },
        });
      },
    },
  };
}
