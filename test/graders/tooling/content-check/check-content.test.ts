/**
 * check:content across files: lessons (frontmatter, a takeaway id declared twice or not under its lesson's slug),
 * exercise ids used twice, and the coverage warning with its table; the command's exit code and output.
 */
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../../graders/tooling/content-problem';
import { createExercise } from '../../../../graders/tooling/authoring/new-exercise';
import { checkContent, type ContentRoots } from '../../../../graders/tooling/content-check/check-content';
import { checkExerciseBody } from '../../../../graders/tooling/content-check/check-exercise-body';
import { runCheckContent } from '../../../../graders/tooling/content-check/run-check-content';

/** A lesson file with the given takeaways, written under `<root>/<chapter>/<lesson>.mdx`. */
function writeLesson(root: string, chapter: string, lesson: string, takeaways: string[], extra = ''): void {
  mkdirSync(join(root, chapter), { recursive: true });
  const list = takeaways.map((id) => `  - id: ${id}\n    text: A takeaway long enough to be one.`).join('\n');
  writeFileSync(
    join(root, chapter, `${lesson}.mdx`),
    `---\ntitle: ${lesson}\n${extra}takeaways:\n${list}\n---\n\nBody.\n`,
  );
}

function makeRoots(): ContentRoots {
  const base = mkdtempSync(join(tmpdir(), 'check-content-'));
  return { content: join(base, 'content'), exercises: join(base, 'exercises'), chapters: ['caching', 'queues'] };
}

const printed = (roots: ContentRoots, severity: 'error' | 'warning') =>
  checkContent(roots)
    .problems.filter((problem) => problem.severity === severity)
    .map((problem) => formatProblem(problem, join(roots.content, '..')));

/** The errors other than untested takeaways, for fixtures about another rule whose lessons have no exercises. */
const printedExceptCoverage = (roots: ContentRoots) =>
  printed(roots, 'error').filter((line) => !line.includes(': no exercise tests the takeaway '));

describe('check:content on lessons', () => {
  it('places a takeaway id declared twice at its second declaration, naming the first', () => {
    const roots = makeRoots();
    writeLesson(roots.content, 'caching', 'basics', ['basics.hit-rate']);
    writeLesson(roots.content, 'caching', 'eviction', ['eviction.lru', 'basics.hit-rate']);
    expect(printedExceptCoverage(roots)).toEqual([
      'content/caching/eviction.mdx:6:5: takeaways[1].id: "basics.hit-rate" is declared twice; the first is at content/caching/basics.mdx:4',
      'content/caching/eviction.mdx:6:5: takeaways[1].id: "basics.hit-rate" must start with the lesson\'s slug, "eviction."',
    ]);
  });

  it('places a lesson frontmatter error at its field', () => {
    const roots = makeRoots();
    writeLesson(roots.content, 'caching', 'basics', ['basics.hit-rate'], 'questions: nope\n');
    expect(printed(roots, 'error')).toEqual([
      'content/caching/basics.mdx:3:1: questions: Invalid input: expected array, received string',
    ]);
  });

  it('fails at each takeaway no exercise tests, and prints the coverage table when asked', () => {
    const roots = makeRoots();
    writeLesson(roots.content, 'caching', 'basics', ['basics.hit-rate', 'basics.stampede']);
    createExercise('caching/hit-rate', roots, roots.exercises);
    const untested =
      'content/caching/basics.mdx:6:5: no exercise tests the takeaway "basics.stampede": add a criterion that cites ' +
      'it (npm run new:exercise)';
    expect(printed(roots, 'error')).toEqual([untested]);
    const quiet = runCheckContent(roots, { from: join(roots.content, '..') });
    expect(quiet.stdout).toBe(
      '1 exercise(s), 2 lesson takeaway(s) checked: 1 error(s), 0 warning(s); 1 of 2 takeaways tested by a criterion ' +
        '(--coverage prints which).\n',
    );
    const result = runCheckContent(roots, { from: join(roots.content, '..'), table: true });
    expect(result.exitCode).toBe(1);
    expect(result.stdout.split('\n').slice(0, 4)).toEqual([
      'takeaway         exercises  criteria',
      '---------------  ---------  -----------------------',
      'basics.hit-rate  hit-rate   the-choice, notes-given',
      'basics.stampede  -          -',
    ]);
    expect(result.stderr).toBe(`${untested}\n`);
  });

  it('passes once every takeaway is tested', () => {
    const roots = makeRoots();
    writeLesson(roots.content, 'caching', 'basics', ['basics.hit-rate']);
    createExercise('caching/hit-rate', roots, roots.exercises);
    expect(printed(roots, 'error')).toEqual([]);
    expect(runCheckContent(roots, { from: join(roots.content, '..') }).exitCode).toBe(0);
  });
});

describe('check:content on exercise ids', () => {
  it('refuses an exercise id used in two chapters, since both would be /exercises/<id>/', () => {
    const roots = makeRoots();
    writeLesson(roots.content, 'caching', 'basics', ['basics.hit-rate']);
    writeLesson(roots.content, 'queues', 'basics', ['basics.ordering']);
    createExercise('caching/twin', roots, roots.exercises);
    cpSync(join(roots.exercises, 'caching/twin'), join(roots.exercises, 'queues/twin'), { recursive: true });
    expect(printedExceptCoverage(roots)).toEqual([
      'exercises/queues/twin/index.mdx:1:1: the exercise id "twin" (the folder name) is already used by exercises/caching/twin/: every exercise page is /exercises/<id>/',
    ]);
    const result = runCheckContent(roots, { from: join(roots.content, '..') });
    expect(result.exitCode).toBe(1);
  });
});

describe('checkExerciseBody', () => {
  const mdx = (body: string) => `---\ntitle: x\n---\n\n${body}`;

  it('takes a tag in backticks or in a code fence for code, not a component', () => {
    const body =
      'Write `<Answer>` here.\n\n```ts\nconst a = <Widget />;\n```\n\n<Hint>\nA hint.\n</Hint>\n\n<Explanation>\nWhy.\n</Explanation>\n';
    expect(checkExerciseBody('index.mdx', mdx(body))).toEqual([]);
  });

  it('places an unknown component at its line and column, with a guess', () => {
    const body = 'The prompt.\n\n  <Hnt>\nA hint.\n</Hnt>\n\n<Hint>x</Hint>\n\n<Explanation>\nWhy.\n</Explanation>\n';
    expect(checkExerciseBody('index.mdx', mdx(body)).map((problem) => formatProblem(problem, '.'))).toEqual([
      'index.mdx:7:3: <Hnt> is not a component exercises can use; did you mean <Hint>? (they are <Hint>, <Explanation>, <Curveball>, with no import)',
    ]);
  });
});
