/**
 * The reproductions of issue 16, each graded by the real CLI in a child process with a time limit, so an answer
 * that hangs the engine fails its test instead of hanging the suite. Before the fix each of these hung, threw, took
 * seconds to minutes or was accepted; now each is refused (or reported) at the place that went over a limit.
 * The limits are generous (answers are graded in milliseconds); the time limit only stops a hang.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_DEPTH, MAX_DIAGNOSTICS, MAX_EXPANDED_VALUES, MAX_ITEMS, MAX_KEY_LENGTH } from '../../graders/parse/limits';
import type { Diagnostic, GradeReport } from '../../graders/index';
import { SPAWN_TEST_MS } from '../support/timeouts';
import {
  ISSUE_REPRODUCTIONS,
  writeDuplicateKeys,
  writeLongKey,
  writeWrongTypedItems,
  type HostileAnswer,
} from '../support/hostile-answers';

const ROOT = resolve(import.meta.dirname, '../..');
const EXERCISE = 'food-delivery-communication';
/** Stops a hang: grading any of these takes milliseconds, the child's start a second or two on a busy machine. */
const CHILD_LIMIT_MS = 40_000;
const folder = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Grades `source` with `npm run grade -- … --json` in a child process; fails if it does not finish in time. */
function gradeInChild(name: string, source: string, format: 'json' | 'ts'): GradeReport {
  const file = join(folder, `${name}.${format}`);
  writeFileSync(file, source);
  const result = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['graders/tooling/grade/main.ts', EXERCISE, file, '--json'],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: CHILD_LIMIT_MS,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (result.error) throw new Error(`${name}: the grader did not finish (${result.error.message})`);
  const rows = JSON.parse(result.stdout) as GradeReport[];
  const report = rows[0];
  if (report === undefined) throw new Error(`${name}: no report (${result.stderr})`);
  return report;
}

function readErrors(report: GradeReport): Diagnostic[] {
  return report.diagnostics.filter((diagnostic) => diagnostic.source === 'read' && diagnostic.severity === 'error');
}

function reproduction(name: string): HostileAnswer {
  const found = ISSUE_REPRODUCTIONS.find((candidate) => candidate.name === name);
  if (found === undefined) throw new Error(`no reproduction ${name}`);
  return found;
}

function expectRefused(report: GradeReport, messageId: string, line: number, column: number): void {
  expect(report.passed).toBe(false);
  expect(report.criteria.every((criterion) => criterion.verdict === 'not-graded')).toBe(true);
  expect(readErrors(report).map((diagnostic) => [diagnostic.message.id, diagnostic.line, diagnostic.column])).toEqual([
    [messageId, line, column],
  ]);
}

