/**
 * The Node tooling's public surface: reading exercises and lessons from disk, content problems placed at a file's line
 * and column, and the commands built on them (`npm run grade`, `check:content`, `new:exercise`, `calibrate`). It uses
 * Node built-ins, so it never reaches a page: the site imports it only from its build (src/integrations/). The
 * grading itself comes from the pure surface, graders/index.ts; nothing under graders/ outside this folder imports
 * from here (eslint.config.js and test/graders/engine-boundary.test.ts hold both sides of that line).
 */
import { resolve } from 'node:path';

// Finding and loading exercises: the frontmatter, the answer schema and the rubric read against it.
export { EXERCISES_ROOT, findExerciseFolders, listExerciseIds, resolveExerciseFolder } from './find-exercises';
export { loadExercise, type LoadedExercise, type LoadResult } from './load-exercise';
export { readFrontmatter, type FrontmatterResult } from './read-frontmatter';
export { readSamples, splitSampleHeader, type SampleFile } from './read-sample';

// Content problems, each at its file, line and column, and positions in YAML.
export { createProblem, formatProblem, sortProblems, type ContentProblem } from './content-problem';
export { readLocatedYaml, type LocatedYaml, type Position } from './locate-yaml';
export { readLocatedFrontmatter } from './read-located-frontmatter';

// The commands, as functions of their arguments and roots (the `main.ts` beside each prints and exits).
export { runGradeCommand, type CommandResult } from './grade/run-grade-command';
export { formatReport } from './grade/format-report';
export { runCheckContent, type CheckContentResult } from './content-check/run-check-content';
export { checkContent, type ContentReport, type ContentRoots } from './content-check/check-content';
export { createExercise, type AuthoringRoots } from './authoring/new-exercise';
export { runCalibrate, type CalibrateRoots } from './calibration/run-calibrate';

/**
 * Where validator modules printed at build time import ajv's runtime helpers from (graders/answer-schema/ajv-runtime.ts,
 * exported by the grading surface as `ajvRuntime`): a file path, for Vite to resolve while it bundles them.
 */
export const AJV_RUNTIME_MODULE = resolve(import.meta.dirname, '../answer-schema/ajv-runtime.ts');
