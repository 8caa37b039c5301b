import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadExercise } from '../../graders/cli/load-exercise';
import { readFrontmatter } from '../../graders/cli/read-frontmatter';
import { fixtureFrontmatter, fixtureSchema } from './support/fixture-exercise';

/** Writes an exercise folder named `fixture-exercise` with the given index.mdx and schema text. */
function writeExercise(mdx: string, schema: string = JSON.stringify(fixtureSchema)): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'exercise-')), 'fixture-exercise');
  mkdirSync(folder);
  writeFileSync(join(folder, 'index.mdx'), mdx);
  writeFileSync(join(folder, 'answer.schema.json'), schema);
  return folder;
}

const mdxOf = (frontmatter: unknown) => `---\n${stringify(frontmatter)}---\n\nThe prompt.\n`;

describe('loadExercise', () => {
  it('loads a valid exercise into the data object grade takes', () => {
    const result = loadExercise(writeExercise(mdxOf(fixtureFrontmatter)));
    expect(result.ok && result.loaded.exercise.frontmatter.id).toBe('fixture-exercise');
    expect(result.ok && result.loaded.exercise.answerSchema).toEqual(fixtureSchema);
  });

  it('names the file and the field of a rubric the answer schema cannot produce', () => {
    const rubric = fixtureFrontmatter.rubric.map((criterion) =>
      criterion.id === 'payment-sync' ? { ...criterion, at: '/cals' } : criterion,
    );
    const result = loadExercise(writeExercise(mdxOf({ ...fixtureFrontmatter, rubric })));
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(
        /fixture-exercise\/index\.mdx: rubric\[0\]\.at: the answer schema has nothing at `\/cals`$/,
      ),
    ]);
  });

  it('names the file and the field of each frontmatter problem', () => {
    const folder = writeExercise(
      mdxOf({ ...fixtureFrontmatter, passMark: 'high', rubric: [{ ...fixtureFrontmatter.rubric[0], points: -1 }] }),
    );
    const result = loadExercise(folder);
    expect(result.ok ? [] : result.problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/index\.mdx: passMark: /),
        expect.stringMatching(/index\.mdx: rubric\[0\]\.points: /),
      ]),
    );
  });

  it('requires the id to be the folder name', () => {
    const result = loadExercise(writeExercise(mdxOf({ ...fixtureFrontmatter, id: 'other-name' })));
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringContaining('id: "other-name" must equal the folder name "fixture-exercise"'),
    ]);
  });

  it('reports YAML errors with the line in the .mdx file', () => {
    const result = loadExercise(writeExercise('---\nid: x\ntitle: [unclosed\n---\n'));
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/index\.mdx: YAML error at line \d+/)]);
  });

  it('reports a schema file that is not JSON', () => {
    const result = loadExercise(writeExercise(mdxOf(fixtureFrontmatter), '{ nope'));
    expect(result.ok ? [] : result.problems).toEqual([expect.stringMatching(/answer\.schema\.json: not valid JSON/)]);
  });

  it('reports a missing index.mdx', () => {
    const result = loadExercise(join(tmpdir(), 'no-such-exercise-folder'));
    expect(result.ok ? [] : result.problems).toEqual([
      expect.stringMatching(/index\.mdx: cannot read the file \(ENOENT\)/),
    ]);
  });
});

describe('readFrontmatter', () => {
  it('needs the --- fences', () => {
    expect(readFrontmatter('id: x').ok).toBe(false);
    expect(readFrontmatter('---\nid: x\n---\nbody').ok).toBe(true);
  });
});