describe('issue 16: hostile answers are refused at the place that goes over a limit', () => {
  it(
    'doubling spreads of an empty list (1.2 KB) stop at the value limit instead of running for ever',
    () => {
      const { name, source, format } = reproduction('doubling-spreads');
      expect(source.length).toBeLessThan(1_300);
      const report = gradeInChild(name, source, format);
      const [error] = readErrors(report);
      expect(error?.message.id).toBe('limit.too-many-values');
      expect(error?.message.params['limit']).toBe(MAX_EXPANDED_VALUES);
    },
    SPAWN_TEST_MS,
  );

  it(
    '13,000 chained object spreads stop at the depth limit instead of overflowing the stack',
    () => {
      const { name, source, format } = reproduction('chained-object-spreads');
      const report = gradeInChild(name, source, format);
      expect(report.diagnostics.some((diagnostic) => diagnostic.source === 'engine')).toBe(false);
      const [error] = readErrors(report);
      expect(error?.message.id).toBe('limit.too-deep');
      expect(error?.message.params['limit']).toBe(MAX_DEPTH);
    },
    SPAWN_TEST_MS,
  );

  it(
    '99,000 wrong-typed items are refused at the first item over the list limit',
    () => {
      const { name, source, format } = reproduction('wrong-typed-items');
      const report = gradeInChild(name, source, format);
      // `{"services":[` is 13 characters; item n (from 0) starts at 14 + 2n.
      expectRefused(report, 'limit.too-many-items', 1, 14 + 2 * MAX_ITEMS);
    },
    SPAWN_TEST_MS,
  );

  it(
    'a list at the item limit, every item wrong, is graded with a capped list of diagnostics',
    () => {
      const report = gradeInChild('wrong-items-at-limit', writeWrongTypedItems(MAX_ITEMS), 'json');
      expect(report.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
      const last = report.diagnostics.at(-1);
      expect(last?.message.id).toBe('limit.more-diagnostics');
      // 1,000 wrong items and three missing fields, less the 100 listed.
      expect(last?.message.params['count']).toBe(MAX_ITEMS + 3 - MAX_DIAGNOSTICS);
    },
    SPAWN_TEST_MS,
  );

  it(
    '33,000 duplicate keys are refused at the first member over the object limit',
    () => {
      const { name, source, format } = reproduction('duplicate-keys');
      const report = gradeInChild(name, source, format);
      // `{` then `"a":1,` (6 characters) per member: member n (from 0) starts at 1 + 6n.
      expectRefused(report, 'limit.too-many-fields', 1, 2 + 6 * MAX_ITEMS);
    },
    SPAWN_TEST_MS,
  );

  it(
    '15 objects of 1,000 repeated keys (under every limit) give 100 warnings and a count of the rest',
    () => {
      const objects = new Array<string>(15).fill(writeDuplicateKeys(MAX_ITEMS)).join(',');
      const report = gradeInChild('duplicate-keys-15k', `{"services":[${objects}]}`, 'json');
      expect(report.diagnostics).toHaveLength(MAX_DIAGNOSTICS + 1);
      expect(report.diagnostics.slice(0, MAX_DIAGNOSTICS).every((d) => d.message.id === 'answer.duplicate-key')).toBe(
        true,
      );
      // 15 × 999 repeats are warnings, then come the schema's problems; all but the 100 listed are counted.
      const hidden = Number(report.diagnostics.at(-1)?.message.params['count']);
      expect(hidden).toBeGreaterThan(15 * 999 - MAX_DIAGNOSTICS);
      // The 100th repeat is member 100 of the first object, whose first member starts after `{"services":[{`.
      expect(report.diagnostics[MAX_DIAGNOSTICS - 1]).toMatchObject({ line: 1, column: 15 + 6 * MAX_DIAGNOSTICS });
    },
    SPAWN_TEST_MS,
  );

  it(
    'a 190,000-character key is refused on the key, with its length, and its message stays short',
    () => {
      const { name, source, format } = reproduction('long-key');
      const report = gradeInChild(name, source, format);
      expectRefused(report, 'limit.key-too-long', 1, 2);
      expect(readErrors(report)[0]?.message.params).toEqual({ length: 190_000, limit: MAX_KEY_LENGTH });
      expect(writeLongKey(MAX_KEY_LENGTH)).toContain(`"${'k'.repeat(MAX_KEY_LENGTH)}"`);
    },
    SPAWN_TEST_MS,
  );

  it(
    'a numeric literal of 100,000 digits and a letter is refused quickly, quoted in a short message',
    () => {
      const { name, source, format } = reproduction('long-numeric-literal');
      const report = gradeInChild(name, source, format);
      expectRefused(report, 'ts.bad-number', 1, 23);
      expect(readErrors(report)[0]?.message.text.length).toBeLessThan(400);
    },
    SPAWN_TEST_MS,
  );

  it(
    'code on the line after `type T = {}` is refused where it starts',
    () => {
      const { name, source, format } = reproduction('code-after-type');
      const report = gradeInChild(name, source, format);
      expectRefused(report, 'ts.call', 2, 1);
    },
    SPAWN_TEST_MS,
  );
});
