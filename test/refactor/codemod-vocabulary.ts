/**
 * Rewrites exercise frontmatter from the rubric's old words to its one vocabulary (see rewrite-rubric-words.ts):
 * `npm run codemod:vocabulary [-- files…]`. By default every `exercises/**\/index.mdx`, the exercise template and the
 * broken-exercise fixtures. Only the frontmatter is read and rewritten; a file already in the new words, or whose
 * frontmatter is not YAML, is left as it is, and a file that cannot be rewritten safely is named and left untouched.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseDocument } from 'yaml';
import { rewriteRubricWords } from './rewrite-rubric-words';

const ROOT = join(import.meta.dirname, '../..');

/** The files rewritten when none are named. */
function defaultFiles(): string[] {
  const found: string[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === 'index.mdx') found.push(path);
    }
  };
  walk(join(ROOT, 'exercises'));
  walk(join(ROOT, 'test/fixtures/broken-exercises'));
  found.push(join(ROOT, 'graders/tooling/authoring/exercise-template/index.mdx'));
  return found.sort();
}

/** The frontmatter's text and where it starts in the file, or undefined when the file has none. */
function findFrontmatter(text: string): { start: number; end: number } | undefined {
  if (!text.startsWith('---\n')) return undefined;
  const end = text.indexOf('\n---', 3);
  return end === -1 ? undefined : { start: 4, end: end + 1 };
}

/** Rewrites one file; returns what happened to it. */
function migrate(file: string): 'rewritten' | 'unchanged' | 'skipped (its frontmatter is not valid YAML)' {
  const text = readFileSync(file, 'utf8');
  const range = findFrontmatter(text);
  if (range === undefined) throw new Error('no frontmatter');
  const frontmatter = text.slice(range.start, range.end);
  if (parseDocument(frontmatter).errors.length > 0) return 'skipped (its frontmatter is not valid YAML)';
  const rewritten = rewriteRubricWords(frontmatter);
  if (rewritten === frontmatter) return 'unchanged';
  writeFileSync(file, text.slice(0, range.start) + rewritten + text.slice(range.end));
  return 'rewritten';
}

const named = process.argv.slice(2);
let failed = 0;
for (const file of named.length > 0 ? named.map((name) => resolve(name)) : defaultFiles()) {
  const shown = relative(process.cwd(), file);
  try {
    console.log(`${migrate(file)}: ${shown}`);
  } catch (error) {
    failed++;
    console.error(`left as it was: ${shown}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
