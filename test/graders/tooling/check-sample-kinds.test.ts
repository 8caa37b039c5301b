/** An exercise is tried with every kind of answer its rubric can misjudge, read from the rubric itself. */
import { describe, expect, it } from 'vitest';
import { checkSampleKinds, requiredSampleKinds } from '../../../graders/tooling/check-sample-kinds';
import type { SampleFile } from '../../../graders/tooling/read-sample';
import type { SampleKind } from '../../../graders/authoring-schema/sample';
import { makeCriterion } from '../support/criteria';

/** A reason-graded choice on `at`: `right` decide it, `wrong` are classified as not deciding. */
const reasonOn = (id: string, right: string[], wrong: string[] = []) =>
  makeCriterion('choice', {
    id,
    at: `/${id}`,
    reason: { right, wrong: wrong.map((code) => ({ value: code, why: 'It does not decide this one.' })) },
  });

const kindsOf = (rubric: Parameters<typeof requiredSampleKinds>[0]): SampleKind[] =>
  requiredSampleKinds(rubric).map((required) => required.kind);

/** A sample file of `kind`; only its kind is read. */
const sampleOf = (kind: SampleKind): SampleFile => ({ sample: { kind } }) as unknown as SampleFile; // only `sample.kind` is read by the check

describe('requiredSampleKinds', () => {
  it('asks every exercise for a valid alternative, and nothing else when no reason, red flag or essential is graded', () => {
    const decision = makeCriterion('choice', { at: '/x', decision: { right: ['a'] } });
    expect(kindsOf([decision])).toEqual(['valid-alternative']);
  });

  it('asks for a wrong reason where a reason is graded, and for both reasons where several decide', () => {
    expect(kindsOf([reasonOn('one', ['small-team'])])).toEqual(['valid-alternative', 'wrong-reason']);
    expect(kindsOf([reasonOn('two', ['small-team', 'unclear-domain'])])).toEqual([
      'valid-alternative',
      'wrong-reason',
      'both-reasons',
    ]);
  });

  it('asks for swapped reasons only when one item grades as not deciding a reason another item accepts', () => {
    const swappable = [reasonOn('a', ['steady-load'], ['long-run']), reasonOn('b', ['long-run'], ['steady-load'])];
    expect(kindsOf(swappable)).toContain('swapped-reasons');
    // A wiring reason and a recovery step come from different lists: neither item can hold the other's reason.
    const apart = [reasonOn('a', ['many-reactions'], ['lowest-latency']), reasonOn('b', ['resume'], ['restart'])];
    expect(kindsOf(apart)).not.toContain('swapped-reasons');
  });

  it('asks for the decisive mistake where a red flag is declared anywhere in a criterion, or it is essential', () => {
    const flagged = makeCriterion('choice', {
      at: '/x',
      decision: { right: ['sync'], wrong: [{ value: 'async', redFlag: 'Payment on a queue' }] },
    });
    const essential = makeCriterion('choice', { at: '/x', essential: true, decision: { right: ['sync'] } });
    const plain = makeCriterion('choice', {
      at: '/x',
      decision: { right: ['sync'], wrong: [{ value: 'async', why: 'Nobody waits for it.' }] },
    });
    expect(kindsOf([flagged])).toContain('red-flag');
    expect(kindsOf([essential])).toContain('red-flag');
    expect(kindsOf([plain])).not.toContain('red-flag');
  });
});

describe('checkSampleKinds', () => {
  const rubric = [reasonOn('a', ['steady-load'], ['long-run']), reasonOn('b', ['long-run'], ['steady-load'])];

  it('names each missing kind at the samples folder, with the criteria that call for it', () => {
    const problems = checkSampleKinds('/ex', rubric, [sampleOf('valid-alternative'), sampleOf('wrong-reason')]);
    expect(problems.map((problem) => [problem.file, problem.line, problem.message])).toEqual([
      [
        '/ex/samples',
        1,
        'no sample of kind `swapped-reasons`: "a", "b" each accept a reason another of them grades as not deciding, ' +
          'so a reason can be right on the wrong item; add one (a fail-* file with `kind: swapped-reasons` in its header)',
      ],
    ]);
  });

  it('is satisfied once every kind the rubric calls for is written', () => {
    const samples = (['valid-alternative', 'wrong-reason', 'swapped-reasons'] as const).map(sampleOf);
    expect(checkSampleKinds('/ex', rubric, samples)).toEqual([]);
  });
});
