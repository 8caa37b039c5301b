import { describe, expect, it } from 'vitest';
import { exerciseFrontmatterSchema, sampleSchema } from '../../../graders/index';
import { formatIssuePath } from '../../../graders/authoring-schema/format-issue-path';
import { fixtureFrontmatter } from '../support/fixture-exercise';

/** The issues of a modified fixture, as `path: message`. */
function issuesOf(change: (frontmatter: Record<string, unknown>) => void): string[] {
  const frontmatter = structuredClone(fixtureFrontmatter) as unknown as Record<string, unknown>;
  change(frontmatter);
  const result = exerciseFrontmatterSchema.safeParse(frontmatter);
  return result.success ? [] : result.error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
}

/** The i-th criterion of a frontmatter being modified. */
function criterionAt(frontmatter: Record<string, unknown>, index: number): Record<string, unknown> {
  const criterion = (frontmatter['rubric'] as Record<string, unknown>[])[index];
  if (criterion === undefined) throw new Error(`no criterion ${index}`);
  return criterion;
}

describe('exerciseFrontmatterSchema', () => {
  it('accepts the fixture and fills defaults', () => {
    const parsed = exerciseFrontmatterSchema.parse(fixtureFrontmatter);
    const choice = parsed.rubric[0];
    expect(
      choice?.kind === 'choice' && [choice.decisionCredit, choice.reason?.field, choice.decision?.neutral],
    ).toEqual([0.5, 'reason', []]);
  });

  it.each<[string, (frontmatter: Record<string, unknown>) => void, string]>([
    [
      'an unknown criterion kind',
      (f) => {
        criterionAt(f, 0)['kind'] = 'regex';
      },
      'rubric[0].kind',
    ],
    [
      'a criterion without points',
      (f) => {
        delete criterionAt(f, 0)['points'];
      },
      'rubric[0].points',
    ],
    [
      'a bad JSON pointer',
      (f) => {
        criterionAt(f, 0)['at'] = 'calls';
      },
      'rubric[0].at: a JSON pointer',
    ],
    [
      'an unknown field in a criterion',
      (f) => {
        criterionAt(f, 0)['weight'] = 2;
      },
      'rubric[0]',
    ],
    [
      'a duplicate criterion id',
      (f) => {
        criterionAt(f, 1)['id'] = 'payment-sync';
      },
      'rubric[1].id: criterion id "payment-sync" is used twice',
    ],
    [
      'an unregistered check',
      (f) => {
        criterionAt(f, 2)['check'] = 'no-such-check';
      },
      'rubric[2].check: no check named "no-such-check"',
    ],
    [
      'wrong check parameters',
      (f) => {
        criterionAt(f, 2)['params'] = { extra: 1 };
      },
      'rubric[2].params:',
    ],
    [
      'a pass mark over 100',
      (f) => {
        f['passMark'] = 120;
      },
      'passMark',
    ],
    [
      'an unknown format',
      (f) => {
        f['formats'] = ['yaml'];
      },
      'formats[0]',
    ],
    [
      'a decision credit over 1',
      (f) => {
        criterionAt(f, 0)['decisionCredit'] = 2;
      },
      'rubric[0].decisionCredit',
    ],
  ])('rejects %s, naming the field', (_name, change, expected) => {
    const issues = issuesOf(change);
    expect(
      issues.some((issue) => issue.startsWith(expected)),
      issues.join('\n'),
    ).toBe(true);
  });
});

describe("sampleSchema (a sample file's header, with its file name)", () => {
  it.each<[string, () => Record<string, unknown>, string]>([
    [
      'a fail sample that names no criterion',
      () => {
        return { file: 'samples/fail-x.json', kind: 'mistake', about: 'a sample' };
      },
      'fails: a pass-* sample fails no criteria',
    ],
    [
      'a sample without its kind',
      () => {
        return { file: 'samples/fail-x.json', fails: ['payment-sync'], about: 'a sample' };
      },
      'kind:',
    ],
    [
      'a pass sample that is not a valid alternative',
      () => {
        return { file: 'samples/pass-x.json', kind: 'gaming', about: 'a sample' };
      },
      'kind: pass-* samples are valid alternatives',
    ],
    [
      'a red-flag sample declared to pass',
      () => {
        return {
          file: 'samples/fail-x.json',
          kind: 'red-flag',
          fails: ['payment-sync'],
          redFlags: ['payment-sync'],
          passes: true,
          about: 'a sample',
        };
      },
      'passes: a sample that raises a red flag cannot pass',
    ],
    [
      'a sample outside samples/',
      () => {
        return { file: 'model.json', about: 'a sample' };
      },
      'file: a sample lives in samples/',
    ],
  ])('rejects %s, naming the field', (_name, make, expected) => {
    const result = sampleSchema.safeParse(make());
    const issues = result.success
      ? []
      : result.error.issues.map((issue) => `${formatIssuePath(issue.path)}: ${issue.message}`);
    expect(
      issues.some((issue) => issue.startsWith(expected)),
      issues.join('\n'),
    ).toBe(true);
  });
});
