import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../graders/tooling/content-problem';
import { loadExercise } from '../../../graders/tooling/load-exercise';
import { readLocatedFrontmatter } from '../../../graders/tooling/read-located-frontmatter';
import { fixtureFrontmatter, fixtureSchema } from '../support/fixture-exercise';

/** Writes `<tmp>/architecture-patterns/fixture-exercise` with the given index.mdx and schema text. */
function writeExercise(mdx: string, schema: string = JSON.stringify(fixtureSchema, null, 2)): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'exercise-')), 'architecture-patterns', 'fixture-exercise');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'index.mdx'), mdx);
  writeFileSync(join(folder, 'answer.schema.json'), schema);
  return folder;
}

const mdxOf = (frontmatter: unknown) => `---\n${stringify(frontmatter)}---\n\nThe prompt.\n`;

/** The problems of loading `folder`, as printed, relative to the folder. */
function problemsOf(folder: string): string[] {
  const result = loadExercise(folder);
  return result.ok ? [] : result.problems.map((problem) => formatProblem(problem, folder));
}

describe('loadExercise', () => {
  it('loads a valid exercise, taking the id and the chapter from the folder and the takeaways from the rubric', () => {
    const result = loadExercise(writeExercise(mdxOf(fixtureFrontmatter)));
    const frontmatter = result.ok ? result.loaded.exercise.frontmatter : undefined;
    expect([frontmatter?.id, frontmatter?.chapter, frontmatter?.lesson, frontmatter?.takeaways]).toEqual([
      'fixture-exercise',
      'architecture-patterns',
      'microservices',
      ['microservices.sync-vs-async', 'microservices.database-per-service'],
    ]);
    expect(result.ok && result.loaded.exercise.answerSchema).toEqual(fixtureSchema);
  });

  it('places a rubric pointer the answer schema cannot produce at its line in index.mdx', () => {
    const rubric = fixtureFrontmatter.rubric.map((criterion) =>
      criterion.id === 'payment-sync' ? { ...criterion, at: '/cals' } : criterion,
    );
    const mdx = mdxOf({ ...fixtureFrontmatter, rubric });
    const line = mdx.split('\n').findIndex((text) => text.includes('at: /cals')) + 1;
    expect(problemsOf(writeExercise(mdx))).toEqual([
      `index.mdx:${line}:5: rubric[0].at: the answer schema has nothing at \`/cals\``,
    ]);
  });

  it('places each frontmatter problem at the line of its field', () => {
    const mdx = mdxOf({ ...fixtureFrontmatter, passMark: 'high' });
    const line = mdx.split('\n').findIndex((text) => text.startsWith('passMark:')) + 1;
    expect(problemsOf(writeExercise(mdx))).toEqual([
      `index.mdx:${line}:1: passMark: Invalid input: expected number, received string`,
    ]);
  });

  it('says that a field now derived from the folder is no longer written', () => {
    const mdx = `---\nid: fixture-exercise\n${stringify(fixtureFrontmatter)}---\n`;
    expect(problemsOf(writeExercise(mdx))).toEqual([
      'index.mdx:2:1: id: "id" is no longer written: the id is the folder name; remove it',
    ]);
  });

  it('reports YAML errors at their line and column in the .mdx file', () => {
    expect(problemsOf(writeExercise('---\ntitle: x\nsummary: [unclosed\n---\n'))).toEqual([
      expect.stringMatching(/^index\.mdx:[34]:\d+: frontmatter: /),
    ]);
  });

  it('reports a schema file that is not JSON at the broken character', () => {
    expect(problemsOf(writeExercise(mdxOf(fixtureFrontmatter), '{\n  nope'))).toEqual([
      expect.stringMatching(/^answer\.schema\.json:2:3: not valid JSON: /),
    ]);
  });

  it('reports a missing index.mdx', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'exercise-')), 'no-such-exercise');
    expect(problemsOf(folder)).toEqual([
      'index.mdx:1:1: the file is missing',
      'answer.schema.json:1:1: the file is missing',
    ]);
  });
});

describe('readLocatedFrontmatter', () => {
  it('needs the --- fences, and does not take a --- inside a comment for the closing one', () => {
    expect(readLocatedFrontmatter('id: x').ok).toBe(false);
    const read = readLocatedFrontmatter('---\nid: x\n# --- a comment\nrubric: []\n---\nbody');
    expect(read.ok && read.data).toEqual({ id: 'x', rubric: [] });
  });
});
