import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chapters } from '../../../graders/course/chapters.ts';
import { runCheckContent } from '../../../graders/tooling/content-check/run-check-content.ts';

/**
 * An instructor's mistake must stop the build with the file and the field. Each case breaks one file in a copy of the
 * project. The rules are checked by calling the content check the build runs (`runCheckContent`, which the
 * content-check integration calls before any page is built); one case runs `astro sync` end to end, to prove that the
 * build really stops with those lines.
 */
const ROOT = join(import.meta.dirname, '../../..');
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

/** Replaces `from` with `to` in a file of the copy, runs `action` on the copy, restores the file. */
function withEdit<T>(file: string, from: string, to: string, action: () => T): T {
  const path = join(copy, file);
  const original = readFileSync(path, 'utf8');
  expect(original).toContain(from);
  writeFileSync(path, original.replace(from, to));
  try {
    return action();
  } finally {
    writeFileSync(path, original);
  }
}

/** The error lines the build's content check prints for the copy, as the content-check integration collects them. */
function contentErrors(): string[] {
  const result = runCheckContent(
    {
      content: join(copy, 'content'),
      exercises: join(copy, 'exercises'),
      chapters: chapters.map((chapter) => chapter.slug),
    },
    { from: copy, table: false },
  );
  return result.stderr.split('\n').filter((line) => line !== '' && !line.includes(': warning: '));
}

const contentErrorsWithEdit = (file: string, from: string, to: string) =>
  withEdit(file, from, to, () => contentErrors());

describe('broken content stops the build, naming the file and the field', () => {
  it('finds no error in the project as it is', () => {
    expect(contentErrors()).toEqual([]);
  });

  it('rejects an exercise whose pass mark is out of range', () => {
    expect(
      contentErrorsWithEdit(
        'exercises/architecture-patterns/food-delivery-communication/index.mdx',
        'passMark: 80',
        'passMark: 180',
      ),
    ).toContain(
      'exercises/architecture-patterns/food-delivery-communication/index.mdx:9:1: passMark: Too big: expected number to be <=100',
    );
  });

  it('rejects an exercise criterion citing a takeaway no lesson declares', () => {
    expect(
      contentErrorsWithEdit(
        'exercises/architecture-patterns/notification-ec2-or-lambda/index.mdx',
        'takeaway: serverless.faas-basics',
        'takeaway: serverless.faas-basic',
      ),
    ).toContain(
      'exercises/architecture-patterns/notification-ec2-or-lambda/index.mdx:67:5: rubric[1].takeaway: "serverless.faas-basic" is not a takeaway of any lesson; did you mean "serverless.faas-basics"?',
    );
  });

  it('rejects a rubric word of the old format, naming the word that replaced it', () => {
    expect(
      contentErrorsWithEdit(
        'exercises/architecture-patterns/food-delivery-communication/index.mdx',
        '      right: [sync]',
        '      correct: [sync]',
      ),
    ).toEqual([
      'exercises/architecture-patterns/food-delivery-communication/index.mdx:27:7: rubric[0].decision.correct: `correct` is now `right`',
    ]);
  });

  it('rejects an exercise whose model answer is wrong, at the line of the model', () => {
    const errors = contentErrorsWithEdit(
      'exercises/architecture-patterns/notification-ec2-or-lambda/model.json',
      '"choice": "lambda"',
      '"choice": "kubernetes"',
    );
    expect(errors.join('\n')).toContain(
      'exercises/architecture-patterns/notification-ec2-or-lambda/model.json:3:15: the model answer scores 0/4 on "compute-choice" (fail)',
    );
  });

  it('rejects a lesson with a malformed takeaway id', () => {
    const errors = contentErrorsWithEdit(
      'content/architecture-patterns/serverless.mdx',
      'id: serverless.cold-starts',
      'id: Cold Starts',
    );
    expect(errors.join('\n')).toMatch(
      /content\/architecture-patterns\/serverless\.mdx:\d+:\d+: takeaways\[\d+\]\.id: a takeaway id is/,
    );
  });

  it('stops `astro sync` (the step of `astro build` that validates content) with the same line', () => {
    const { status, output } = withEdit(
      'exercises/architecture-patterns/notification-ec2-or-lambda/index.mdx',
      'takeaway: serverless.faas-basics',
      'takeaway: serverless.faas-basic',
      () => {
        const result = spawnSync('npx', ['astro', 'sync'], {
          cwd: copy,
          encoding: 'utf8',
          timeout: 90_000,
          env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
        });
        // Colours may still come through (CI sets its own terminal variables); the checks read plain text.
        return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(ANSI_ESCAPE, '') };
      },
    );
    expect(status).not.toBe(0);
    expect(output).toContain(
      'exercises/architecture-patterns/notification-ec2-or-lambda/index.mdx:67:5: rubric[1].takeaway: "serverless.faas-basic" is not a takeaway of any lesson; did you mean "serverless.faas-basics"?',
    );
  }, 120_000);
});
