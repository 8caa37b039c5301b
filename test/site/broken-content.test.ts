import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * An instructor's mistake must stop the build with the file and the field. Each case breaks one file in a
 * copy of the project and runs `astro sync`, the step of `astro build` that validates content.
 */
const ROOT = join(import.meta.dirname, '../..');
// eslint-disable-next-line no-control-regex -- matching the terminal's escape character is the point
const ANSI_ESCAPE = /\u001b\[[0-9;]*m/g;
let copy = '';

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'courseware-broken-'));
  for (const entry of [
    'astro.config.mjs',
    'tsconfig.json',
    'package.json',
    'content',
    'exercises',
    'graders',
    'src',
    'public',
  ]) {
    cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** Replaces `from` with `to` in a file of the copy, runs `astro sync`, restores the file; returns the output. */
function syncWithEdit(file: string, from: string, to: string): { status: number | null; output: string } {
  const path = join(copy, file);
  const original = readFileSync(path, 'utf8');
  expect(original).toContain(from);
  writeFileSync(path, original.replace(from, to));
  try {
    const result = spawnSync('npx', ['astro', 'sync'], {
      cwd: copy,
      encoding: 'utf8',
      timeout: 90_000,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    // Colours may still come through (CI sets its own terminal variables); the checks read plain text.
    const output = `${result.stdout}\n${result.stderr}`.replace(ANSI_ESCAPE, '');
    return { status: result.status, output };
  } finally {
    writeFileSync(path, original);
  }
}

describe('broken content stops the build, naming the file and the field', () => {
  it('accepts the project as it is', () => {
    expect(syncWithEdit('content/index.mdx', 'template: splash', 'template: splash').status).toBe(0);
  }, 120_000);

  it('rejects an exercise whose pass mark is out of range', () => {
    const { status, output } = syncWithEdit(
      'exercises/architecture-patterns/food-delivery-communication/index.mdx',
      'passMark: 80',
      'passMark: 180',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'exercises/architecture-patterns/food-delivery-communication/index.mdx:9:1: passMark: Too big: expected number to be <=100',
    );
  }, 120_000);

  it('rejects an exercise criterion citing a takeaway no lesson declares, with the same message as check:content', () => {
    const { status, output } = syncWithEdit(
      'exercises/architecture-patterns/notification-ec2-or-lambda/index.mdx',
      'takeaway: serverless.faas-basics',
      'takeaway: serverless.faas-basic',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'exercises/architecture-patterns/notification-ec2-or-lambda/index.mdx:53:5: rubric[1].takeaway: "serverless.faas-basic" is not a takeaway of any lesson; did you mean "serverless.faas-basics"?',
    );
  }, 120_000);

  it('rejects an exercise whose model answer is wrong, at the line of the model', () => {
    const { status, output } = syncWithEdit(
      'exercises/architecture-patterns/notification-ec2-or-lambda/model.json',
      '"choice": "lambda"',
      '"choice": "kubernetes"',
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'exercises/architecture-patterns/notification-ec2-or-lambda/model.json:3:15: the model answer scores 0/4 on "compute-choice" (fail)',
    );
  }, 120_000);

  it('rejects a lesson with a malformed takeaway id', () => {
    const { status, output } = syncWithEdit(
      'content/architecture-patterns/serverless.mdx',
      'id: serverless.cold-starts',
      'id: Cold Starts',
    );
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /content\/architecture-patterns\/serverless\.mdx:\d+:\d+: takeaways\[\d+\]\.id: a takeaway id is/,
    );
  }, 120_000);
});
