import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runGradeCommand } from '../../../../graders/tooling/grade/run-grade-command';
import { parseGradeArgs } from '../../../../graders/tooling/grade/parse-args';
import { suggestId } from '../../../../graders/tooling/suggest-id';
import { SPAWN_TEST_MS } from '../../../support/timeouts';

const ROOT = join(import.meta.dirname, '../../../..');
const EXERCISE = 'exercises/architecture-patterns/notification-ec2-or-lambda';
const at = (file: string) => join(ROOT, EXERCISE, file);
/** Every exercise id, read from disk apart from the code under test: the folders holding an index.mdx. */
const EXERCISE_IDS = readdirSync(join(ROOT, 'exercises'), { recursive: true, encoding: 'utf8' })
  .filter((file) => basename(file) === 'index.mdx')
  .map((file) => basename(dirname(file)))
  .sort();

describe('parseGradeArgs', () => {
  it.each<[string[], string]>([
    [[], 'name the exercise'],
    [['x'], 'name at least one answer file'],
    [['x', 'a.yaml'], 'answer files end in .json or .ts: a.yaml'],
    [['x', 'a.json', '--verbose'], 'unknown option --verbose'],
  ])('%j is bad usage: %s', (argv, problem) => {
    const args = parseGradeArgs(argv);
    expect(args.ok ? '' : args.problem).toContain(problem);
  });

  it('reads the exercise, the files and --json in any order', () => {
    expect(parseGradeArgs(['--json', 'x', 'a.json', 'b.ts'])).toEqual({
      ok: true,
      exercise: 'x',
      files: ['a.json', 'b.ts'],
      json: true,
      help: false,
    });
  });
});

describe('suggestId', () => {
  const ids = ['cache-aside', 'cache-through', 'rate-limiter'];

  it.each<[string, string | undefined]>([
    ['rate-limitter', 'rate-limiter'],
    ['RATE-LIMITER', 'rate-limiter'],
    ['limiter', 'rate-limiter'],
    ['cache-asid', 'cache-aside'],
    ['cache', undefined], // in two ids: no guess
    ['cache-', undefined],
    ['queue', undefined],
    ['', undefined],
  ])('%j → %j', (typed, expected) => {
    expect(suggestId(typed, ids)).toBe(expected);
  });
});

