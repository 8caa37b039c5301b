/**
 * The lint rule that keeps the engine's two surfaces the only way in (eslint.config.js): run through ESLint's Node API
 * on small files placed where real ones live, so a deep import from the site fails `npm run lint` with the rule's
 * message, and the imports that are allowed pass.
 */
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { ENGINE_SURFACES_MESSAGE } from '../../eslint.config.js';

const ROOT = join(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: ROOT });

/** The messages of `no-restricted-imports` for `code` linted as if it were the file at `path` (from the root). */
async function restrictedImports(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, path) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('imports into the engine', () => {
  it.each([
    ['src/grading/page/x.ts', "import { grade } from '../../../graders/grade.ts';"],
    ['src/grading/page/x.ts', "import type { GradeReport } from '../../../graders/report';"],
    ['src/integrations/x.ts', "import { loadExercise } from '../../graders/tooling/load-exercise.ts';"],
    ['src/integrations/x.ts', "export { chapters } from '../../graders/course/chapters.ts';"],
    ['astro.config.mjs', "import { chapters } from './graders/course/chapters.ts';"],
    [
      'src/components/X.astro',
      "---\nimport { takeawayHref } from '../../graders/links.ts';\n---\n<p>{takeawayHref}</p>\n",
    ],
  ])('%s: %s is refused with the surfaces named', async (path, code) => {
    const messages = await restrictedImports(path, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toContain(ENGINE_SURFACES_MESSAGE);
  });

  it.each([
    ['src/grading/page/x.ts', "import { grade } from '../../../graders/index.ts';"],
    ['src/grading/page/x.ts', "import { grade } from '../../../graders/index';"],
    ['src/integrations/x.ts', "import { loadExercise } from '../../graders/tooling/index.ts';"],
    ['astro.config.mjs', "import { chapters } from './graders/index.ts';"],
    // Tests mirror the internals of the module they test.
    ['test/graders/x.test.ts', "import { runRubric } from '../../graders/rubric/run-rubric';"],
  ])('%s: %s is allowed', async (path, code) => {
    expect(await restrictedImports(path, code)).toEqual([]);
  });

  it('keeps the Node tooling out of the pure engine', async () => {
    const messages = await restrictedImports('graders/grade.ts', "import { loadExercise } from './tooling/index';");
    expect(messages).toEqual([expect.stringContaining('must not import the Node tooling')]);
  });

  it('keeps the site out of the Node tooling', async () => {
    const messages = await restrictedImports(
      'graders/tooling/load-exercise.ts',
      "import { withBase } from '../../src/site-paths.ts';",
    );
    expect(messages).toEqual([expect.stringContaining('never the reverse')]);
  });
});
