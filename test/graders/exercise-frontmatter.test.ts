import { describe, expect, it } from 'vitest';
import { exerciseFrontmatterSchema } from '../../graders/index';
import { formatIssuePath } from '../../graders/schemas/format-issue-path';
import { fixtureFrontmatter } from './support/fixture-exercise';

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
      choice?.kind === 'choice' && [choice.decisionCredit, choice.reason?.field, choice.decision?.redFlags],
    ).toEqual([0.5, 'reason', {}]);
    expect(parsed.samples[0]?.fails).toEqual([]);
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
      'a criterion citing a takeaway not listed',
      (f) => {
        criterionAt(f, 1)['takeaway'] = 'monolith.modular-monolith';
      },
      'rubric[1].takeaway: "monolith.modular-monolith" is not in the exercise\'s takeaways',
    ],
    [
      'a takeaway no criterion tests',
      (f) => {
        (f['takeaways'] as string[]).push('monolith.modular-monolith');
      },
      'takeaways[2]: no criterion tests "monolith.modular-monolith"',
    ],
    [
      'a malformed takeaway id',
      (f) => {
        (f['takeaways'] as string[])[0] = 'Sync vs Async';
      },
      'takeaways[0]: a takeaway id is',
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
      'a sample failing an unknown criterion',
      (f) => {
        f['samples'] = [{ file: 'samples/fail-x.json', kind: 'mistake', fails: ['nope'], about: 'a sample' }];
      },
      'samples[0].fails[0]: no criterion has the id "nope"',
    ],
    [
      'a fail sample that names no criterion',
      (f) => {
        f['samples'] = [{ file: 'samples/fail-x.json', kind: 'mistake', about: 'a sample' }];
      },
      'samples[0].fails: a pass-* sample fails no criteria',
    ],
    [
      'a sample without its kind',
      (f) => {
        f['samples'] = [{ file: 'samples/fail-x.json', fails: ['payment-sync'], about: 'a sample' }];
      },
      'samples[0].kind:',
    ],
    [
      'a pass sample that is not a valid alternative',
      (f) => {
        f['samples'] = [{ file: 'samples/pass-x.json', kind: 'gaming', about: 'a sample' }];
      },
      'samples[0].kind: pass-* samples are valid alternatives',
    ],
    [
      'a red-flag sample declared to pass',
      (f) => {
        f['samples'] = [
          {
            file: 'samples/fail-x.json',
            kind: 'red-flag',
            fails: ['payment-sync'],
            redFlags: ['payment-sync'],
            passes: true,
            about: 'a sample',
          },
        ];
      },
      'samples[0].passes: a sample that raises a red flag cannot pass',
    ],
    [
      'a sample outside samples/',
      (f) => {
        f['samples'] = [{ file: 'model.json', about: 'a sample' }];
      },
      'samples[0].file: a sample lives in samples/',
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