describe('runGradeCommand', () => {
  it('exits 0 when every answer passes, with a readable report', () => {
    const result = runGradeCommand(['notification-ec2-or-lambda', at('model.json')]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain('10/10 points (100%) — PASS');
    expect(result.stdout).toContain('✓ compute-choice 4/4 (pass)');
    expect(result.stdout).toContain('lesson: /architecture-patterns/serverless/#takeaway-serverless-fit-and-misfit');
  });

  it('exits 1 when any answer fails, with feedback, locations and a summary table for several files', () => {
    const result = runGradeCommand([EXERCISE, at('model.json'), at('samples/fail-ec2-as-if-steady.json')]);
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('✗ compute-choice 0/4 (fail)');
    expect(result.stdout).toContain('You chose "ec2-auto-scaling".');
    expect(result.stdout).toMatch(/at 8:\d+ \(\/decision\/choice\)/);
    expect(result.stdout).toMatch(/file\s+score\s+%\s+result/);
    expect(result.stdout).toMatch(/fail-ec2-as-if-steady\.json\s+0\/10\s+0\s+FAIL \(red flag\)/);
    expect(result.stdout).toContain('1 of 2 passed');
  });

  it('exits 3 and says INCOMPLETE when errors in an answer keep it from being graded, and 1 once any answer fails', () => {
    const folder = mkdtempSync(join(tmpdir(), 'grade-incomplete-'));
    const unfinished = join(folder, 'unfinished.json');
    writeFileSync(unfinished, '[]');
    const result = runGradeCommand([EXERCISE, at('model.json'), unfinished]);
    expect(result.exitCode).toBe(3);
    expect(result.stdout).toMatch(
      /unfinished\.json: 0\/\d+ points \(0%\) — INCOMPLETE \(fix the errors below to be graded\)/,
    );
    expect(result.stdout).toMatch(/unfinished\.json\s+0\/\d+\s+0\s+INCOMPLETE/);
    expect(runGradeCommand([EXERCISE, at('samples/fail-ec2-as-if-steady.json'), unfinished]).exitCode).toBe(1);
  });

  it('prints machine-readable reports with --json', () => {
    const result = runGradeCommand([
      'notification-ec2-or-lambda',
      at('samples/fail-lambda-always-cheaper.json'),
      '--json',
    ]);
    const rows = JSON.parse(result.stdout) as {
      file: string;
      score: number;
      passed: boolean;
      criteria: { id: string; verdict: string }[];
      redFlags: { kind: string; criterion: string }[];
    }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      score: 8,
      passed: false,
      redFlags: [{ kind: 'red-flag', criterion: 'compute-choice' }],
    });
    expect(rows[0]?.criteria.map((criterion) => criterion.verdict)).toEqual(['partial', 'pass', 'pass']);
  });

  it('prints red flags first, as the reason the answer fails whatever its score', () => {
    const result = runGradeCommand([EXERCISE, at('samples/fail-lambda-always-cheaper.json')]);
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/8\/10 points \(80%\) — FAIL \(pass mark 70%\)$/);
    expect(lines[1]).toBe('  This mistake fails the answer whatever its score:');
    expect(lines[2]).toMatch(/^ {2}! RED FLAG \(compute-choice\): Serverless is always cheaper\./);
    expect(lines[3]).toMatch(/^ {6}at 9:\d+ \(\/decision\/reason\)$/);
    expect(result.stdout.indexOf('! RED FLAG')).toBeLessThan(result.stdout.indexOf('~ compute-choice'));
  });

  it('exits 2 for an unknown exercise, naming it and listing the valid ids, with no guess when none is close', () => {
    const result = runGradeCommand(['no-such-exercise', 'a.json']);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toContain('no exercise "no-such-exercise"');
    expect(result.stderr).not.toContain('Did you mean');
    const listed = result.stderr
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map((line) => line.trim());
    expect(listed).toEqual(EXERCISE_IDS);
    expect(listed).toContain('notification-ec2-or-lambda');
  });

  it.each([
    ['notification-ec2-or-lamda', 'notification-ec2-or-lambda'],
    ['food-delivery-comunication', 'food-delivery-communication'],
    ['monolith', 'monolith-extraction-plan'],
  ])('suggests the id meant for the near miss %s', (typed, meant) => {
    const result = runGradeCommand([typed, 'a.json']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr.split('\n')[0]).toBe(`grade: no exercise "${typed}". Did you mean "${meant}"?`);
    expect(result.stderr).toContain(`\n  ${meant}\n`);
  });

  it('exits 2 for an unreadable answer file, naming it', () => {
    const result = runGradeCommand(['notification-ec2-or-lambda', 'missing.json']);
    expect(result).toMatchObject({ exitCode: 2, stdout: '' });
    expect(result.stderr).toContain('cannot read missing.json (ENOENT)');
  });

  it('grades every readable file of a batch, lists the unreadable ones with their reason, and exits 2', () => {
    const folder = mkdtempSync(join(tmpdir(), 'grade-batch-'));
    const utf16 = join(folder, 'utf16.json');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"a":1}', 'utf16le')]));
    const withNul = join(folder, 'nul.json');
    writeFileSync(withNul, '{"a":\u00001}');
    const result = runGradeCommand([EXERCISE, at('model.json'), utf16, withNul]);
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain('model.json: 10/10 points (100%) — PASS');
    expect(result.stdout).toContain('1 of 1 passed; 2 files could not be read (see above)');
    expect(result.stderr).toMatch(/utf16\.json .*UTF-16/);
    expect(result.stderr).toContain('nul.json');
  });

  it('exits 2 for bad usage, with the usage line', () => {
    const result = runGradeCommand([]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('usage: npm run grade --');
  });

  it(
    'runs as `npm run grade` through tsx and sets the exit code',
    () => {
      const tsx = join(ROOT, 'node_modules/.bin/tsx');
      const result = spawnSync(
        tsx,
        [
          'graders/tooling/grade/main.ts',
          'food-delivery-communication',
          join(EXERCISE, 'samples/fail-ec2-as-if-steady.json'),
        ],
        { cwd: ROOT, encoding: 'utf8' },
      );
      // The EC2 answer is the wrong shape for the food-delivery exercise: reported, and incomplete (its errors keep
      // the criteria from being graded), which is exit code 3, not a fail.
      expect(result.status).toBe(3);
      expect(result.stdout).toContain('has a field `decision` that this answer does not use');
    },
    SPAWN_TEST_MS,
  );
});
